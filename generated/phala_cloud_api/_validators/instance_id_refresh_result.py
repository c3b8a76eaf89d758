"""Validator of the ``InstanceIdRefreshResult`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"cvm_id", "identifier", "status"})
_REQUIRED2 = frozenset({"cvm_id", "identifier", "status"})
_ENUM3 = ("updated", "unchanged", "skipped", "conflict", "error")
_ENUM4 = ("teepod_state", "teepod_info", "gateway", "none")


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits InstanceIdRefreshResult."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["cvm_id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cvm_id")
        raise
    p0 = v["identifier"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "identifier")
        raise
    p0 = v["status"]
    try:
        if p0 not in _ENUM3:
            raise SchemaViolation(f"{p0!r} is not one of {_ENUM3}")
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v.get("old_instance_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "old_instance_id")
        raise
    p0 = v.get("new_instance_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "new_instance_id")
        raise
    p0 = v.get("source", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 not in _ENUM4:
                raise SchemaViolation(f"{p0!r} is not one of {_ENUM4}")
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "source")
            raise
    p0 = v.get("verified_with_gateway", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "verified_with_gateway")
            raise
    p0 = v.get("reason")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "reason")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["cvm_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["identifier"]
    if not p.__class__ is str:
        return False
    return True
