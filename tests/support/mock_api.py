"""A scripted ``httpx.MockTransport`` (:class:`Router`) and the test client settings."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

from phala_cloud_sdk import AsyncClient, Client

BASE_URL = "http://testserver/api/v1"
API_KEY = "test-key-s3cr3t-0123456789"

Handler = Callable[[httpx.Request], httpx.Response]


class Router:
    """Answers requests from a queue of responses (the last one repeats) and records them."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._queue: deque[Handler] = deque()
        self._last: Handler | None = None

    def add(
        self,
        status: int = 200,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
    ) -> Router:
        """Queue one response (JSON ``body`` unless raw ``content`` is given)."""

        def handler(request: httpx.Request) -> httpx.Response:
            if content is not None:
                return httpx.Response(status, content=content, headers=headers)
            data = b"" if body is None else json.dumps(body).encode()
            merged = {"content-type": "application/json", **(headers or {})}
            return httpx.Response(status, content=data, headers=merged)

        self._queue.append(handler)
        return self

    def add_handler(self, handler: Handler) -> Router:
        """Queue a custom handler."""
        self._queue.append(handler)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._queue:
            self._last = self._queue.popleft()
        if self._last is None:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        return self._last(request)

    @property
    def last(self) -> httpx.Request:
        """The last request sent."""
        assert self.requests, "no request was sent"
        return self.requests[-1]

    def transport(self) -> httpx.MockTransport:
        """A transport answering from this router."""
        return httpx.MockTransport(self)


MakeClient = Callable[..., Client]
MakeAsyncClient = Callable[..., AsyncClient]
