"""Validator of the ``CvmState`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"status"})
_REQUIRED2 = frozenset({"status"})


def _alt3(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt4(v: Any) -> None:
    if v.__class__ is not int and not (v.__class__ is float and v.is_integer()):
        raise _fail("integer", v)


def _alt5(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CvmState."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["status"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v.get("id", _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(
                p0,
                (
                    _alt3,
                    _alt4,
                    _alt5,
                ),
                "string | integer | null",
            )
        except SchemaViolation as e:
            e.path.insert(0, "id")
            raise
    p0 = v.get("instance_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_id")
        raise
    p0 = v.get("name", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "name")
            raise
    p0 = v.get("uptime")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "uptime")
        raise
    p0 = v.get("exited_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "exited_at")
        raise
    p0 = v.get("boot_progress")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "boot_progress")
        raise
    p0 = v.get("boot_error")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "boot_error")
        raise
    p0 = v.get("shutdown_progress")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "shutdown_progress")
        raise
    p0 = v.get("in_progress", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "in_progress")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    return True
