"""Raw access to a call's HTTP response next to its typed result."""

from __future__ import annotations

from typing import TypeVar

import httpx

from phala_cloud_api.surface._base import APIResponse

from ._exceptions import request_id_of

__all__ = ["APIResponse", "RawResponse"]

T = TypeVar("T")


class RawResponse(APIResponse[T]):
    """The SDK's :class:`APIResponse`: a typed result with its HTTP response.

    Example::

        raw = client.with_raw_response.get_app_info(app_id="app-123")
        print(raw.status_code, raw.request_id, raw.headers["content-type"])
        app = raw.parsed
    """

    __slots__ = ("_api_version", "_http_response", "_parsed")

    def __init__(self, *, parsed: T, http_response: httpx.Response, api_version: str) -> None:
        self._parsed = parsed
        self._http_response = http_response
        self._api_version = api_version

    def __repr__(self) -> str:
        return f"APIResponse(status_code={self.status_code}, parsed={self._parsed!r})"

    @property
    def parsed(self) -> T:
        """The typed result, as the plain method returns it."""
        return self._parsed

    @property
    def http_response(self) -> httpx.Response:
        """The HTTP response."""
        return self._http_response

    @property
    def api_version(self) -> str:
        """The API version the body was read in."""
        return self._api_version

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self._http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self._http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (``X-Request-ID``), when it sent one."""
        return request_id_of(self._http_response)
