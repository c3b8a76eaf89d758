"""Validator of the ``TcbInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .event_log import check as _check_EventLog

_REQUIRED1 = frozenset(
    {"app_compose", "event_log", "mrtd", "rtmr0", "rtmr1", "rtmr2", "rtmr3"}
)
_REQUIRED2 = frozenset(
    {"app_compose", "event_log", "mrtd", "rtmr0", "rtmr1", "rtmr2", "rtmr3"}
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits TcbInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["mrtd"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrtd")
        raise
    p0 = v.get("rootfs_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rootfs_hash")
        raise
    p0 = v["rtmr0"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr0")
        raise
    p0 = v["rtmr1"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr1")
        raise
    p0 = v["rtmr2"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr2")
        raise
    p0 = v["rtmr3"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr3")
        raise
    p0 = v["event_log"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_EventLog(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "event_log")
        raise
    p0 = v["app_compose"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_compose")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["mrtd"]
    if not p.__class__ is str:
        return False
    p = v["rtmr0"]
    if not p.__class__ is str:
        return False
    p = v["rtmr1"]
    if not p.__class__ is str:
        return False
    p = v["rtmr2"]
    if not p.__class__ is str:
        return False
    p = v["rtmr3"]
    if not p.__class__ is str:
        return False
    p = v["app_compose"]
    if not p.__class__ is str:
        return False
    return True
