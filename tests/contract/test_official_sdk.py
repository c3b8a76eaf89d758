"""Drop-in for the official Python SDK: its calls, made on our client, send the same request.

Every call below is made twice, through the official ``phala-cloud`` 0.2.0 client and
through ours (same method name, same arguments), each over an ``httpx.MockTransport``
that records the request. Method, path, query and JSON body must match; explicit nulls
and absent optional fields count as equal, and so do spec defaults sent or left out.
The calls are the official repository's own matrix (``python/tests/test_action_matrix_sync.py``)
plus a few more that exercise the official key names and nesting.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from phala_cloud_sdk import OPERATIONS, Client
from phala_cloud_sdk._base_client import operation_spec

phala_cloud = pytest.importorskip(
    "phala_cloud",
    reason="phala-cloud 0.2.0 is installed by `make install` (requirements-official.txt)",
)

BASE = "https://cloud-api.phala.com/api/v1"

# (method, arguments) as the official SDK is called.
CALLS: list[tuple[str, list[Any]]] = [
    # python/tests/test_action_matrix_sync.py (methods whose endpoint is in the spec)
    ("get_cvm_list", []),
    ("get_kms_list", []),
    ("list_all_instance_type_families", []),
    ("list_family_instance_types", [{"family": "cpu"}]),
    ("get_cvm_info", [{"id": "c1"}]),
    (
        "provision_cvm",
        [{"name": "hello1", "compose_file": {"docker_compose_file": "services: {}"}}],
    ),
    ("commit_cvm_provision", [{"app_id": "a", "compose_hash": "h"}]),
    ("get_cvm_compose_file", [{"id": "c1"}]),
    (
        "provision_cvm_compose_file_update",
        [{"id": "c1", "app_compose": {"docker_compose_file": "services: {}"}}],
    ),
    ("commit_cvm_compose_file_update", [{"id": "c1", "compose_hash": "h"}]),
    ("update_cvm_envs", [{"id": "c1", "encrypted_env": "x"}]),
    ("update_docker_compose", [{"id": "c1", "docker_compose_file": "services: {}"}]),
    ("update_pre_launch_script", [{"id": "c1", "pre_launch_script": "#!/bin/sh"}]),
    ("get_cvm_pre_launch_script", [{"id": "c1"}]),
    ("start_cvm", [{"id": "c1"}]),
    ("stop_cvm", [{"id": "c1"}]),
    ("shutdown_cvm", [{"id": "c1"}]),
    ("restart_cvm", [{"id": "c1"}]),
    ("delete_cvm", [{"id": "c1"}]),
    ("get_cvm_stats", [{"id": "c1"}]),
    ("get_cvm_network", [{"id": "c1"}]),
    ("get_cvm_docker_compose", [{"id": "c1"}]),
    ("get_cvm_attestation", [{"id": "c1"}]),
    ("update_cvm_resources", [{"id": "c1", "vcpu": 1}]),
    ("get_available_os_images", [{"id": "c1"}]),
    ("update_os_image", [{"id": "c1", "os_image_name": "prod"}]),
    ("get_cvm_state", [{"id": "c1"}]),
    ("get_kms_info", [{"kms_id": "k1"}]),
    ("get_app_env_encrypt_pub_key", [{"kms": "phala", "app_id": "a"}]),
    ("next_app_ids", []),
    ("list_ssh_keys", []),
    ("import_github_profile_ssh_keys", [{"github_username": "octo"}]),
    ("create_ssh_key", [{"name": "n", "public_key": "pk"}]),
    ("delete_ssh_key", [{"keyId": "k"}]),
    ("sync_github_ssh_keys", []),
    ("get_cvm_status_batch", [{"vmUuids": ["v1"]}]),
    ("get_cvm_user_config", [{"id": "c1"}]),
    ("refresh_cvm_instance_id", [{"id": "c1"}]),
    ("refresh_cvm_instance_ids", [{}]),
    ("replicate_cvm", [{"id": "c1"}]),
    ("patch_cvm", [{"id": "c1", "vcpu": 2}]),
    ("confirm_cvm_patch", [{"id": "c1", "compose_hash": "h", "transaction_hash": "tx"}]),
    ("get_app_list", []),
    ("get_app_info", [{"appId": "a"}]),
    ("get_app_cvms", [{"appId": "a"}]),
    ("get_app_revisions", [{"appId": "a"}]),
    ("get_app_revision_detail", [{"appId": "a", "revisionId": "r"}]),
    ("get_app_filter_options", []),
    ("get_app_attestation", [{"appId": "a"}]),
    ("get_kms_on_chain_detail", [{"chain": "base"}]),
    ("get_app_device_allowlist", [{"appId": "a"}]),
    # More of the official call style: key names, nesting, positional ids, the two phases.
    ("check_app_is_allowed", [{"appId": "a", "compose_hash": "h", "node_id": 3}]),
    ("check_app_cvms_is_allowed", [{"appId": "a"}]),
    ("create_app_instance", [{"appId": "a", "node_id": 5}]),
    ("get_app_list", [{"page": 1, "page_size": 20, "status": ["running", "stopped"]}]),
    ("get_app_revision_detail", [{"appId": "a", "revisionId": "r", "rawComposeFile": True}]),
    ("get_kms_list", [{"page": 1, "page_size": 20, "is_onchain": True}]),
    ("get_kms_contract", ["phala"]),
    (
        "get_cvm_list",
        [{"page": 2, "page_size": 50, "family": "gpu", "instance_types": ["h200.small"]}],
    ),
    (
        "provision_cvm",
        [
            {
                "name": "hello1",
                "compose_file": {"docker_compose_file": "s", "name": "given"},
                "kms": "ETHEREUM",
                "node_id": 3,
            }
        ],
    ),
    (
        "provision_cvm_compose_file_update",
        [
            {
                "id": "c1",
                "app_compose": {"docker_compose_file": "s: {}", "name": "x", "allowed_envs": ["K"]},
                "update_env_vars": True,
            }
        ],
    ),
    ("refresh_cvm_instance_ids", [{"cvm_ids": ["a"], "limit": 10, "dry_run": True}]),
    (
        "update_cvm_envs",
        [
            {
                "cvm_id": "c",
                "encrypted_env": "ff",
                "env_keys": ["A"],
                "compose_hash": "h",
                "transaction_hash": "0x",
            }
        ],
    ),
    (
        "update_cvm_resources",
        [
            {
                "cvm_id": "cvm-123",
                "vcpu": 4,
                "memory": 8192,
                "disk_size": 40,
                "instance_type": "tdx.large",
                "allow_restart": True,
            }
        ],
    ),
    (
        "update_docker_compose",
        [
            {
                "id": "c1",
                "docker_compose_file": "s: {}",
                "compose_hash": "h",
                "transaction_hash": "0x",
            }
        ],
    ),
    (
        "update_pre_launch_script",
        [
            {
                "id": "c1",
                "pre_launch_script": "#!/bin/sh",
                "compose_hash": "h",
                "transaction_hash": "t",
            }
        ],
    ),
]


class Recorded:
    """A request as compared: method, path, query, body (JSON, or raw text)."""

    def __init__(self, request: httpx.Request) -> None:
        self.method = request.method
        self.path = request.url.path
        self.query = parse_qs(request.url.query.decode(), keep_blank_values=True)
        content = request.content
        media = request.headers.get("content-type", "").split(";")[0]
        self.media = media if content else None
        if content and media == "application/json":
            self.body: Any = json.loads(content)
        else:
            self.body = content.decode("utf-8", "replace") if content else None


def record(call: Callable[[httpx.Client], object]) -> Recorded:
    """The first request ``call`` sends (whatever the answer does to the client after)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599, json={"detail": "recorded"})

    transport = httpx.MockTransport(answer)
    with httpx.Client(transport=transport, base_url=BASE) as http, contextlib.suppress(Exception):
        call(http)  # only the request matters here: whatever the answer does is ignored
    assert sent, "no request was sent"
    return Recorded(sent[0])


