"""Validator of the ``DeviceAllowlistResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .device_allowlist_item import check as _check_DeviceAllowlistItem


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits DeviceAllowlistResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("is_onchain_kms", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "is_onchain_kms")
            raise
    p0 = v.get("allow_any_device")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "allow_any_device")
        raise
    p0 = v.get("chain_id")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "chain_id")
        raise
    p0 = v.get("app_contract_address")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_contract_address")
        raise
    p0 = v.get("devices", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_DeviceAllowlistItem(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "devices")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
