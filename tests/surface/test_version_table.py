"""Every versioned union in openapi.json has a model rule for every (operation, version)."""

from __future__ import annotations

import json

import pytest

from phala_cloud_sdk import SUPPORTED_VERSIONS
from phala_cloud_sdk._api_versions import version_of_class
from tests.support.operations import alternatives, responses
from tests.support.paths import ROOT

SPEC = json.loads((ROOT / "openapi.json").read_text())


def success_responses() -> list[tuple[str, str, dict[str, object]]]:
    out = []
    for item in SPEC["paths"].values():
        for operation in item.values():
            for status, response in operation["responses"].items():
                # JSON bodies only (a text download may also accept a JSON string: first
                # media type text/...).
                content = response.get("content", {})
                if status.startswith("2") and next(iter(content), None) == "application/json":
                    out.append(
                        (operation["operationId"], status, content["application/json"]["schema"])
                    )
    return out


@pytest.mark.parametrize(("operation", "status", "schema"), success_responses())
@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_each_operation_and_version_has_a_rule(
    operation: str, status: str, schema: dict[str, object], version: str
) -> None:
    rule = alternatives(operation, status, version)
    assert rule, f"{operation} {status}: no model for API version {version}"
    members = schema.get("anyOf", [schema])
    assert isinstance(members, list)
    if len(members) > 1:
        # A union: the version's own shape comes first, shared (reduced) shapes after.
        assert version_of_class(rule[0][1]) in {version, None}
        assert all(version_of_class(name) in {version, None} for _, name in rule)


def test_known_union_rules() -> None:
    assert alternatives("get_app_info", "200", "2026-01-21") == (
        ("object", "DstackAppFullResponseV20260121"),
        ("object", "DstackAppMinimalResponse"),
    )
    assert alternatives("get_app_cvms", "200", "2025-10-28") == (("array", "HostedCvmV20251028"),)
    assert alternatives("get_app_cvms", "200", "2026-01-21") == (("array", "CvmInfoV20260121"),)
    assert alternatives("get_app_list", "200", "2025-10-28") == (
        ("object", "DstackAppListResponseV20251028"),
    )


def test_table_is_derived_from_the_spec() -> None:
    for operation, status, schema in success_responses():
        members = schema.get("anyOf", [schema])
        assert isinstance(members, list)
        assert len(responses(operation)[status]) == len(members)


def test_spec_examples_fit_their_version() -> None:
    from phala_cloud_api._validators import is_valid

    for item in SPEC["paths"].values():
        for operation in item.values():
            for status, response in operation["responses"].items():
                examples = (
                    response.get("content", {}).get("application/json", {}).get("examples", {})
                )
                for name, example in examples.items():
                    version = f"{name[1:5]}-{name[5:7]}-{name[7:9]}"
                    rule = alternatives(operation["operationId"], status, version)
                    value = example["value"]
                    fits = [
                        c
                        for kind, c in rule
                        if c is not None
                        and (
                            (kind == "object" and is_valid(c, value))
                            or (kind == "array" and all(is_valid(c, v) for v in value))
                        )
                    ]
                    assert fits, (
                        f"{operation['operationId']} example {name} fits no {version} shape"
                    )
