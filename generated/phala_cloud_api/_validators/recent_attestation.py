"""Validator of the ``RecentAttestation`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"checksum", "created_at"})
_REQUIRED2 = frozenset({"checksum", "created_at"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits RecentAttestation."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["checksum"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "checksum")
        raise
    p0 = v["created_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v.get("verified", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "verified")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["checksum"]
    if not p.__class__ is str:
        return False
    p = v["created_at"]
    if not p.__class__ is str:
        return False
    return True
