"""Build ``openapi.json`` from an upstream Phala Cloud spec and ``spec/apps.yaml``.

The upstream file supplies the wire format: paths, methods, parameters, schema
properties, types, required sets and enums. ``spec/apps.yaml`` supplies
everything that is ours: operation ids, summaries, descriptions, schema names,
stricter declarations (version header, security, error bodies) and formats.
Upstream prose (summaries, descriptions, titles, examples) is dropped.

Usage::

    python scripts/sync_spec.py UPSTREAM.json [--layer spec/apps.yaml] [--out openapi.json]
    python scripts/sync_spec.py UPSTREAM.json --check   # exit 1 if openapi.json differs
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
VERSIONED_KEY = re.compile(r"^teehouse__api__routes__\w+?__v(\d{8})__schemas__(\w+)$")
PROSE_KEYS = frozenset({"title", "description", "examples", "example", "summary"})
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SCHEMA_LIST_KEYS = ("anyOf", "oneOf", "allOf", "prefixItems")
SCHEMA_ONE_KEYS = ("items", "not", "contains")

Json = dict[str, Any]


class SpecSyncError(Exception):
    """The upstream spec or the layer file does not fit together."""


def our_schema_name(upstream_key: str, renames: dict[str, str]) -> str:
    """Return our component name for an upstream component key."""
    if upstream_key in renames:
        return renames[upstream_key]
    match = VERSIONED_KEY.match(upstream_key)
    if match:
        return f"{match.group(2)}V{match.group(1)}"
    return upstream_key


def clean_schema(schema: Any, rename_ref: Callable[[str], str]) -> Any:
    """Copy a schema without prose; object/array defaults are dropped too.

    openapi-python-client drops a model whose property has an object or array
    default, so such defaults (all ``[]`` or small objects upstream) are left out.
    """
    if not isinstance(schema, dict):
        return schema
    out: Json = {}
    for key, value in schema.items():
        if key in PROSE_KEYS:
            continue
        if key == "$ref":
            out[key] = rename_ref(value)
        elif key == "properties":
            out[key] = {name: clean_schema(sub, rename_ref) for name, sub in value.items()}
        elif key in SCHEMA_LIST_KEYS:
            out[key] = [clean_schema(sub, rename_ref) for sub in value]
        elif key in SCHEMA_ONE_KEYS or (key == "additionalProperties" and isinstance(value, dict)):
            out[key] = clean_schema(value, rename_ref)
        elif key == "default" and isinstance(value, (dict, list)):
            continue
        else:
            out[key] = copy.deepcopy(value)
    return out


def dedupe_union(schema: Json) -> Json:
    """Drop repeated members of a top-level anyOf (upstream lists the minimal app twice)."""
    if "anyOf" not in schema:
        return schema
    seen: list[Any] = []
    for member in schema["anyOf"]:
        if member not in seen:
            seen.append(member)
    return {**schema, "anyOf": seen}


def referenced_components(document: Json, roots: list[Any]) -> list[str]:
    """Return the component schema keys reachable from ``roots``, in discovery order."""
    schemas = document["components"]["schemas"]
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                key = ref.rsplit("/", 1)[-1]
                if key not in found:
                    if key not in schemas:
                        raise SpecSyncError(f"dangling reference {ref}")
                    found.append(key)
                    walk(schemas[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for root in roots:
        walk(root)
    return found


def upstream_operations(document: Json, tag: str) -> list[tuple[str, str, Json]]:
    """Return (method, path, operation) for every upstream operation with ``tag``."""
    result = []
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and tag in operation.get("tags", []):
                result.append((method, path, operation))
    return result


class SpecBuilder:
    """Applies the layer file to one upstream document."""

    def __init__(self, upstream: Json, layer: Json) -> None:
        self.upstream = upstream
        self.layer = layer
        self.renames: dict[str, str] = dict(layer.get("schema_names", {}))

    def ref(self, ref: str) -> str:
        """Rename a ``#/components/schemas/...`` reference."""
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            return ref
        return prefix + our_schema_name(ref[len(prefix) :], self.renames)

    def build(self) -> Json:
        """Return our OpenAPI document."""
        layer = self.layer
        operations = upstream_operations(self.upstream, layer["upstream_tag"])
        prefix = layer["upstream_path_prefix"]
        paths: Json = {}
        for method, upstream_path, operation in operations:
            if not upstream_path.startswith(prefix):
                raise SpecSyncError(f"{upstream_path} does not start with {prefix}")
            path = upstream_path[len(prefix) :]
            paths.setdefault(path, {})[method] = self.operation(method, path, operation)
        missing = set(layer["operations"]) - {
            f"{m.upper()} {p}" for p, item in paths.items() for m in item
        }
        if missing:
            raise SpecSyncError(f"layer names operations upstream lacks: {sorted(missing)}")
        return {
            "openapi": "3.1.0",
            "info": {
                "title": layer["info"]["title"],
                "version": layer["info"]["version"],
                "description": layer["info"]["description"].strip(),
                "x-api-versions": list(layer["api_versions"]),
                "x-default-api-version": layer["default_api_version"],
            },
            "servers": [{"url": layer["server"]}],
            "security": [{"ApiKeyAuth": []}],
            "tags": [{"name": layer["upstream_tag"], "description": "Apps and their CVMs."}],
            "paths": paths,
            "components": {
                "schemas": self.schemas([op for _, _, op in operations]),
                "parameters": {"PhalaVersion": self.version_parameter()},
                "securitySchemes": {
                    "ApiKeyAuth": {
                        "type": "apiKey",
                        "in": "header",
                        "name": "X-API-Key",
                        "description": "Your Phala Cloud API key.",
                    }
                },
            },
        }

    def version_parameter(self) -> Json:
        """The X-Phala-Version header, declared once and referenced by every operation."""
        return {
            "name": "X-Phala-Version",
            "in": "header",
            "required": False,
            "description": self.layer["common_parameters"]["X-Phala-Version"],
            "schema": {"$ref": "#/components/schemas/ApiVersion"},
        }

    def operation(self, method: str, path: str, upstream: Json) -> Json:
        """Our version of one operation."""
        key = f"{method.upper()} {path}"
        prose = self.layer["operations"].get(key)
        if prose is None:
            raise SpecSyncError(f"spec/apps.yaml has no entry for {key}")
        param_prose = {**self.layer["common_parameters"], **prose.get("parameters", {})}
        parameters = []
        for param in upstream.get("parameters", []):
            name = param["name"]
            if name not in param_prose:
                raise SpecSyncError(f"{key}: no description for parameter {name!r}")
            ours = {
                "name": name,
                "in": param["in"],
                "required": bool(param.get("required", False)),
                "description": param_prose[name],
                "schema": clean_schema(param["schema"], self.ref),
            }
            if param.get("explode") is not None:
                ours["explode"] = param["explode"]
            parameters.append(ours)
        parameters.append({"$ref": "#/components/parameters/PhalaVersion"})
        result: Json = {
            "tags": list(upstream.get("tags", [])),
            "operationId": prose["operationId"],
            "summary": prose["summary"],
            "description": prose["description"].strip(),
            "parameters": parameters,
        }
        body = upstream.get("requestBody")
        if body is not None:
            content = body["content"]["application/json"]
            result["requestBody"] = {
                "required": bool(body.get("required", False)),
                "content": {
                    "application/json": {"schema": clean_schema(content["schema"], self.ref)}
                },
            }
        result["responses"] = self.responses(key, upstream["responses"], prose)
        return result

    def responses(self, key: str, upstream: Json, prose: Json) -> Json:
        """Responses with our prose; error statuses get a typed body."""
        untyped = self.layer["untyped_responses"]
        statuses = self.layer["status_descriptions"]
        out: Json = {}
        for status, response in upstream.items():
            if status.startswith("2"):
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema == {} or schema is None:
                    name = untyped.get(f"{key} {status}")
                    if name is None:
                        raise SpecSyncError(f"{key} {status}: untyped body needs a schema")
                    schema = {"$ref": f"#/components/schemas/{name}"}
                else:
                    schema = dedupe_union(clean_schema(schema, self.ref))
                content: Json = {"schema": schema}
                named = self.layer.get("examples", {}).get(f"{key} {status}")
                if named:
                    content["examples"] = {name: {"value": value} for name, value in named.items()}
                out[status] = {
                    "description": prose["responses"][status],
                    "content": {"application/json": content},
                }
                continue
            error_schema = "HTTPValidationError" if status == "422" else "ErrorResponse"
            out[status] = {
                "description": statuses[status],
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{error_schema}"}}
                },
            }
        return out

    def schemas(self, operations: list[Json]) -> Json:
        """Every component the operations reach, renamed, with our prose and formats."""
        upstream_schemas = self.upstream["components"]["schemas"]
        descriptions = self.layer["schema_descriptions"]
        aliases = self.layer.get("sdk_aliases", {})
        out: Json = {}
        for key in referenced_components(self.upstream, operations):
            name = our_schema_name(key, self.renames)
            if name in out:
                raise SpecSyncError(f"two upstream schemas map to {name}")
            schema = clean_schema(upstream_schemas[key], self.ref)
            schema = {"title": name, **schema}
            if name in descriptions:
                schema["description"] = descriptions[name]
            if name in aliases:
                schema["x-sdk-aliases"] = aliases[name]
            out[name] = schema
        out["ApiVersion"] = {
            "title": "ApiVersion",
            "description": "A supported value of the X-Phala-Version header.",
            "type": "string",
            "enum": list(self.layer["api_versions"]),
        }
        for name, schema in self.layer["extra_schemas"].items():
            out[name] = {"title": name, "description": descriptions[name], **schema}
        for dotted, fmt in self.layer.get("formats", {}).items():
            schema_name, prop = dotted.split(".")
            out[schema_name]["properties"][prop]["format"] = fmt
        return out


def render(document: Json) -> str:
    """Serialise deterministically (stable key order as built, 2-space indent)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", type=Path)
    parser.add_argument("--layer", type=Path, default=ROOT / "spec" / "apps.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "openapi.json")
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(argv)
    try:
        upstream = json.loads(args.upstream.read_text(encoding="utf-8"))
        layer = yaml.safe_load(args.layer.read_text(encoding="utf-8"))
        text = render(SpecBuilder(upstream, layer).build())
    except (OSError, ValueError, KeyError, SpecSyncError) as exc:
        print(f"sync_spec: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"sync_spec: {args.out} is not what {args.upstream} + {args.layer} give")
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(json.loads(text)['paths'])} paths)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
