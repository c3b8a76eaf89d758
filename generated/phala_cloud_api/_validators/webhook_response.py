"""Validator of the ``WebhookResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"created_at", "enabled", "events", "id", "updated_at", "url"})
_REQUIRED2 = frozenset({"created_at", "enabled", "events", "id", "updated_at", "url"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits WebhookResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "id")
        raise
    p0 = v["url"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "url")
        raise
    p0 = v.get("secret")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "secret")
        raise
    p0 = v["events"]
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
        e.path.insert(0, "events")
        raise
    p0 = v.get("name")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["enabled"]
    try:
        if p0.__class__ is not bool:
            raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "enabled")
        raise
    p0 = v["created_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v["updated_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "updated_at")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["id"]
    if not p.__class__ is str:
        return False
    p = v["url"]
    if not p.__class__ is str:
        return False
    p = v["enabled"]
    if not p.__class__ is bool:
        return False
    p = v["created_at"]
    if not p.__class__ is str:
        return False
    p = v["updated_at"]
    if not p.__class__ is str:
        return False
    return True
