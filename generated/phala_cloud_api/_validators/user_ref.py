"""Validator of the ``UserRef`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_CONST1 = "user"


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits UserRef."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("object_type", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST1:
                raise _fail(_CONST1.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "object_type")
            raise
    p0 = v.get("id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "id")
        raise
    p0 = v.get("username")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "username")
        raise
    p0 = v.get("avatar_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "avatar_url")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
