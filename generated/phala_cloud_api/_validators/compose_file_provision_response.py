"""Validator of the ``ComposeFileProvisionResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .kms_info import check as _check_KMSInfo

_REQUIRED1 = frozenset({"app_id", "compose_hash"})
_REQUIRED2 = frozenset({"app_id", "compose_hash"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits ComposeFileProvisionResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["app_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("device_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id")
        raise
    p0 = v["compose_hash"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise
    p0 = v.get("kms_info")
    try:
        if p0 is not None:
            _check_KMSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_info")
        raise
    p0 = v.get("compose_hash_registered", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "compose_hash_registered")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["app_id"]
    if not p.__class__ is str:
        return False
    p = v["compose_hash"]
    if not p.__class__ is str:
        return False
    return True
