"""Validator of the ``TcbEvaluationResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .tcb_evaluation_instance import check as _check_TcbEvaluationInstance

_REQUIRED1 = frozenset({"app_id", "instances"})
_REQUIRED2 = frozenset({"app_id", "instances"})
_CONST3 = "early"


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits TcbEvaluationResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["app_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("update", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST3:
                raise _fail(_CONST3.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "update")
            raise
    p0 = v["instances"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_TcbEvaluationInstance(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "instances")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["app_id"]
    if not p.__class__ is str:
        return False
    return True
