"""Contract tests: every method against Prism mocks of our spec and of the reference.

Prism (dynamic mode) checks each request against the spec: a 422 or an
``sl-violations`` header means the SDK sent something the spec does not allow. Each
answer is a random schema-valid body, which must come back as a typed model, or as
a ResponseValidationError only when Prism picked the other version's union member.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from phala_cloud_sdk import (
    APIStatusError,
    AsyncClient,
    AsyncPage,
    Client,
    ResponseValidationError,
    SyncPage,
)
from phala_cloud_sdk._api_versions import SUPPORTED_VERSIONS
from tests.support.arguments import sample_arguments
from tests.support.operations import OPERATIONS, responses, spec
from tests.support.paths import HAS_REFERENCE, REFERENCE

from .conftest import PrismServer

pytestmark = pytest.mark.prism

REPEATS = 3
# Optional arguments worth sending to Prism too (it checks them against the spec).
OPTIONAL: dict[str, dict[str, Any]] = {
    "get_app_list": {"page": 1, "page_size": 10},
    "replicate_app_cvm": {"node_id": 3},
    "create_app_instance": {"node_id": 3},
    "get_app_revisions": {"page": 1, "page_size": 5},
    "get_app_usage": {"limit": 10},
    "list_cvms": {"teepod_id": 1},
    "get_cvm_list": {"page": 1, "page_size": 10},
    "get_cvm_operations": {"limit": 5, "operation_types": ["compose_update", "power_on"]},
    "get_cvm_state": {"interval": 5, "wait_timeout": 60},
    "replicate_cvm": {"node_id": 3, "prepare_only": True},
    "patch_cvm": {"vcpu": 2, "public_logs": True, "prepare_only": False},
    "update_cvm_envs": {"env_keys": ["API_KEY"]},
    "restart_cvm": {"force": True},
    "commit_cvm_update": {"token": "tok", "transaction_hash": "already-registered"},
    "commit_cvm_replica": {"query_token": "tok"},
    "update_pre_launch_script": {"compose_hash": "ab" * 32, "transaction_hash": "0x01"},
    # Upstream requires the name (ours relaxes it for the official SDK's call).
    "provision_cvm_compose_file_update": {"name": "my-app"},
    "get_kms_list": {"page": 1, "page_size": 5, "is_onchain": True},
    "next_app_ids": {"counts": 3},
    "create_webhook": {"name": "deploys", "secret": "whsec_prism"},
    "update_webhook": {"enabled": False},
    "list_webhook_deliveries": {"limit": 5, "offset": 0},
    "list_recent_attestations": {"skip": 0, "limit": 5},
    "verify_attestation": {"hex": "0x0400020081"},
}
ARGS: dict[str, dict[str, Any]] = {
    operation: {**sample_arguments(operation), **OPTIONAL.get(operation, {})}
    for operation in OPERATIONS
}
STATS: Counter[str] = Counter()
# The reference's Prism cannot always fake these: upstream's tuple (prefixItems) of OS
# image versions makes its faker fail with a 500 unless the list is empty (ours also
# declares `items`, which the faker reads).
UNMOCKABLE_UPSTREAM = frozenset({"get_available_os_images"})


def _untyped_upstream() -> frozenset[str]:
    """Operations whose upstream 2xx body is untyped (``{}``): ours types it, upstream's
    Prism answers any JSON, so only our server can check the type."""
    if not HAS_REFERENCE:
        return frozenset()
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    found = set()
    for name in OPERATIONS:
        operation = spec(name).operation
        upstream = reference["paths"]["/api/v1" + operation.path][operation.method.lower()]
        status = _success(name)
        content = upstream["responses"][status].get("content", {})
        if content.get("application/json", {}).get("schema") == {}:
            found.add(name)
    return frozenset(found)


def test_every_operation_is_covered() -> None:
    assert sorted(ARGS) == sorted(OPERATIONS)
    assert set(OPTIONAL) <= set(OPERATIONS)


def _is_model(value: object) -> bool:
    cls = type(value)
    return cls.__module__.startswith("phala_cloud_api.models") and hasattr(cls, "_FIELDS")


def _check_typed(server: str, operation: str, result: object) -> None:
    expected = spec(operation).responses[_success(operation)]
    if expected.kind != "json" or expected.alternatives[0][1] is None:
        # No body (204, HEAD), bytes, text, or free JSON: nothing to type.
        kinds: dict[str, type] = {"empty": type(None), "bytes": bytes, "text": str}
        assert isinstance(result, kinds.get(expected.kind, object)), f"{operation}: {result!r}"
        return
    if isinstance(result, dict):
        assert all(_is_model(i) for i in result.values()), f"{operation}: map values"
        _read_everything(server, list(result.values()))
        return
    if isinstance(result, (SyncPage, AsyncPage)):
        data = result.data if isinstance(result.data, list) else [result.data]
        assert all(_is_model(d) for d in data), f"{operation}: page data {type(result.data)}"
        assert all(_is_model(i) for i in result.items), f"{operation}: page items"
    elif isinstance(result, list):
        assert all(_is_model(i) for i in result), f"{operation}: list items"
    else:
        assert _is_model(result), f"{operation}: got {type(result).__name__}"
    _read_everything(server, result.items if isinstance(result, (SyncPage, AsyncPage)) else result)


def _accept_validation_error(
    server: PrismServer, operation: str, error: ResponseValidationError
) -> None:
    """Acceptable only when Prism served the other version's shape, and it must say so
    (or, from the reference, any JSON for a body upstream leaves untyped)."""
    if server.name == "reference" and operation in UNTYPED_UPSTREAM:
        STATS["reference untyped upstream"] += 1
        return
    assert "another API version" in str(error), f"{server.name} {operation}: {error}"
    STATS[f"{server.name} other-version shape"] += 1


def _read_everything(server: str, value: object, depth: int = 0) -> None:
    """Read every declared field (recursively): only ResponseValidationError may come out.

    Values whose format is checked on read (timestamps) may raise it; nothing else may.
    """
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value:
            _read_everything(server, item, depth + 1)
        return
    if not _is_model(value):
        return
    value.to_dict()  # type: ignore[attr-defined]
    for field in type(value)._FIELDS:  # type: ignore[attr-defined]
        if not field.isidentifier():
            continue
        try:
            _read_everything(server, getattr(value, field), depth + 1)
        except ResponseValidationError:
            # Only the reference spec leaves timestamps as free text (see README).
            assert server == "reference", f"{field}: a field of our own spec failed on read"
            STATS[f"{server} fields failing on read"] += 1


def _assert_unversioned_always_typed(server: PrismServer, typed: Counter[str]) -> None:
    """Only a version union may yield the other version's shape; the rest is always typed."""
    for operation in ARGS:
        if server.name == "reference" and operation in UNTYPED_UPSTREAM | UNMOCKABLE_UPSTREAM:
            continue
        if len(responses(operation)[_success(operation)]) == 1:
            assert typed[operation] == REPEATS, f"{operation}: typed {typed[operation]}x"


