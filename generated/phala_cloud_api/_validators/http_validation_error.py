"""Validator of the ``HTTPValidationError`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .validation_error import check as _check_ValidationError


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits HTTPValidationError."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("detail", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_ValidationError(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "detail")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
