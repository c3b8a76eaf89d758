"""Validator of the ``WebhookStatsResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "avg_duration_ms",
        "failed_count",
        "max_duration_ms",
        "success_count",
        "success_rate",
        "total",
    }
)
_REQUIRED2 = frozenset(
    {
        "avg_duration_ms",
        "failed_count",
        "max_duration_ms",
        "success_count",
        "success_rate",
        "total",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits WebhookStatsResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["total"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total")
        raise
    p0 = v["success_count"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "success_count")
        raise
    p0 = v["failed_count"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "failed_count")
        raise
    p0 = v["success_rate"]
    try:
        if p0.__class__ is not int and p0.__class__ is not float:
            raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, "success_rate")
        raise
    p0 = v["avg_duration_ms"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "avg_duration_ms")
        raise
    p0 = v["max_duration_ms"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "max_duration_ms")
        raise
    p0 = v.get("last_delivery_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "last_delivery_at")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["total"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["success_count"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["failed_count"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["success_rate"]
    if not (p.__class__ is int or p.__class__ is float):
        return False
    p = v["avg_duration_ms"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["max_duration_ms"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