def _success(operation: str) -> str:
    return next(status for status in responses(operation) if status.startswith("2"))


UNTYPED_UPSTREAM = _untyped_upstream()


def _accept_unmockable(error: APIStatusError, seen: list[str]) -> None:
    """The reference's faker failed on the tuple (a 500; an empty list is served fine)."""
    assert error.status_code == 500, seen
    assert len(seen) == 1 and "status 500" in seen[0], seen
    seen.clear()
    STATS["reference unmockable upstream"] += 1


def _spec_form(operation: str, args: dict[str, Any]) -> dict[str, Any]:
    """``args`` with a text body (the official SDK's form, which upstream does not declare)
    replaced by the upload the spec declares: what the reference's Prism accepts."""
    bodies = spec(operation).bodies
    if not bodies or bodies[0].kind != "text":
        return args
    upload = next(b for b in bodies if b.kind == "multipart")
    text_field = bodies[0].fields[0]
    replaced = {k: v for k, v in args.items() if k != text_field}
    replaced[upload.fields[0]] = str(args[text_field]).encode()
    return replaced


REFERENCE_ARGS = {operation: _spec_form(operation, args) for operation, args in ARGS.items()}


def _args(server: PrismServer) -> dict[str, dict[str, Any]]:
    return REFERENCE_ARGS if server.name == "reference" else ARGS


