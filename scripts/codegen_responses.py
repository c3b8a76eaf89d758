"""Write the operation response table of a spec: which models each status may carry.

For every operation and status, the table lists the alternatives of the response
schema in spec order, each as ``(kind, class_name)`` with kind ``"object"`` (one
model) or ``"array"`` (a list of that model). The SDK overlay reads the API
version out of the class names (``...V20260121``) to pick among them.
"""

from __future__ import annotations

import json
import re
from typing import Any

Json = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

HEADER = '''\
"""Operation tables (written by scripts/codegen_responses.py from the spec).

``OPERATIONS[operation_id]`` is ``(method, path)``; ``RESPONSES[operation_id][status]`` is a
tuple of ``(kind, class_name)`` in spec order, kind ``"object"`` or ``"array"``.
``PARAMETERS[operation_id]`` lists ``(python_name, wire_name, location, required, schema)``;
``BODIES[operation_id]`` is ``(class_name, required, field_names)`` or absent.
"""

from __future__ import annotations

from typing import Any
'''


class UnsupportedResponseError(ValueError):
    """A response schema the table cannot express."""


def alternative(schema: Json, components: Json, where: str) -> tuple[str, str]:
    """One union member as (kind, class name)."""
    if "$ref" in schema:
        return ("object", class_name(schema["$ref"], components))
    if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
        return ("array", class_name(schema["items"]["$ref"], components))
    raise UnsupportedResponseError(f"{where}: response schema must be a $ref or an array of $ref")


def class_name(ref: str, components: Json) -> str:
    """Class name of a referenced component (its title, as the generator names it)."""
    key = ref.rsplit("/", 1)[-1]
    return str(components[key].get("title") or key)


def python_name(name: str) -> str:
    """The generated function's argument name for a wire parameter name."""
    return re.sub(r"\W", "_", name).lower()


def resolve(schema: Any, spec: Json) -> Any:
    """Inline local $refs of a parameter schema (parameter schemas are small)."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            key = schema["$ref"].rsplit("/", 1)[-1]
            return resolve(spec["components"]["schemas"][key], spec)
        return {k: resolve(v, spec) for k, v in schema.items() if k not in {"title", "description"}}
    if isinstance(schema, list):
        return [resolve(v, spec) for v in schema]
    return schema


def parameter_table(spec: Json) -> tuple[Json, Json]:
    """(parameters, bodies) per operation id."""
    components = spec.get("components", {}).get("schemas", {})
    shared = spec.get("components", {}).get("parameters", {})
    parameters: Json = {}
    bodies: Json = {}
    for item in spec["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            rows = []
            for declared in operation.get("parameters", []):
                param = declared
                if "$ref" in declared:
                    param = shared[declared["$ref"].rsplit("/", 1)[-1]]
                rows.append(
                    (
                        python_name(param["name"]),
                        param["name"],
                        param["in"],
                        bool(param.get("required", False)),
                        resolve(param.get("schema", {}), spec),
                    )
                )
            parameters[operation["operationId"]] = tuple(rows)
            body = operation.get("requestBody")
            if body:
                schema = body["content"]["application/json"]["schema"]
                members = schema.get("anyOf", [schema])
                refs = [m["$ref"] for m in members if "$ref" in m]
                if len(refs) != 1:
                    raise UnsupportedResponseError(
                        f"{operation['operationId']}: body must be one $ref"
                    )
                target = components[refs[0].rsplit("/", 1)[-1]]
                bodies[operation["operationId"]] = (
                    class_name(refs[0], components),
                    bool(body.get("required", False)),
                    tuple(target.get("properties", {})),
                )
    return parameters, bodies


def response_table(spec: Json) -> tuple[dict[str, tuple[str, str]], dict[str, Json]]:
    """(operations, responses) of ``spec``."""
    components = spec.get("components", {}).get("schemas", {})
    operations: dict[str, tuple[str, str]] = {}
    responses: dict[str, Json] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_id = operation["operationId"]
            operations[op_id] = (method.upper(), path)
            per_status: Json = {}
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if not schema:
                    continue
                where = f"{method.upper()} {path} {status}"
                members = schema.get("anyOf", [schema])
                per_status[status] = tuple(alternative(m, components, where) for m in members)
            responses[op_id] = per_status
    return operations, responses


def render_response_table(spec: Json) -> str:
    """Module text of the response table; operations the table cannot express are skipped."""
    try:
        operations, responses = response_table(spec)
        parameters, bodies = parameter_table(spec)
    except UnsupportedResponseError as exc:
        return HEADER + (
            f"\n# Not generated: {exc}\n"
            "OPERATIONS: dict[str, tuple[str, str]] = {}\n"
            "RESPONSES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}\n"
            "PARAMETERS: dict[str, tuple[tuple[str, str, str, bool, Any], ...]] = {}\n"
            "BODIES: dict[str, tuple[str, bool, tuple[str, ...]]] = {}\n"
        )
    lines = [HEADER, "OPERATIONS: dict[str, tuple[str, str]] = {"]
    lines += [f"    {op!r}: {value!r}," for op, value in operations.items()]
    lines += ["}", "", "RESPONSES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {"]
    for op, statuses in responses.items():
        lines.append(f"    {op!r}: {{")
        lines += [f"        {status!r}: {alts!r}," for status, alts in statuses.items()]
        lines.append("    },")
    lines.append("}")
    lines += ["", "PARAMETERS: dict[str, tuple[tuple[str, str, str, bool, Any], ...]] = {"]
    for op, rows in parameters.items():
        lines.append(f"    {op!r}: (")
        lines += [f"        {row!r}," for row in rows]
        lines.append("    ),")
    lines += ["}", "", "BODIES: dict[str, tuple[str, bool, tuple[str, ...]]] = {"]
    lines += [f"    {op!r}: {value!r}," for op, value in bodies.items()]
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    print(render_response_table(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
