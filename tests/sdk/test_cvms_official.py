"""The official SDK's CVM calls, made through our client, send the official SDK's request.

Each case is a call of phala-cloud 0.2.0 (the call examples of its test matrix and
the research captures, ``notes/official-python-calls.json``) with the request that
SDK sent, captured against ``httpx.MockTransport``. Compared: method, path, query,
the two-phase headers and the body, after normalising what does not change the
request's meaning: explicit JSON nulls vs absent optional fields, spec defaults sent
vs left out, an all-default (or empty) JSON body vs none, and the client-wide
``Content-Type: application/json`` the official SDK sends on body-less requests.

Left out on purpose: captures of keys the official SDK silently drops (``os_image``
on replicate_cvm, ``prepare_only``/``instance_type`` on patch_cvm): ours accepts
those as real arguments or refuses unknown ones; and watch_cvm_state (a stream the
runtime builds on get_cvm_state; its query is checked below through get_cvm_state).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from phala_cloud_api.operations import spec
from tests.support.arguments import _components
from tests.support.cvm_calls import response_for, serve
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.payloads import V2026

# (method called, its argument, official request: "METHOD /path[?query]", headers, body)
# body: a JSON value, None (no body), or ("text/yaml", "raw text").
OFFICIAL: list[tuple[str, dict[str, Any], str, dict[str, str], Any]] = [
    (
        "commit_cvm_compose_file_update",
        {"id": "c1", "compose_hash": "h"},
        "PATCH /cvms/c1/compose_file",
        {},
        {"compose_hash": "h", "encrypted_env": None, "env_keys": None, "update_env_vars": None},
    ),
    (
        "commit_cvm_provision",
        {"app_id": "a", "compose_hash": "h"},
        "POST /cvms",
        {},
        {"app_id": "a", "compose_hash": "h"},
    ),
    (
        "confirm_cvm_patch",
        {"id": "c1", "compose_hash": "h", "transaction_hash": "tx"},
        "PATCH /cvms/c1",
        {"x-compose-hash": "h", "x-transaction-hash": "tx"},
        {},
    ),
    ("delete_cvm", {"id": "c1"}, "DELETE /cvms/c1", {}, None),
    ("get_available_os_images", {"id": "c1"}, "GET /cvms/c1/available-os-images", {}, None),
    ("get_cvm_attestation", {"id": "c1"}, "GET /cvms/c1/attestation", {}, None),
    ("get_cvm_compose_file", {"id": "c1"}, "GET /cvms/c1/compose_file", {}, None),
    ("get_cvm_docker_compose", {"id": "c1"}, "GET /cvms/c1/docker-compose.yml", {}, None),
    ("get_cvm_info", {"id": "c1"}, "GET /cvms/c1", {}, None),
    ("get_cvm_list", {}, "GET /cvms/paginated", {}, None),
    (
        "get_cvm_list",
        {
            "page": 2,
            "page_size": 50,
            "family": "gpu",
            "instance_types": ["h200.small", "tdx.large"],
        },
        "GET /cvms/paginated?page=2&page_size=50&family=gpu"
        "&instance_types=h200.small&instance_types=tdx.large",
        {},
        None,
    ),
    ("get_cvm_network", {"id": "c1"}, "GET /cvms/c1/network", {}, None),
    ("get_cvm_pre_launch_script", {"id": "c1"}, "GET /cvms/c1/pre-launch-script", {}, None),
    ("get_cvm_state", {"id": "c1"}, "GET /cvms/c1/state", {}, None),
    # watch_cvm_state's request (target/interval/timeout), minus its retry options.
    (
        "get_cvm_state",
        {"id": "c1", "target": "running", "timeout": 30},
        "GET /cvms/c1/state?target=running&interval=5&timeout=30",
        {},
        None,
    ),
    ("get_cvm_stats", {"id": "c1"}, "GET /cvms/c1/stats", {}, None),
    ("get_cvm_status_batch", {"vmUuids": ["v1"]}, "POST /status/batch", {}, {"vm_uuids": ["v1"]}),
    ("get_cvm_user_config", {"id": "c1"}, "GET /cvms/c1/user_config", {}, None),
    ("patch_cvm", {"id": "c1", "vcpu": 2}, "PATCH /cvms/c1", {}, {"vcpu": 2}),
    (
        "patch_cvm",
        {"id": "c1", "docker_compose_file": "x", "allowed_envs": ["A"], "encrypted_env": "ff"},
        "PATCH /cvms/c1",
        {},
        {"docker_compose_file": "x", "allowed_envs": ["A"], "encrypted_env": "ff"},
    ),
    (
        "provision_cvm",
        {"name": "hello1", "compose_file": {"docker_compose_file": "services: {}"}},
        "POST /cvms/provision",
        {},
        {"name": "hello1", "compose_file": {"docker_compose_file": "services: {}", "name": ""}},
    ),
    (
        "provision_cvm",
        {"name": "hello1", "compose_file": {"docker_compose_file": "s", "name": "given"}},
        "POST /cvms/provision",
        {},
        {"name": "hello1", "compose_file": {"docker_compose_file": "s", "name": "given"}},
    ),
    (
        "provision_cvm_compose_file_update",
        {
            "id": "c1",
            "app_compose": {
                "docker_compose_file": "services: {}",
                "name": "x",
                "allowed_envs": ["K"],
            },
            "update_env_vars": True,
        },
        "POST /cvms/c1/compose_file/provision",
        {},
        {
            "docker_compose_file": "services: {}",
            "name": "x",
            "allowed_envs": ["K"],
            "update_env_vars": True,
        },
    ),
    (
        "refresh_cvm_instance_id",
        {"id": "c1"},
        "PATCH /cvms/c1/instance-id",
        {},
        {"overwrite": False, "dry_run": False},
    ),
    ("refresh_cvm_instance_ids", {}, "PATCH /cvms/instance-ids", {}, {}),
    (
        "refresh_cvm_instance_ids",
        {"cvm_ids": ["a"], "limit": 10, "dry_run": True},
        "PATCH /cvms/instance-ids",
        {},
        {"cvm_ids": ["a"], "limit": 10, "dry_run": True},
    ),
    ("replicate_cvm", {"id": "c1"}, "POST /cvms/c1/replicas", {}, {"node_id": None}),
    (
        "replicate_cvm",
        {"cvm_id": "cvm-123", "node_id": 42},
        "POST /cvms/cvm-123/replicas",
        {},
        {"node_id": 42},
    ),
    ("restart_cvm", {"id": "c1"}, "POST /cvms/c1/restart", {}, {"force": False}),
    ("shutdown_cvm", {"id": "c1"}, "POST /cvms/c1/shutdown", {}, None),
    ("start_cvm", {"id": "c1"}, "POST /cvms/c1/start", {}, None),
    ("stop_cvm", {"id": "c1"}, "POST /cvms/c1/stop", {}, None),
    (
        "update_cvm_envs",
        {"id": "c1", "encrypted_env": "x"},
        "PATCH /cvms/c1/envs",
        {},
        {"encrypted_env": "x", "env_keys": None, "compose_hash": None, "transaction_hash": None},
    ),
    (
        "update_cvm_envs",
        {
            "cvm_id": "c",
            "encrypted_env": "ff",
            "env_keys": ["A"],
            "compose_hash": "h",
            "transaction_hash": "0x",
        },
        "PATCH /cvms/c/envs",
        {},
        {"encrypted_env": "ff", "env_keys": ["A"], "compose_hash": "h", "transaction_hash": "0x"},
    ),
    ("update_cvm_resources", {"id": "c1", "vcpu": 1}, "PATCH /cvms/c1", {}, {"vcpu": 1.0}),
    (
        "update_cvm_resources",
        {
            "cvm_id": "cvm-123",
            "vcpu": 4,
            "memory": 8192,
            "disk_size": 40,
            "instance_type": "tdx.large",
            "allow_restart": True,
        },
        "PATCH /cvms/cvm-123",
        {},
        {
            "vcpu": 4.0,
            "memory": 8192.0,
            "disk_size": 40.0,
            "instance_type": "tdx.large",
            "allow_restart": True,
        },
    ),
    (
        "update_docker_compose",
        {"id": "c1", "docker_compose_file": "services: {}"},
        "PATCH /cvms/c1/docker-compose",
        {},
        ("text/yaml", "services: {}"),
    ),
    (
        "update_docker_compose",
        {
            "id": "c1",
            "docker_compose_file": "services: {}",
            "compose_hash": "h",
            "transaction_hash": "0xtx",
        },
        "PATCH /cvms/c1/docker-compose",
        {"x-compose-hash": "h", "x-transaction-hash": "0xtx"},
        ("text/yaml", "services: {}"),
    ),
    (
        "update_os_image",
        {"id": "c1", "os_image_name": "prod"},
        "PATCH /cvms/c1/os-image",
        {},
        {"os_image_name": "prod"},
    ),
    (
        "update_pre_launch_script",
        {"id": "c1", "pre_launch_script": "#!/bin/sh"},
        "PATCH /cvms/c1/pre-launch-script",
        {},
        ("text/plain", "#!/bin/sh"),
    ),
    (
        "update_pre_launch_script",
        {
            "id": "c1",
            "pre_launch_script": "#!/bin/sh",
            "compose_hash": "h",
            "transaction_hash": "0xtx",
        },
        "PATCH /cvms/c1/pre-launch-script",
        {"x-compose-hash": "h", "x-transaction-hash": "0xtx"},
        ("text/plain", "#!/bin/sh"),
    ),
]
IDS = [f"{case[0]}-{n}" for n, case in enumerate(OFFICIAL)]
PHASE_HEADERS = ("x-compose-hash", "x-transaction-hash", "x-prepare-only")


def _operation(method: str) -> str:
    from phala_cloud_api.operations import ALIASES

    return ALIASES.get(method, method)


def _body_defaults(operation: str) -> dict[str, Any]:
    """Body field -> its spec default, for the operation's JSON body."""
    defaults: dict[str, Any] = {}
    for body in spec(operation).bodies:
        if body.kind == "json" and body.schema_class:
            properties = _components()[body.schema_class].get("properties", {})
            defaults.update({k: v["default"] for k, v in properties.items() if "default" in v})
    return defaults


