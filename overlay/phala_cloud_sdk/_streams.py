"""Server-sent event streams of a response, for the sync and the async client.

A stream yields :class:`ServerSentEvent` objects until the server ends it, or until
its ``deadline`` (monotonic seconds) passes, checked at every line the server sends
(keep-alive comments included; the request's read timeout covers a silent one). A
connection that drops mid-stream raises :class:`APIConnectionError` (an SDK error,
which the watching workflow answers by reconnecting); closing releases the
connection.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._base_client import masked_request
from ._exceptions import APIConnectionError
from ._sse import ServerSentEvent, SSEDecoder
from ._types import TimeoutTypes

__all__ = ["AsyncEventStream", "EventStream", "is_event_stream", "stream_timeout"]

EVENT_STREAM = "text/event-stream"


def is_event_stream(response: httpx.Response) -> bool:
    """Whether ``response`` is a ``text/event-stream``."""
    media = str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()
    return media == EVENT_STREAM


def stream_timeout(timeout: TimeoutTypes, deadline: float | None) -> httpx.Timeout:
    """The client's ``timeout`` for a stream, reads cut short to end by ``deadline``."""
    base = httpx.Timeout(timeout)
    if deadline is None:
        return base
    left = max(0.05, deadline - time.monotonic())
    read = left if base.read is None else min(base.read, left)
    return httpx.Timeout(connect=base.connect, read=read, write=base.write, pool=base.pool)


def _passed(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline


def _dropped(operation: str, response: httpx.Response, error: Exception) -> APIConnectionError:
    return APIConnectionError(
        f"{operation}: the event stream broke off ({type(error).__name__})",
        request=masked_request(response.request),
    )


class EventStream(Iterator[ServerSentEvent]):
    """The events of a sync response; ``close()`` releases the connection."""

    def __init__(
        self, operation: str, response: httpx.Response, deadline: float | None = None
    ) -> None:
        self._operation = operation
        self._response = response
        self._deadline = deadline
        self._events = self._read()

    def _read(self) -> Iterator[ServerSentEvent]:
        decoder = SSEDecoder()
        try:
            for line in self._response.iter_lines():
                if _passed(self._deadline):
                    return
                event = decoder.feed(line)
                if event is not None:
                    yield event
        except httpx.HTTPError as exc:
            raise _dropped(self._operation, self._response, exc) from exc
        last = decoder.flush()
        if last is not None:
            yield last

    def __next__(self) -> ServerSentEvent:
        return next(self._events)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._response.close()


class AsyncEventStream(AsyncIterator[ServerSentEvent]):
    """The events of an async response; ``aclose()`` releases the connection."""

    def __init__(
        self, operation: str, response: httpx.Response, deadline: float | None = None
    ) -> None:
        self._operation = operation
        self._response = response
        self._deadline = deadline
        self._events = self._read()

    async def _read(self) -> AsyncIterator[ServerSentEvent]:
        decoder = SSEDecoder()
        try:
            async for line in self._response.aiter_lines():
                if _passed(self._deadline):
                    return
                event = decoder.feed(line)
                if event is not None:
                    yield event
        except httpx.HTTPError as exc:
            raise _dropped(self._operation, self._response, exc) from exc
        last = decoder.flush()
        if last is not None:
            yield last

    async def __anext__(self) -> ServerSentEvent:
        return await anext(self._events)

    async def aclose(self) -> None:
        """Stop reading and release the connection."""
        await self._response.aclose()
