"""A call's arguments, checked against the spec and sorted onto the wire, before anything is sent.

Every method passes its keywords, the optional one-mapping form and any unknown
keywords here, with the operation's generated description (``OperationSpec``):
which arguments exist, where each goes (path, query, header, body field), their
JSON Schemas, official alias names, and the body media types. So limits such as
``1 <= page_size <= 100`` and names such as ``appId`` come from the spec, not from
code here.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from phala_cloud_api.types import parse_datetime

from ._exceptions import ArgumentError, InvalidParameterError
from ._types import NOT_GIVEN

if TYPE_CHECKING:
    from phala_cloud_api.operations._spec_types import Argument, Body, OperationSpec

__all__ = ["PreparedCall", "prepare_call"]

# Path parameters that httpx would collapse ("." / "..") or that would drop the segment.
_UNSAFE_PATH_VALUES = frozenset({"", ".", ".."})


class PreparedCall(NamedTuple):
    """The checked arguments, placed where the request carries them."""

    path: dict[str, str]
    query: dict[str, Any]
    headers: dict[str, str]
    media: str | None
    """The body's media type (None: no body)."""
    body: Any
    """A JSON object (dict), a text (str) or multipart parts (a list of (name, part))."""
    arguments: dict[str, Any]
    """Every argument given, by Python name (what a list call's next page starts from)."""


def prepare_call(
    spec: OperationSpec,
    mapping: Mapping[str, Any] | None,
    keywords: Mapping[str, Any],
    unknown: Mapping[str, Any],
) -> PreparedCall:
    """Merge the mapping form with the keywords, check every value, and place it."""
    operation = spec.operation.name
    given = _merge(spec, mapping, keywords, unknown)
    path: dict[str, str] = {}
    query: dict[str, Any] = {}
    headers: dict[str, str] = {}
    fields: dict[str, Any] = {}
    for arg in spec.arguments:
        value = given.get(arg.name, NOT_GIVEN)
        if value is None and arg.location == "body" and arg.nullable:
            fields[arg.name] = None  # an explicit JSON null
            continue
        if value is NOT_GIVEN or value is None:
            if arg.required:
                raise ArgumentError(operation, arg.name, "missing required argument")
            continue
        value = _checked(operation, arg, value)
        if arg.location == "path":
            path[arg.wire] = quote(str(value), safe="")
        elif arg.location == "query":
            query[arg.wire] = value
        elif arg.location == "header":
            headers[arg.wire] = _header_value(operation, arg, value)
        else:
            fields[arg.name] = value
    body = _choose_body(spec, fields)
    if body is None:
        return PreparedCall(path, query, headers, None, None, given)
    return PreparedCall(path, query, headers, body.media, _body(spec, body, fields), given)


def _body(spec: OperationSpec, body: Body, fields: dict[str, Any]) -> Any:
    """The body of ``body``'s media type from the given fields (checked as a whole)."""
    operation = spec.operation.name
    wires = {arg.name: arg.wire for arg in spec.arguments}
    if body.kind == "text":
        name = body.fields[0]
        if name not in fields:
            raise ArgumentError(operation, name, "missing required argument")
        return fields[name]
    if body.kind == "multipart":
        return [(wires[name], _part(fields[name])) for name in body.fields if name in fields]
    data = {wires[name]: fields[name] for name in body.fields if name in fields}
    if body.schema_class is not None:
        _check_body(operation, body.schema_class, data)
    return data


def _part(value: Any) -> Any:
    """A multipart part as httpx takes it: files as they are, other values as plain fields."""
    if _is_file(value):
        return value
    text = value if isinstance(value, str) else str(jsonable(value))
    return (None, text)


def _check_body(operation: str, class_name: str, data: dict[str, Any]) -> None:
    from phala_cloud_api._validators import SchemaViolation, check

    try:
        check(class_name, data)
    except SchemaViolation as exc:
        field = str(exc.path[0]) if exc.path else "body"
        if exc.message.startswith("missing required"):
            missing = exc.message.split(": ", 1)[-1]
            raise ArgumentError(operation, missing, "missing required argument") from None
        where = exc.location.removeprefix("$.")
        raise InvalidParameterError(
            operation,
            field,
            f"{exc.message} (at {where})" if "." in where or "[" in where else exc.message,
        ) from None