def _query_defaults(operation: str) -> dict[str, str]:
    out = {}
    for arg in spec(operation).arguments:
        if arg.location == "query" and isinstance(arg.schema, dict) and "default" in arg.schema:
            out[arg.wire] = str(arg.schema["default"])
    return out


def _normal_body(operation: str, media: str, content: bytes) -> Any:
    """A body compared by meaning: nulls and spec defaults dropped; no body == {}."""
    if media.startswith("text/"):
        return (media, content.decode())
    if not content:
        return {}
    data = json.loads(content)
    if not isinstance(data, dict):
        return data
    defaults = _body_defaults(operation)
    return {k: v for k, v in data.items() if v is not None and defaults.get(k, object()) != v}


def _normal_query(operation: str, query: dict[str, list[str]]) -> dict[str, list[str]]:
    defaults = _query_defaults(operation)
    return {k: v for k, v in query.items() if not (len(v) == 1 and defaults.get(k) == v[0])}


def _official(case: tuple[str, dict[str, Any], str, dict[str, str], Any]) -> dict[str, Any]:
    method, _, http, headers, body = case
    operation = _operation(method)
    verb, target = http.split(" ", 1)
    path, _, query = target.partition("?")
    if isinstance(body, tuple):
        media, content = body[0], body[1].encode()
    else:
        media = "application/json"
        content = b"" if body is None else json.dumps(body).encode()
    return {
        "method": verb,
        "path": "/api/v1" + path,
        "query": _normal_query(operation, parse_qs(query)),
        "headers": {k: v for k, v in headers.items() if k in PHASE_HEADERS},
        "body": _normal_body(operation, media, content),
    }


