"""Validator of the ``AppRevisionsResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .app_revision_response import check as _check_AppRevisionResponse

_REQUIRED1 = frozenset({"page", "page_size", "revisions", "total", "total_pages"})
_REQUIRED2 = frozenset({"page", "page_size", "revisions", "total", "total_pages"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AppRevisionsResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["revisions"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_AppRevisionResponse(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "revisions")
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
    p0 = v["total_pages"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total_pages")
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
    p = v["total_pages"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
