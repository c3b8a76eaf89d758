"""Read every operation of our spec into one plain description the code generators share.

``describe(spec)`` turns each OpenAPI operation plus its ``x-sdk`` extension into an
:class:`Operation`: the SDK method name and aliases, its arguments (path, query and
header parameters and body fields, with their Python names, official aliases, types
and prose), its request bodies by media type, its responses by status (which models
each API version may return), pagination and retry safety. ``codegen_surface``
renders the client methods, typed parameter dicts and operation tables from it.

Everything an operation needs at run time is decided here, from the spec, so the
hand-written SDK holds no per-operation knowledge.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from speclib import SCHEMA_PREFIX, Json, Spec, component_name

__all__ = [
    "Argument",
    "Body",
    "Operation",
    "Pagination",
    "Response",
    "SurfaceError",
    "describe",
    "version_of_class",
]

VERSION_SUFFIX = re.compile(r"V(\d{4})(\d{2})(\d{2})$")
TEXT_MEDIA = ("text/plain", "text/yaml", "application/yaml", "application/x-yaml")
# Keywords every method has; an argument may not take these names.
RESERVED = frozenset({"params", "extra_headers", "extra_query", "extra_body", "timeout", "self"})
# Retried unless the spec layer says otherwise (RFC 9110 idempotent methods).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
PAGINATION_STYLES = ("page", "offset", "cursor")


class SurfaceError(ValueError):
    """The spec describes an operation the SDK surface cannot express."""


def version_of_class(class_name: str) -> str | None:
    """The API version a class belongs to (``...V20260121`` -> ``2026-01-21``); None: every one."""
    match = VERSION_SUFFIX.search(class_name)
    return "-".join(match.groups()) if match else None


def snake_case(name: str) -> str:
    """A Python identifier for a wire name (``X-Prepare-Only`` -> ``x_prepare_only``)."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"\W", "_", snake).lower()


def camel_case(name: str) -> str:
    """``revision_id`` -> ``revisionId``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass
class Argument:
    """One thing a caller passes: a parameter or a body field."""

    name: str
    wire: str
    location: str  # "path", "query", "header", or "body" (a field of the request body)
    required: bool
    schema: Json  # resolved JSON Schema of the value (checks, types)
    description: str
    aliases: tuple[str, ...] = ()
    media: str | None = None  # body fields: the media type of the body they belong to
    nullable: bool = False


@dataclass
class Body:
    """One media type the request body may be sent as."""

    media: str
    kind: str  # "json" (an object of fields), "text" (one string), "multipart" (form parts)
    schema_class: str | None  # the component the JSON/multipart object must fit
    fields: tuple[str, ...]  # Python names of the arguments that make up this body


@dataclass
class Response:
    """What one response status carries."""

    status: str
    kind: str  # "json", "text", "bytes" or "empty"
    # (shape, class): shape "object" (one model), "array" (list of it), "map" (dict of it),
    # or "any" (free JSON, class None); in spec order.
    alternatives: tuple[tuple[str, str | None], ...] = ()
    description: str = ""


@dataclass
class Pagination:
    """How a list operation pages, from ``x-sdk.pagination``."""

    style: str
    items: str  # response field holding the items; "$" when the response is the list
    page_param: str = "page"
    size_param: str = "page_size"
    total_pages: str | None = None
    total: str | None = None
    limit_param: str = "limit"
    offset_param: str = "offset"
    cursor_param: str = "cursor"
    next_cursor: str = "next_cursor"
    default_limit: int | None = None


@dataclass
class Operation:
    """One API operation as the SDK exposes it."""

    name: str
    method: str
    path: str
    tag: str
    module: str
    summary: str
    description: str
    aliases: tuple[str, ...]
    retry_safe: bool
    arguments: list[Argument]
    bodies: list[Body]
    body_required: bool
    responses: dict[str, Response]
    errors: dict[str, str]
    pagination: Pagination | None = None
    result_name: str | None = None
    default_media: str | None = None
    unwrap: tuple[str, ...] = ()
    defaults: tuple[tuple[str, Any], ...] = ()
    versions: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    @property
    def required(self) -> list[Argument]:
        """The arguments a call must give."""
        return [arg for arg in self.arguments if arg.required]

    @property
    def success(self) -> Response:
        """The first 2xx response (what the method returns)."""
        for status, response in self.responses.items():
            if status.startswith("2"):
                return response
        raise SurfaceError(f"{self.name}: no 2xx response")

    def alternatives_for(self, version: str) -> tuple[tuple[str, str | None], ...]:
        """The success response's alternatives in ``version``: its own first, shared after."""
        members = self.success.alternatives
        if not version:  # a spec without x-api-versions: one shape for all
            return members
        own = tuple(m for m in members if m[1] and version_of_class(m[1]) == version)
        shared = tuple(m for m in members if not m[1] or version_of_class(m[1]) is None)
        return own + shared

    @property
    def version_shaped(self) -> bool:
        """Whether the result type differs between API versions."""
        shapes = {self.alternatives_for(v) for v in self.versions}
        return len(shapes) > 1


