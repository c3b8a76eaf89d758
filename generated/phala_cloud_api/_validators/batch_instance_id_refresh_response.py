"""Validator of the ``BatchInstanceIdRefreshResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .instance_id_refresh_result import check as _check_InstanceIdRefreshResult

_REQUIRED1 = frozenset(
    {
        "conflicts",
        "errors",
        "items",
        "scanned",
        "skipped",
        "total",
        "unchanged",
        "updated",
    }
)
_REQUIRED2 = frozenset(
    {
        "conflicts",
        "errors",
        "items",
        "scanned",
        "skipped",
        "total",
        "unchanged",
        "updated",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits BatchInstanceIdRefreshResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["total"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total")
        raise
    p0 = v["scanned"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "scanned")
        raise
    p0 = v["updated"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "updated")
        raise
    p0 = v["unchanged"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "unchanged")
        raise
    p0 = v["skipped"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "skipped")
        raise
    p0 = v["conflicts"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "conflicts")
        raise
    p0 = v["errors"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "errors")
        raise
    p0 = v["items"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_InstanceIdRefreshResult(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "items")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["total"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["scanned"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["updated"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["unchanged"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["skipped"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["conflicts"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["errors"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
