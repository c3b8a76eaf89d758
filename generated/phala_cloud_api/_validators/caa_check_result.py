"""Validator of the ``CaaCheckResult`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .acme_fetch_result import check as _check_AcmeFetchResult

_REQUIRED1 = frozenset({"acme_fetches", "caa_records", "is_match"})
_REQUIRED2 = frozenset({"acme_fetches", "caa_records", "is_match"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CaaCheckResult."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["caa_records"]
    try:
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
        e.path.insert(0, "caa_records")
        raise
    p0 = v.get("accounturi")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "accounturi")
        raise
    p0 = v["acme_fetches"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_AcmeFetchResult(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "acme_fetches")
        raise
    p0 = v.get("expected_uri")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "expected_uri")
        raise
    p0 = v["is_match"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "is_match")
        raise
    p0 = v.get("info_message")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "info_message")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["is_match"]
    if not p.__class__ is bool:
        return False
    return True
