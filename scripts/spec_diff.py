"""Compare two OpenAPI 3.x documents and print a Markdown changelog section.

Usage::

    python scripts/spec_diff.py OLD NEW [--title TEXT] [--tag TAG] [--paths-prefix PREFIX]
                                         [--server-path]

OLD and NEW are JSON files (YAML too when PyYAML is installed). The output is a
Markdown section (``--title``, default ``## Unreleased``) with the groups
``### Breaking``, ``### Added``, ``### Changed`` and ``### Deprecated``; empty
groups are left out. Each bullet names the operation (``GET /api/v1/apps``) and
the place: a parameter, the request body, or a response property given as a
dotted path such as ``dstack_apps[].current_cvm.status``.

What is compared: operations; parameters (keyed by ``in`` + ``name``); request
body fields; response properties per status code, walked through nested objects,
arrays and ``anyOf``/``oneOf`` unions; enum values; ``deprecated`` flags; API
versions (``vYYYYMMDD`` tokens in component schema names and the enum of an
``X-Phala-Version`` header). ``$ref`` targets are compared by structure, so a
renamed component with the same shape is not a change. Prose (``description``,
``title``, ``summary``, ``examples``) is ignored.

``--tag`` and ``--paths-prefix`` keep only the matching operations (and only the
component schemas they reach, for versions and component enums).
``--server-path`` prefixes every path with the path part of the document's first
``servers`` URL, so ``/apps`` under ``https://host/api/v1`` compares as
``/api/v1/apps``.

Exit status: 0 when nothing breaking changed, 1 when something did, 2 when an
input cannot be read or is not an OpenAPI 3.x document.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

from speclib import HTTP_METHODS, Json, Spec

Key = TypeVar("Key", bound=Hashable)

BREAKING = "Breaking"
ADDED = "Added"
CHANGED = "Changed"
DEPRECATED = "Deprecated"
GROUPS = (BREAKING, ADDED, CHANGED, DEPRECATED)

UNION_KEYS = ("anyOf", "oneOf")
VERSION_TOKEN = re.compile(r"v(20\d{6})", re.IGNORECASE)
VERSION_DIGITS = re.compile(r"20\d{6}")
VERSION_HEADER = "x-phala-version"
NO_CHANGES = "No changes to the API."

REQUEST = 0
RESPONSE = 1

# event -> (group when sent by the client, group when returned by the server, message)
RULES: dict[str, tuple[str, str, str]] = {
    "removed": (BREAKING, BREAKING, "removed"),
    "added_required": (BREAKING, ADDED, "added (required)"),
    "added_optional": (ADDED, ADDED, "added"),
    "became_required": (BREAKING, CHANGED, "now required"),
    "became_optional": (CHANGED, CHANGED, "no longer required"),
    "type_changed": (BREAKING, BREAKING, "type changed from `{old}` to `{new}`"),
    "type_declared": (CHANGED, CHANGED, "type changed from `{old}` to `{new}`"),
    "became_nullable": (CHANGED, CHANGED, "now nullable"),
    "no_longer_nullable": (BREAKING, CHANGED, "no longer nullable"),
    "enum_removed": (BREAKING, BREAKING, "enum value `{value}` removed"),
    "enum_added": (ADDED, ADDED, "enum value `{value}` added"),
    "member_removed": (BREAKING, BREAKING, "union member `{value}` removed"),
    "member_added": (ADDED, ADDED, "union member `{value}` added"),
    "deprecated": (DEPRECATED, DEPRECATED, "deprecated"),
}


class SpecError(Exception):
    """An input could not be read or is not an OpenAPI 3.x document."""


@dataclass(frozen=True)
class Change:
    """One changelog bullet: its group (``Breaking``...) and its text."""

    group: str
    text: str


@dataclass(frozen=True)
class Walk:
    """Where a schema comparison happens and what it reports into."""

    old: Spec
    new: Spec
    side: int
    prefix: str
    root: str
    covered: frozenset[str]
    out: list[Change]

    def where(self, path: str) -> str:
        """Return the location text for a dotted property path."""
        return f"{self.prefix} `{path}`" if path else f"{self.prefix}{self.root}"

    def at(self, side: int, prefix: str, root: str = "") -> Walk:
        """Return a copy of this walk for another location."""
        return replace(self, side=side, prefix=prefix, root=root)

    def report(self, event: str, path: str, **values: str) -> None:
        """Append the change for ``event`` at ``path`` using the rule table."""
        request_group, response_group, message = RULES[event]
        group = request_group if self.side == REQUEST else response_group
        self.out.append(Change(group, f"{self.where(path)}: {message.format(**values)}"))


# --------------------------------------------------------------------- loading


def _yaml_module() -> Any:
    """Return the ``yaml`` module, or None when PyYAML is not installed."""
    try:
        return importlib.import_module("yaml")
    except ImportError:
        return None


def parse_text(text: str, name: str) -> Any:
    """Parse JSON, falling back to YAML when PyYAML is available."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as json_error:
        yaml = _yaml_module()
        if yaml is None:
            raise SpecError(f"{name} is not valid JSON ({json_error})") from None
        try:
            data = yaml.safe_load(text)
        except Exception:
            raise SpecError(f"{name} is neither valid JSON nor YAML ({json_error})") from None
        try:  # normalise YAML scalars (dates, integer keys) to their JSON form
            return json.loads(json.dumps(data, default=str))
        except (TypeError, ValueError):
            raise SpecError(f"{name} has YAML content that has no JSON form") from None