def _ours(method: str, request: httpx.Request) -> dict[str, Any]:
    operation = _operation(method)
    params = request.url.params
    media = request.headers.get("content-type", "application/json").split(";")[0]
    return {
        "method": request.method,
        "path": request.url.path,
        "query": _normal_query(operation, {k: params.get_list(k) for k in params}),
        "headers": {k: v for k, v in request.headers.items() if k.lower() in PHASE_HEADERS},
        "body": _normal_body(operation, media, request.content),
    }


def _serve(method: str, router: Router) -> None:
    status, body, result = response_for(_operation(method), V2026)
    router.add_handler(lambda _request: serve(status, body, result))


@pytest.mark.parametrize("case", OFFICIAL, ids=IDS)
def test_official_call_sends_the_official_request(
    case: tuple[str, dict[str, Any], str, dict[str, str], Any],
    router: Router,
    make_client: MakeClient,
) -> None:
    method, argument = case[0], case[1]
    _serve(method, router)
    client = make_client(api_version=V2026)
    getattr(client, method)(dict(argument))
    assert _ours(method, router.last) == _official(case)


@pytest.mark.asyncio
@pytest.mark.parametrize("case", OFFICIAL, ids=IDS)
async def test_async_official_call_sends_the_official_request(
    case: tuple[str, dict[str, Any], str, dict[str, str], Any],
    router: Router,
    make_async_client: MakeAsyncClient,
) -> None:
    method, argument = case[0], case[1]
    _serve(method, router)
    client = make_async_client(api_version=V2026)
    await getattr(client, method)(dict(argument))
    assert _ours(method, router.last) == _official(case)


def test_the_official_keys_for_the_cvm_all_work(router: Router, make_client: MakeClient) -> None:
    _serve("get_cvm_info", router)
    client: Any = make_client(api_version=V2026)
    for key in ("cvm_id", "cvmId", "id", "uuid", "app_id", "instance_id"):
        client.get_cvm_info({key: f"via-{key}"})
        assert router.last.url.path == f"/api/v1/cvms/via-{key}"
