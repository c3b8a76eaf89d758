"""Validator of the ``BatchStopRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"cvm_ids"})
_REQUIRED2 = frozenset({"cvm_ids"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits BatchStopRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["cvm_ids"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        if len(p0) > 50:
            raise SchemaViolation(f"expected <= 50 items, got {len(p0)}")
        for n1, i1 in enumerate(p0):
            try:
                if i1.__class__ is not str:
                    raise _fail("string", i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "cvm_ids")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    return True
