"""Validator of the ``DiskInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"free_size", "mount_point", "name", "total_size"})
_REQUIRED2 = frozenset({"free_size", "mount_point", "name", "total_size"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits DiskInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["mount_point"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mount_point")
        raise
    p0 = v["total_size"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total_size")
        raise
    p0 = v["free_size"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "free_size")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["mount_point"]
    if not p.__class__ is str:
        return False
    p = v["total_size"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["free_size"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
