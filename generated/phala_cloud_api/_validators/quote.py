"""Validator of the ``Quote`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .quote_body import check as _check_QuoteBody
from .quote_header import check as _check_QuoteHeader

_REQUIRED1 = frozenset({"body", "cert_data", "header"})
_REQUIRED2 = frozenset({"body", "cert_data", "header"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits Quote."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["header"]
    try:
        _check_QuoteHeader(p0)
    except SchemaViolation as e:
        e.path.insert(0, "header")
        raise
    p0 = v["cert_data"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cert_data")
        raise
    p0 = v["body"]
    try:
        _check_QuoteBody(p0)
    except SchemaViolation as e:
        e.path.insert(0, "body")
        raise
    p0 = v.get("verified")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "verified")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["cert_data"]
    if not (p.__class__ is str or p is None):
        return False
    return True
