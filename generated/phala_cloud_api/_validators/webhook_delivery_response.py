"""Validator of the ``WebhookDeliveryResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "attempts",
        "created_at",
        "error_message",
        "event_id",
        "event_type",
        "request_url",
        "response_status",
        "snowflake_id",
        "status",
    }
)
_REQUIRED2 = frozenset(
    {
        "attempts",
        "created_at",
        "error_message",
        "event_id",
        "event_type",
        "request_url",
        "response_status",
        "snowflake_id",
        "status",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits WebhookDeliveryResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["snowflake_id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "snowflake_id")
        raise
    p0 = v["event_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "event_id")
        raise
    p0 = v["event_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "event_type")
        raise
    p0 = v["status"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v["attempts"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "attempts")
        raise
    p0 = v["request_url"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "request_url")
        raise
    p0 = v["response_status"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "response_status")
        raise
    p0 = v["error_message"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "error_message")
        raise
    p0 = v.get("duration_ms", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "duration_ms")
            raise
    p0 = v["created_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v.get("delivered_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "delivered_at")
        raise
    p0 = v.get("original_event_id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "original_event_id")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["snowflake_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["event_id"]
    if not p.__class__ is str:
        return False
    p = v["event_type"]
    if not p.__class__ is str:
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    p = v["attempts"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["request_url"]
    if not p.__class__ is str:
        return False
    p = v["response_status"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["error_message"]
    if not p.__class__ is str:
        return False
    p = v["created_at"]
    if not p.__class__ is str:
        return False
    return True
