"""Validator of the ``GpuConfig`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .gpu_spec import check as _check_GpuSpec

_REQUIRED1 = frozenset({"gpus"})
_REQUIRED2 = frozenset({"gpus"})
_ENUM4 = ("listed", "all")


def _alt3(v: Any) -> None:
    if v not in _ENUM4:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM4}")
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt5(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits GpuConfig."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["gpus"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_GpuSpec(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "gpus")
        raise
    p0 = v.get("attach_mode", _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(
                p0,
                (
                    _alt3,
                    _alt5,
                ),
                "string | string",
            )
        except SchemaViolation as e:
            e.path.insert(0, "attach_mode")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    return True
