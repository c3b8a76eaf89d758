"""Page objects for the paginated list calls (``get_app_list``, ``get_app_revisions``).

A page holds one response (``items``, ``total``, ``page``, ``page_size``,
``total_pages``) and iterates over every item of every page, fetching the next
pages only when the iteration gets there::

    for app in client.get_app_list(page_size=100):
        print(app.app_id)

    async for app in await aclient.get_app_list(page_size=100):
        print(app.app_id)

Iteration stops on the last page (``total_pages``), on an empty page, and when
the server answers with a page it already sent (so it never loops forever).
``AsyncPage`` fetches up to a few pages ahead concurrently, in order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._constants import PREFETCH_PAGES

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncPage", "SyncPage"]

T = TypeVar("T")

# Hard stop for servers that report no usable total_pages.
_MAX_PAGES = 100_000


class _PageBase(Generic[T]):
    """What sync and async pages share: the data and the stop rules."""

    def __init__(
        self,
        *,
        items: list[T],
        page: int,
        page_size: int,
        total: int,
        total_pages: int,
        data: Any,
        http_response: httpx.Response,
    ) -> None:
        self.items = items
        self.page = page
        self.page_size = page_size
        self.total = total
        self.total_pages = total_pages
        self.data = data
        self.http_response = http_response

    def has_next_page(self) -> bool:
        """Whether a page after this one exists (by ``total_pages``; never after an empty page)."""
        return bool(self.items) and self.page < min(self.total_pages, _MAX_PAGES)

    def __getattr__(self, name: str) -> Any:
        # The response's own fields (e.g. ``page.dstack_apps``) stay reachable, as in the
        # official SDK's list results.
        if name.startswith("_") or name == "data":
            raise AttributeError(name)
        return getattr(self.data, name)

    def _follows(self, previous: _PageBase[T]) -> bool:
        """Whether this page really is a new page after ``previous``."""
        return bool(self.items) and self.page > previous.page and self.items != previous.items

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(page={self.page}, page_size={self.page_size}, "
            f"total={self.total}, total_pages={self.total_pages}, items={len(self.items)})"
        )


class SyncPage(_PageBase[T]):
    """One page of a list call; iterate it to walk every item of every page."""

    def __init__(self, *, fetch: Callable[[int], SyncPage[T]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """Fetch the page after this one (raises ``RuntimeError`` if there is none)."""
        if not self.has_next_page():
            raise RuntimeError("no next page: check has_next_page() first")
        return self._fetch(self.page + 1)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page, fetched one at a time."""
        current = self
        yield current
        while current.has_next_page():
            following = current.next_page()
            if not following._follows(current):
                return
            yield following
            current = following

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[T]):
    """One page of an async list call; ``async for`` walks every item of every page."""

    def __init__(
        self,
        *,
        fetch: Callable[[int], Awaitable[AsyncPage[T]]],
        prefetch: int = PREFETCH_PAGES,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._fetch = fetch
        self._prefetch = max(0, prefetch)

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (raises ``RuntimeError`` if there is none)."""
        if not self.has_next_page():
            raise RuntimeError("no next page: check has_next_page() first")
        return await self._fetch(self.page + 1)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then the following ones in order, up to ``prefetch`` fetched ahead."""
        yield self
        if not self.has_next_page():
            return
        import asyncio  # imported on first use, like in the async client

        last = min(self.total_pages, _MAX_PAGES)
        window = max(1, self._prefetch)
        pending: deque[asyncio.Task[AsyncPage[T]]] = deque()
        next_number = self.page + 1
        previous: AsyncPage[T] = self
        try:
            while True:
                while next_number <= last and len(pending) < window:
                    pending.append(asyncio.ensure_future(self._fetch(next_number)))
                    next_number += 1
                if not pending:
                    return
                page = await pending.popleft()
                if not page._follows(previous):
                    return
                yield page
                previous = page
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