def _problems(response: httpx.Response, server: PrismServer) -> list[str]:
    problems = []
    violations = response.headers.get("sl-violations")
    if violations and server.name == "reference":
        # Prism also reports its own answer breaking the reference (which declares a
        # JSON body for HEAD /attestations/raw/{checksum}); only the request is ours.
        found = [v for v in json.loads(violations) if v.get("location", [""])[0] != "response"]
        violations = json.dumps(found) if found else None
    if violations:
        problems.append(f"sl-violations: {violations}")
    if not response.is_success:
        problems.append(f"status {response.status_code}: {response.text[:500]}")
    return problems


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_sync_client(prism: PrismServer, version: str) -> None:
    seen: list[str] = []
    typed: Counter[str] = Counter()

    def hook(response: httpx.Response) -> None:
        response.read()
        seen.extend(
            f"{response.request.method} {response.request.url}: {p}"
            for p in _problems(response, prism)
        )

    with httpx.Client(event_hooks={"response": [hook]}) as http:
        client = Client(
            api_key="prism-key",
            base_url=prism.base_url,
            api_version=version,
            max_retries=0,
            http_client=http,
        )
        for operation, args in _args(prism).items():
            if prism.name == "reference" and operation in UNMOCKABLE_UPSTREAM:
                for _ in range(REPEATS):
                    try:
                        result = getattr(client, operation)(**args)
                    except APIStatusError as exc:
                        _accept_unmockable(exc, seen)
                        continue
                    assert not seen, seen
                    _check_typed(prism.name, operation, result)
                continue
            for _ in range(REPEATS):
                try:
                    result = getattr(client, operation)(**args)
                except ResponseValidationError as exc:
                    assert not seen, seen
                    _accept_validation_error(prism, operation, exc)
                    continue
                assert not seen, seen
                _check_typed(prism.name, operation, result)
                STATS[f"{prism.name} typed"] += 1
                typed[operation] += 1
    _assert_unversioned_always_typed(prism, typed)


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_async_client(prism: PrismServer, version: str) -> None:
    seen: list[str] = []
    typed: Counter[str] = Counter()

    async def hook(response: httpx.Response) -> None:
        await response.aread()
        seen.extend(
            f"{response.request.method} {response.request.url}: {p}"
            for p in _problems(response, prism)
        )

    async def run() -> None:
        async with httpx.AsyncClient(event_hooks={"response": [hook]}) as http:
            client = AsyncClient(
                api_key="prism-key",
                base_url=prism.base_url,
                api_version=version,
                max_retries=0,
                http_client=http,
            )
            for operation, args in _args(prism).items():
                if prism.name == "reference" and operation in UNMOCKABLE_UPSTREAM:
                    for _ in range(REPEATS):
                        try:
                            result = await getattr(client, operation)(**args)
                        except APIStatusError as exc:
                            _accept_unmockable(exc, seen)
                            continue
                        assert not seen, seen
                        _check_typed(prism.name, operation, result)
                    continue
                for _ in range(REPEATS):
                    try:
                        result = await getattr(client, operation)(**args)
                    except ResponseValidationError as exc:
                        assert not seen, seen
                        _accept_validation_error(prism, operation, exc)
                        continue
                    assert not seen, seen
                    _check_typed(prism.name, operation, result)
                    STATS[f"{prism.name} typed"] += 1
                    typed[operation] += 1

    asyncio.run(run())
    _assert_unversioned_always_typed(prism, typed)


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Iterator[None]:
    """After the module: how many answers were typed, had the other shape, failed on read."""
    yield
    print(f"\nPrism contract counts: {dict(STATS)}")