def check_openapi(doc: Any, name: str) -> Json:
    """Return ``doc`` if it looks like an OpenAPI 3.x document, else raise SpecError."""
    if not isinstance(doc, dict):
        raise SpecError(f"{name} is not an OpenAPI 3.x document (top level is not an object)")
    version = doc.get("openapi")
    if not isinstance(version, (str, int, float)) or not str(version).startswith("3."):
        found = "missing" if version is None else repr(version)
        raise SpecError(f"{name} is not an OpenAPI 3.x document (`openapi` is {found})")
    if not isinstance(doc.get("paths"), dict):
        raise SpecError(f"{name} is not an OpenAPI 3.x document (no `paths` object)")
    return doc


def load_spec(path: Path) -> Spec:
    """Read and validate one OpenAPI 3.x file; raise SpecError with a one-line reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SpecError(f"{path} is not UTF-8 text") from None
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from None
    return Spec(check_openapi(parse_text(text, str(path)), str(path)))


# ----------------------------------------------------------------- schema types


def split_top(type_text: str) -> list[str]:
    """Split ``a|array<b|c>`` at the top-level ``|`` only."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in type_text:
        depth += {"<": 1, ">": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part for part in parts if part]


def join_types(types: Iterable[str]) -> str:
    """Join type strings into one sorted union with ``null`` last."""
    parts = {part for text in types for part in split_top(text)}
    ordered = sorted(parts - {"null"}) + (["null"] if "null" in parts else [])
    return "|".join(ordered) or "any"


def split_null(type_text: str) -> tuple[str, bool]:
    """Return (the type without ``null``, whether ``null`` was part of it)."""
    parts = split_top(type_text)
    base = [part for part in parts if part != "null"]
    return ("|".join(base) if base else "null"), "null" in parts


def shallow(type_text: str) -> str:
    """Collapse ``array<...>`` to ``array`` (items are compared on their own)."""
    return "|".join("array" if p.startswith("array<") else p for p in split_top(type_text))


def union_members(node: Json) -> list[Any] | None:
    """Return the ``anyOf``/``oneOf`` member list of a schema, if it has one."""
    for key in UNION_KEYS:
        members = node.get(key)
        if isinstance(members, list):
            return members
    return None


def _inferred_type(node: Json) -> str:
    """Guess the JSON type of a schema that has no ``type`` keyword."""
    if "properties" in node or "additionalProperties" in node:
        return "object"
    if "items" in node:
        return "array"
    values = node.get("enum") if isinstance(node.get("enum"), list) else None
    if values is None and "const" in node:
        values = [node["const"]]
    if values:
        names = {bool: "boolean", int: "integer", float: "number", str: "string"}
        return join_types(names.get(type(v), "null" if v is None else "object") for v in values)
    return "any"


