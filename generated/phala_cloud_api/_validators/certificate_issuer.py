"""Validator of the ``CertificateIssuer`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CertificateIssuer."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("common_name")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "common_name")
        raise
    p0 = v.get("organization")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "organization")
        raise
    p0 = v.get("country")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "country")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
