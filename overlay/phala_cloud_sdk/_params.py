"""Checking a call's arguments against the spec before anything is sent.

The parameter and body tables are generated from openapi.json
(``phala_cloud_api._responses.PARAMETERS`` / ``BODIES``), so limits such as
``1 <= page_size <= 100`` come from the spec, not from code here.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from phala_cloud_api._responses import BODIES, PARAMETERS
from phala_cloud_api.types import parse_datetime

from ._exceptions import ArgumentError, InvalidParameterError
from ._types import NOT_GIVEN

__all__ = ["PreparedCall", "prepare_call"]

# Path parameters that httpx would collapse ("." / "..") or that would drop the segment.
_UNSAFE_PATH_VALUES = frozenset({"", ".", ".."})


class PreparedCall(NamedTuple):
    """The checked arguments, ready for the generated request builder."""

    builder_kwargs: dict[str, Any]
    body: dict[str, Any] | None


class _Param(NamedTuple):
    python_name: str
    location: str
    required: bool
    schema: Any


@cache
def _parameters(operation: str) -> dict[str, _Param]:
    rows = PARAMETERS[operation]
    return {
        row[0]: _Param(row[0], row[2], row[3], row[4])
        for row in rows
        if row[1].lower() != "x-phala-version"  # set by the client, never by the caller
    }


def prepare_call(
    operation: str, mapping: Mapping[str, Any] | None, keywords: Mapping[str, Any]
) -> PreparedCall:
    """Merge the seed-style mapping with keyword arguments and check every value."""
    given = _merge(operation, mapping, keywords)
    params = _parameters(operation)
    body_spec = BODIES.get(operation)
    body_fields = frozenset(body_spec[2]) if body_spec else frozenset()
    for name in given:
        if name not in params and name not in body_fields:
            raise ArgumentError(operation, name, "unexpected argument")
    builder_kwargs: dict[str, Any] = {}
    for name, param in params.items():
        value = given.get(name)
        if value is None:
            if param.required:
                raise ArgumentError(operation, name, "missing required argument")
            continue
        builder_kwargs[name] = _checked(operation, param, value)
    body = {k: _jsonable(v) for k, v in given.items() if k in body_fields and v is not None}
    if body_spec is None:
        return PreparedCall(builder_kwargs, None)
    class_name, required, _ = body_spec
    if not body and not required:
        return PreparedCall(builder_kwargs, None)
    from phala_cloud_api._validators import SchemaViolation, check

    try:
        check(class_name, body)
    except SchemaViolation as exc:
        field = str(exc.path[0]) if exc.path else "body"
        if exc.message.startswith("missing required"):
            missing = exc.message.split(": ", 1)[-1]
            raise ArgumentError(operation, missing, "missing required argument") from None
        raise InvalidParameterError(operation, field, exc.message) from None
    return PreparedCall(builder_kwargs, body)


def _merge(
    operation: str, mapping: Mapping[str, Any] | None, keywords: Mapping[str, Any]
) -> dict[str, Any]:
    given: dict[str, Any] = {}
    if mapping is not None:
        if not isinstance(mapping, Mapping):
            raise ArgumentError(
                operation, type(mapping).__name__, "parameters must be a mapping, got"
            )
        for key, value in mapping.items():
            if not isinstance(key, str):
                raise ArgumentError(operation, repr(key), "parameter names must be strings, got")
            given[key] = value
    for key, value in keywords.items():
        if value is NOT_GIVEN:
            continue
        if key in given:
            raise ArgumentError(operation, key, "argument given both in the mapping and by keyword")
        given[key] = value
    return given


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _checked(operation: str, param: _Param, value: Any) -> Any:
    """The value as the request builder wants it, or InvalidParameterError."""
    value = _jsonable(value)
    reason = _problem(param.schema, value)
    if reason is None and param.location == "path" and value in _UNSAFE_PATH_VALUES:
        reason = "must be a non-empty identifier (not '.' or '..')"
    if reason is not None:
        raise InvalidParameterError(operation, param.python_name, reason)
    if param.location == "query" and isinstance(value, str) and _is_datetime_schema(param.schema):
        return parse_datetime(value)
    return value


def _is_datetime_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("format") == "date-time":
        return True
    return any(_is_datetime_schema(m) for m in schema.get("anyOf", []))


_TYPE_CHECKS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _problem(schema: Any, value: Any) -> str | None:
    """Why ``value`` does not fit ``schema`` (a small JSON Schema subset), or None."""
    if not isinstance(schema, dict):
        return None
    if "anyOf" in schema:
        reasons = [_problem(member, value) for member in schema["anyOf"]]
        if any(r is None for r in reasons):
            return None
        return next((r for r in reasons if r and "null" not in r), reasons[0])
    kind = schema.get("type")
    if kind == "null":
        return None if value is None else "expected null"
    if isinstance(kind, str):
        allowed = _TYPE_CHECKS[kind]
        if (isinstance(value, bool) and bool not in allowed) or not isinstance(value, allowed):
            return f"expected {kind}, got {type(value).__name__} {value!r:.40}"
    if "enum" in schema and value not in schema["enum"]:
        return f"must be one of {', '.join(map(str, schema['enum']))}, got {value!r:.40}"
    if "minimum" in schema and value < schema["minimum"]:
        return f"must be >= {schema['minimum']}, got {value!r}"
    if "maximum" in schema and value > schema["maximum"]:
        return f"must be <= {schema['maximum']}, got {value!r}"
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
