"""Validator of the ``MeteredUsageResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "billing_day",
        "billing_end",
        "billing_hour",
        "billing_key",
        "billing_start",
        "cost",
        "details",
        "duration_minutes",
        "event_type",
        "instance_id",
        "project_id",
        "team_id",
        "timestamp",
        "usage_type",
    }
)
_REQUIRED2 = frozenset(
    {
        "billing_day",
        "billing_end",
        "billing_hour",
        "billing_key",
        "billing_start",
        "cost",
        "details",
        "duration_minutes",
        "event_type",
        "instance_id",
        "project_id",
        "team_id",
        "timestamp",
        "usage_type",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits MeteredUsageResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["instance_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_id")
        raise
    p0 = v["project_id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "project_id")
        raise
    p0 = v["team_id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "team_id")
        raise
    p0 = v["timestamp"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "timestamp")
        raise
    p0 = v["event_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "event_type")
        raise
    p0 = v["cost"]
    try:
        if p0.__class__ is not int and p0.__class__ is not float:
            raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cost")
        raise
    p0 = v["details"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "details")
        raise
    p0 = v["usage_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "usage_type")
        raise
    p0 = v["billing_start"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_start")
        raise
    p0 = v["billing_end"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_end")
        raise
    p0 = v["duration_minutes"]
    try:
        if p0.__class__ is not int and p0.__class__ is not float:
            raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, "duration_minutes")
        raise
    p0 = v["billing_key"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_key")
        raise
    p0 = v["billing_hour"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_hour")
        raise
    p0 = v["billing_day"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_day")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["instance_id"]
    if not p.__class__ is str:
        return False
    p = v["project_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["team_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["timestamp"]
    if not p.__class__ is str:
        return False
    p = v["event_type"]
    if not p.__class__ is str:
        return False
    p = v["cost"]
    if not (p.__class__ is int or p.__class__ is float):
        return False
    p = v["details"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["usage_type"]
    if not p.__class__ is str:
        return False
    p = v["billing_start"]
    if not p.__class__ is str:
        return False
    p = v["billing_end"]
    if not p.__class__ is str:
        return False
    p = v["duration_minutes"]
    if not (p.__class__ is int or p.__class__ is float):
        return False
    p = v["billing_key"]
    if not p.__class__ is str:
        return False
    p = v["billing_hour"]
    if not p.__class__ is str:
        return False
    p = v["billing_day"]
    if not p.__class__ is str:
        return False
    return True
