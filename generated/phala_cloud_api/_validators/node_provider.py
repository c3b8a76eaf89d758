"""Validator of the ``NodeProvider`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"ppid", "proof_of_cloud"})
_REQUIRED2 = frozenset({"ppid", "proof_of_cloud"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits NodeProvider."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["proof_of_cloud"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "proof_of_cloud")
        raise
    p0 = v.get("provider")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "provider")
        raise
    p0 = v["ppid"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "ppid")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["proof_of_cloud"]
    if not p.__class__ is bool:
        return False
    p = v["ppid"]
    if not p.__class__ is str:
        return False
    return True
