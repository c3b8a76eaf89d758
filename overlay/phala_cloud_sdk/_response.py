"""Raw access to a call's HTTP response next to its typed result."""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx

from ._exceptions import request_id_of

__all__ = ["APIResponse"]

T = TypeVar("T")


class APIResponse(Generic[T]):
    """A call's typed result with its HTTP response.

    Example::

        raw = client.with_raw_response.get_app_info(app_id="app-123")
        print(raw.status_code, raw.request_id, raw.headers["content-type"])
        app = raw.parsed
    """

    __slots__ = ("api_version", "http_response", "parsed")

    def __init__(self, *, parsed: T, http_response: httpx.Response, api_version: str) -> None:
        self.parsed: T = parsed
        self.http_response: httpx.Response = http_response
        self.api_version: str = api_version

    def __repr__(self) -> str:
        return f"APIResponse(status_code={self.status_code}, parsed={self.parsed!r})"

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (``X-Request-ID``), when it sent one."""
        return request_id_of(self.http_response)

    def parse(self) -> T:
        """The typed result (same as ``parsed``)."""
        return self.parsed
