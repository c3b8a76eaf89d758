"""Validator of the ``OnchainStatus`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits OnchainStatus."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("compose_hash_allowed", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "compose_hash_allowed")
            raise
    p0 = v.get("device_id_allowed", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "device_id_allowed")
            raise
    p0 = v.get("is_allowed", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "is_allowed")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
