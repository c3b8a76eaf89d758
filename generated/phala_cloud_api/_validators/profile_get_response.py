"""Validator of the ``ProfileGetResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits ProfileGetResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("display_name")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "display_name")
        raise
    p0 = v.get("avatar_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "avatar_url")
        raise
    p0 = v.get("description")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "description")
        raise
    p0 = v.get("custom_domain")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "custom_domain")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
