"""Validator of the ``StructuredErrorDetail`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def _alt1(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)


def _alt2(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


def _alt3(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits StructuredErrorDetail."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("error_code")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "error_code")
        raise
    p0 = v.get("message")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "message")
        raise
    p0 = v.get("details", _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(
                p0,
                (
                    _alt1,
                    _alt2,
                    _alt3,
                ),
                "array of any value | object | null",
            )
        except SchemaViolation as e:
            e.path.insert(0, "details")
            raise
    p0 = v.get("suggestions")
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, "suggestions")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
