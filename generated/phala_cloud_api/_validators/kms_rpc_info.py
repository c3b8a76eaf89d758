"""Validator of the ``KmsRpcInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .bootstrap_info_out import check as _check_BootstrapInfoOut

_REQUIRED1 = frozenset({"bootstrap_info", "is_dev", "version", "version_synced"})
_REQUIRED2 = frozenset({"bootstrap_info", "is_dev", "version", "version_synced"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits KmsRpcInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["version"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "version")
        raise
    p0 = v["is_dev"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "is_dev")
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
    p0 = v.get("kms_contract_address")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_contract_address")
        raise
    p0 = v.get("gateway_app_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gateway_app_id")
        raise
    p0 = v["bootstrap_info"]
    try:
        _check_BootstrapInfoOut(p0)
    except SchemaViolation as e:
        e.path.insert(0, "bootstrap_info")
        raise
    p0 = v["version_synced"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "version_synced")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["version"]
    if not p.__class__ is str:
        return False
    p = v["is_dev"]
    if not p.__class__ is bool:
        return False
    p = v["version_synced"]
    if not p.__class__ is bool:
        return False
    return True
