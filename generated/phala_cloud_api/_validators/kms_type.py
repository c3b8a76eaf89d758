"""Validator of the ``KmsType`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_ENUM1 = ("phala", "ethereum", "base", "legacy", "PHALA", "ETHEREUM", "BASE")


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits KmsType."""
    if v not in _ENUM1:
        raise SchemaViolation(f"{v!r} is not one of {_ENUM1}")
    if v.__class__ is not str:
        raise _fail("string", v)


def shape(v: Any) -> bool:
    return is_valid("KmsType", v)
