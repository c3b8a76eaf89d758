"""Validator of the ``AvailableOsImage`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .os_image_variant import check as _check_OsImageVariant

_REQUIRED1 = frozenset({"version"})
_REQUIRED2 = frozenset({"version"})


def _alt3(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)


def _alt4(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AvailableOsImage."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["version"]
    try:
        _any_of(
            p0,
            (
                _alt3,
                _alt4,
            ),
            "array of any value | array of any value",
        )
    except SchemaViolation as e:
        e.path.insert(0, "version")
        raise
    p0 = v.get("prod")
    try:
        if p0 is not None:
            _check_OsImageVariant(p0)
    except SchemaViolation as e:
        e.path.insert(0, "prod")
        raise
    p0 = v.get("dev")
    try:
        if p0 is not None:
            _check_OsImageVariant(p0)
    except SchemaViolation as e:
        e.path.insert(0, "dev")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    return True
