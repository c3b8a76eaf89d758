"""Validator of the ``AppKmsInfoResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_ENUM1 = ("eoa", "safe", "legacy_multisig", "erc4337", "contract")


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AppKmsInfoResponse."""
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
    p0 = v.get("app_contract_address")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_contract_address")
        raise
    p0 = v.get("deployer_address")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "deployer_address")
        raise
    p0 = v.get("deployer_type")
    try:
        if p0 is not None:
            if p0 not in _ENUM1:
                raise SchemaViolation(f"{p0!r} is not one of {_ENUM1}")
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "deployer_type")
        raise
    p0 = v.get("is_contract", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "is_contract")
            raise
    p0 = v.get("safe_app_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "safe_app_url")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
