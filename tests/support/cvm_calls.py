"""The CVMs tag's methods as test data: one representative call per operation.

Each :class:`Call` says what a method is given and the request it must send; the
response a test serves is built from the spec (:func:`response_for`), so every
operation gets a schema-valid body of the model its API version promises.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from phala_cloud_api.operations import OPERATIONS, spec
from tests.support.arguments import sample
from tests.support.operations import alternatives, success_status
from tests.support.payloads import CVM_INFO_2026, HOSTED_CVM_2025, V2025, V2026

CVM = "cvm_1"
HASH = "ab" * 32


@dataclass(frozen=True)
class Call:
    """A representative call and the request it must send (paths under /api/v1)."""

    operation: str
    kwargs: dict[str, Any]
    method: str
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    """The JSON body expected; None: no body (unless ``text`` is set)."""
    text: tuple[str, str] | None = None
    """(media type, content) of a raw text body."""

    @property
    def id(self) -> str:
        return self.operation


CALLS: list[Call] = [
    Call(
        "provision_eliza_cvm",
        {"name": "agent-1", "characterfile": '{"name": "eliza"}', "env_keys": ["OPENAI_KEY"]},
        "POST",
        "/cvms/provision/eliza",
        json={"name": "agent-1", "characterfile": '{"name": "eliza"}', "env_keys": ["OPENAI_KEY"]},
    ),
    Call(
        "provision_cvm",
        {
            "name": "hello1",
            "compose_file": {"docker_compose_file": "services: {}"},
            "instance_type": "tdx.small",
            "kms": "phala",
            "listed": False,
        },
        "POST",
        "/cvms/provision",
        json={
            "name": "hello1",
            "compose_file": {"docker_compose_file": "services: {}", "name": ""},
            "instance_type": "tdx.small",
            "kms": "phala",
            "listed": False,
        },
    ),
    Call(
        "create_workload_cvm",
        {"name": "llm-1", "instance_type": "h200.small", "model_id": "llama-3-8b"},
        "POST",
        "/cvms/workload",
        json={"name": "llm-1", "instance_type": "h200.small", "model_id": "llama-3-8b"},
    ),
    Call(
        "commit_cvm_provision",
        {"app_id": "app_3f9a", "compose_hash": HASH, "encrypted_env": "ff00"},
        "POST",
        "/cvms",
        json={"app_id": "app_3f9a", "compose_hash": HASH, "encrypted_env": "ff00"},
    ),
    Call("list_cvms", {"teepod_id": 3}, "GET", "/cvms", query={"teepod_id": ["3"]}),
    Call(
        "commit_eliza_cvm_provision",
        {"app_id": "app_3f9a", "compose_hash": HASH},
        "POST",
        "/cvms/eliza",
        json={"app_id": "app_3f9a", "compose_hash": HASH},
    ),
    Call(
        "get_cvm_compose_file",
        {"cvm_id": CVM, "raw": "false"},
        "GET",
        f"/cvms/{CVM}/compose_file",
        query={"raw": ["false"]},
    ),
    Call(
        "commit_cvm_compose_file_update",
        {"cvm_id": CVM, "compose_hash": HASH, "env_keys": ["A"], "update_env_vars": True},
        "PATCH",
        f"/cvms/{CVM}/compose_file",
        json={"compose_hash": HASH, "env_keys": ["A"], "update_env_vars": True},
    ),
    Call(
        "update_cvm_compose_file",
        {
            "cvm_id": CVM,
            "compose_file": {"name": "app", "docker_compose_file": "services: {}"},
            "compose_hash": HASH,
        },
        "POST",
        f"/cvms/{CVM}/compose_file",
        json={
            "compose_file": {"name": "app", "docker_compose_file": "services: {}"},
            "compose_hash": HASH,
        },
    ),
    Call(
        "provision_cvm_compose_file_update",
        {"cvm_id": CVM, "name": "app", "docker_compose_file": "services: {}", "allowed_envs": []},
        "POST",
        f"/cvms/{CVM}/compose_file/provision",
        json={"name": "app", "docker_compose_file": "services: {}", "allowed_envs": []},
    ),
    Call(
        "replicate_cvm",
        {"cvm_id": CVM, "node_id": 3, "prepare_only": True},
        "POST",
        f"/cvms/{CVM}/replicas",
        headers={"X-Prepare-Only": "true"},
        json={"node_id": 3},
    ),
    Call(
        "get_cvm_operations",
        {
            "cvm_id": CVM,
            "limit": 10,
            "operation_types": ["compose_update", "power_on"],
            "start_time": "2026-01-01T00:00:00Z",
        },
        "GET",
        f"/cvms/{CVM}/operations",
        query={
            "limit": ["10"],
            "operation_types": ["compose_update", "power_on"],
            "start_time": ["2026-01-01T00:00:00Z"],
        },
    ),
    Call("cancel_cvm_operation", {"cvm_id": CVM}, "POST", f"/cvms/{CVM}/operations/cancel"),
    Call("get_cvm_docker_compose", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/docker-compose.yml"),
    Call("get_cvm_pre_launch_script", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/pre-launch-script"),
    Call(
        "update_pre_launch_script",
        {
            "cvm_id": CVM,
            "pre_launch_script": "#!/bin/sh\necho hi\n",
            "compose_hash": HASH,
            "transaction_hash": "0xtx",
        },
        "PATCH",
        f"/cvms/{CVM}/pre-launch-script",
        headers={"X-Compose-Hash": HASH, "X-Transaction-Hash": "0xtx"},
        text=("text/plain", "#!/bin/sh\necho hi\n"),
    ),
    Call("get_available_os_images", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/available-os-images"),
    Call(
        "update_os_image",
        {"cvm_id": CVM, "os_image_name": "dstack-0.5.5"},
        "PATCH",
        f"/cvms/{CVM}/os-image",
        json={"os_image_name": "dstack-0.5.5"},
    ),
    Call(
        "update_cvm_envs",
        {"cvm_id": CVM, "encrypted_env": "ff00", "env_keys": ["A", "B"]},
        "PATCH",
        f"/cvms/{CVM}/envs",
        json={"encrypted_env": "ff00", "env_keys": ["A", "B"]},
    ),
    Call(
        "update_docker_compose",
        {"cvm_id": CVM, "docker_compose_file": "services:\n  app:\n    image: nginx\n"},
        "PATCH",
        f"/cvms/{CVM}/docker-compose",
        text=("text/yaml", "services:\n  app:\n    image: nginx\n"),
    ),
    Call(
        "redeploy_cvm_revision",
        {"cvm_id": CVM, "revision_id": "rev-1", "transaction_hash": "0xab"},
        "POST",
        f"/cvms/{CVM}/revisions/rev-1/redeploy",
        query={"transaction_hash": ["0xab"]},
    ),
    Call(
        "refresh_cvm_instance_ids",
        {"cvm_ids": ["cvm_1", "cvm_2"], "limit": 10, "dry_run": True},
        "PATCH",
        "/cvms/instance-ids",
        json={"cvm_ids": ["cvm_1", "cvm_2"], "limit": 10, "dry_run": True},
    ),
    Call(
        "get_cvm_list",
        {"page": 2, "page_size": 10},
        "GET",
        "/cvms/paginated",
        query={"page": ["2"], "page_size": ["10"]},
    ),
    Call(
        "refresh_cvm_instance_id",
        {"cvm_id": CVM, "overwrite": True},
        "PATCH",
        f"/cvms/{CVM}/instance-id",
        json={"overwrite": True},
    ),
    Call("get_cvm_info", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}"),
    Call("delete_cvm", {"cvm_id": CVM}, "DELETE", f"/cvms/{CVM}"),
    Call(
        "patch_cvm",
        {"cvm_id": CVM, "vcpu": 4, "memory": 8192, "public_logs": False},
        "PATCH",
        f"/cvms/{CVM}",
        json={"vcpu": 4, "memory": 8192, "public_logs": False},
    ),
    Call("get_cvm_stats", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/stats"),
    Call("get_cvm_attestation", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/attestation"),
    Call("get_cvm_network", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/network"),
    Call("start_cvm", {"cvm_id": CVM}, "POST", f"/cvms/{CVM}/start"),
    Call("shutdown_cvm", {"cvm_id": CVM}, "POST", f"/cvms/{CVM}/shutdown"),
    Call("stop_cvm", {"cvm_id": CVM}, "POST", f"/cvms/{CVM}/stop"),
    Call(
        "restart_cvm",
        {"cvm_id": CVM, "force": True},
        "POST",
        f"/cvms/{CVM}/restart",
        json={"force": True},
    ),
    Call("get_cvm_operation_status", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/operation-status"),
    Call(
        "update_cvm_name",
        {"cvm_id": CVM, "name": "oracle-2"},
        "PATCH",
        f"/cvms/{CVM}/name",
        json={"name": "oracle-2"},
    ),
    Call(
        "update_cvm_listed",
        {"cvm_id": CVM, "listed": True},
        "PATCH",
        f"/cvms/{CVM}/listed",
        json={"listed": True},
    ),
    Call(
        "update_cvm_scheduled_delete",
        {"cvm_id": CVM, "scheduled_delete_at": "2026-03-01T00:00:00Z"},
        "PATCH",
        f"/cvms/{CVM}/scheduled-delete",
        json={"scheduled_delete_at": "2026-03-01T00:00:00Z"},
    ),
    Call(
        "batch_stop_cvms",
        {"cvm_ids": ["cvm_1", "cvm_2"]},
        "POST",
        "/cvms/batch-stop",
        json={"cvm_ids": ["cvm_1", "cvm_2"]},
    ),
    Call(
        "get_cvm_status_batch",
        {"vm_uuids": ["v1", "v2"]},
        "POST",
        "/status/batch",
        json={"vm_uuids": ["v1", "v2"]},
    ),
    Call("get_cvm_state", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/state"),
    Call("get_cvm_network_config", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/network-config"),
    Call(
        "update_cvm_network_config",
        {"cvm_id": CVM, "kms_urls": ["https://kms.example"], "restart": True},
        "PATCH",
        f"/cvms/{CVM}/network-config",
        json={"kms_urls": ["https://kms.example"], "restart": True},
    ),
    Call("get_cvm_ports", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/ports"),
    Call(
        "set_cvm_ports",
        {"cvm_id": CVM, "ports": [{"vm_port": 8080, "protocol": "tcp"}]},
        "PUT",
        f"/cvms/{CVM}/ports",
        json={"ports": [{"vm_port": 8080, "protocol": "tcp"}]},
    ),
    Call("get_cvm_firewall_status", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/firewall-status"),
    Call(
        "get_cvm_commit_update",
        {"cvm_id": CVM, "token": "tok-1"},
        "GET",
        f"/cvms/{CVM}/commit-update",
        query={"token": ["tok-1"]},
    ),
    Call(
        "commit_cvm_update",
        {"cvm_id": CVM, "token": "tok-1", "compose_hash": HASH, "transaction_hash": "0xtx"},
        "POST",
        f"/cvms/{CVM}/commit-update",
        json={"token": "tok-1", "compose_hash": HASH, "transaction_hash": "0xtx"},
    ),
    Call(
        "commit_cvm_replica",
        {"cvm_id": CVM, "query_token": "tok-2"},
        "POST",
        f"/cvms/{CVM}/commit-replica",
        query={"token": ["tok-2"]},
    ),
    Call(
        "diagnose_cvm_custom_domains",
        {"cvm_id": CVM, "domains": [{"domain": "app.example.com", "port": 443}]},
        "POST",
        f"/cvms/{CVM}/customize-domain-diagnose",
        json={"domains": [{"domain": "app.example.com", "port": 443}]},
    ),
    Call("get_cvm_user_config", {"cvm_id": CVM}, "GET", f"/cvms/{CVM}/user_config"),
]

CVMS_OPERATIONS = sorted(name for name, op in OPERATIONS.items() if op.tag == "CVMs")

# Bodies of the version-shaped results, one item each: an empty list or page would
# fit both versions.
CVM_DETAIL_2025: dict[str, Any] = {
    "id": 4821,
    "name": "oracle-1",
    "status": "running",
    "app_id": "app1",
    "vcpu": 2,
    "memory": 4096,
    "disk_size": 40,
}
CVM_INFO_DETAIL_2026: dict[str, Any] = {
    **CVM_INFO_2026,
    "compose_file": {"name": "app", "docker_compose_file": "services: {}"},
}


def _page(item: dict[str, Any]) -> dict[str, Any]:
    return {"items": [item], "total": 1, "page": 1, "page_size": 30, "pages": 1}


VERSIONED: dict[str, dict[str, tuple[Any, str]]] = {
    "list_cvms": {
        V2025: ([HOSTED_CVM_2025], "HostedCvmV20251028"),
        V2026: ([CVM_INFO_2026], "CvmInfoV20260121"),
    },
    "get_cvm_list": {
        V2025: (_page(HOSTED_CVM_2025), "PaginatedHostedCvmsV20251028"),
        V2026: (_page(CVM_INFO_2026), "PaginatedCvmInfosV20260121"),
    },
    "get_cvm_info": {
        V2025: (CVM_DETAIL_2025, "CvmDetailV20251028"),
        V2026: (CVM_INFO_DETAIL_2026, "CvmInfoDetailV20260121"),
    },
}


def response_for(operation: str, version: str) -> tuple[int, Any, str]:
    """(status, schema-valid body, what the result is) for ``operation`` in ``version``.

    The result is a model class name, ``"str"`` (text), or ``"None"`` (no content).
    """
    status = success_status(operation)
    if operation in VERSIONED:
        body, name = VERSIONED[operation][version]
        return int(status), copy.deepcopy(body), name
    described = spec(operation).responses[status]
    if described.kind == "text":
        return int(status), "services: {}\n", "str"
    if described.kind == "empty":
        return int(status), None, "None"
    kind, model = alternatives(operation, status, version)[0]
    assert model is not None
    item = sample({"$ref": f"#/components/schemas/{model}"})
    body = {"object": item, "array": [item], "map": {"vm-1": item}}[kind]
    return int(status), body, model


def serve(status: int, body: Any, result: str) -> httpx.Response:
    """The HTTP response for ``response_for``'s triple."""
    if result == "None":
        return httpx.Response(status)
    if result == "str":
        return httpx.Response(status, text=body, headers={"content-type": "text/yaml"})
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )


def result_names(result: Any) -> list[str]:
    """The class name(s) of a result: page -> its response, list/map -> items."""
    from phala_cloud_sdk import AsyncPage, SyncPage

    if isinstance(result, (SyncPage, AsyncPage)):
        return [type(result.data).__name__]
    if isinstance(result, list):
        return [type(item).__name__ for item in result]
    if isinstance(result, dict):
        return [type(item).__name__ for item in result.values()]
    return [type(result).__name__]
