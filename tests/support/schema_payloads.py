"""Standalone JSON Schemas from openapi.json components, for hypothesis-jsonschema.

``standalone_schema(spec, "AppRevisionsResponse")`` returns the component with every
``#/components/schemas/X`` reference rewritten to ``#/$defs/X`` and the referenced
components copied under ``$defs``, so the schema can be fed to ``from_schema``.
Formats hypothesis-jsonschema does not know (``hashid``, ``decimal``) are dropped,
arrays get a ``maxItems`` bound (deep lists make huge payloads) and objects without an
``additionalProperties`` rule get ``false`` (unknown fields are injected by the tests).
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from .paths import OUR_SPEC as SPEC_PATH
from .paths import REFERENCE as REFERENCE_PATH

_COMPONENT_PREFIX = "#/components/schemas/"
_SAFE_INT = 2**53 - 1
_OPEN_VALUES: list[dict[str, Any]] = [
    {"type": "null"},
    {"type": "boolean"},
    {"type": "string", "maxLength": 20},
    {"type": "integer", "minimum": -_SAFE_INT, "maximum": _SAFE_INT},
]
_UNSUPPORTED_FORMATS = frozenset({"hashid", "decimal"})
# Annotations that only document; dropped so they cannot confuse the generator.
_ANNOTATIONS = frozenset({"title", "description", "examples", "example", "discriminator"})

__all__ = [
    "REFERENCE_PATH",
    "SPEC_PATH",
    "load_spec",
    "our_spec",
    "payload_strategy",
    "referenced_components",
    "standalone_schema",
]


def load_spec(path: Path) -> dict[str, Any]:
    """The parsed JSON of an OpenAPI document."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _our_spec_text() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


def our_spec() -> dict[str, Any]:
    """A fresh copy of our openapi.json."""
    data: dict[str, Any] = json.loads(_our_spec_text())
    return data


def _component_name(ref: str) -> str:
    if not ref.startswith(_COMPONENT_PREFIX):
        raise ValueError(f"only component references are supported, got {ref!r}")
    return ref[len(_COMPONENT_PREFIX) :]


def referenced_components(spec: dict[str, Any], name: str) -> list[str]:
    """``name`` and every component it references, transitively (in discovery order)."""
    components: dict[str, Any] = spec["components"]["schemas"]
    seen: list[str] = []
    pending = [name]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.append(current)
        stack: list[Any] = [components[current]]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    pending.append(_component_name(ref))
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
    return seen


def _rewrite(node: Any, max_items: int | None, close_objects: bool) -> Any:
    if isinstance(node, list):
        return [_rewrite(item, max_items, close_objects) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "$ref" and isinstance(value, str):
            out[key] = "#/$defs/" + _component_name(value)
        elif key == "format" and value in _UNSUPPORTED_FORMATS:
            continue
        elif key in {"properties", "$defs", "patternProperties"} and isinstance(value, dict):
            out[key] = {k: _rewrite(v, max_items, close_objects) for k, v in value.items()}
        else:
            out[key] = _rewrite(value, max_items, close_objects)
    if max_items is not None and out.get("type") == "array":
        bound = max(max_items, int(out.get("minItems", 0)))
        out["maxItems"] = min(int(out.get("maxItems", bound)), bound)
    if close_objects and "prefixItems" in out:
        # hypothesis-jsonschema reads tuples in the draft-07 form (``items`` as a list).
        out["items"] = out.pop("prefixItems")
    if close_objects and out.get("type") == "integer":
        # JSON interoperable integers (orjson rejects values beyond 64 bits).
        out.setdefault("minimum", -_SAFE_INT)
        out.setdefault("maximum", _SAFE_INT)
    if close_objects and out.get("additionalProperties") is True:
        # Open objects: scalar extra values only (keeps payloads small and JSON-exact).
        out["additionalProperties"] = {"anyOf": _OPEN_VALUES}
        out.setdefault("maxProperties", len(out.get("properties", {})) + 3)
    if close_objects and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def standalone_schema(
    spec: dict[str, Any],
    name: str,
    *,
    max_items: int | None = 3,
    close_objects: bool = True,
) -> dict[str, Any]:
    """Component ``name`` of ``spec`` as a self-contained JSON Schema (local ``$defs``).

    ``close_objects=False`` (with ``max_items=None``) keeps the schema faithful, for
    use as a validation oracle; the default narrows it for fast, JSON-exact generation.
    """
    components: dict[str, Any] = spec["components"]["schemas"]
    defs = {
        other: _rewrite(copy.deepcopy(components[other]), max_items, close_objects)
        for other in referenced_components(spec, name)
    }
    schema: dict[str, Any] = dict(defs[name])
    schema["$defs"] = defs
    return schema


def _ref_union(node: Any) -> list[str] | None:
    """The component names of an ``anyOf`` made only of references, else None."""
    members = node.get("anyOf") if isinstance(node, dict) else None
    if not isinstance(members, list) or not members:
        return None
    names = [m.get("$ref") for m in members if isinstance(m, dict)]
    if len(names) != len(members) or not all(isinstance(n, str) for n in names):
        return None
    return [str(n).rsplit("/", 1)[-1] for n in names]


def payload_strategy(
    spec: dict[str, Any], name: str, *, max_items: int = 3
) -> st.SearchStrategy[Any]:
    """Schema-valid JSON values of component ``name``.

    hypothesis-jsonschema is very slow on arrays of a union of big objects (the app
    list pages); such top-level properties are generated as lists of a ``one_of`` of
    the members' own strategies and merged into the rest of the object.
    """
    from hypothesis_jsonschema import from_schema

    schema = standalone_schema(spec, name, max_items=max_items)
    split: dict[str, st.SearchStrategy[Any]] = {}
    for prop, sub in list(schema.get("properties", {}).items()):
        if not isinstance(sub, dict) or sub.get("type") != "array":
            continue
        union = _ref_union(sub.get("items"))
        if union is None:
            continue
        members = [from_schema(standalone_schema(spec, m, max_items=max_items)) for m in union]
        split[prop] = st.lists(st.one_of(members), max_size=int(sub.get("maxItems", max_items)))
        schema["properties"][prop] = {"const": []}
    if not split:
        return from_schema(schema)
    base = from_schema(schema)
    return st.builds(lambda b, extra: {**b, **extra}, base, st.fixed_dictionaries(split))
