"""Validator of the ``UpdateCvmListedRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"listed"})
_REQUIRED2 = frozenset({"listed"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits UpdateCvmListedRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["listed"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "listed")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["listed"]
    if not p.__class__ is bool:
        return False
    return True
