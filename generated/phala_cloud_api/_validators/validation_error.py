"""Validator of the ``ValidationError`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"loc", "msg", "type"})
_REQUIRED2 = frozenset({"loc", "msg", "type"})


def _alt3(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt4(v: Any) -> None:
    if v.__class__ is not int and not (v.__class__ is float and v.is_integer()):
        raise _fail("integer", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits ValidationError."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["loc"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _any_of(
                    i1,
                    (
                        _alt3,
                        _alt4,
                    ),
                    "string | integer",
                )
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "loc")
        raise
    p0 = v["msg"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "msg")
        raise
    p0 = v["type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "type")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["msg"]
    if not p.__class__ is str:
        return False
    p = v["type"]
    if not p.__class__ is str:
        return False
    return True
