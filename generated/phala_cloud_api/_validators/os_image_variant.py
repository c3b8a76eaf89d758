"""Validator of the ``OsImageVariant`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"name", "slug"})
_REQUIRED2 = frozenset({"name", "slug"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits OsImageVariant."""
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
    p0 = v["slug"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "slug")
        raise
    p0 = v.get("os_image_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "os_image_hash")
        raise
    p0 = v.get("is_current", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "is_current")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["slug"]
    if not p.__class__ is str:
        return False
    return True
