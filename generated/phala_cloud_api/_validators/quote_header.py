"""Validator of the ``QuoteHeader`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .attestation_key_type import check as _check_AttestationKeyType
from .tee_type import check as _check_TeeType

_REQUIRED1 = frozenset({"ak_type", "qe_vendor", "tee_type", "user_data", "version"})
_REQUIRED2 = frozenset({"ak_type", "qe_vendor", "tee_type", "user_data", "version"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits QuoteHeader."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["version"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "version")
        raise
    p0 = v["ak_type"]
    try:
        _check_AttestationKeyType(p0)
    except SchemaViolation as e:
        e.path.insert(0, "ak_type")
        raise
    p0 = v["tee_type"]
    try:
        _check_TeeType(p0)
    except SchemaViolation as e:
        e.path.insert(0, "tee_type")
        raise
    p0 = v["qe_vendor"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "qe_vendor")
        raise
    p0 = v["user_data"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "user_data")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["version"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["qe_vendor"]
    if not p.__class__ is str:
        return False
    p = v["user_data"]
    if not p.__class__ is str:
        return False
    return True
