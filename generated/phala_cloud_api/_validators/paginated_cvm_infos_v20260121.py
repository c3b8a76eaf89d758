"""Validator of the ``PaginatedCvmInfosV20260121`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_info_v20260121 import check as _check_CvmInfoV20260121

_REQUIRED1 = frozenset({"items", "page", "page_size", "pages", "total"})
_REQUIRED2 = frozenset({"items", "page", "page_size", "pages", "total"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits PaginatedCvmInfosV20260121."""
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
                _check_CvmInfoV20260121(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "items")
        raise
    p0 = v["total"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total")
        raise
    p0 = v["page"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "page")
        raise
    p0 = v["page_size"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "page_size")
        raise
    p0 = v["pages"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "pages")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["total"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["page"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["page_size"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["pages"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
