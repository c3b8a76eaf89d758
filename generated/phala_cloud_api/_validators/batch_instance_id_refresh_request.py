"""Validator of the ``BatchInstanceIdRefreshRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits BatchInstanceIdRefreshRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("cvm_ids")
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
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
    p0 = v.get("running_only", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "running_only")
            raise
    p0 = v.get("missing_only", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "missing_only")
            raise
    p0 = v.get("overwrite", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "overwrite")
            raise
    p0 = v.get("limit", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "limit")
            raise
    p0 = v.get("dry_run", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "dry_run")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
