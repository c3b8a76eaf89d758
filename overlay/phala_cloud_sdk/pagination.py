"""Page objects for the list calls, in the API's three pagination styles.

A page holds one response (``items``, and the response's own fields such as
``total``) and iterates over every item of every page, fetching the next pages
only when the iteration gets there::

    for app in client.get_app_list(page_size=100):
        print(app.app_id)

    async for app in aclient.get_app_list(page_size=100):
        print(app.app_id)

The style of each operation comes from the spec (``x-sdk.pagination``):

- ``page``: ``page``/``page_size`` parameters; the last page is ``total_pages`` (or ``pages``);
- ``offset``: ``limit``/``offset``; the end is ``total`` when the response has it,
  else the first short page;
- ``cursor``: a ``cursor`` parameter; the end is a null ``next_cursor``.

Iteration also stops on an empty page, and when the server answers with a page it
already sent (so it never loops forever). ``AsyncPage`` fetches up to a few pages
ahead concurrently, in order, when the page numbers are known in advance.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from phala_cloud_api.surface._base import AsyncPage, AsyncPager, SyncPage

from ._constants import PREFETCH_PAGES
from ._exceptions import NoNextPageError

if TYPE_CHECKING:
    import asyncio

    from phala_cloud_api.operations._spec_types import Pagination

__all__ = ["AsyncPage", "AsyncPager", "SyncPage"]

T = TypeVar("T")

# Hard stop for servers that report no usable end.
_MAX_PAGES = 100_000

Args = dict[str, Any]


class _Cursor:
    """Where one page is in its list, and the arguments of the page after it."""

    __slots__ = ("args", "data", "http_response", "items", "pagination")

    def __init__(
        self,
        pagination: Pagination,
        args: Mapping[str, Any],
        data: Any,
        http_response: httpx.Response,
    ) -> None:
        self.pagination = pagination
        self.args = dict(args)
        self.data = data
        self.http_response = http_response
        items = data if pagination.items == "$" else getattr(data, pagination.items)
        self.items: list[Any] = list(items or ())

    def field(self, name: str | None) -> Any:
        if name is None or self.pagination.items == "$":
            return None
        return getattr(self.data, name, None)

    @property
    def position(self) -> object:
        """What identifies this page in the list (page number, offset or cursor)."""
        p = self.pagination
        if p.style == "page":
            number = self.field("page")
            return number if isinstance(number, int) else self.args.get(p.page_param, 1)
        if p.style == "offset":
            return self.args.get(p.offset_param, 0)
        return self.args.get(p.cursor_param)

    def next_args(self) -> Args | None:
        """The arguments of the next page, or None on the last page."""
        if not self.items:
            return None
        p = self.pagination
        if p.style == "page":
            number = self.position
            last = self.field(p.total_pages)
            if not isinstance(number, int) or not isinstance(last, int):
                return None
            if number >= min(last, _MAX_PAGES):
                return None
            return {**self.args, p.page_param: number + 1}
        if p.style == "offset":
            offset = self.args.get(p.offset_param) or 0
            following = offset + len(self.items)
            total = self.field(p.total)
            if isinstance(total, int):
                if following >= total:
                    return None
            else:
                limit = self.args.get(p.limit_param) or p.default_limit
                if isinstance(limit, int) and len(self.items) < limit:
                    return None
            return {**self.args, p.offset_param: following}
        cursor = self.field(p.next_cursor)
        if not cursor:
            return None
        return {**self.args, p.cursor_param: cursor}

    def known_following(self) -> list[Args]:
        """Arguments of every following page when they are known now (page numbers)."""
        p = self.pagination
        first = self.next_args()
        if first is None or p.style != "page":
            return [first] if first is not None else []
        last = min(self.field(p.total_pages), _MAX_PAGES)
        start = first[p.page_param]
        return [{**self.args, p.page_param: number} for number in range(start, last + 1)]

    def follows(self, previous: _Cursor) -> bool:
        """Whether this page really is a new page after ``previous``."""
        if not self.items or self.items == previous.items:
            return False
        if self.pagination.style == "page":
            mine, theirs = self.position, previous.position
            return isinstance(mine, int) and isinstance(theirs, int) and mine > theirs
        return self.position != previous.position


class _PageMixin:
    """What sync and async pages share: the data and the reprs."""

    _cursor: _Cursor

    @property
    def items(self) -> list[Any]:
        """This page's items."""
        return self._cursor.items

    @property
    def http_response(self) -> httpx.Response:
        """The HTTP response this page came in."""
        return self._cursor.http_response

    @property
    def data(self) -> Any:
        """The whole response as its model (or list)."""
        return self._cursor.data

    def has_next_page(self) -> bool:
        """Whether a page after this one exists."""
        return self._cursor.next_args() is not None

    def __getattr__(self, name: str) -> Any:
        # The response's own fields (e.g. ``page.total``, ``page.dstack_apps``) stay
        # reachable, as in the official SDK's list results.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._cursor.data, name)

    def __repr__(self) -> str:
        cursor = self._cursor
        return (
            f"{type(self).__name__.lstrip('_')}({cursor.pagination.style}={cursor.position!r}, "
            f"items={len(cursor.items)}, has_next_page={self.has_next_page()})"
        )


