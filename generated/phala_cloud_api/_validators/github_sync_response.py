"""Validator of the ``GithubSyncResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"keys_added", "keys_removed", "keys_updated", "synced_count"})
_REQUIRED2 = frozenset({"keys_added", "keys_removed", "keys_updated", "synced_count"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits GithubSyncResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["synced_count"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "synced_count")
        raise
    p0 = v["keys_added"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "keys_added")
        raise
    p0 = v["keys_updated"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "keys_updated")
        raise
    p0 = v["keys_removed"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "keys_removed")
        raise
    p0 = v.get("errors", _MISSING)
    if p0 is not _MISSING:
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
            e.path.insert(0, "errors")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["synced_count"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["keys_added"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["keys_updated"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["keys_removed"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
