"""Valid arguments for any operation, built from the spec (deterministic, minimal).

``sample_arguments(name)`` gives every required argument a value that fits its JSON
Schema (enums take their first value, bounded numbers their lower bound, objects their
required fields), so tests can call all 102 methods without a hand-kept table.
``OVERRIDES`` holds the few values the schema cannot tell (a compose hash's length).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from phala_cloud_api.operations import spec

from .paths import OUR_SPEC


@cache
def _components() -> dict[str, Any]:
    """openapi.json's component schemas (read directly: no hypothesis needed in tests/sdk)."""
    data: dict[str, Any] = json.loads(OUR_SPEC.read_text(encoding="utf-8"))
    return data["components"]["schemas"]  # type: ignore[no-any-return]


COMPOSE_HASH = "ab" * 32
OVERRIDES: dict[str, dict[str, Any]] = {}
"""Per operation: argument values that replace the schema-built ones."""
WELL_KNOWN: dict[str, Any] = {
    "compose_hash": COMPOSE_HASH,
    "app_id": "app-123",
    "cvm_id": "cvm-123",
    "vm_uuid": "vm-uuid-1",
    "revision_id": "rev-1",
    "kms_id": "kms-1",
    "webhook_id": "wh-1",
    "event_id": "evt-1",
    "key_id": "key-1",
    "checksum": "c" * 64,
    "family": "cpu",
    "chain": "base",
    "docker_compose_file": "services:\n  app:\n    image: nginx\n",
    "pre_launch_script": "#!/bin/sh\necho hi\n",
}


def sample(schema: Any, name: str = "") -> Any:
    """A small value that fits ``schema`` (a resolved JSON Schema, ``$ref`` allowed)."""
    if not isinstance(schema, dict) or not schema:
        return {}
    if "$ref" in schema:
        return sample(_components()[schema["$ref"].rsplit("/", 1)[-1]], name)
    if name in WELL_KNOWN and _fits_string(schema):
        return WELL_KNOWN[name]
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        chosen = next((m for m in members if m.get("type") != "null"), members[0])
        return sample(chosen, name)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2026-01-21T00:00:00Z"
        if schema.get("format") == "binary":
            return b"file-content"
        return "x" * max(1, int(schema.get("minLength", 1)))
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "array":
        if "prefixItems" in schema:  # a tuple: one value per position
            return [sample(item, name) for item in schema["prefixItems"]]
        count = int(schema.get("minItems", 0))
        return [sample(schema.get("items", {}), name) for _ in range(count)]
    required = schema.get("required", [])
    properties = schema.get("properties", {})
    return {field: sample(properties.get(field, {}), field) for field in required}


def _fits_string(schema: dict[str, Any]) -> bool:
    if schema.get("type") == "string":
        return True
    return any(m.get("type") == "string" for m in schema.get("anyOf", []))


@cache
def sample_arguments(operation: str) -> dict[str, Any]:
    """Keyword arguments for ``operation``: every required one, valid by its schema."""
    described = spec(operation)
    arguments: dict[str, Any] = {}
    for arg in described.arguments:
        if arg.required:
            arguments[arg.name] = sample(arg.schema, arg.name)
    text_bodies = [body for body in described.bodies if body.kind == "text"]
    if text_bodies and described.bodies[0].kind == "text":
        field = text_bodies[0].fields[0]
        arguments[field] = WELL_KNOWN.get(field, "text")
    arguments.update(OVERRIDES.get(operation, {}))
    return arguments
