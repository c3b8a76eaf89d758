"""Validator of the ``AppAttestationResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AppAttestationResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
