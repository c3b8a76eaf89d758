"""Validator of the ``SshKeyResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "created_at",
        "fingerprint",
        "id",
        "key_type",
        "name",
        "public_key",
        "source",
        "updated_at",
        "user_id",
    }
)
_REQUIRED2 = frozenset(
    {
        "created_at",
        "fingerprint",
        "id",
        "key_type",
        "name",
        "public_key",
        "source",
        "updated_at",
        "user_id",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits SshKeyResponse."""
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
    p0 = v["user_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "user_id")
        raise
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["public_key"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_key")
        raise
    p0 = v["fingerprint"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "fingerprint")
        raise
    p0 = v["key_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "key_type")
        raise
    p0 = v["source"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "source")
        raise
    p0 = v.get("key_metadata")
    try:
        if p0 is not None:
            if p0.__class__ is not dict:
                raise _fail("object", p0)
    except SchemaViolation as e:
        e.path.insert(0, "key_metadata")
        raise
    p0 = v.get("last_synced_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "last_synced_at")
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
    p = v["user_id"]
    if not p.__class__ is str:
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["public_key"]
    if not p.__class__ is str:
        return False
    p = v["fingerprint"]
    if not p.__class__ is str:
        return False
    p = v["key_type"]
    if not p.__class__ is str:
        return False
    p = v["source"]
    if not p.__class__ is str:
        return False
    p = v["created_at"]
    if not p.__class__ is str:
        return False
    p = v["updated_at"]
    if not p.__class__ is str:
        return False
    return True
