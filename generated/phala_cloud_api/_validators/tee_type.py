"""Validator of the ``TeeType`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .tee_type_code import check as _check_TeeTypeCode


def _alt1(v: Any) -> None:
    _check_TeeTypeCode(v)


def _alt2(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits TeeType."""
    _any_of(
        v,
        (
            _alt1,
            _alt2,
        ),
        "TeeTypeCode | string",
    )


def shape(v: Any) -> bool:
    return is_valid("TeeType", v)
