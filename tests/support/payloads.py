"""Minimal valid response bodies per operation and API version (hand-built).

``test_client_methods.test_payloads_validate`` checks each against the generated
validators, so a spec change that invalidates one fails loudly.
"""

from __future__ import annotations

import copy
from typing import Any

V2025 = "2025-10-28"
V2026 = "2026-01-21"
VERSIONS = (V2025, V2026)

CVM_BASIC_2025: dict[str, Any] = {
    "vm_uuid": None,
    "app_id": "app1",
    "status": "running",
    "vcpu": 1,
    "memory": 1024,
    "disk_size": 10,
    "teepod_id": 1,
    "teepod_name": "node-1",
    "region_identifier": None,
    "kms_type": None,
    "instance_type": None,
}

CVM_INFO_2026: dict[str, Any] = {
    "id": "cvm_1",
    "name": "cvm-one",
    "resource": {},
    "status": "running",
    "gateway": {},
}

HOSTED_CVM_2025: dict[str, Any] = {
    "hosted": {
        "id": "vm-1",
        "name": "cvm-one",
        "status": "running",
        "uptime": "1h",
        "app_id": "app1",
    },
    "name": "cvm-one",
    "status": "running",
    "public_urls": [],
}

APP_FULL_2025: dict[str, Any] = {
    "id": "prj_1",
    "name": "my-app",
    "app_id": "app1",
    "created_at": "2025-01-01T00:00:00Z",
    "kms_type": "phala",
    "current_cvm": CVM_BASIC_2025,
}

APP_FULL_2026: dict[str, Any] = {
    "id": "prj_1",
    "name": "my-app",
    "app_id": "app1",
    "created_at": "2025-01-01T00:00:00Z",
    "kms_type": "phala",
    "current_cvm": CVM_INFO_2026,
}

APP_MINIMAL: dict[str, Any] = {"app_id": "app1"}

REVISION: dict[str, Any] = {
    "revision_id": "rev-1",
    "app_id": "app1",
    "vm_uuid": "vm-1",
    "compose_hash": "abc",
    "created_at": "2025-01-01T00:00:00Z",
    "trace_id": None,
    "operation_type": "create",
}

VM: dict[str, Any] = {
    "id": 1,
    "name": "vm",
    "status": "running",
    "teepod_id": 1,
    "app_id": "app1",
    "vcpu": 1,
    "memory": 1024,
    "disk_size": 10,
    "created_at": "2025-01-01T00:00:00Z",
}


def app_list(
    version: str, apps: list[dict[str, Any]] | None = None, *, page: int = 1, total_pages: int = 1
) -> dict[str, Any]:
    """A list-apps page for ``version``."""
    items = apps if apps is not None else [APP_FULL_2025 if version == V2025 else APP_FULL_2026]
    return {
        "dstack_apps": items,
        "page": page,
        "page_size": max(1, len(items)),
        "total": len(items) * total_pages,
        "total_pages": total_pages,
    }


def revisions(
    items: list[dict[str, Any]], *, page: int = 1, total_pages: int = 1
) -> dict[str, Any]:
    """A revisions page."""
    return {
        "revisions": items,
        "total": len(items) * total_pages,
        "page": page,
        "page_size": max(1, len(items)),
        "total_pages": total_pages,
    }


def revision(n: int) -> dict[str, Any]:
    """Revision number ``n``."""
    return {**REVISION, "revision_id": f"rev-{n}"}


# operation -> version -> (status, body, expected class name)
_BY_OPERATION: dict[str, dict[str, tuple[int, Any, str]]] = {
    "get_app_list": {
        V2025: (200, app_list(V2025), "DstackAppListResponseV20251028"),
        V2026: (200, app_list(V2026), "DstackAppListResponseV20260121"),
    },
    "get_app_info": {
        V2025: (200, APP_FULL_2025, "DstackAppFullResponseV20251028"),
        V2026: (200, APP_FULL_2026, "DstackAppFullResponseV20260121"),
    },
    "get_app_cvms": {
        V2025: (200, [HOSTED_CVM_2025], "HostedCvmV20251028"),
        V2026: (200, [CVM_INFO_2026], "CvmInfoV20260121"),
    },
}

_SHARED: dict[str, tuple[int, Any, str]] = {
    "get_app_filter_options": (
        200,
        {
            "statuses": [],
            "image_versions": [],
            "instance_types": [],
            "kms_slugs": [],
            "kms_types": [],
            "regions": [],
            "nodes": [],
        },
        "FilterOptionsResponse",
    ),
    "replicate_app_cvm": (200, VM, "VM"),
    "create_app_instance": (200, VM, "VM"),
    "get_app_device_allowlist": (200, {}, "DeviceAllowlistResponse"),
    "get_app_attestation": (200, {}, "AppAttestationResponse"),
    "get_app_tcb_evaluation": (200, {"app_id": "app1", "instances": []}, "TcbEvaluationResponse"),
    "get_app_revisions": (200, revisions([REVISION]), "AppRevisionsResponse"),
    "get_app_revision_detail": (
        200,
        {
            **REVISION,
            "compose_file": None,
            "encrypted_env": "",
            "user_config": "",
        },
        "AppRevisionDetailResponse",
    ),
    "redeploy_app_revision": (202, {}, "RedeployAcceptedResponse"),
    "get_app_usage": (200, {"usage": [], "total": 0, "total_cost": 0.0}, "AppUsageResponse"),
    "check_app_is_allowed": (
        200,
        {
            "app_contract_address": "0x1",
            "compose_hash": "abc",
            "device_id": "dev",
            "compose_hash_allowed": True,
            "allow_any_device": True,
            "is_allowed": True,
        },
        "AppIsAllowedResponse",
    ),
    "check_app_cvms_is_allowed": (200, {"is_onchain": True}, "AppCvmsBatchIsAllowedResponse"),
    "get_app_kms_info": (200, {}, "AppKmsInfoResponse"),
    "get_app_pending_updates": (200, {}, "PendingUpdatesResponse"),
    "get_app_pending_update_preview": (200, {}, "PendingUpdatePreview"),
}


