"""Validator of the ``UpdateNetworkConfigRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits UpdateNetworkConfigRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("kms_urls")
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
        e.path.insert(0, "kms_urls")
        raise
    p0 = v.get("gateway_urls")
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
        e.path.insert(0, "gateway_urls")
        raise
    p0 = v.get("restart", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "restart")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
