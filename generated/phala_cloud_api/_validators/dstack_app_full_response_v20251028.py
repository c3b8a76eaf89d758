"""Validator of the ``DstackAppFullResponseV20251028`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_basic_info_v20251028 import check as _check_CvmBasicInfoV20251028
from .profile_get_response import check as _check_ProfileGetResponse

_REQUIRED1 = frozenset({"app_id", "created_at", "id", "kms_type", "name"})
_REQUIRED2 = frozenset({"app_id", "created_at", "id", "kms_type", "name"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits DstackAppFullResponseV20251028."""
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
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["app_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("app_provision_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_provision_type")
        raise
    p0 = v.get("app_icon_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_icon_url")
        raise
    p0 = v["created_at"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v["kms_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_type")
        raise
    p0 = v.get("profile")
    try:
        if p0 is not None:
            _check_ProfileGetResponse(p0)
    except SchemaViolation as e:
        e.path.insert(0, "profile")
        raise
    p0 = v.get("current_cvm")
    try:
        if p0 is not None:
            _check_CvmBasicInfoV20251028(p0)
    except SchemaViolation as e:
        e.path.insert(0, "current_cvm")
        raise
    p0 = v.get("cvms", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmBasicInfoV20251028(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "cvms")
            raise
    p0 = v.get("cvm_count", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "cvm_count")
            raise
    p0 = v.get("team_slug")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "team_slug")
        raise
    p0 = v.get("team_name")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "team_name")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["id"]
    if not p.__class__ is str:
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["app_id"]
    if not p.__class__ is str:
        return False
    p = v["created_at"]
    if not p.__class__ is str:
        return False
    p = v["kms_type"]
    if not p.__class__ is str:
        return False
    return True
