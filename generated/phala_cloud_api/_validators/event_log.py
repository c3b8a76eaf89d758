"""Validator of the ``EventLog`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"digest", "event", "event_payload", "event_type", "imr"})
_REQUIRED2 = frozenset({"digest", "event", "event_payload", "event_type", "imr"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits EventLog."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["imr"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "imr")
        raise
    p0 = v["event_type"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "event_type")
        raise
    p0 = v["digest"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "digest")
        raise
    p0 = v["event"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "event")
        raise
    p0 = v["event_payload"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "event_payload")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["imr"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["event_type"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["digest"]
    if not p.__class__ is str:
        return False
    p = v["event"]
    if not p.__class__ is str:
        return False
    p = v["event_payload"]
    if not p.__class__ is str:
        return False
    return True