def _merge(
    spec: OperationSpec,
    mapping: Mapping[str, Any] | None,
    keywords: Mapping[str, Any],
    unknown: Mapping[str, Any],
) -> dict[str, Any]:
    """One dict of Python-name -> value; aliases resolved, unknown names refused."""
    operation = spec.operation.name
    if unknown:
        name = next(iter(unknown))
        hint = _suggestion(spec, name)
        raise ArgumentError(operation, name, f"unexpected keyword argument{hint}")
    given: dict[str, Any] = {}
    source: dict[str, str] = {}
    if isinstance(mapping, str):
        mapping = {_sole_path_argument(spec, mapping): mapping}
    if mapping is not None:
        if not isinstance(mapping, Mapping):
            raise ArgumentError(
                operation, type(mapping).__name__, "parameters must be a mapping, got"
            )
        names = _names(spec)
        for key, value in _unwrapped(spec, mapping):
            if not isinstance(key, str):
                raise ArgumentError(operation, repr(key), "parameter names must be strings, got")
            found = names.get(key)
            if found is None:
                raise ArgumentError(operation, key, f"unexpected argument{_suggestion(spec, key)}")
            name = found
            if name in given and given[name] != value:
                raise ArgumentError(
                    operation, key, f"given twice with different values (also as {source[name]!r})"
                )
            given[name] = value
            source[name] = key
    for key, value in keywords.items():
        if value is NOT_GIVEN:
            continue
        if key in given:
            raise ArgumentError(operation, key, "argument given both in the mapping and by keyword")
        given[key] = value
    _with_defaults(spec, given)
    return given


def _sole_path_argument(spec: OperationSpec, value: str) -> str:
    """The one required path argument a bare string stands for.

    The official SDK's style for single-id calls: ``get_kms_contract("phala")``.
    """
    required = [a.name for a in spec.arguments if a.required]
    path = [a.name for a in spec.arguments if a.location == "path"]
    if len(required) == 1 and required == path:
        return required[0]
    raise ArgumentError(
        spec.operation.name,
        value,
        "a bare string is accepted only for a call with one id; give a mapping or keywords, got",
    )


