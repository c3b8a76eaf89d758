"""Shared fixtures: a scripted ``httpx.MockTransport`` and client factories."""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import pytest_asyncio

import phala_cloud_sdk
from phala_cloud_sdk import AsyncClient, Client
from tests.support.mock_api import API_KEY, BASE_URL, MakeAsyncClient, MakeClient, Router
from tests.support.paths import SCRIPTS

# The maintainer scripts are tested by module name (``spec_compare``, ``generate``).
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))


def pytest_report_header() -> str:
    """Say which copy of the SDK runs: the source tree or an installed wheel (noxfile.py)."""
    where = Path(phala_cloud_sdk.__file__).parent
    return f"phala_cloud_sdk {phala_cloud_sdk.__version__} from {where}"


@pytest.fixture
def router() -> Router:
    return Router()


@pytest.fixture
def make_client(router: Router) -> Iterator[MakeClient]:
    """Build a Client over the router; closes every http client it made."""
    made: list[httpx.Client] = []

    def make(**kwargs: Any) -> Client:
        http = httpx.Client(transport=router.transport())
        made.append(http)
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE_URL)
        kwargs.setdefault("allow_insecure_http", True)  # http://testserver: a mock transport
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
        kwargs.setdefault("allow_insecure_http", True)  # http://testserver: a mock transport
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
