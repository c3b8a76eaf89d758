"""Validator of the ``ProvisionCvmResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .kms_info import check as _check_KMSInfo

_REQUIRED1 = frozenset({"compose_hash"})
_REQUIRED2 = frozenset({"compose_hash"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits ProvisionCvmResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["compose_hash"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise
    p0 = v.get("app_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("app_env_encrypt_pubkey")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_env_encrypt_pubkey")
        raise
    p0 = v.get("kms_info")
    try:
        if p0 is not None:
            _check_KMSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_info")
        raise
    p0 = v.get("device_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id")
        raise
    p0 = v.get("fmspc")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "fmspc")
        raise
    p0 = v.get("os_image_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "os_image_hash")
        raise
    p0 = v.get("instance_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_type")
        raise
    p0 = v.get("teepod_id")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod_id")
        raise
    p0 = v.get("node_id")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "node_id")
        raise
    p0 = v.get("kms_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_id")
        raise
    p0 = v.get("kms_contract_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_contract_id")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["compose_hash"]
    if not p.__class__ is str:
        return False
    return True
