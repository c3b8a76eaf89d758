"""Validator of the ``CvmOperationResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .operation_event_detail import check as _check_OperationEventDetail

_REQUIRED1 = frozenset(
    {
        "correlation_id",
        "events",
        "instance_name",
        "operation_type",
        "started_at",
        "status",
        "sub_operations",
        "target_state",
        "triggered_by",
    }
)
_REQUIRED2 = frozenset(
    {
        "correlation_id",
        "events",
        "instance_name",
        "operation_type",
        "started_at",
        "status",
        "sub_operations",
        "target_state",
        "triggered_by",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CvmOperationResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["correlation_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "correlation_id")
        raise
    p0 = v["operation_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "operation_type")
        raise
    p0 = v["target_state"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "target_state")
        raise
    p0 = v["triggered_by"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "triggered_by")
        raise
    p0 = v.get("triggered_by_username")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "triggered_by_username")
        raise
    p0 = v.get("triggered_by_email")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "triggered_by_email")
        raise
    p0 = v["started_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "started_at")
        raise
    p0 = v.get("completed_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "completed_at")
        raise
    p0 = v.get("duration_ms")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "duration_ms")
        raise
    p0 = v["status"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v.get("error_message")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "error_message")
        raise
    p0 = v["sub_operations"]
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
        e.path.insert(0, "sub_operations")
        raise
    p0 = v["events"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_OperationEventDetail(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "events")
        raise
    p0 = v["instance_name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_name")
        raise
    p0 = v.get("compose_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["correlation_id"]
    if not p.__class__ is str:
        return False
    p = v["operation_type"]
    if not p.__class__ is str:
        return False
    p = v["target_state"]
    if not p.__class__ is str:
        return False
    p = v["triggered_by"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["started_at"]
    if not p.__class__ is str:
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    p = v["instance_name"]
    if not p.__class__ is str:
        return False
    return True
