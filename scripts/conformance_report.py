"""Conformance report (``make conformance``): a Markdown table per operation x version.

Columns: whether our spec matches the upstream reference structurally for the
operation (scripts/spec_compare.py), how many generated payloads went through the
real Client, and the result. Payloads come from hypothesis-jsonschema on our
component schemas (tests/schema_payloads.py), served by an httpx.MockTransport.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT)]

from spec_compare import compare_specs  # noqa: E402

from phala_cloud_api._validators import is_valid  # noqa: E402
from phala_cloud_sdk import Client  # noqa: E402
from phala_cloud_sdk._api_versions import SUPPORTED_VERSIONS  # noqa: E402
from tests.support.arguments import sample_arguments  # noqa: E402
from tests.support.operations import (  # noqa: E402
    OPERATIONS,
    alternatives,
    success_status,
)
from tests.support.schema_payloads import REFERENCE_PATH, load_spec, payload_strategy  # noqa: E402

EXAMPLES = int(os.environ.get("PHALA_CONFORMANCE_EXAMPLES", "25"))
# Every required argument, valid by its schema (the same values the tests use).
ARGS: dict[str, dict[str, Any]] = {op: sample_arguments(op) for op in OPERATIONS}


def _run_alternative(  # noqa: PLR0917
    client: Client,
    body: dict[str, bytes],
    operation: str,
    kind: str,
    class_name: str,
    failures: list[str],
) -> int:
    """Generated payloads of one alternative through ``client``; returns how many."""
    count = 0
    spec = load_spec(ROOT / "openapi.json")

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(payload_strategy(spec, class_name))
    def run(item: Any) -> None:
        nonlocal count
        payload: Any = {"array": [item], "map": {"key-1": item}}.get(kind, item)
        body["content"] = json.dumps(payload).encode()
        count += 1
        try:
            result = getattr(client, operation)(**ARGS[operation])
        except Exception as exc:
            failures.append(f"{class_name}: {type(exc).__name__}: {str(exc)[:120]}")
            return
        data = getattr(result, "data", result)
        if isinstance(data, list):
            got: Any = [i.to_dict() for i in data]
        elif isinstance(data, dict):
            got = {k: v.to_dict() for k, v in data.items()}
        else:
            got = data.to_dict()
        if got != payload:
            failures.append(f"{class_name}: to_dict() differs from the payload")
        if kind == "object" and not is_valid(class_name, payload):
            failures.append(f"{class_name}: generator produced an invalid payload")

    run()
    return count


def _run_payloads(operation: str, version: str) -> tuple[int, list[str]]:
    """Feed generated payloads of every alternative through the Client: (count, failures)."""
    status = success_status(operation)
    body = {"content": b"null"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            int(status), content=body["content"], headers={"X-Phala-Version": version}
        )

    count = 0
    failures: list[str] = []
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = Client(
            api_key="k",
            base_url="https://api.test/api/v1",
            api_version=version,
            max_retries=0,
            http_client=http,
        )
        for kind, class_name in alternatives(operation, status, version):
            if class_name is None:
                continue  # free JSON: no schema to generate payloads from
            count += _run_alternative(client, body, operation, kind, class_name, failures)
    return count, failures


def main() -> int:
    ours = load_spec(ROOT / "openapi.json")
    if REFERENCE_PATH.is_file():
        reference = load_spec(REFERENCE_PATH)
        by_tag: dict[str, list[str]] = {}
        for tag in ours["tags"]:
            by_tag.update(compare_specs(ours, reference, tag=tag["name"]))
        structural: dict[str, list[str]] | None = by_tag
    else:
        structural = None
        print(f"_reference spec not found at {REFERENCE_PATH}: structure not compared_\n")
    print("# Spec fidelity and conformance (`make conformance`)\n")
    print(
        "Per operation and API version: does our openapi.json match the upstream\n"
        "reference structurally (paths, methods, parameters, 2xx response properties, types\n"
        "and required sets), and how did schema-generated payloads fare through the SDK\n"
        "(typed result with exact `to_dict()` round trip, or ResponseValidationError for\n"
        "bodies that fit no schema of the version).\n"
    )
    print("| Operation | Version | Structure vs reference | Payloads | Result |")
    print("|---|---|---|---:|---|")
    details: list[str] = []
    total_failures = 0
    for operation in OPERATIONS:
        if structural is None:
            match = "n/a"
        else:
            diffs = structural.get(operation, ["missing"])
            match = "match" if not diffs else f"{len(diffs)} difference(s)"
            details.extend(f"- `{operation}`: {d}" for d in diffs)
        for version in SUPPORTED_VERSIONS:
            count, failures = _run_payloads(operation, version)
            total_failures += len(failures)
            if failures:
                result = f"{len(failures)} failure(s)"
            else:
                result = "ok" if count else "ok (no JSON schema: text, bytes or empty)"
            details.extend(f"- `{operation}` {version}: {f}" for f in failures[:5])
            print(f"| `{operation}` | {version} | {match} | {count} | {result} |")
    if details:
        print("\n### Details\n")
        print(
            "Structural differences are intended when the spec layer explains them (e.g. the\n"
            "enum names `verify_attestation` receives, in spec/attestations.yaml); tests/tools/\n"
            "test_spec.py lists each one and fails on any other.\n"
        )
        print("\n".join(dict.fromkeys(details)))
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
