"""Validator of the ``AttestationKeyType`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .attestation_key_code import check as _check_AttestationKeyCode


def _alt1(v: Any) -> None:
    _check_AttestationKeyCode(v)


def _alt2(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AttestationKeyType."""
    _any_of(
        v,
        (
            _alt1,
            _alt2,
        ),
        "AttestationKeyCode | string",
    )


def shape(v: Any) -> bool:
    return is_valid("AttestationKeyType", v)
