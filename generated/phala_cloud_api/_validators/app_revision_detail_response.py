"""Validator of the ``AppRevisionDetailResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_ref import check as _check_CvmRef
from .user_ref import check as _check_UserRef
from .workspace_ref import check as _check_WorkspaceRef

_REQUIRED1 = frozenset(
    {
        "app_id",
        "compose_file",
        "compose_hash",
        "created_at",
        "encrypted_env",
        "operation_type",
        "revision_id",
        "trace_id",
        "user_config",
        "vm_uuid",
    }
)
_REQUIRED2 = frozenset(
    {
        "app_id",
        "compose_file",
        "compose_hash",
        "created_at",
        "encrypted_env",
        "operation_type",
        "revision_id",
        "trace_id",
        "user_config",
        "vm_uuid",
    }
)


def _alt3(v: Any) -> None:
    if v.__class__ is not dict:
        raise _fail("object", v)


def _alt4(v: Any) -> None:
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt5(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AppRevisionDetailResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["revision_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "revision_id")
        raise
    p0 = v["app_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v["vm_uuid"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vm_uuid")
        raise
    p0 = v["compose_hash"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise
    p0 = v["compose_file"]
    try:
        _any_of(
            p0,
            (
                _alt3,
                _alt4,
                _alt5,
            ),
            "object | string | null",
        )
    except SchemaViolation as e:
        e.path.insert(0, "compose_file")
        raise
    p0 = v["encrypted_env"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "encrypted_env")
        raise
    p0 = v["user_config"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "user_config")
        raise
    p0 = v["created_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v["trace_id"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "trace_id")
        raise
    p0 = v["operation_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "operation_type")
        raise
    p0 = v.get("triggered_by")
    try:
        if p0 is not None:
            _check_UserRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, "triggered_by")
        raise
    p0 = v.get("cvm")
    try:
        if p0 is not None:
            _check_CvmRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, "cvm")
        raise
    p0 = v.get("workspace")
    try:
        if p0 is not None:
            _check_WorkspaceRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, "workspace")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["revision_id"]
    if not p.__class__ is str:
        return False
    p = v["app_id"]
    if not p.__class__ is str:
        return False
    p = v["vm_uuid"]
    if not p.__class__ is str:
        return False
    p = v["compose_hash"]
    if not p.__class__ is str:
        return False
    p = v["encrypted_env"]
    if not p.__class__ is str:
        return False
    p = v["user_config"]
    if not p.__class__ is str:
        return False
    p = v["created_at"]
    if not p.__class__ is str:
        return False
    p = v["trace_id"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["operation_type"]
    if not p.__class__ is str:
        return False
    return True