def schema_type(spec: Spec, schema: Any, stack: frozenset[str] = frozenset()) -> str:
    """Return a normalised type string: ``string``, ``array<integer>``, ``object|null``..."""
    node, name = spec.resolve(schema)
    if not isinstance(node, dict):
        return "any"
    if "$ref" in node:
        return f"ref:{node['$ref']}"
    if name is not None:
        if name in stack:
            return f"ref:{name}"
        stack = stack | {name}
    members = union_members(node)
    if members is not None:
        return join_types(schema_type(spec, member, stack) for member in members)
    all_of = node.get("allOf")
    if isinstance(all_of, list) and all_of:
        kinds = {schema_type(spec, member, stack) for member in all_of} - {"any"}
        return kinds.pop() if len(kinds) == 1 else "object"
    raw = node.get("type")
    types = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    types = [str(t) for t in types] or [_inferred_type(node)]
    out = [
        f"array<{schema_type(spec, node.get('items', {}), stack)}>" if t == "array" else t
        for t in types
    ]
    if node.get("nullable") is True:
        out.append("null")
    return join_types(out)


def non_null_members(spec: Spec, node: Json) -> list[Any]:
    """Return a union's distinct members without ``null`` ones (``[node]`` for non-unions)."""
    members = union_members(node)
    if members is None:
        return [node]
    unique = {json.dumps(m, sort_keys=True): m for m in members}  # upstream repeats members
    return [m for m in unique.values() if schema_type(spec, m) != "null"]


def enum_values(node: Json) -> list[Any] | None:
    """Return a schema's ``enum`` values (``const`` counts as a one-value enum)."""
    values = node.get("enum")
    if isinstance(values, list):
        return values
    return [node["const"]] if "const" in node else None


def show_value(value: Any) -> str:
    """Render an enum value for a bullet (strings bare, others as JSON)."""
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def _value_key(value: Any) -> str:
    """Return a hashable identity for a JSON value."""
    return json.dumps(value, sort_keys=True, default=str)


def enum_delta(old: list[Any], new: list[Any]) -> tuple[list[str], list[str]]:
    """Return (removed, added) enum values, rendered, in document order."""
    old_keys = {_value_key(v) for v in old}
    new_keys = {_value_key(v) for v in new}
    removed = [show_value(v) for v in old if _value_key(v) not in new_keys]
    added = [show_value(v) for v in new if _value_key(v) not in old_keys]
    return removed, added


def object_view(spec: Spec, node: Json, depth: int = 0) -> tuple[Json, set[str]]:
    """Return (properties, required names) of a schema, merging ``allOf`` members."""
    props: Json = {}
    required: set[str] = set()
    if depth > 20:
        return props, required
    for member in node.get("allOf", []) if isinstance(node.get("allOf"), list) else []:
        target, _ = spec.resolve(member)
        if isinstance(target, dict):
            sub_props, sub_required = object_view(spec, target, depth + 1)
            props.update(sub_props)
            required |= sub_required
    if isinstance(node.get("properties"), dict):
        props.update(node["properties"])
    if isinstance(node.get("required"), list):
        required |= {str(r) for r in node["required"]}
    return props, required


def as_dict(value: Any) -> Json:
    """Return ``value`` if it is a JSON object, else an empty dict."""
    return value if isinstance(value, dict) else {}


def ordered_union(old: Iterable[Key], new: Iterable[Key]) -> list[Key]:
    """Return the keys of ``old`` then the keys only in ``new``, without duplicates."""
    return list(dict.fromkeys([*old, *new]))


# ------------------------------------------------------------ schema comparison


def _is_deprecated(raw: Any, resolved: Any) -> bool:
    """Tell whether a schema (or the ``$ref`` holder next to it) is marked deprecated."""
    return any(isinstance(n, dict) and n.get("deprecated") is True for n in (raw, resolved))


