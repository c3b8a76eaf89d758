"""Validator of the ``CreateWorkloadCvmRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"instance_type", "model_id", "name"})
_REQUIRED2 = frozenset({"instance_type", "model_id", "name"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CreateWorkloadCvmRequest."""
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
    p0 = v["instance_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_type")
        raise
    p0 = v["model_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "model_id")
        raise
    p0 = v.get("scheduled_delete_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "scheduled_delete_at")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["instance_type"]
    if not p.__class__ is str:
        return False
    p = v["model_id"]
    if not p.__class__ is str:
        return False
    return True
