"""Validator of the ``CvmReplica`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"id", "name", "status"})
_REQUIRED2 = frozenset({"id", "name", "status"})


def _alt3(v: Any) -> None:
    if v.__class__ is not int and not (v.__class__ is float and v.is_integer()):
        raise _fail("integer", v)


def _alt4(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt5(v: Any) -> None:
    if v.__class__ is not int and not (v.__class__ is float and v.is_integer()):
        raise _fail("integer", v)


def _alt6(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt7(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CvmReplica."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["id"]
    try:
        _any_of(
            p0,
            (
                _alt3,
                _alt4,
            ),
            "integer | string",
        )
    except SchemaViolation as e:
        e.path.insert(0, "id")
        raise
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["status"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v.get("teepod_id")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod_id")
        raise
    p0 = v.get("user_id", _MISSING)
    if p0 is not _MISSING:
        try:
            _any_of(
                p0,
                (
                    _alt5,
                    _alt6,
                    _alt7,
                ),
                "integer | string | null",
            )
        except SchemaViolation as e:
            e.path.insert(0, "user_id")
            raise
    p0 = v.get("app_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("vm_uuid")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vm_uuid")
        raise
    p0 = v.get("instance_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_id")
        raise
    p0 = v.get("app_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_url")
        raise
    p0 = v.get("base_image")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "base_image")
        raise
    p0 = v.get("vcpu")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vcpu")
        raise
    p0 = v.get("memory")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "memory")
        raise
    p0 = v.get("disk_size")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "disk_size")
        raise
    p0 = v.get("created_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v.get("encrypted_env_pubkey")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "encrypted_env_pubkey")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["id"]
    if not (
        (p.__class__ is int or (p.__class__ is float and p.is_integer()))
        or p.__class__ is str
    ):
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    return True
