"""Structural comparison of our Apps operations with the upstream reference spec.

``compare_specs(ours, reference)`` maps each of our operationIds to a list of
differences (empty = match): path (ours has no ``/api/v1`` prefix), method,
parameters (name, location, required, type) and 2xx JSON response schemas
(property names, types and required sets, ``$ref``s resolved in each spec). An
empty schema ``{}`` in the reference means "any" and matches everything.
"""

from __future__ import annotations

from typing import Any

from speclib import Spec

__all__ = ["compare_operation", "compare_specs", "shape"]

_MAX_DEPTH = 12
# Our version header is an SDK-facing addition the reference does not declare per operation.
_IGNORED_PARAMETERS = frozenset({("x-phala-version", "header")})


def _resolve(node: Any, spec: dict[str, Any]) -> Any:
    return Spec(spec).deref(node)


def shape(schema: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    """A comparable structure: "any", a type name, or a dict describing the schema."""
    schema = _resolve(schema, spec)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return "any"
    members = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(members, list):
        shapes = [shape(m, spec, depth + 1) for m in members]
        non_null = [s for s in shapes if s != "null"]
        nullable = len(non_null) != len(shapes)
        if len(non_null) == 1:
            return {"nullable": non_null[0]} if nullable else non_null[0]
        return {"anyOf": non_null, "nullable": nullable}
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return shape(schema["allOf"][0], spec, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array":
        return {"array": shape(schema.get("items", {}), spec, depth + 1)}
    if kind == "object" or "properties" in schema:
        props = {
            name: sub
            for name, sub in schema.get("properties", {}).items()
            if not (isinstance(sub, dict) and sub.get("x-sdk-added"))
        }
        return {
            "object": {name: shape(sub, spec, depth + 1) for name, sub in props.items()},
            "required": sorted(schema.get("required", [])),
        }
    if kind is None:
        return "const" if "const" in schema else "any"
    return str(kind)


def _diff(ours: Any, ref: Any, where: str, out: list[str]) -> None:
    if ref in ("any", ours):
        return
    if isinstance(ours, dict) and isinstance(ref, dict):
        if "nullable" in ref and "anyOf" not in ref and "nullable" not in ours:
            _diff(ours, ref["nullable"], where, out)
            return
        if "nullable" in ours and "anyOf" not in ours:
            if "nullable" not in ref or "anyOf" in ref:
                out.append(f"{where}: nullable in ours only")
                return
            _diff(ours["nullable"], ref["nullable"], where, out)
            return
        if "anyOf" in ours and "anyOf" in ref:
            for index, member in enumerate(ours["anyOf"]):
                if not any(_matches(member, r) for r in ref["anyOf"]):
                    out.append(f"{where}: union member {index} of ours has no match upstream")
            return
        if "array" in ours and "array" in ref:
            _diff(ours["array"], ref["array"], where + "[]", out)
            return
        if "object" in ours and "object" in ref:
            mine, theirs = ours["object"], ref["object"]
            for name in sorted(set(mine) - set(theirs)):
                out.append(f"{where}.{name}: only in ours")
            for name in sorted(set(theirs) - set(mine)):
                out.append(f"{where}.{name}: only upstream")
            if ours["required"] != ref["required"]:
                out.append(f"{where}: required {ours['required']} != upstream {ref['required']}")
            for name in sorted(set(mine) & set(theirs)):
                _diff(mine[name], theirs[name], f"{where}.{name}", out)
            return
    if isinstance(ours, dict) and "anyOf" in ours and not isinstance(ref, dict):
        out.append(f"{where}: union in ours, {ref} upstream")
        return
    out.append(f"{where}: {_label(ours)} != upstream {_label(ref)}")


def _matches(ours: Any, ref: Any) -> bool:
    problems: list[str] = []
    _diff(ours, ref, "$", problems)
    return not problems


def _label(value: Any) -> str:
    if isinstance(value, dict):
        return str(next(iter(value)))
    return str(value)


def _parameters(op: dict[str, Any], spec: dict[str, Any]) -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    for raw in op.get("parameters", []):
        param = _resolve(raw, spec)
        if param.get("x-sdk-added"):
            continue  # ours on purpose: a client sends it though upstream does not declare it
        key = (
            str(param["name"]).lower() if param["in"] == "header" else param["name"],
            param["in"],
        )
        if key in _IGNORED_PARAMETERS:
            continue
        out[key] = (bool(param.get("required", False)), shape(param.get("schema", {}), spec))
    return out


def _responses(op: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for status, raw in op.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        response = _resolve(raw, spec)
        media = response.get("content", {})
        # JSON first; else the one media type (our text downloads, e.g. text/yaml).
        content: dict[str, Any] = media.get("application/json") or next(iter(media.values()), {})
        out[str(status)] = shape(content.get("schema", {}), spec)
    return out


def compare_operation(
    ours: dict[str, Any],
    ours_spec: dict[str, Any],
    ref_op: dict[str, Any],
    ref_spec: dict[str, Any],
) -> list[str]:
    """Differences between two operations' parameters and 2xx response schemas."""
    problems: list[str] = []
    mine, theirs = _parameters(ours, ours_spec), _parameters(ref_op, ref_spec)
    for key in sorted(set(mine) - set(theirs)):
        problems.append(f"parameter {key[0]} ({key[1]}): only in ours")
    for key in sorted(set(theirs) - set(mine)):
        problems.append(f"parameter {key[0]} ({key[1]}): only upstream")
    for key in sorted(set(mine) & set(theirs)):
        if mine[key][0] != theirs[key][0]:
            problems.append(f"parameter {key[0]}: required {mine[key][0]} != {theirs[key][0]}")
        _diff(mine[key][1], theirs[key][1], f"parameter {key[0]}", problems)
    mine_r, theirs_r = _responses(ours, ours_spec), _responses(ref_op, ref_spec)
    if sorted(mine_r) != sorted(theirs_r):
        problems.append(f"2xx statuses {sorted(mine_r)} != upstream {sorted(theirs_r)}")
    for status in sorted(set(mine_r) & set(theirs_r)):
        _diff(mine_r[status], theirs_r[status], f"response {status} $", problems)
    return problems


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(ref.path, ref.method): ref.operation for ref in Spec(spec).operations()}


def compare_specs(
    ours_spec: dict[str, Any], ref_spec: dict[str, Any], tag: str = "Apps", prefix: str = "/api/v1"
) -> dict[str, list[str]]:
    """For each of our operations tagged ``tag``: its differences from the reference."""
    reference = _operations(ref_spec)
    result: dict[str, list[str]] = {}
    for (path, method), op in _operations(ours_spec).items():
        if tag not in (op.get("tags") or []):
            continue
        ref_op = reference.get((prefix + path, method))
        if ref_op is None:
            result[op["operationId"]] = [f"{method.upper()} {prefix}{path}: not in the reference"]
            continue
        result[op["operationId"]] = compare_operation(op, ours_spec, ref_op, ref_spec)
    return result
