"""Validator of the ``WebhookTestResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits WebhookTestResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("success", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "success")
            raise
    p0 = v.get("status", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "status")
            raise
    p0 = v.get("response_status")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "response_status")
        raise
    p0 = v.get("event_id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "event_id")
            raise
    p0 = v.get("error_message")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "error_message")
        raise
    p0 = v.get("duration_ms")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "duration_ms")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
