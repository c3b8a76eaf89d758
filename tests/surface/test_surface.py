"""The generated client surface matches the spec, and stays generated.

Every public method's keywords and typed-dict keys are the operation's parameters
and body fields, with the same required sets; docstrings describe each one in our
words; the generated package never imports the SDK runtime; and no operation's
method is written by hand in ``overlay/``.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import typing
from typing import Any

import pytest

from phala_cloud_api.operations import ALIASES, OPERATIONS
from phala_cloud_api.params import __all__ as PARAMS_TYPES  # noqa: N812
from phala_cloud_sdk import AsyncClient, Client, types
from tests.support.paths import ROOT

SPEC = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
EXTRAS = {"extra_headers", "extra_query", "extra_body", "timeout"}
PLACEHOLDERS = re.compile(r"Body field\.|The ``\w+`` field\.|TODO|FIXME", re.IGNORECASE)


def spec_operations() -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            found[operation["operationId"]] = {**operation, "_method": method, "_path": path}
    return found


def python_name(wire: str, overrides: dict[str, Any], location: str) -> str:
    override = overrides.get(f"{location}:{wire}", overrides.get(wire, {}))
    return str(override.get("name") or re.sub(r"\W", "_", wire).lower())


def expected_arguments(operation: dict[str, Any]) -> dict[str, bool]:
    """Python name -> required, from the operation's parameters and body fields."""
    overrides = operation.get("x-sdk", {}).get("arguments", {})
    out: dict[str, bool] = {}
    for param in operation["parameters"]:
        if "$ref" in param:
            continue
        out[python_name(param["name"], overrides, param["in"])] = bool(param.get("required"))
    body = operation.get("requestBody")
    if body:
        text_argument = operation.get("x-sdk", {}).get("body", {}).get("text_argument")
        contents = body["content"]
        for media, content in contents.items():
            schema = content["schema"]
            if text_argument and "ref" not in json.dumps(schema) and media != "application/json":
                out[text_argument] = False
                continue
            refs = [m["$ref"] for m in schema.get("anyOf", [schema]) if "$ref" in m]
            target = SPEC["components"]["schemas"][refs[0].rsplit("/", 1)[-1]]
            for field in target.get("properties", {}):
                required = (
                    field in target.get("required", [])
                    and bool(body.get("required"))
                    and len(contents) == 1
                )
                out[python_name(field, overrides, "body")] = required
    return out


OPERATION_IDS = sorted(spec_operations())


def test_operations_index_is_the_spec() -> None:
    operations = spec_operations()
    assert sorted(OPERATIONS) == OPERATION_IDS
    for name, record in OPERATIONS.items():
        operation = operations[name]
        assert record.name == name
        assert record.method == operation["_method"].upper()
        assert record.path == operation["_path"]
        assert record.tag == operation["tags"][0]
        assert record.aliases == tuple(operation.get("x-sdk", {}).get("aliases", ()))
        pagination = operation.get("x-sdk", {}).get("pagination")
        assert record.paginated == (pagination["style"] if pagination else None)
        default_safe = record.method in {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}
        assert record.retry_safe == operation.get("x-sdk", {}).get("retry_safe", default_safe)
    with pytest.raises(TypeError):
        OPERATIONS["x"] = OPERATIONS[OPERATION_IDS[0]]  # type: ignore[index]


@pytest.mark.parametrize("name", OPERATION_IDS)
def test_keywords_and_typed_dict_keys_are_the_operations_arguments(name: str) -> None:
    operation = spec_operations()[name]
    expected = expected_arguments(operation)
    for cls in (Client, AsyncClient):
        for method_name in (name, *OPERATIONS[name].aliases):
            signature = inspect.signature(getattr(cls, method_name))
            keywords = {
                p.name
                for p in signature.parameters.values()
                if p.kind is inspect.Parameter.KEYWORD_ONLY
            }
            assert keywords - EXTRAS == set(expected), f"{cls.__name__}.{method_name}"
            assert keywords >= EXTRAS
            assert "params" in signature.parameters
    typed_dict = getattr(types, "".join(p.capitalize() for p in name.split("_")) + "Params")
    assert typing.is_typeddict(typed_dict)
    assert set(typed_dict.__annotations__) == set(expected)
    assert typed_dict.__required_keys__ == {k for k, required in expected.items() if required}


def test_every_operation_has_its_typed_dict() -> None:
    assert len(PARAMS_TYPES) == len(OPERATIONS)


@pytest.mark.parametrize("name", [*OPERATION_IDS, *sorted(ALIASES)])
def test_docstrings_describe_the_call_in_our_words(name: str) -> None:
    operation = OPERATIONS.get(name) or OPERATIONS[ALIASES[name]]
    for cls in (Client, AsyncClient):
        doc = inspect.getdoc(getattr(cls, name)) or ""
        first = doc.splitlines()[0]
        assert f"``{operation.method} {operation.path}``" in first, first
        assert not PLACEHOLDERS.search(doc), doc
        args = doc.split("Args:", 1)[1].split("Returns:", 1)[0]
        documented = dict(re.findall(r"^    (\w+): (.+)$", args, re.MULTILINE))
        for keyword in expected_arguments(spec_operations()[operation.name]):
            assert documented.get(keyword, "").strip(" ."), f"{name}: {keyword} undocumented"


def test_generated_code_never_imports_the_sdk_runtime() -> None:
    package = ROOT / "generated" / "phala_cloud_api"
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] == "phala_cloud_sdk" for n in names), path


def test_no_operation_method_is_written_by_hand() -> None:
    method_names = set(OPERATIONS) | set(ALIASES)
    for path in (ROOT / "overlay").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        assert not defined & method_names, f"{path}: {sorted(defined & method_names)}"
