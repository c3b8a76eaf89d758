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
    if len(v) < 4:
        raise SchemaViolation(f"expected 4+ items, got {len(v)}")
    if len(v) > 4:
        raise SchemaViolation(f"expected <= 4 items, got {len(v)}")
    if len(v) > 0:
        p0_0 = v[0]
        try:
            if p0_0.__class__ is not int and not (
                p0_0.__class__ is float and p0_0.is_integer()
            ):
                raise _fail("integer", p0_0)
        except SchemaViolation as e:
            e.path.insert(0, 0)
            raise
    if len(v) > 1:
        p0_1 = v[1]
        try:
            if p0_1.__class__ is not int and not (
                p0_1.__class__ is float and p0_1.is_integer()
            ):
                raise _fail("integer", p0_1)
        except SchemaViolation as e:
            e.path.insert(0, 1)
            raise
    if len(v) > 2:
        p0_2 = v[2]
        try:
            if p0_2.__class__ is not int and not (
                p0_2.__class__ is float and p0_2.is_integer()
            ):
                raise _fail("integer", p0_2)
        except SchemaViolation as e:
            e.path.insert(0, 2)
            raise
    if len(v) > 3:
        p0_3 = v[3]
        try:
            if p0_3.__class__ is not int and not (
                p0_3.__class__ is float and p0_3.is_integer()
            ):
                raise _fail("integer", p0_3)
        except SchemaViolation as e:
            e.path.insert(0, 3)
            raise
    for n0, i0 in enumerate(v):
        try:
            if i0.__class__ is not int and not (
                i0.__class__ is float and i0.is_integer()
            ):
                raise _fail("integer", i0)
        except SchemaViolation as e:
            e.path.insert(0, n0)
            raise


def _alt4(v: Any) -> None:
    if v.__class__ is not list:
        raise _fail("array", v)
    if len(v) < 3:
        raise SchemaViolation(f"expected 3+ items, got {len(v)}")
    if len(v) > 3:
        raise SchemaViolation(f"expected <= 3 items, got {len(v)}")
    if len(v) > 0:
        p0_0 = v[0]
        try:
            if p0_0.__class__ is not int and not (
                p0_0.__class__ is float and p0_0.is_integer()
            ):
                raise _fail("integer", p0_0)
        except SchemaViolation as e:
            e.path.insert(0, 0)
            raise
    if len(v) > 1:
        p0_1 = v[1]
        try:
            if p0_1.__class__ is not int and not (
                p0_1.__class__ is float and p0_1.is_integer()
            ):
                raise _fail("integer", p0_1)
        except SchemaViolation as e:
            e.path.insert(0, 1)
            raise
    if len(v) > 2:
        p0_2 = v[2]
        try:
            if p0_2.__class__ is not int and not (
                p0_2.__class__ is float and p0_2.is_integer()
            ):
                raise _fail("integer", p0_2)
        except SchemaViolation as e:
            e.path.insert(0, 2)
            raise
    for n0, i0 in enumerate(v):
        try:
            if i0.__class__ is not int and not (
                i0.__class__ is float and i0.is_integer()
            ):
                raise _fail("integer", i0)
        except SchemaViolation as e:
            e.path.insert(0, n0)
            raise


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
            "array of integer | array of integer",
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
