"""Validator of the ``DnsRecordResult`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"expected_value", "is_valid", "query_name", "record_type"})
_REQUIRED2 = frozenset({"expected_value", "is_valid", "query_name", "record_type"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits DnsRecordResult."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["record_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "record_type")
        raise
    p0 = v["query_name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "query_name")
        raise
    p0 = v["expected_value"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "expected_value")
        raise
    p0 = v.get("actual_value")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "actual_value")
        raise
    p0 = v["is_valid"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "is_valid")
        raise
    p0 = v.get("is_deprecated", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "is_deprecated")
            raise
    p0 = v.get("warning_message")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "warning_message")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["record_type"]
    if not p.__class__ is str:
        return False
    p = v["query_name"]
    if not p.__class__ is str:
        return False
    p = v["expected_value"]
    if not p.__class__ is str:
        return False
    p = v["is_valid"]
    if not p.__class__ is bool:
        return False
    return True
