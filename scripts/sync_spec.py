"""Build ``openapi.json`` from an upstream Phala Cloud spec and our layer in ``spec/``.

The upstream file supplies the wire format: paths, methods, parameters, schema
properties, types, required sets and enums. The layer supplies everything that is
ours: operation ids, summaries, descriptions, schema names, stricter declarations
(version header, security, error bodies), formats, examples, and the SDK facts of
each operation (``sdk:`` -> the ``x-sdk`` extension). Upstream prose (summaries,
descriptions, titles, examples) is dropped.

The layer is one file per upstream tag (``spec/<module>.yaml``, with ``tag:`` naming
the upstream tag) plus ``spec/api.yaml`` for what all tags share. An operation
belongs to the tag file of its first upstream tag; a tag without a file is not
part of our API.

Usage::

    python scripts/sync_spec.py UPSTREAM.json [--layer-dir spec] [--out openapi.json]
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
from speclib import SCHEMA_PREFIX, Json, OperationRef, Spec, schema_ref

ROOT = Path(__file__).resolve().parents[1]
COMMON_LAYER = "api.yaml"
VERSIONED_KEY = re.compile(r"^teehouse__api__routes__\w+?__v(\d{8})__schemas__(\w+)$")
PROSE_KEYS = frozenset({"title", "description", "examples", "example", "summary"})
SCHEMA_LIST_KEYS = ("anyOf", "oneOf", "allOf", "prefixItems")
SCHEMA_ONE_KEYS = ("items", "not", "contains")
# Layer sections merged across tag files: one global table each, no key defined twice.
MERGED_SECTIONS = (
    "schema_names",
    "schema_descriptions",
    "field_descriptions",
    "formats",
    "sdk_aliases",
    "extra_schemas",
    "untyped_responses",
    "examples",
    "content",
    "added_fields",
    "relaxed_required",
    "added_enum_values",
)


class SpecSyncError(Exception):
    """The upstream spec or the layer files do not fit together."""


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
    return _tuple_items(out)


def _tuple_items(schema: Json) -> Json:
    """A tuple (``prefixItems``) of one item schema also gets it as ``items``.

    Same meaning (the tuple's length is bounded by ``maxItems``), and mock servers whose
    fakers predate ``prefixItems`` (Prism) can then generate the array.
    """
    members = schema.get("prefixItems")
    if not members or "items" in schema or any(m != members[0] for m in members):
        return schema
    return {**schema, "items": copy.deepcopy(members[0])}


def dedupe_union(schema: Json) -> Json:
    """Drop repeated members of a top-level anyOf (upstream lists the minimal app twice)."""
    if "anyOf" not in schema:
        return schema
    seen: list[Any] = []
    for member in schema["anyOf"]:
        if member not in seen:
            seen.append(member)
    return {**schema, "anyOf": seen}


class Layer:
    """The layer files of ``spec/``, merged: the common file plus one file per tag."""

    def __init__(self, common: Json, tags: list[Json]) -> None:
        self.common = common
        self.tags = tags
        self.by_tag = {tag["tag"]: tag for tag in tags}
        if len(self.by_tag) != len(tags):
            raise SpecSyncError("two layer files name the same upstream tag")
        self.merged: dict[str, Json] = {}
        for section in MERGED_SECTIONS:
            table: Json = dict(common.get(section, {}))
            for tag in tags:
                for key, value in tag.get(section, {}).items():
                    if key in table and table[key] != value:
                        raise SpecSyncError(f"{section}.{key} is defined twice with other values")
                    table[key] = value
            self.merged[section] = table

    @classmethod
    def load(cls, folder: Path) -> Layer:
        """Read ``folder/api.yaml`` and every other ``folder/*.yaml`` as a tag file."""
        common = _read_yaml(folder / COMMON_LAYER)
        tags = [
            _read_yaml(path) for path in sorted(folder.glob("*.yaml")) if path.name != COMMON_LAYER
        ]
        for tag in tags:
            for required in ("tag", "module", "description", "operations"):
                if required not in tag:
                    raise SpecSyncError(f"a tag file lacks {required!r}: {sorted(tag)}")
        order = {name: index for index, name in enumerate(common.get("tag_order", []))}
        tags.sort(key=lambda tag: (order.get(tag["tag"], len(order)), tag["module"]))
        return cls(common, tags)

    def __getitem__(self, section: str) -> Json:
        return self.merged[section]


def _read_yaml(path: Path) -> Json:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SpecSyncError(f"{path}: expected a mapping at the top level")
    return data


class SpecBuilder:
    """Applies the layer to one upstream document."""

    def __init__(self, upstream: Json, layer: Layer) -> None:
        self.upstream = Spec(upstream)
        self.layer = layer
        self.common = layer.common
        self.renames: dict[str, str] = dict(layer["schema_names"])

    def schema_name(self, upstream_key: str) -> str:
        """Our component name for an upstream component key."""
        if upstream_key in self.renames:
            return self.renames[upstream_key]
        match = VERSIONED_KEY.match(upstream_key)
        if match:
            return f"{match.group(2)}V{match.group(1)}"
        return upstream_key

    def ref(self, ref: str) -> str:
        """Rename a ``#/components/schemas/...`` reference."""
        if not ref.startswith(SCHEMA_PREFIX):
            return ref
        return SCHEMA_PREFIX + self.schema_name(ref[len(SCHEMA_PREFIX) :])

    def build(self) -> Json:
        """Return our OpenAPI document."""
        prefix = self.common["upstream_path_prefix"]
        paths: Json = {}
        operations: list[OperationRef] = []
        for tag in self.layer.tags:
            selected = [op for op in self.upstream.operations() if op.tags[:1] == [tag["tag"]]]
            if not selected:
                raise SpecSyncError(f"upstream has no operation tagged {tag['tag']!r}")
            keys = set()
            for upstream_op in selected:
                if not upstream_op.path.startswith(prefix):
                    raise SpecSyncError(f"{upstream_op.path} does not start with {prefix}")
                path = upstream_op.path[len(prefix) :]
                method = upstream_op.method
                keys.add(f"{method.upper()} {path}")
                paths.setdefault(path, {})[method] = self.operation(tag, method, path, upstream_op)
                operations.append(upstream_op)
            missing = set(tag["operations"]) - keys
            if missing:
                raise SpecSyncError(
                    f"spec/{tag['module']}.yaml names operations upstream lacks: {sorted(missing)}"
                )
        info = self.common["info"]
        return {
            "openapi": "3.1.0",
            "info": {
                "title": info["title"],
                "version": info["version"],
                "description": info["description"].strip(),
                "x-api-versions": list(self.common["api_versions"]),
                "x-default-api-version": self.common["default_api_version"],
            },
            "servers": [{"url": self.common["server"]}],
            "security": [{"ApiKeyAuth": []}],
            "tags": [
                {
                    "name": tag["tag"],
                    "description": tag["description"].strip(),
                    "x-sdk-module": tag["module"],
                }
                for tag in self.layer.tags
            ],
            "paths": paths,
            "components": {
                "schemas": self.schemas(operations),
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
            "description": self.common["common_parameters"]["X-Phala-Version"],
            "schema": schema_ref("ApiVersion"),
        }

    def operation(self, tag: Json, method: str, path: str, upstream: OperationRef) -> Json:
        """Our version of one operation."""
        key = f"{method.upper()} {path}"
        prose = tag["operations"].get(key)
        if prose is None:
            raise SpecSyncError(f"spec/{tag['module']}.yaml has no entry for {key}")
        param_prose = {
            **self.common["common_parameters"],
            **tag.get("common_parameters", {}),
            **prose.get("parameters", {}),
        }
        parameters = []
        for param in self.upstream.parameters(upstream):
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
        for name, added in prose.get("added_parameters", {}).items():
            parameters.append(self.added_parameter(key, name, added))
        parameters.append({"$ref": "#/components/parameters/PhalaVersion"})
        result: Json = {
            "tags": [tag["tag"]],
            "operationId": prose["operationId"],
            "summary": prose["summary"],
            "description": prose["description"].strip(),
            "parameters": parameters,
        }
        body = upstream.operation.get("requestBody")
        if body is not None:
            result["requestBody"] = self.request_body(key, body)
        result["responses"] = self.responses(key, upstream.operation["responses"], prose)
        sdk = copy.deepcopy(prose.get("sdk", {}))
        tag_aliases = tag.get("argument_aliases", {})
        if tag_aliases:
            sdk["argument_aliases"] = {**tag_aliases, **sdk.get("argument_aliases", {})}
        if sdk:
            result["x-sdk"] = sdk
        return result

    @staticmethod
    def added_parameter(key: str, name: str, added: Json) -> Json:
        """A parameter upstream lacks but a client sends (``added_parameters`` in the layer)."""
        for required in ("in", "schema", "description", "why"):
            if required not in added:
                raise SpecSyncError(f"{key}: added parameter {name!r} needs {required!r}")
        return {
            "name": name,
            "in": added["in"],
            "required": False,
            "description": added["description"],
            "schema": copy.deepcopy(added["schema"]),
            "x-sdk-added": added["why"],
        }

    def request_body(self, key: str, upstream: Json) -> Json:
        """The request body with its upstream media types, plus any the layer adds."""
        content = {
            media: {"schema": clean_schema(value.get("schema", {}), self.ref)}
            for media, value in upstream["content"].items()
        }
        for media, schema in self.layer["content"].get(f"{key} request", {}).items():
            content[media] = {"schema": copy.deepcopy(schema)}
        return {"required": bool(upstream.get("required", False)), "content": content}

    def responses(self, key: str, upstream: Json, prose: Json) -> Json:
        """Responses with our prose; error statuses get a typed body."""
        untyped = self.layer["untyped_responses"]
        statuses = self.common["status_descriptions"]
        out: Json = {}
        for status, response in upstream.items():
            if not status.startswith("2"):
                error_schema = "HTTPValidationError" if status == "422" else "ErrorResponse"
                out[status] = {
                    "description": statuses[status],
                    "content": {"application/json": {"schema": schema_ref(error_schema)}},
                }
                continue
            description = prose["responses"][status]
            override = self.layer["content"].get(f"{key} {status}")
            if override is not None:
                out[status] = {"description": description, "content": copy.deepcopy(override)}
                continue
            upstream_content = response.get("content", {})
            if not upstream_content:
                out[status] = {"description": description}
                continue
            schema = upstream_content.get("application/json", {}).get("schema")
            if schema == {} or schema is None:
                name = untyped.get(f"{key} {status}")
                if name is None:
                    raise SpecSyncError(f"{key} {status}: untyped body needs a schema")
                schema = schema_ref(name)
            else:
                schema = dedupe_union(clean_schema(schema, self.ref))
            content: Json = {"schema": schema}
            named = self.layer["examples"].get(f"{key} {status}")
            if named:
                content["examples"] = self.ordered_examples(named)
            out[status] = {"description": description, "content": {"application/json": content}}
        return out

    def ordered_examples(self, named: Json) -> Json:
        """Named examples, the default API version's first: Prism serves the first one."""
        default = "v" + self.common["default_api_version"].replace("-", "")
        order = sorted(named, key=lambda name: name != default)
        return {name: {"value": named[name]} for name in order}

    def schemas(self, operations: list[OperationRef]) -> Json:
        """Every component the operations reach, renamed, with our prose and formats."""
        upstream_schemas = self.upstream.schemas()
        descriptions = self.layer["schema_descriptions"]
        field_prose = self.layer["field_descriptions"]
        aliases = self.layer["sdk_aliases"]
        out: Json = {}
        for key in self.upstream.reachable(op.operation for op in operations):
            name = self.schema_name(key)
            if name in out:
                raise SpecSyncError(f"two upstream schemas map to {name}")
            out[name] = {"title": name, **clean_schema(upstream_schemas[key], self.ref)}
        out["ApiVersion"] = {
            "title": "ApiVersion",
            "description": "A supported value of the X-Phala-Version header.",
            "type": "string",
            "enum": list(self.common["api_versions"]),
        }
        for name, schema in self.layer["extra_schemas"].items():
            out[name] = {"title": name, **copy.deepcopy(schema)}
        for name, schema in out.items():
            if name in descriptions:
                schema["description"] = descriptions[name]
            if name in aliases:
                schema["x-sdk-aliases"] = aliases[name]
        for name, fields in field_prose.items():
            if name not in out:
                raise SpecSyncError(f"field_descriptions names an unknown schema {name!r}")
            properties = out[name].get("properties", {})
            for field, text in fields.items():
                if field not in properties:
                    raise SpecSyncError(f"field_descriptions: {name} has no field {field!r}")
                properties[field]["description"] = text
        for name, fields in self.layer["added_fields"].items():
            properties = out[name].setdefault("properties", {})
            for field, added in fields.items():
                if field in properties:
                    raise SpecSyncError(f"added_fields: {name}.{field} exists upstream now")
                properties[field] = {
                    **copy.deepcopy(added["schema"]),
                    "description": added["description"],
                    "x-sdk-added": added["why"],
                }
        for name, relaxed in self.layer["relaxed_required"].items():
            schema = out[name]
            fields = relaxed["fields"]
            missing = [f for f in fields if f not in schema.get("required", [])]
            if missing:
                raise SpecSyncError(f"relaxed_required: {name} does not require {missing}")
            schema["required"] = [f for f in schema["required"] if f not in fields]
            schema["x-sdk-relaxed-required"] = {"fields": list(fields), "why": relaxed["why"]}
        for name, added in self.layer["added_enum_values"].items():
            schema = out[name]
            if "enum" not in schema:
                raise SpecSyncError(f"added_enum_values: {name} is not an enum")
            upstream_values = list(schema["enum"])
            new_values = [v for v in added["values"] if v not in upstream_values]
            schema["enum"] = upstream_values + new_values
            # Member names for the generated enum: the added spellings get their own.
            names = [enum_name(v) for v in upstream_values]
            names += [f"{enum_name(v)}_{added.get('suffix', 'ALT')}" for v in new_values]
            schema["x-enum-varnames"] = names
            schema["x-sdk-added-values"] = {"values": new_values, "why": added["why"]}
        for dotted, fmt in self.layer["formats"].items():
            schema_name, prop = dotted.split(".")
            out[schema_name]["properties"][prop]["format"] = fmt
        return out


def enum_name(value: object) -> str:
    """A Python member name for an enum value (``tdx.small`` -> ``TDX_SMALL``)."""
    return re.sub(r"\W", "_", str(value)).upper()


def render(document: Json) -> str:
    """Serialise deterministically (stable key order as built, 2-space indent)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", type=Path)
    parser.add_argument("--layer-dir", type=Path, default=ROOT / "spec")
    parser.add_argument("--out", type=Path, default=ROOT / "openapi.json")
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(argv)
    try:
        upstream = json.loads(args.upstream.read_text(encoding="utf-8"))
        text = render(SpecBuilder(upstream, Layer.load(args.layer_dir)).build())
    except (OSError, ValueError, KeyError, SpecSyncError) as exc:
        print(f"sync_spec: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"sync_spec: {args.out} is not what {args.upstream} + {args.layer_dir} give")
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(json.loads(text)['paths'])} paths)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