def compare_schema(
    walk: Walk, old: Any, new: Any, path: str, stack: frozenset[tuple[str, str]]
) -> None:
    """Compare two schemas at ``path``: nullability, deprecation, then union members or body."""
    old_node, old_name = walk.old.resolve(old)
    new_node, new_name = walk.new.resolve(new)
    if not isinstance(old_node, dict) or not isinstance(new_node, dict):
        return
    key = (old_name or f"@{id(old_node)}", new_name or f"@{id(new_node)}")
    if key in stack:
        return
    stack = stack | {key}
    if path and _is_deprecated(new, new_node) and not _is_deprecated(old, old_node):
        walk.report("deprecated", path)
    _, old_null = split_null(schema_type(walk.old, old_node))
    _, new_null = split_null(schema_type(walk.new, new_node))
    if new_null and not old_null:
        walk.report("became_nullable", path)
    elif old_null and not new_null:
        walk.report("no_longer_nullable", path)
    old_members = non_null_members(walk.old, old_node)
    new_members = non_null_members(walk.new, new_node)
    if len(old_members) > 1 or len(new_members) > 1:
        compare_union(walk, old_members, new_members, path, stack)
    elif old_members and new_members:
        compare_body(walk, old_members[0], new_members[0], path, stack)


def match_members(
    old: list[Any], new: list[Any], old_spec: Spec, new_spec: Spec
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair union members by component name, then by equal type, then by position.

    Returns (pairs of indexes, unmatched old indexes, unmatched new indexes).
    """
    keys: list[tuple[list[str | None], list[str | None]]] = [
        ([old_spec.resolve(m)[1] for m in old], [new_spec.resolve(m)[1] for m in new]),
        ([schema_type(old_spec, m) for m in old], [schema_type(new_spec, m) for m in new]),
    ]
    pairs: list[tuple[int, int]] = []
    rest_old = list(range(len(old)))
    rest_new = list(range(len(new)))
    for old_keys, new_keys in keys:
        for i in list(rest_old):
            j = next((j for j in rest_new if old_keys[i] and new_keys[j] == old_keys[i]), None)
            if j is not None:
                pairs.append((i, j))
                rest_old.remove(i)
                rest_new.remove(j)
    positional = list(zip(rest_old, rest_new, strict=False))
    pairs.extend(positional)
    return pairs, rest_old[len(positional) :], rest_new[len(positional) :]


def member_label(spec: Spec, member: Any) -> str:
    """Name a union member: its component name, else its type string."""
    return spec.resolve(member)[1] or schema_type(spec, member)


def compare_union(
    walk: Walk, old: list[Any], new: list[Any], path: str, stack: frozenset[tuple[str, str]]
) -> None:
    """Compare union members: report removed/added members and recurse into matched pairs."""
    pairs, removed, added = match_members(old, new, walk.old, walk.new)
    for i in removed:
        walk.report("member_removed", path, value=member_label(walk.old, old[i]))
    for j in added:
        walk.report("member_added", path, value=member_label(walk.new, new[j]))
    for i, j in sorted(pairs):
        compare_body(walk, old[i], new[j], path, stack)


def compare_body(
    walk: Walk, old: Any, new: Any, path: str, stack: frozenset[tuple[str, str]]
) -> None:
    """Compare two non-union schemas: type, enum, then properties or items."""
    old_node, old_name = walk.old.resolve(old)
    new_node, new_name = walk.new.resolve(new)
    if not isinstance(old_node, dict) or not isinstance(new_node, dict):
        return
    if union_members(old_node) is not None or union_members(new_node) is not None:
        compare_schema(walk, old, new, path, stack)  # nested union: go through the cycle guard
        return
    old_type, _ = split_null(schema_type(walk.old, old_node))
    new_type, _ = split_null(schema_type(walk.new, new_node))
    if shallow(old_type) != shallow(new_type):
        loose = "any" in (old_type, new_type)  # an untyped schema: documentation, not the wire
        walk.report("type_declared" if loose else "type_changed", path, old=old_type, new=new_type)
        return
    covered = old_name is not None and old_name == new_name and old_name in walk.covered
    old_enum, new_enum = enum_values(old_node), enum_values(new_node)
    if old_enum is not None and new_enum is not None and not covered:
        removed, added = enum_delta(old_enum, new_enum)
        for value in removed:
            walk.report("enum_removed", path, value=value)
        for value in added:
            walk.report("enum_added", path, value=value)
    if shallow(new_type) == "array":
        old_items, new_items = old_node.get("items", {}), new_node.get("items", {})
        compare_schema(walk, old_items, new_items, f"{path}[]", stack)
        return
    old_extra = old_node.get("additionalProperties")
    new_extra = new_node.get("additionalProperties")
    if isinstance(old_extra, dict) and isinstance(new_extra, dict):
        compare_schema(walk, old_extra, new_extra, f"{path}{{}}", stack)
    compare_properties(walk, old_node, new_node, path, stack)


def compare_properties(
    walk: Walk, old: Json, new: Json, path: str, stack: frozenset[tuple[str, str]]
) -> None:
    """Compare object properties: removed, added, required flips, then each property."""
    old_props, old_required = object_view(walk.old, old)
    new_props, new_required = object_view(walk.new, new)
    for name in ordered_union(old_props, new_props):
        sub = f"{path}.{name}" if path else name
        if name not in new_props:
            walk.report("removed", sub)
        elif name not in old_props:
            walk.report("added_required" if name in new_required else "added_optional", sub)
        else:
            if name in new_required and name not in old_required:
                walk.report("became_required", sub)
            elif name in old_required and name not in new_required:
                walk.report("became_optional", sub)
            compare_schema(walk, old_props[name], new_props[name], sub, stack)


# ------------------------------------------------------------------ operations

Operation = tuple[Json, Json]  # (path item, operation)


def server_path(spec: Spec) -> str:
    """Return the path part of the first ``servers`` URL, without a trailing slash."""
    servers = spec.doc.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        return urlparse(str(servers[0].get("url", ""))).path.rstrip("/")
    return ""


def operations(
    spec: Spec, tag: str | None = None, prefix: str | None = None, base: str = ""
) -> dict[str, Operation]:
    """Return the selected operations keyed ``METHOD /path``, sorted by path then method."""
    found: list[tuple[tuple[str, int], str, Operation]] = []
    for ref in spec.operations(tag):
        path = f"{base}{ref.path}"
        if prefix and not path.startswith(prefix):
            continue
        order = (path, HTTP_METHODS.index(ref.method))
        found.append((order, f"{ref.method.upper()} {path}", (ref.path_item, ref.operation)))
    return {label: operation for _, label, operation in sorted(found, key=lambda f: f[0])}


def parameters(spec: Spec, operation: Operation) -> dict[tuple[str, str], Json]:
    """Return an operation's parameters (path-level ones included) keyed by (in, name)."""
    item, op = operation
    out: dict[tuple[str, str], Json] = {}
    for source in (item, op):
        for raw in source.get("parameters", []) if isinstance(source, dict) else []:
            param, _ = spec.resolve(raw)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                where = str(param.get("in", ""))
                name = param["name"].lower() if where == "header" else param["name"]
                out[(where, name)] = param
    return out


def media_schema(spec: Spec, container: Any) -> Any:
    """Return the schema of a request body or response, preferring JSON media types."""
    node, _ = spec.resolve(container)
    content = node.get("content") if isinstance(node, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    keys = sorted(content, key=lambda k: (k != "application/json", "json" not in k))
    media = content[keys[0]]
    return media.get("schema") if isinstance(media, dict) else None


def param_schema(param: Json) -> Any:
    """Return a parameter's schema (from ``schema`` or its ``content``)."""
    if "schema" in param:
        return param["schema"]
    content = param.get("content")
    if isinstance(content, dict) and content:
        media = next(iter(content.values()))
        return media.get("schema") if isinstance(media, dict) else None
    return None


def compare_parameters(ctx: Walk, label: str, old_op: Operation, new_op: Operation) -> None:
    """Compare the parameters of one operation present in both documents."""
    old, new = ctx.old, ctx.new
    old_params, new_params = parameters(old, old_op), parameters(new, new_op)
    for key in ordered_union(old_params, new_params):
        where_in = key[0]
        param = new_params.get(key) or old_params[key]
        walk = ctx.at(REQUEST, f"`{label}` {where_in} parameter `{param['name']}`")
        if key not in new_params:
            walk.report("removed", "")
            continue
        new_required = new_params[key].get("required") is True or where_in == "path"
        if key not in old_params:
            walk.report("added_required" if new_required else "added_optional", "")
            continue
        old_param = old_params[key]
        old_required = old_param.get("required") is True or where_in == "path"
        if new_required and not old_required:
            walk.report("became_required", "")
        elif old_required and not new_required:
            walk.report("became_optional", "")
        if param.get("deprecated") is True and old_param.get("deprecated") is not True:
            walk.report("deprecated", "")
        old_schema, new_schema = param_schema(old_param), param_schema(param)
        if old_schema is not None and new_schema is not None:
            compare_schema(walk, old_schema, new_schema, "", frozenset())


def compare_request_body(ctx: Walk, label: str, old_op: Json, new_op: Json) -> None:
    """Compare the request bodies of one operation present in both documents."""
    old, new = ctx.old, ctx.new
    old_body, _ = old.resolve(old_op.get("requestBody"))
    new_body, _ = new.resolve(new_op.get("requestBody"))
    where = f"`{label}` request body"
    if not isinstance(new_body, dict):
        if isinstance(old_body, dict):
            ctx.out.append(Change(BREAKING, f"{where}: removed"))
        return
    new_required = new_body.get("required") is True
    if not isinstance(old_body, dict):
        group = BREAKING if new_required else ADDED
        ctx.out.append(Change(group, f"{where}: added{' (required)' if new_required else ''}"))
        return
    if new_required and old_body.get("required") is not True:
        ctx.out.append(Change(BREAKING, f"{where}: now required"))
    old_schema, new_schema = media_schema(old, old_body), media_schema(new, new_body)
    if old_schema is not None and new_schema is not None:
        walk = ctx.at(REQUEST, where)
        compare_schema(walk, old_schema, new_schema, "", frozenset())


def compare_responses(ctx: Walk, label: str, old_op: Json, new_op: Json) -> None:
    """Compare responses per status code, walking their JSON bodies."""
    old, new = ctx.old, ctx.new
    old_responses = as_dict(old_op.get("responses"))
    new_responses = as_dict(new_op.get("responses"))
    for status in ordered_union(old_responses, new_responses):
        where = f"`{label}` response {status}"
        success = status.startswith("2")
        if status not in new_responses:
            ctx.out.append(Change(BREAKING if success else CHANGED, f"{where}: removed"))
            continue
        if status not in old_responses:
            ctx.out.append(Change(ADDED, f"{where}: added"))
            continue
        old_schema = media_schema(old, old_responses[status])
        new_schema = media_schema(new, new_responses[status])
        if old_schema is not None and new_schema is None:
            ctx.out.append(Change(BREAKING if success else CHANGED, f"{where}: body removed"))
        elif old_schema is None and new_schema is not None:
            ctx.out.append(Change(ADDED, f"{where}: body added"))
        elif old_schema is not None and new_schema is not None:
            walk = ctx.at(RESPONSE, where, " body")
            compare_schema(walk, old_schema, new_schema, "", frozenset())


# -------------------------------------------------- versions and component enums


def reachable_schemas(spec: Spec, roots: Iterable[Any]) -> set[str]:
    """Return the component schema names reachable through local ``$ref``s from ``roots``."""
    return set(spec.reachable(roots))


def collect_enum(spec: Spec, schema: Any, depth: int = 0) -> list[Any]:
    """Return the enum values of a schema, looking through ``$ref``s and unions."""
    node, _ = spec.resolve(schema)
    if not isinstance(node, dict) or depth > 10:
        return []
    values = enum_values(node)
    if values is not None:
        return values
    members = union_members(node) or []
    return [value for member in members for value in collect_enum(spec, member, depth + 1)]


def api_versions(spec: Spec, ops: dict[str, Operation], names: Iterable[str]) -> set[str]:
    """Return API versions (``YYYYMMDD``) from schema names and ``X-Phala-Version`` enums."""
    found = {match.group(1) for name in names for match in VERSION_TOKEN.finditer(name)}
    for operation in ops.values():
        for (where, name), param in parameters(spec, operation).items():
            if where == "header" and name == VERSION_HEADER:
                for value in collect_enum(spec, param_schema(param)):
                    digits = re.sub(r"\D", "", str(value))
                    if VERSION_DIGITS.fullmatch(digits):
                        found.add(digits)
    return found


def dashed(version: str) -> str:
    """Format ``YYYYMMDD`` as ``YYYY-MM-DD``."""
    return f"{version[:4]}-{version[4:6]}-{version[6:]}"


def component_enum_changes(old: Spec, new: Spec, names: Iterable[str]) -> Iterator[Change]:
    """Yield enum value changes of component schemas present in both documents."""
    for name in names:
        old_node, _ = old.resolve(old.schemas().get(name))
        new_node, _ = new.resolve(new.schemas().get(name))
        if not isinstance(old_node, dict) or not isinstance(new_node, dict):
            continue
        old_enum, new_enum = enum_values(old_node), enum_values(new_node)
        if old_enum is None or new_enum is None:
            continue
        removed, added = enum_delta(old_enum, new_enum)
        for value in removed:
            yield Change(BREAKING, f"component `{name}`: enum value `{value}` removed")
        for value in added:
            yield Change(ADDED, f"component `{name}`: enum value `{value}` added")


# ----------------------------------------------------------------------- diff


def diff_specs(
    old: Spec,
    new: Spec,
    tag: str | None = None,
    prefix: str | None = None,
    use_server_path: bool = False,
) -> list[Change]:
    """Return every change from ``old`` to ``new`` (see the module docstring for the rules)."""
    old_ops = operations(old, tag, prefix, server_path(old) if use_server_path else "")
    new_ops = operations(new, tag, prefix, server_path(new) if use_server_path else "")
    filtered = tag is not None or bool(prefix)
    old_names = reachable_schemas(old, old_ops.values()) if filtered else set(old.schemas())
    new_names = reachable_schemas(new, new_ops.values()) if filtered else set(new.schemas())
    common = sorted(old_names & new_names)
    covered = frozenset(
        name
        for name in common
        if enum_values(old.resolve(old.schemas()[name])[0] or {}) is not None
        and enum_values(new.resolve(new.schemas()[name])[0] or {}) is not None
    )
    out: list[Change] = []
    ctx = Walk(old, new, REQUEST, "", "", covered, out)

    old_ver = api_versions(old, old_ops, old_names)
    new_ver = api_versions(new, new_ops, new_names)
    out += [Change(ADDED, f"New API version {dashed(v)}") for v in sorted(new_ver - old_ver)]
    out += [Change(BREAKING, f"API version {dashed(v)} removed") for v in sorted(old_ver - new_ver)]

    for label in ordered_union(old_ops, new_ops):
        if label not in new_ops:
            out.append(Change(BREAKING, f"`{label}`: operation removed"))
        elif label not in old_ops:
            out.append(Change(ADDED, f"`{label}`: operation added"))
        else:
            old_op, new_op = old_ops[label][1], new_ops[label][1]
            if new_op.get("deprecated") is True and old_op.get("deprecated") is not True:
                out.append(Change(DEPRECATED, f"`{label}`: operation deprecated"))
            compare_parameters(ctx, label, old_ops[label], new_ops[label])
            compare_request_body(ctx, label, old_op, new_op)
            compare_responses(ctx, label, old_op, new_op)
    out.extend(component_enum_changes(old, new, common))
    return out


def render(changes: list[Change], title: str = "## Unreleased") -> str:
    """Render changes as a Markdown section, one ``###`` heading per non-empty group."""
    lines = [title, ""] if title else []
    if not changes:
        lines.append(NO_CHANGES)
    for group in GROUPS:
        texts = list(dict.fromkeys(c.text for c in changes if c.group == group))
        if texts:
            lines += [f"### {group}", "", *(f"- {text}" for text in texts), ""]
    return "\n".join(lines).rstrip() + "\n"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        description="Print a Markdown changelog section for the changes between two OpenAPI 3.x "
        "documents. Exit 1 if anything breaking changed, 2 if an input is unusable."
    )
    parser.add_argument("old", help="the previous OpenAPI document (JSON or YAML)")
    parser.add_argument("new", help="the new OpenAPI document (JSON or YAML)")
    parser.add_argument("--title", default="## Unreleased", help="heading printed first")
    parser.add_argument("--tag", help="only compare operations with this tag")
    parser.add_argument("--paths-prefix", help="only compare paths starting with this prefix")
    parser.add_argument(
        "--server-path",
        action="store_true",
        help="prefix paths with the path of each document's first servers URL",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 breaking, 2 bad input)."""
    args = parse_args(argv)
    try:
        old = load_spec(Path(args.old))
        new = load_spec(Path(args.new))
    except SpecError as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    changes = diff_specs(old, new, args.tag, args.paths_prefix, args.server_path)
    sys.stdout.write(render(changes, args.title))
    return 1 if any(change.group == BREAKING for change in changes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
