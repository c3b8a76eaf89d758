"""Server-sent events: lines in, events out (no I/O, so sync and async share it).

Implements the parts of the WHATWG event-stream format the API uses: ``event:``,
``data:`` (several lines joined by newlines), ``id:``, comments (``:``) ignored, and a
blank line dispatching the event. ``retry:`` is ignored: reconnecting is the caller's.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SSEDecoder", "ServerSentEvent"]


class ServerSentEvent(NamedTuple):
    """One event of a stream: its type (``"message"`` when unnamed), data and id."""

    event: str
    data: str
    id: str | None


class SSEDecoder:
    """Feeds on decoded lines (without their line break); returns an event on a blank line."""

    __slots__ = ("_data", "_event", "_id")

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """Take one line; the completed event when ``line`` is blank, else None."""
        if not line:
            return self.flush()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._id = value
        return None

    def flush(self) -> ServerSentEvent | None:
        """The event gathered so far (at a blank line or the end of the stream), if any."""
        if not self._data and not self._event:
            return None
        event = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id)
        self._event = ""
        self._data = []
        return event
