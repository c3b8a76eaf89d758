"""Validator of the ``DstackAppMinimalResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"app_id"})
_REQUIRED2 = frozenset({"app_id"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits DstackAppMinimalResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v.get("id")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "id")
        raise
    p0 = v["app_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("name")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v.get("app_provision_type")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_provision_type")
        raise
    p0 = v.get("app_icon_url")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_icon_url")
        raise
    p0 = v.get("created_at")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v.get("kms_type")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_type")
        raise
    p0 = v.get("profile")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "profile")
        raise
    p0 = v.get("current_cvm")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "current_cvm")
        raise
    p0 = v.get("cvms")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cvms")
        raise
    p0 = v.get("cvm_count")
    try:
        if p0 is not None:
            raise _fail("null", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cvm_count")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["app_id"]
    if not p.__class__ is str:
        return False
    return True
