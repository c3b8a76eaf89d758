"""Validator of the ``AttestationView`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .node_provider import check as _check_NodeProvider
from .quote import check as _check_Quote
from .quote_collateral_v3 import check as _check_QuoteCollateralV3


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AttestationView."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "id")
            raise
    p0 = v.get("success", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "success")
            raise
    p0 = v.get("verified")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "verified")
        raise
    p0 = v.get("proof_of_cloud", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "proof_of_cloud")
            raise
    p0 = v.get("checksum")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "checksum")
        raise
    p0 = v.get("can_download")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "can_download")
        raise
    p0 = v.get("uploaded_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "uploaded_at")
        raise
    p0 = v.get("verified_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "verified_at")
        raise
    p0 = v.get("quote")
    try:
        if p0 is not None:
            _check_Quote(p0)
    except SchemaViolation as e:
        e.path.insert(0, "quote")
        raise
    p0 = v.get("quote_collateral")
    try:
        if p0 is not None:
            _check_QuoteCollateralV3(p0)
    except SchemaViolation as e:
        e.path.insert(0, "quote_collateral")
        raise
    p0 = v.get("node_provider")
    try:
        if p0 is not None:
            _check_NodeProvider(p0)
    except SchemaViolation as e:
        e.path.insert(0, "node_provider")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
