"""The Instance Types methods (spec/instance_types.yaml): requests and typed results.

Both operations, sync and async, in both API versions and both call styles, and the
official SDK's calls with the requests it was captured sending.
"""

from __future__ import annotations

from typing import Any

import pytest

from phala_cloud_api.operations import OPERATIONS
from phala_cloud_sdk import NotFoundError
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import VERSIONS
from tests.support.tag_calls import (
    Call,
    check_request,
    check_result,
    parse_capture,
    request_form,
    run_async,
    run_sync,
)

TAG = "Instance Types"
SMALL: dict[str, Any] = {
    "id": "tdx.small",
    "name": "Small",
    "description": "1 vCPU, 2 GB: light services",
    "vcpu": 1,
    "memory_mb": 2048,
    "hourly_rate": "0.058",
    "requires_gpu": False,
    "default_disk_size_gb": 20,
    "family": "cpu",
}
H200: dict[str, Any] = {
    "id": "h200.small",
    "name": "H200 x1",
    "description": "One NVIDIA H200",
    "vcpu": 24,
    "memory_mb": 196608,
    "hourly_rate": "3.50",
    "requires_gpu": True,
    "family": "gpu",
}
CALLS = [
    Call(
        "list_all_instance_type_families",
        {},
        "GET",
        "/instance-types",
        "AllFamiliesResponse",
        {
            "result": [
                {"name": "cpu", "items": [SMALL], "total": 1},
                {"name": "gpu", "items": [H200], "total": 1},
            ]
        },
    ),
    Call(
        "list_family_instance_types",
        {"family": "gpu"},
        "GET",
        "/instance-types/gpu",
        "FamilyInstanceTypesResponse",
        {"items": [H200], "total": 1, "family": "gpu"},
    ),
]
IDS = [call.id for call in CALLS]


def test_every_instance_types_operation_has_a_call() -> None:
    assert sorted(IDS) == sorted(name for name, op in OPERATIONS.items() if op.tag == TAG)


@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_responses_fit_the_schema(call: Call) -> None:
    call.validate_response()


@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", CALLS, ids=IDS)
def test_sync(
    call: Call, version: str, style: str, router: Router, make_client: MakeClient
) -> None:
    call.serve(router)
    result = run_sync(make_client, call, version, style)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, call)


@pytest.mark.asyncio
@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", CALLS, ids=IDS)
async def test_async(
    call: Call, version: str, style: str, router: Router, make_async_client: MakeAsyncClient
) -> None:
    call.serve(router)
    result = await run_async(make_async_client, call, version, style)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, call)


# (method, args, captured request, query, JSON body); phala-cloud 0.2.0.
OFFICIAL = [
    ("list_all_instance_type_families", [], "GET /instance-types", None, None),
    ("list_family_instance_types", [{"family": "cpu"}], "GET /instance-types/cpu", None, None),
]
BY_OPERATION = {call.operation: call for call in CALLS}


@pytest.mark.parametrize(("method", "args", "http", "query", "body"), OFFICIAL)
def test_official_calls_send_the_official_request(  # noqa: PLR0917
    method: str,
    args: list[Any],
    http: str,
    query: str | None,
    body: Any,
    router: Router,
    make_client: MakeClient,
) -> None:
    BY_OPERATION[method].serve(router)
    getattr(make_client(), method)(*args)
    assert request_form(router.last, method) == parse_capture(method, http, query, body)


@pytest.mark.asyncio
@pytest.mark.parametrize(("method", "args", "http", "query", "body"), OFFICIAL)
async def test_official_calls_send_the_official_request_async(  # noqa: PLR0917
    method: str,
    args: list[Any],
    http: str,
    query: str | None,
    body: Any,
    router: Router,
    make_async_client: MakeAsyncClient,
) -> None:
    BY_OPERATION[method].serve(router)
    await getattr(make_async_client(), method)(*args)
    assert request_form(router.last, method) == parse_capture(method, http, query, body)


def test_instance_type_fields(router: Router, make_client: MakeClient) -> None:
    BY_OPERATION["list_all_instance_type_families"].serve(router)
    families = make_client().list_all_instance_type_families()
    cpu, gpu = families.result
    assert (cpu.name, cpu.total, gpu.name) == ("cpu", 1, "gpu")
    small = cpu.items[0]
    # The price stays an exact decimal string.
    assert (small.id, small.memory_mb, small.hourly_rate) == ("tdx.small", 2048, "0.058")
    assert gpu.items[0].requires_gpu is True


def test_unknown_family_is_not_found(router: Router, make_client: MakeClient) -> None:
    router.add(404, {"detail": "Family not found"})
    with pytest.raises(NotFoundError):
        make_client(max_retries=0).list_family_instance_types(family="tpu")
