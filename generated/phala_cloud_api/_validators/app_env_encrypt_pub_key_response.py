"""Validator of the ``AppEnvEncryptPubKeyResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"public_key", "signature"})
_REQUIRED2 = frozenset({"public_key", "signature"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AppEnvEncryptPubKeyResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["public_key"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_key")
        raise
    p0 = v["signature"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "signature")
        raise
    p0 = v.get("signature_v1")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "signature_v1")
        raise
    p0 = v.get("timestamp")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "timestamp")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["public_key"]
    if not p.__class__ is str:
        return False
    p = v["signature"]
    if not p.__class__ is str:
        return False
    return True