def payload(operation: str, version: str) -> tuple[int, Any, str]:
    """(status, a deep copy of the body, expected class name) for one call."""
    if operation in _BY_OPERATION:
        status, body, name = _BY_OPERATION[operation][version]
    else:
        status, body, name = _SHARED[operation]
    return status, copy.deepcopy(body), name


def all_payloads() -> list[tuple[str, str, Any]]:
    """(class name, item-or-object body, label) for the validator self-test."""
    out: list[tuple[str, str, Any]] = []
    for operation in [*_BY_OPERATION, *_SHARED]:
        for version in VERSIONS:
            _, body, name = payload(operation, version)
            items = body if isinstance(body, list) else [body]
            out.extend((name, f"{operation}/{version}", item) for item in items)
    out.append(("DstackAppMinimalResponse", "minimal", APP_MINIMAL))
    out.append(("AppRevisionResponse", "revision", REVISION))
    return out


# One row per API method: (operation, kwargs, http method, path under /api/v1,
# query expected (name -> list of values), JSON body expected or None).
CallCase = tuple[str, dict[str, Any], str, str, dict[str, list[str]], "dict[str, Any] | None"]

CALLS: list[CallCase] = [
    (
        "get_app_list",
        {"page": 2, "page_size": 10, "status": ["a", "b"], "listed": True, "search": "q"},
        "GET",
        "/apps",
        {
            "page": ["2"],
            "page_size": ["10"],
            "status": ["a", "b"],
            "listed": ["true"],
            "search": ["q"],
        },
        None,
    ),
    ("get_app_filter_options", {}, "GET", "/apps/filter-options", {}, None),
    ("get_app_info", {"app_id": "app1"}, "GET", "/apps/app1", {}, None),
    ("get_app_cvms", {"app_id": "app1"}, "GET", "/apps/app1/cvms", {}, None),
    (
        "replicate_app_cvm",
        {"app_id": "app1", "vm_uuid": "vm-1", "teepod_id": 3},
        "POST",
        "/apps/app1/cvms/vm-1/replicas",
        {},
        {"teepod_id": 3},
    ),
    (
        "create_app_instance",
        {"app_id": "app1", "teepod_id": 1, "compose_hash": "h"},
        "POST",
        "/apps/app1/instances",
        {},
        {"teepod_id": 1, "compose_hash": "h"},
    ),
    (
        "get_app_device_allowlist",
        {"app_id": "app1"},
        "GET",
        "/apps/app1/device-allowlist",
        {},
        None,
    ),
    ("get_app_attestation", {"app_id": "app1"}, "GET", "/apps/app1/attestations", {}, None),
    (
        "get_app_tcb_evaluation",
        {"app_id": "app1"},
        "GET",
        "/apps/app1/attestations/tcb-evaluation",
        {},
        None,
    ),
    (
        "get_app_revisions",
        {"app_id": "app1", "page": 1, "page_size": 1000},
        "GET",
        "/apps/app1/revisions",
        {"page": ["1"], "page_size": ["1000"]},
        None,
    ),
    (
        "get_app_revision_detail",
        {"app_id": "app1", "revision_id": "rev-1", "raw_compose_file": True},
        "GET",
        "/apps/app1/revisions/rev-1",
        {"raw_compose_file": ["true"]},
        None,
    ),
    (
        "redeploy_app_revision",
        {"app_id": "app1", "revision_id": "rev-1", "transaction_hash": "0xab", "vm_uuids": ["u1"]},
        "POST",
        "/apps/app1/revisions/rev-1/redeploy",
        {"transaction_hash": ["0xab"]},
        {"vm_uuids": ["u1"]},
    ),
    (
        "get_app_usage",
        {"app_id": "app1", "limit": 10, "offset": 0},
        "GET",
        "/apps/app1/usage",
        {"limit": ["10"], "offset": ["0"]},
        None,
    ),
    (
        "check_app_is_allowed",
        {"app_id": "app1", "compose_hash": "h", "node_id": 1},
        "POST",
        "/apps/app1/is-allowed",
        {},
        {"compose_hash": "h", "node_id": 1},
    ),
    (
        "check_app_cvms_is_allowed",
        {"app_id": "app1"},
        "POST",
        "/apps/app1/cvms/is-allowed",
        {},
        None,
    ),
    ("get_app_kms_info", {"app_id": "app1"}, "GET", "/apps/app1/kms-info", {}, None),
    ("get_app_pending_updates", {"app_id": "app1"}, "GET", "/apps/app1/pending-updates", {}, None),
    (
        "get_app_pending_update_preview",
        {"app_id": "app1", "vm_uuid": "vm-1", "compose_hash": "h"},
        "GET",
        "/apps/app1/pending-updates/vm-1/h/preview",
        {},
        None,
    ),
]


def class_names(result: Any) -> list[str]:
    """The model class name(s) of a method's result (page -> its response, list -> items)."""
    from phala_cloud_sdk import AsyncPage, SyncPage

    if isinstance(result, SyncPage | AsyncPage):
        return [type(result.data).__name__]
    if isinstance(result, list):
        return [type(item).__name__ for item in result]
    return [type(result).__name__]


def query_of(request: Any) -> dict[str, list[str]]:
    """The request's query as name -> list of values."""
    params = request.url.params
    return {key: params.get_list(key) for key in params}
