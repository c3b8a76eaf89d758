"""Validator of the ``CVMLogUrls`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CVMLogUrls."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("serial")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "serial")
        raise
    p0 = v.get("stdout")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "stdout")
        raise
    p0 = v.get("stderr")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "stderr")
        raise
    p0 = v.get("container_log_base")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "container_log_base")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
