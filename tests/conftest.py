"""Shared fixtures: a scripted ``httpx.MockTransport`` and client factories."""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import pytest_asyncio

from phala_cloud_sdk import AsyncClient, Client

# Test modules import helpers as ``tests.payloads`` / ``tests.conftest`` (what mypy sees),
# and the maintainer scripts they test by module name (``spec_compare``, ``generate``).
ROOT = str(Path(__file__).resolve().parents[1])
for _path in (ROOT, str(Path(ROOT) / "scripts")):
    if _path not in sys.path:
        sys.path.insert(0, _path)
sys.modules.setdefault("tests.conftest", sys.modules[__name__])

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


@pytest.fixture
def router() -> Router:
    return Router()


MakeClient = Callable[..., Client]
MakeAsyncClient = Callable[..., AsyncClient]


@pytest.fixture
def make_client(router: Router) -> Iterator[MakeClient]:
    """Build a Client over the router; closes every http client it made."""
    made: list[httpx.Client] = []

    def make(**kwargs: Any) -> Client:
        http = httpx.Client(transport=router.transport())
        made.append(http)
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE_URL)
        return Client(http_client=http, **kwargs)

    yield make
    for http in made:
        http.close()


@pytest_asyncio.fixture
async def make_async_client(router: Router) -> AsyncIterator[MakeAsyncClient]:
    """Build an AsyncClient over the router; closes every http client it made."""
    made: list[httpx.AsyncClient] = []

    def make(**kwargs: Any) -> AsyncClient:
        http = httpx.AsyncClient(transport=router.transport())
        made.append(http)
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE_URL)
        return AsyncClient(http_client=http, **kwargs)

    yield make
    for http in made:
        await http.aclose()


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Make retry waits instant; returns the list of requested delays."""
    import phala_cloud_sdk._client as client_module

    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(
        client_module, "time", SimpleNamespace(sleep=fake_sleep, perf_counter=time.perf_counter)
    )
    monkeypatch.setattr(
        client_module, "asyncio", SimpleNamespace(sleep=fake_async_sleep), raising=False
    )
    return delays
