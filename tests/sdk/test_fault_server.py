"""The real clients over real HTTP against a fault-injecting loopback server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from phala_cloud_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    Client,
    InternalServerError,
    ResponseValidationError,
    UnsafeRedirectError,
)
from tests.support.fault_server import FaultServer
from tests.support.mock_api import API_KEY
from tests.support.payloads import APP_FULL_2026


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault:
        yield fault


def client_for(server: FaultServer, **kwargs: Any) -> Client:
    return Client(api_key=API_KEY, base_url=server.base_url, **kwargs)


def test_server_records_requests(server: FaultServer) -> None:
    server.respond(200, APP_FULL_2026)
    with client_for(server) as client:
        result = client.get_app_info(app_id="app1")
    assert result.app_id == "app1"
    (request,) = server.requests
    assert (request.method, request.path) == ("GET", "/api/v1/apps/app1")
    assert request.headers["X-API-Key"] == API_KEY
    assert request.headers["X-Phala-Version"] == "2026-01-21"


def test_5xx_then_ok(server: FaultServer) -> None:
    server.respond(502, {"detail": "bad gw"}, {"Retry-After": "0"}).respond(200, APP_FULL_2026)
    with client_for(server) as client:
        assert client.get_app_info(app_id="a").app_id == "app1"
    assert len(server.requests) == 2


def test_5xx_exhausts_retries(server: FaultServer) -> None:
    server.respond(503, {"detail": "down"}, {"Retry-After": "0"})
    with client_for(server, max_retries=2) as client, pytest.raises(InternalServerError):
        client.get_app_info(app_id="a")
    assert len(server.requests) == 3


@pytest.mark.parametrize("wait", ["0", "1"])
def test_429_retry_after_honoured(server: FaultServer, wait: str) -> None:
    server.respond(429, {"detail": "slow"}, {"Retry-After": wait}).respond(200, APP_FULL_2026)
    started = time.monotonic()
    with client_for(server) as client:
        client.get_app_info(app_id="a")
    elapsed = time.monotonic() - started
    assert len(server.requests) == 2
    assert elapsed >= float(wait) - 0.05


def test_timeout_retried(server: FaultServer) -> None:
    server.delay(0.6, 200, APP_FULL_2026)
    with (
        client_for(server, timeout=0.2, max_retries=1) as client,
        pytest.raises(APITimeoutError) as info,
    ):
        client.get_app_info(app_id="a")
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert len(server.requests) == 2


def test_timeout_then_ok(server: FaultServer) -> None:
    server.delay(0.6, 200, APP_FULL_2026).respond(200, APP_FULL_2026)
    with client_for(server, timeout=0.2) as client:
        assert client.get_app_info(app_id="a").app_id == "app1"


def test_dropped_connection(server: FaultServer) -> None:
    server.drop()
    with (
        client_for(server, max_retries=1) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.get_app_info(app_id="a")
    assert info.value.__cause__ is not None
    assert len(server.requests) == 2


def test_dropped_then_ok(server: FaultServer) -> None:
    server.drop().respond(200, APP_FULL_2026)
    with client_for(server) as client:
        assert client.get_app_info(app_id="a").app_id == "app1"


def test_malformed_json(server: FaultServer) -> None:
    server.malformed_json()
    with client_for(server) as client, pytest.raises(ResponseValidationError) as info:
        client.get_app_info(app_id="a")
    assert info.value.path == "$"
    assert len(server.requests) == 1


def test_cross_origin_redirect(server: FaultServer) -> None:
    with FaultServer() as other:
        other.respond(200, APP_FULL_2026)
        server.redirect(other.base_url + "/apps/a")
        with client_for(server) as client, pytest.raises(UnsafeRedirectError) as info:
            client.get_app_info(app_id="a")
        assert other.requests == []
    assert API_KEY not in str(info.value)


def test_same_origin_redirect(server: FaultServer) -> None:
    server.redirect("/api/v1/apps/b").respond(200, APP_FULL_2026)
    with client_for(server) as client:
        assert client.get_app_info(app_id="a").app_id == "app1"
    assert [r.path for r in server.requests] == ["/api/v1/apps/a", "/api/v1/apps/b"]
    assert server.requests[1].headers["X-API-Key"] == API_KEY


@pytest.mark.asyncio
async def test_async_faults(server: FaultServer) -> None:
    server.respond(503, {"detail": "x"}, {"Retry-After": "0"}).drop()
    server.respond(200, APP_FULL_2026)
    async with AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
        app = await client.get_app_info(app_id="a")
        assert app.app_id == "app1"
        assert len(server.requests) == 3
        server.delay(0.6, 200, APP_FULL_2026)
        with pytest.raises(APITimeoutError):
            await client.with_options(timeout=0.2, max_retries=0).get_app_info(app_id="a")


@pytest.mark.asyncio
async def test_async_cross_origin_redirect(server: FaultServer) -> None:
    with FaultServer() as other:
        server.redirect(other.base_url + "/apps/a")
        async with AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
            with pytest.raises(UnsafeRedirectError):
                await client.get_app_info(app_id="a")
        assert other.requests == []


def test_per_call_timeout_overrides_the_client(server: FaultServer) -> None:
    server.delay(0.6, 200, APP_FULL_2026).respond(200, APP_FULL_2026)
    with client_for(server, timeout=10.0, max_retries=0) as client:
        started = time.perf_counter()
        with pytest.raises(APITimeoutError):
            client.get_app_info(app_id="a", timeout=0.2)
        assert time.perf_counter() - started < 0.55
        # The next call uses the client's own (long) timeout again.
        assert client.get_app_info(app_id="a").app_id == "app1"
