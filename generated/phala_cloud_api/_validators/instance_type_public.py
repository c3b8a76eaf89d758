"""Validator of the ``InstanceTypePublic`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {"description", "hourly_rate", "id", "memory_mb", "name", "requires_gpu", "vcpu"}
)
_REQUIRED2 = frozenset(
    {"description", "hourly_rate", "id", "memory_mb", "name", "requires_gpu", "vcpu"}
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits InstanceTypePublic."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "id")
        raise
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["description"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "description")
        raise
    p0 = v["vcpu"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vcpu")
        raise
    p0 = v["memory_mb"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "memory_mb")
        raise
    p0 = v["hourly_rate"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "hourly_rate")
        raise
    p0 = v["requires_gpu"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "requires_gpu")
        raise
    p0 = v.get("default_disk_size_gb", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "default_disk_size_gb")
            raise
    p0 = v.get("family")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "family")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["id"]
    if not p.__class__ is str:
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["description"]
    if not p.__class__ is str:
        return False
    p = v["vcpu"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["memory_mb"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["hourly_rate"]
    if not p.__class__ is str:
        return False
    p = v["requires_gpu"]
    if not p.__class__ is bool:
        return False
    return True
