"""Validator of the ``GithubProfileImportResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"github_username", "keys_added", "keys_skipped"})
_REQUIRED2 = frozenset({"github_username", "keys_added", "keys_skipped"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits GithubProfileImportResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["github_username"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "github_username")
        raise
    p0 = v["keys_added"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "keys_added")
        raise
    p0 = v["keys_skipped"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "keys_skipped")
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
    p = v["github_username"]
    if not p.__class__ is str:
        return False
    p = v["keys_added"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["keys_skipped"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
