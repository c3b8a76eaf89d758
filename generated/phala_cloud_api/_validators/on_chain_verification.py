"""Validator of the ``OnChainVerification`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits OnChainVerification."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("k256_pubkey_match")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "k256_pubkey_match")
        raise
    p0 = v.get("ca_pubkey_match")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "ca_pubkey_match")
        raise
    p0 = v.get("gateway_app_id_match")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gateway_app_id_match")
        raise
    p0 = v.get("device_id_allowed")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id_allowed")
        raise
    p0 = v.get("os_image_allowed")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "os_image_allowed")
        raise
    p0 = v.get("mr_aggregated_allowed")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mr_aggregated_allowed")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
