"""openapi.json is a valid OpenAPI 3.1 document, derived from the reference plus our layer."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from openapi_spec_validator import validate
from spec_compare import compare_specs

from tests.support.paths import REFERENCE, ROOT, needs_reference

SPEC = json.loads((ROOT / "openapi.json").read_text())


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_spec_declares_auth_version_header_and_error_bodies() -> None:
    assert SPEC["components"]["securitySchemes"]["ApiKeyAuth"]["name"] == "X-API-Key"
    assert SPEC["security"] == [{"ApiKeyAuth": []}]
    versions = SPEC["components"]["schemas"]["ApiVersion"]["enum"]
    assert versions == ["2025-10-28", "2026-01-21"]
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            assert {"$ref": "#/components/parameters/PhalaVersion"} in operation["parameters"]
            for status, response in operation["responses"].items():
                if status.startswith("2"):
                    # A success may carry no body (204, HEAD), text or bytes.
                    media = set(response.get("content", {}))
                    assert media <= {"application/json", "application/octet-stream"} | {
                        m for m in media if m.startswith("text/")
                    }, f"{where} {status}"
                    continue
                assert "application/json" in response["content"], f"{where} {status}"
            if "422" in operation["responses"]:
                validation = operation["responses"]["422"]["content"]["application/json"]
                assert validation["schema"] == {"$ref": "#/components/schemas/HTTPValidationError"}


def test_list_limits_are_declared() -> None:
    params = {p.get("name"): p for p in SPEC["paths"]["/apps"]["get"]["parameters"]}
    assert params["page"]["schema"]["minimum"] == 1
    assert params["page_size"]["schema"] == {
        "type": "integer",
        "maximum": 100,
        "minimum": 1,
        "default": 20,
    }


def test_operation_ids_are_ours_and_pythonic() -> None:
    ids = [op["operationId"] for item in SPEC["paths"].values() for op in item.values()]
    assert len(set(ids)) == len(ids)
    assert all(i.isidentifier() and i.islower() and "api_v1" not in i for i in ids)


def test_no_upstream_prose_or_names_leak() -> None:
    text = (ROOT / "openapi.json").read_text()
    assert "teehouse__" not in text
    reference = json.loads(REFERENCE.read_text()) if REFERENCE.exists() else None
    if reference is None:
        return
    upstream_summaries = {
        op.get("summary")
        for item in reference["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("summary")
    }
    ours = {op["summary"] for item in SPEC["paths"].values() for op in item.values()}
    assert not ours & upstream_summaries


@needs_reference
def test_openapi_json_is_what_sync_spec_derives_from_the_reference() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sync_spec.py"), str(REFERENCE), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# Differences from the reference we made on purpose (each explained in its spec/ file).
INTENDED_DIFFERENCES = {
    # spec/attestations.yaml: the server sends the enum names, upstream declares codes.
    "verify_attestation": [
        "response 200 $.quote.header.ak_type: union in ours, integer upstream",
        "response 200 $.quote.header.tee_type: union in ours, integer upstream",
    ],
}


@needs_reference
@pytest.mark.parametrize("tag", [tag["name"] for tag in SPEC["tags"]])
def test_every_operation_matches_the_reference_structurally(tag: str) -> None:
    reference = json.loads(REFERENCE.read_text())
    differences = compare_specs(SPEC, reference, tag=tag, prefix="/api/v1")
    upstream = {
        op["operationId"]
        for item in reference["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and (op.get("tags") or [None])[0] == tag
    }
    assert len(differences) == len(upstream)
    found = {op: diff for op, diff in differences.items() if diff}
    assert found == {op: d for op, d in INTENDED_DIFFERENCES.items() if op in differences}


@needs_reference
def test_structural_comparison_catches_an_authoring_slip() -> None:
    reference = json.loads(REFERENCE.read_text())
    slipped = copy.deepcopy(SPEC)
    app = slipped["components"]["schemas"]["DstackAppFullResponseV20260121"]
    app["properties"]["app_name"] = app["properties"].pop("name")
    app["required"] = [("app_name" if r == "name" else r) for r in app["required"]]
    slipped["paths"]["/apps/{app_id}/revisions"]["get"]["parameters"][1]["required"] = True
    differences = compare_specs(slipped, reference, tag="Apps", prefix="/api/v1")
    assert differences["get_app_info"], "renamed property not noticed"
    assert differences["get_app_list"], "renamed property inside the list not noticed"
    assert differences["get_app_revisions"], "parameter made required not noticed"


def test_a_tuple_of_one_item_schema_also_gets_items() -> None:
    from sync_spec import clean_schema

    tuple_schema = {"type": "array", "prefixItems": [{"type": "integer"}] * 3, "maxItems": 3}
    assert clean_schema(tuple_schema, str)["items"] == {"type": "integer"}
    mixed = {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]}
    assert "items" not in clean_schema(mixed, str)
    version = SPEC["components"]["schemas"]["AvailableOsImage"]["properties"]["version"]
    assert all(member["items"] == {"type": "integer"} for member in version["anyOf"])


@needs_reference
def test_every_upstream_operation_is_ours() -> None:
    reference = json.loads(REFERENCE.read_text())
    upstream = {
        (method, path.removeprefix("/api/v1"))
        for path, item in reference["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    ours = {(method, path) for path, item in SPEC["paths"].items() for method in item}
    assert ours == upstream
    assert len(ours) == 102
