"""Every CVMs method, sync and async, in both API versions: its request and its typed result.

One representative call per operation (``tests/support/cvm_calls.py``) is checked for
the method, path, query, headers and body it sends, and for the model the response
becomes; the version-shaped results refuse a body of the other version, saying so.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from phala_cloud_sdk import ResponseValidationError
from tests.support.cvm_calls import (
    CALLS,
    CVMS_OPERATIONS,
    VERSIONED,
    Call,
    response_for,
    result_names,
    serve,
)
from tests.support.mock_api import API_KEY, MakeAsyncClient, MakeClient, Router
from tests.support.payloads import V2025, V2026, VERSIONS, query_of

IDS = [call.id for call in CALLS]
OTHER = {V2025: V2026, V2026: V2025}


def test_call_table_covers_every_cvms_operation() -> None:
    from phala_cloud_api.operations import OPERATIONS

    assert sorted(call.operation for call in CALLS) == CVMS_OPERATIONS
    assert len(CVMS_OPERATIONS) == 51
    for call in CALLS:
        assert OPERATIONS[call.operation].method == call.method


def check_request(request: httpx.Request, call: Call, version: str) -> None:
    assert request.method == call.method
    assert request.url.path == "/api/v1" + call.path
    assert query_of(request) == call.query
    assert request.headers["X-API-Key"] == API_KEY
    assert request.headers["X-Phala-Version"] == version
    for name, value in call.headers.items():
        assert request.headers.get(name) == value, name
    sent = {k.lower() for k in request.headers}
    for header in ("x-compose-hash", "x-transaction-hash", "x-prepare-only"):
        if header not in {h.lower() for h in call.headers}:
            assert header not in sent, header
    if call.text is not None:
        media, text = call.text
        assert request.headers["content-type"] == media
        assert request.content.decode() == text
    elif call.json is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == call.json


def check_result(result: Any, expected: str) -> None:
    if expected == "None":
        assert result is None
    elif expected == "str":
        assert result == "services: {}\n"
    else:
        names = result_names(result)
        assert names and all(name == expected for name in names), names


def _mapping(call: Call) -> dict[str, Any]:
    """The official call style: one mapping, the CVM under its official ``id`` key."""
    mapping = dict(call.kwargs)
    if "cvm_id" in mapping:
        mapping["id"] = mapping.pop("cvm_id")
    return mapping


@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_sync(
    call: Call, version: str, style: str, router: Router, make_client: MakeClient
) -> None:
    status, body, expected = response_for(call.operation, version)
    router.add_handler(lambda _request: serve(status, body, expected))
    method = getattr(make_client(api_version=version), call.operation)
    result = method(**call.kwargs) if style == "keywords" else method(_mapping(call))
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, expected)


@pytest.mark.asyncio
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", CALLS, ids=IDS)
async def test_async(
    call: Call, version: str, router: Router, make_async_client: MakeAsyncClient
) -> None:
    status, body, expected = response_for(call.operation, version)
    router.add_handler(lambda _request: serve(status, body, expected))
    method = getattr(make_async_client(api_version=version), call.operation)
    result = await method(**call.kwargs)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, expected)


VERSIONED_CASES = [(op, v) for op in VERSIONED for v in VERSIONS]


@pytest.mark.parametrize(("operation", "version"), VERSIONED_CASES)
def test_other_versions_body_is_refused(
    operation: str, version: str, router: Router, make_client: MakeClient
) -> None:
    call = next(c for c in CALLS if c.operation == operation)
    status, body, _ = response_for(operation, OTHER[version])
    router.add(status, body)
    with pytest.raises(ResponseValidationError) as info:
        getattr(make_client(api_version=version), operation)(**call.kwargs)
    assert f"it has the {OTHER[version]} shape" in str(info.value)
    assert info.value.version == version


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation", "version"), VERSIONED_CASES)
async def test_async_other_versions_body_is_refused(
    operation: str, version: str, router: Router, make_async_client: MakeAsyncClient
) -> None:
    call = next(c for c in CALLS if c.operation == operation)
    status, body, _ = response_for(operation, OTHER[version])
    router.add(status, body)
    with pytest.raises(ResponseValidationError, match="another API version"):
        await getattr(make_async_client(api_version=version), operation)(**call.kwargs)


def test_cvm_info_reads_both_versions(router: Router, make_client: MakeClient) -> None:
    router.add(200, response_for("get_cvm_info", V2025)[1])
    client: Any = make_client(api_version=V2025)  # the official key `id`
    old = client.get_cvm_info({"id": "cvm_1"})
    assert (old.id, old.name, old.vcpu, old.memory) == (4821, "oracle-1", 2, 4096)
    router.add(200, response_for("get_cvm_info", V2026)[1])
    new: Any = make_client(api_version=V2026).get_cvm_info(cvm_id="cvm_1")
    assert (new.id, new.name, new.status) == ("cvm_1", "cvm-one", "running")
    assert new.compose_file.to_dict() == {"name": "app", "docker_compose_file": "services: {}"}