class Describer:
    """Builds :class:`Operation` records from one spec."""

    def __init__(self, doc: Json, *, lenient: bool = False) -> None:
        self.lenient = lenient
        self.skipped: list[str] = []
        self.spec = Spec(doc)
        self.components = self.spec.schemas()
        info = doc.get("info", {})
        # A spec that names no API versions (an upstream file tried as it is) has one.
        self.versions = tuple(info.get("x-api-versions", ())) or ("",)
        self.modules = {
            t["name"]: t.get("x-sdk-module", snake_case(t["name"])) for t in doc.get("tags", [])
        }
        self.camel_aliases = bool(info.get("x-sdk-camel-case-aliases", True))

    def class_name(self, ref: str) -> str:
        """The generated class of a referenced component (its title)."""
        key = component_name(ref)
        return str(self.components[key].get("title") or key)

    def resolve(self, schema: Any) -> Any:
        """Inline local $refs to scalar/enum components; keep refs to object models."""
        if isinstance(schema, dict):
            if "$ref" in schema:
                target = self.components[component_name(schema["$ref"])]
                if target.get("type") == "object" or "properties" in target:
                    return {"$ref": schema["$ref"]}
                return self.resolve(target)
            return {
                k: self.resolve(v)
                for k, v in schema.items()
                if k not in {"title", "description", "examples"}
            }
        if isinstance(schema, list):
            return [self.resolve(v) for v in schema]
        return schema

    def describe(self) -> list[Operation]:
        """Every operation of the spec, in document order."""
        operations = []
        for ref in self.spec.operations():
            try:
                operations.append(self.operation(ref))
            except SurfaceError as exc:
                if not self.lenient:
                    raise
                self.skipped.append(str(exc))  # a scratch spec: generate what we can
        names: dict[str, str] = {}
        for op in operations:
            for name in (op.name, *op.aliases):
                if name in names:
                    raise SurfaceError(
                        f"method name {name!r} is used by {names[name]} and {op.name}"
                    )
                names[name] = op.name
        return operations

    def operation(self, ref: Any) -> Operation:
        op = ref.operation
        sdk: Json = op.get("x-sdk", {})
        name = op["operationId"]
        if not name.isidentifier() or keyword.iskeyword(name):
            raise SurfaceError(f"operationId {name!r} is not a Python identifier")
        method = ref.method.upper()
        tag = op.get("tags", ["API"])[0]
        overrides: Json = sdk.get("arguments", {})
        tag_aliases: Json = sdk.get("argument_aliases", {})
        arguments: list[Argument] = []
        for param in self.spec.parameters(ref):
            if param["name"].lower() == "x-phala-version":
                continue  # the client sets it
            arguments.append(
                self.argument(
                    name,
                    wire=param["name"],
                    location=param["in"],
                    required=bool(param.get("required", False)),
                    schema=param.get("schema", {}),
                    description=param.get("description", ""),
                    override=_override(overrides, param["in"], param["name"]),
                    tag_aliases=tag_aliases,
                )
            )
        bodies, body_required, default_media = self.bodies(
            name, op, arguments=arguments, overrides=overrides, tag_aliases=tag_aliases, sdk=sdk
        )
        self.drop_shadowed_aliases(arguments)
        self.check_names(name, arguments)
        responses = {}
        errors = {}
        for status, response in op.get("responses", {}).items():
            if status.startswith("2"):
                responses[status] = self.response(name, status, response)
            else:
                errors[status] = response.get("description", "")
        retry_safe = sdk.get("retry_safe", method in IDEMPOTENT_METHODS)
        result = Operation(
            name=name,
            method=method,
            path=ref.path,
            tag=tag,
            module=self.modules.get(tag, snake_case(tag)),
            summary=op.get("summary", ""),
            description=op.get("description", ""),
            aliases=tuple(sdk.get("aliases", ())),
            retry_safe=bool(retry_safe),
            arguments=arguments,
            bodies=bodies,
            body_required=body_required,
            responses=responses,
            errors=errors,
            default_media=default_media,
            versions=self.versions,
            result_name=sdk.get("result_name"),
            unwrap=tuple(sdk.get("unwrap", ())),
            defaults=tuple(sorted(sdk.get("defaults", {}).items())),
        )
        if "pagination" in sdk:
            result.pagination = self.pagination(result, sdk["pagination"])
        return result

    def argument(
        self,
        operation: str,
        *,
        wire: str,
        location: str,
        required: bool,
        schema: Json,
        description: str,
        override: Json,
        tag_aliases: Json,
        media: str | None = None,
    ) -> Argument:
        python = override.get("name") or snake_case(wire)
        resolved = self.resolve(override.get("schema", schema))
        aliases = list(override.get("aliases") or tag_aliases.get(python) or ())
        if self.camel_aliases:
            for candidate in (camel_case(python), wire):
                if candidate != python and candidate not in aliases and candidate.isidentifier():
                    aliases.append(candidate)
        if not description.strip() and not self.lenient:
            raise SurfaceError(f"{operation}: argument {wire!r} has no description")
        return Argument(
            name=python,
            wire=wire,
            location=location,
            required=required,
            schema=resolved,
            description=" ".join(description.split()),
            aliases=tuple(aliases),
            media=media,
            nullable=_nullable(resolved),
        )

    def bodies(
        self,
        operation: str,
        op: Json,
        *,
        arguments: list[Argument],
        overrides: Json,
        tag_aliases: Json,
        sdk: Json,
    ) -> tuple[list[Body], bool, str | None]:
        body = op.get("requestBody")
        if not body:
            return [], False, None
        text_name = sdk.get("body", {}).get("text_argument")
        bodies: list[Body] = []
        known = {arg.name: arg for arg in arguments}
        for media, content in body["content"].items():
            schema = content.get("schema", {})
            if media in TEXT_MEDIA or (
                schema.get("type") == "string" and media != "application/json"
            ):
                if not text_name:
                    raise SurfaceError(
                        f"{operation}: a {media} body needs x-sdk.body.text_argument"
                    )
                desc = sdk["body"].get("description", "")
                arg = self.argument(
                    operation,
                    wire=text_name,
                    location="body",
                    required=False,
                    schema={"type": "string"},
                    description=desc,
                    override={},
                    tag_aliases=tag_aliases,
                    media=media,
                )
                self.add_field(operation, known, arguments, arg)
                bodies.append(Body(media, "text", None, (arg.name,)))
                continue
            kind = (
                "json"
                if media == "application/json"
                else "multipart"
                if media == "multipart/form-data"
                else None
            )
            if kind is None:
                raise SurfaceError(f"{operation}: request media {media} is not supported")
            members = schema.get("anyOf", [schema])
            refs = [m["$ref"] for m in members if "$ref" in m]
            if len(refs) != 1:
                raise SurfaceError(f"{operation}: a {media} body must be one $ref (or it and null)")
            target = self.spec.deref({"$ref": refs[0]})
            required = set(target.get("required", []))
            names = []
            for prop, sub in target.get("properties", {}).items():
                arg = self.argument(
                    operation,
                    wire=prop,
                    location="body",
                    required=(
                        prop in required
                        and bool(body.get("required"))
                        and len(body["content"]) == 1
                    ),
                    schema=sub,
                    description=sub.get("description", ""),
                    override=_override(overrides, "body", prop),
                    tag_aliases=tag_aliases,
                    media=media,
                )
                self.add_field(operation, known, arguments, arg)
                names.append(known[arg.name].name)
            bodies.append(Body(media, kind, self.class_name(refs[0]), tuple(names)))
        default = sdk.get("body", {}).get("default") or bodies[0].media
        if default not in {b.media for b in bodies}:
            raise SurfaceError(
                f"{operation}: x-sdk.body.default {default} is not a body media type"
            )
        bodies.sort(key=lambda b: b.media != default)
        return bodies, bool(body.get("required")), default

    @staticmethod
    def add_field(
        operation: str, known: dict[str, Argument], arguments: list[Argument], arg: Argument
    ) -> None:
        """Add a body field; the same field in two media types is one argument."""
        existing = known.get(arg.name)
        if existing is None:
            known[arg.name] = arg
            arguments.append(arg)
            return
        if existing.location != "body" or existing.wire != arg.wire:
            raise SurfaceError(
                f"{operation}: body field {arg.wire!r} collides with argument {existing.name!r};"
                " rename one with x-sdk.arguments"
            )

    @staticmethod
    def drop_shadowed_aliases(arguments: list[Argument]) -> None:
        """An alias that is another argument's own name names that argument, not this one.

        (A tag-wide alias such as ``app_id`` for ``cvm_id`` must not take over an
        operation that has an ``app_id`` argument of its own.)
        """
        names = {arg.name for arg in arguments}
        for arg in arguments:
            arg.aliases = tuple(alias for alias in arg.aliases if alias not in names)

    @staticmethod
    def check_names(operation: str, arguments: list[Argument]) -> None:
        seen: dict[str, str] = {}
        for arg in arguments:
            if not arg.name.isidentifier() or keyword.iskeyword(arg.name) or arg.name in RESERVED:
                raise SurfaceError(
                    f"{operation}: {arg.name!r} cannot be a keyword argument; rename it"
                )
            for name in (arg.name, *arg.aliases):
                if name in seen and seen[name] != arg.name:
                    raise SurfaceError(
                        f"{operation}: {name!r} names both {seen[name]!r} and {arg.name!r}"
                    )
                seen[name] = arg.name

    def response(self, operation: str, status: str, response: Json) -> Response:
        description = response.get("description", "")
        content = response.get("content")
        if not content:
            return Response(status, "empty", (), description)
        media, value = next(iter(content.items()))
        schema = value.get("schema", {})
        if media in TEXT_MEDIA or media.startswith("text/"):
            return Response(status, "text", (), description)
        if media == "application/octet-stream":
            return Response(status, "bytes", (), description)
        if schema.get("type") == "string":
            return Response(status, "text", (), description)
        members = schema.get("anyOf", [schema])
        return Response(
            status, "json", tuple(self.alternative(operation, m) for m in members), description
        )

    def alternative(self, operation: str, schema: Json) -> tuple[str, str | None]:
        if "$ref" in schema:
            return ("object", self.class_name(schema["$ref"]))
        items = schema.get("items", {})
        if schema.get("type") == "array" and "$ref" in items:
            return ("array", self.class_name(items["$ref"]))
        extra = schema.get("additionalProperties")
        if schema.get("type") == "object" and isinstance(extra, dict) and "$ref" in extra:
            return ("map", self.class_name(extra["$ref"]))
        if not schema:
            return ("any", None)
        raise SurfaceError(f"{operation}: response schema must be a $ref, an array or map of one")

    def pagination(self, op: Operation, raw: Json) -> Pagination:
        style = raw.get("style")
        if style not in PAGINATION_STYLES:
            raise SurfaceError(f"{op.name}: pagination style must be one of {PAGINATION_STYLES}")
        result = Pagination(style=style, items=raw["items"])
        for key, value in raw.items():
            if key not in {"style", "items"}:
                if not hasattr(result, key):
                    raise SurfaceError(f"{op.name}: unknown pagination key {key!r}")
                setattr(result, key, value)
        params = {arg.wire: arg for arg in op.arguments if arg.location == "query"}
        needed = {
            "page": (result.page_param, result.size_param),
            "offset": (result.limit_param, result.offset_param),
            "cursor": (result.cursor_param,),
        }[style]
        for param in needed:
            if param not in params:
                raise SurfaceError(f"{op.name}: pagination needs query parameter {param!r}")
        if style == "offset" and result.default_limit is None:
            default = params[result.limit_param].schema.get("default")
            result.default_limit = default if isinstance(default, int) else None
        return result


def _override(overrides: Json, location: str, wire: str) -> Json:
    """``x-sdk.arguments`` for one argument: ``"<location>:<wire>"`` first, then ``wire``.

    The located form tells apart a query parameter and a body field of the same
    name (``"query:token"`` vs ``"body:token"``).
    """
    found = overrides.get(f"{location}:{wire}")
    if found is None:
        found = overrides.get(wire, {})
    return dict(found)


def _nullable(schema: Json) -> bool:
    if schema.get("type") == "null":
        return True
    return any(isinstance(m, dict) and m.get("type") == "null" for m in schema.get("anyOf", []))


def describe(doc: Json, *, lenient: bool = False) -> list[Operation]:
    """Every operation of ``doc`` as the SDK exposes it.

    ``lenient`` (for trying an upstream spec as it is): arguments without prose are
    allowed, and an operation the surface cannot express is left out instead of failing.
    """
    return Describer(doc, lenient=lenient).describe()


def schema_class_ref(class_name: str) -> Json:
    """A $ref to a component by class name (titles equal component names in our spec)."""
    return {"$ref": SCHEMA_PREFIX + class_name}
