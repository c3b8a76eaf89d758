"""Validator of the ``OnChainKmsInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"ca_pubkey", "eventlog_length", "k256_pubkey", "quote_length"})
_REQUIRED2 = frozenset({"ca_pubkey", "eventlog_length", "k256_pubkey", "quote_length"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits OnChainKmsInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["k256_pubkey"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "k256_pubkey")
        raise
    p0 = v["ca_pubkey"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "ca_pubkey")
        raise
    p0 = v["quote_length"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "quote_length")
        raise
    p0 = v["eventlog_length"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "eventlog_length")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["k256_pubkey"]
    if not p.__class__ is str:
        return False
    p = v["ca_pubkey"]
    if not p.__class__ is str:
        return False
    p = v["quote_length"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["eventlog_length"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