def _unwrapped(spec: OperationSpec, mapping: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The mapping's items, with nested argument mappings (``x-sdk.unwrap``) lifted up."""
    items: list[tuple[str, Any]] = []
    for key, value in mapping.items():
        if key in spec.unwrap:
            if not isinstance(value, Mapping):
                raise InvalidParameterError(
                    spec.operation.name, key, f"expected a mapping, got {type(value).__name__}"
                )
            items.extend(value.items())
        else:
            items.append((key, value))
    return items


def _with_defaults(spec: OperationSpec, given: dict[str, Any]) -> None:
    """Fill ``x-sdk.defaults`` (``arg.key``: value) into given mapping arguments."""
    for dotted, value in spec.defaults:
        name, _, key = dotted.partition(".")
        target = given.get(name)
        if isinstance(target, Mapping) and key not in target:
            given[name] = {**target, key: value}


def _names(spec: OperationSpec) -> dict[str, str]:
    """Every accepted key (names and official aliases) -> the argument's Python name."""
    names: dict[str, str] = {}
    for arg in spec.arguments:
        for alias in arg.aliases:
            names[alias] = arg.name
    for arg in spec.arguments:
        names[arg.name] = arg.name
    return names


def _suggestion(spec: OperationSpec, name: str) -> str:
    import difflib

    names = [arg.name for arg in spec.arguments]
    close = difflib.get_close_matches(name, names, n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f"; {spec.operation.name}() takes: {', '.join(names)}" if names else ""


def _choose_body(spec: OperationSpec, fields: Mapping[str, Any]) -> Body | None:
    """The body to send: none without fields (unless required), else the first that fits.

    The default media type comes first (the official SDK's form where the spec and it
    differ); a field only another media type has (e.g. a file upload) selects that one.
    """
    if not spec.bodies or (not fields and not spec.body_required):
        return None
    for body in spec.bodies:
        if set(fields) <= set(body.fields):
            return body
    forms = [
        f"{body.media}: {', '.join(sorted(set(fields) & set(body.fields)))}"
        for body in spec.bodies
        if set(fields) & set(body.fields)
    ]
    raise ArgumentError(
        spec.operation.name,
        ", ".join(sorted(fields)),
        f"arguments of different request forms given together ({'; '.join(forms)}):",
    )


def jsonable(value: Any) -> Any:
    """``value`` as JSON-ready data: models via ``to_dict()``, datetimes as ISO 8601."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    return value


def _checked(operation: str, arg: Argument, value: Any) -> Any:
    """The value as it goes on the wire, or InvalidParameterError."""
    if _is_file_schema(arg.schema):
        if not _is_file(value):
            raise InvalidParameterError(
                operation,
                arg.name,
                f"expected bytes, a binary file or (name, content), got {type(value).__name__}",
            )
        return value
    value = jsonable(value)
    reason = _problem(arg.schema, value)
    if reason is None and arg.location == "path" and value in _UNSAFE_PATH_VALUES:
        reason = "must be a non-empty identifier (not '.' or '..')"
    if reason is not None:
        raise InvalidParameterError(operation, arg.name, reason)
    return value


def _header_value(operation: str, arg: Argument, value: Any) -> str:
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    if not all(32 <= ord(char) <= 126 for char in text):
        raise InvalidParameterError(
            operation, arg.name, "a header value must be printable ASCII without line breaks"
        )
    return text


def _is_file_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("format") == "binary":
        return True
    return any(_is_file_schema(m) for m in schema.get("anyOf", []))


def _is_file(value: Any) -> bool:
    if isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
        return True
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and isinstance(value[0], str)
        and (isinstance(value[1], (bytes, bytearray)) or hasattr(value[1], "read"))
    )


_TYPE_CHECKS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _problem(schema: Any, value: Any) -> str | None:
    """Why ``value`` does not fit ``schema`` (a small JSON Schema subset), or None.

    Object models (``$ref``) are left to the generated body validator.
    """
    if not isinstance(schema, dict) or "$ref" in schema:
        return None
    if "anyOf" in schema:
        reasons = [_problem(member, value) for member in schema["anyOf"]]
        if any(r is None for r in reasons):
            return None
        return next((r for r in reasons if r and "null" not in r), reasons[0])
    kind = schema.get("type")
    if kind == "null":
        return None if value is None else "expected null"
    if isinstance(kind, str) and kind in _TYPE_CHECKS:
        allowed = _TYPE_CHECKS[kind]
        if (isinstance(value, bool) and bool not in allowed) or not isinstance(value, allowed):
            return f"expected {kind}, got {type(value).__name__} {value!r:.40}"
    if "enum" in schema and value not in schema["enum"]:
        return f"must be one of {', '.join(map(str, schema['enum']))}, got {value!r:.40}"
    if "minimum" in schema and value < schema["minimum"]:
        return f"must be >= {schema['minimum']}, got {value!r}"
    if "maximum" in schema and value > schema["maximum"]:
        return f"must be <= {schema['maximum']}, got {value!r}"
    if kind == "string" and "maxLength" in schema and len(value) > schema["maxLength"]:
        return f"must be at most {schema['maxLength']} characters"
    if kind == "string" and "minLength" in schema and len(value) < schema["minLength"]:
        return f"must be at least {schema['minLength']} characters"
    if kind == "string" and schema.get("format") == "date-time":
        try:
            parse_datetime(value)
        except ValueError:
            return f"expected an ISO 8601 date-time, got {value!r:.40}"
    if kind == "array":
        for index, item in enumerate(value):
            reason = _problem(schema.get("items", {}), item)
            if reason is not None:
                return f"item {index}: {reason}"
    return None
