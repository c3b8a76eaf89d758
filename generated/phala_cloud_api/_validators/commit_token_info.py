"""Validator of the ``CommitTokenInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .kms_info import check as _check_KMSInfo
from .onchain_status import check as _check_OnchainStatus


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CommitTokenInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("cvm_id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "cvm_id")
            raise
    p0 = v.get("compose_hash", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "compose_hash")
            raise
    p0 = v.get("app_id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "app_id")
            raise
    p0 = v.get("device_id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "device_id")
            raise
    p0 = v.get("kms_info")
    try:
        if p0 is not None:
            _check_KMSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_info")
        raise
    p0 = v.get("onchain_status")
    try:
        if p0 is not None:
            _check_OnchainStatus(p0)
    except SchemaViolation as e:
        e.path.insert(0, "onchain_status")
        raise
    p0 = v.get("expires_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "expires_at")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
