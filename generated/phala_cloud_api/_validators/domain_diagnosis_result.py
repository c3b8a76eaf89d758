"""Validator of the ``DomainDiagnosisResult`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .caa_check_result import check as _check_CaaCheckResult
from .dns_record_result import check as _check_DnsRecordResult

_REQUIRED1 = frozenset({"domain", "is_valid", "port", "records"})
_REQUIRED2 = frozenset({"domain", "is_valid", "port", "records"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits DomainDiagnosisResult."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["domain"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "domain")
        raise
    p0 = v["port"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "port")
        raise
    p0 = v["records"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_DnsRecordResult(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "records")
        raise
    p0 = v["is_valid"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "is_valid")
        raise
    p0 = v.get("caa_check")
    try:
        if p0 is not None:
            _check_CaaCheckResult(p0)
    except SchemaViolation as e:
        e.path.insert(0, "caa_check")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["domain"]
    if not p.__class__ is str:
        return False
    p = v["port"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["is_valid"]
    if not p.__class__ is bool:
        return False
    return True
