"""Validator of the ``OnChainInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .on_chain_kms_info import check as _check_OnChainKmsInfo
from .on_chain_verification import check as _check_OnChainVerification


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits OnChainInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("kms_info")
    try:
        if p0 is not None:
            _check_OnChainKmsInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_info")
        raise
    p0 = v.get("gateway_app_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gateway_app_id")
        raise
    p0 = v.get("owner")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "owner")
        raise
    p0 = v.get("verification", _MISSING)
    if p0 is not _MISSING:
        try:
            _check_OnChainVerification(p0)
        except SchemaViolation as e:
            e.path.insert(0, "verification")
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
    return True
