"""Validator of the ``PaginatedCvmOperationsResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_operation_response import check as _check_CvmOperationResponse

_REQUIRED1 = frozenset({"items", "total"})
_REQUIRED2 = frozenset({"items", "total"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits PaginatedCvmOperationsResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["items"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_CvmOperationResponse(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "items")
        raise
    p0 = v.get("next_cursor")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "next_cursor")
        raise
    p0 = v["total"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["total"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
