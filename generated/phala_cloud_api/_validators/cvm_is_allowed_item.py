"""Validator of the ``CvmIsAllowedItem`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "allow_any_device",
        "app_contract_address",
        "compose_hash",
        "compose_hash_allowed",
        "cvm_id",
        "device_id",
        "is_allowed",
    }
)
_REQUIRED2 = frozenset(
    {
        "allow_any_device",
        "app_contract_address",
        "compose_hash",
        "compose_hash_allowed",
        "cvm_id",
        "device_id",
        "is_allowed",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CvmIsAllowedItem."""
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
    p0 = v["app_contract_address"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_contract_address")
        raise
    p0 = v["compose_hash"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise
    p0 = v["device_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id")
        raise
    p0 = v["compose_hash_allowed"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash_allowed")
        raise
    p0 = v["allow_any_device"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "allow_any_device")
        raise
    p0 = v.get("device_id_allowed")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id_allowed")
        raise
    p0 = v["is_allowed"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "is_allowed")
        raise
    p0 = v.get("error")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "error")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["cvm_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["app_contract_address"]
    if not p.__class__ is str:
        return False
    p = v["compose_hash"]
    if not p.__class__ is str:
        return False
    p = v["device_id"]
    if not p.__class__ is str:
        return False
    p = v["compose_hash_allowed"]
    if not p.__class__ is bool:
        return False
    p = v["allow_any_device"]
    if not p.__class__ is bool:
        return False
    p = v["is_allowed"]
    if not p.__class__ is bool:
        return False
    return True
