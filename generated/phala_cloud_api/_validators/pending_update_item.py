"""Validator of the ``PendingUpdateItem`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"compose_hash", "on_chain", "vm_uuid"})
_REQUIRED2 = frozenset({"compose_hash", "on_chain", "vm_uuid"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits PendingUpdateItem."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["vm_uuid"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vm_uuid")
        raise
    p0 = v["compose_hash"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise
    p0 = v["on_chain"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "on_chain")
        raise
    p0 = v.get("instance_name")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_name")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["vm_uuid"]
    if not p.__class__ is str:
        return False
    p = v["compose_hash"]
    if not p.__class__ is str:
        return False
    p = v["on_chain"]
    if not p.__class__ is bool:
        return False
    return True
