"""Every API method of the AsyncClient, in both API versions, over a MockTransport."""

from __future__ import annotations

import pytest

from tests.sdk.test_client_methods import IDS, check_request
from tests.support.mock_api import MakeAsyncClient, Router
from tests.support.payloads import (
    APP_FULL_2025,
    APP_MINIMAL,
    CALLS,
    V2025,
    V2026,
    VERSIONS,
    CallCase,
    class_names,
    payload,
)


@pytest.mark.asyncio
@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", CALLS, ids=IDS)
async def test_async_method(
    case: CallCase, version: str, style: str, router: Router, make_async_client: MakeAsyncClient
) -> None:
    operation, kwargs, *_ = case
    status, body, class_name = payload(operation, version)
    router.add(status, body)
    client = make_async_client(api_version=version)
    method = getattr(client, operation)
    result = await (method(**kwargs) if style == "keywords" else method(dict(kwargs)))
    assert len(router.requests) == 1
    check_request(router, case, version)
    names = class_names(result)
    assert names and all(name == class_name for name in names)


@pytest.mark.asyncio
async def test_async_minimal_and_header_override(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, APP_MINIMAL).add(200, APP_FULL_2025, headers={"X-Phala-Version": V2025})
    client = make_async_client(api_version=V2026)
    minimal = await client.get_app_info(app_id="app1")
    assert type(minimal).__name__ == "DstackAppMinimalResponse"
    assert minimal.status is None
    full = await client.get_app_info({"app_id": "app1"})
    assert type(full).__name__ == "DstackAppFullResponseV20251028"
    assert full.status == "running"


@pytest.mark.asyncio
async def test_async_context_manager_and_raw(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, APP_MINIMAL, headers={"X-Request-ID": "r-1"})
    async with make_async_client() as client:
        raw = await client.with_raw_response.get_app_info(app_id="app1")
    assert raw.request_id == "r-1"
    assert type(raw.parsed).__name__ == "DstackAppMinimalResponse"