def defaults_of(method: str) -> dict[str, Any]:
    """Wire name -> spec default, for the operation ``method`` calls (query and body)."""
    name = next((op.name for op in OPERATIONS.values() if method in (op.name, *op.aliases)), None)
    assert name is not None, f"our client has no method {method!r}"
    out: dict[str, Any] = {}
    for arg in operation_spec(name).arguments:
        schema = arg.schema if isinstance(arg.schema, dict) else {}
        if "default" in schema:
            out[arg.wire] = schema["default"]
    return out


def normal(value: Any, defaults: dict[str, Any]) -> Any:
    """Nulls dropped, spec defaults dropped, one-item query lists unwrapped."""
    if isinstance(value, dict):
        return {
            k: normal(v, {})
            for k, v in value.items()
            if v is not None and not (k in defaults and _same(v, defaults[k]))
        }
    if isinstance(value, list):
        return [normal(v, {}) for v in value]
    return value


def _same(value: Any, default: Any) -> bool:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return str(value).lower() == str(default).lower()


def test_every_official_method_in_the_spec_exists_on_our_client() -> None:
    ours = {n for op in OPERATIONS.values() for n in (op.name, *op.aliases)}
    assert {method for method, _ in CALLS} <= ours | {"watch_cvm_state"}


@pytest.mark.parametrize(
    ("method", "arguments"), CALLS, ids=[f"{m}-{i}" for i, (m, _) in enumerate(CALLS)]
)
def test_same_request_as_the_official_sdk(method: str, arguments: list[Any]) -> None:
    theirs = record(
        lambda http: getattr(phala_cloud.PhalaCloud(api_key="k", http_client=http), method)(
            *arguments
        )
    )
    ours = record(
        lambda http: getattr(
            Client(api_key="k", base_url=BASE, max_retries=0, http_client=http), method
        )(*arguments)
    )
    defaults = defaults_of(method)
    assert (ours.method, ours.path) == (theirs.method, theirs.path)
    assert normal(ours.query, defaults) == normal(theirs.query, defaults)
    if theirs.media == "application/json" or ours.media == "application/json":
        assert normal(ours.body or {}, defaults) == normal(theirs.body or {}, defaults)
    else:
        assert (ours.media, ours.body) == (theirs.media, theirs.body)
