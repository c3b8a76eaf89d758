"""Validator of the ``MachineInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"disk_size", "gpu_count", "memory", "vcpu"})
_REQUIRED2 = frozenset({"disk_size", "gpu_count", "memory", "vcpu"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits MachineInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["vcpu"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vcpu")
        raise
    p0 = v["memory"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "memory")
        raise
    p0 = v["disk_size"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "disk_size")
        raise
    p0 = v["gpu_count"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gpu_count")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["vcpu"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["memory"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["disk_size"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["gpu_count"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
