"""Validator of the ``AppCvmsBatchIsAllowedResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_is_allowed_item import check as _check_CvmIsAllowedItem

_REQUIRED1 = frozenset({"is_onchain"})
_REQUIRED2 = frozenset({"is_onchain"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AppCvmsBatchIsAllowedResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["is_onchain"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "is_onchain")
        raise
    p0 = v.get("results", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmIsAllowedItem(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "results")
            raise
    p0 = v.get("total", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "total")
            raise
    p0 = v.get("allowed_count", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "allowed_count")
            raise
    p0 = v.get("denied_count", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "denied_count")
            raise
    p0 = v.get("error_count", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "error_count")
            raise
    p0 = v.get("skipped_cvm_ids", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not int and not (
                        i1.__class__ is float and i1.is_integer()
                    ):
                        raise _fail("integer", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "skipped_cvm_ids")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["is_onchain"]
    if not p.__class__ is bool:
        return False
    return True