class _SyncPage(_PageMixin, SyncPage[T]):
    """One page of a sync list call."""

    def __init__(self, cursor: _Cursor, fetch: Callable[[Args], _SyncPage[T]]) -> None:
        self._cursor = cursor
        self._fetch = fetch

    def next_page(self) -> _SyncPage[T]:
        """Fetch the page after this one (raises :class:`NoNextPageError` if there is none)."""
        following = self._cursor.next_args()
        if following is None:
            raise NoNextPageError("no next page: check has_next_page() first")
        return self._fetch(following)

    def iter_pages(self) -> Iterator[_SyncPage[T]]:
        """This page, then each following page, fetched one at a time."""
        current = self
        yield current
        while current.has_next_page():
            following = current.next_page()
            if not following._cursor.follows(current._cursor):
                return
            yield following
            current = following

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class _AsyncPage(_PageMixin, AsyncPage[T]):
    """One page of an async list call."""

    def __init__(
        self,
        cursor: _Cursor,
        fetch: Callable[[Args], Awaitable[_AsyncPage[T]]],
        prefetch: int = PREFETCH_PAGES,
    ) -> None:
        self._cursor = cursor
        self._fetch = fetch
        self._prefetch = max(0, prefetch)

    async def next_page(self) -> _AsyncPage[T]:
        """Fetch the page after this one (raises :class:`NoNextPageError` if there is none)."""
        following = self._cursor.next_args()
        if following is None:
            raise NoNextPageError("no next page: check has_next_page() first")
        return await self._fetch(following)

    async def iter_pages(self) -> AsyncIterator[_AsyncPage[T]]:
        """This page, then the following ones in order, up to ``prefetch`` fetched ahead."""
        yield self
        import asyncio  # imported on first use, like in the async client

        previous: _AsyncPage[T] = self
        while previous.has_next_page():
            planned = deque(previous._cursor.known_following())
            window = max(1, self._prefetch)
            pending: deque[asyncio.Task[_AsyncPage[T]]] = deque()
            try:
                while planned or pending:
                    while planned and len(pending) < window:
                        pending.append(asyncio.ensure_future(self._fetch(planned.popleft())))
                    page = await pending.popleft()
                    if not page._cursor.follows(previous._cursor):
                        return
                    yield page
                    previous = page
            finally:
                for task in pending:
                    task.cancel()
                if pending:
                    await asyncio.gather(*pending, return_exceptions=True)
            if previous._cursor.pagination.style == "page":
                return  # every page number up to the last was planned and fetched

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class _AsyncPager(AsyncPager[T]):
    """What an async list call returns: awaitable (the first page) and async-iterable."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[_AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, _AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return "AsyncPager(await it for the first page, or iterate it with async for)"
