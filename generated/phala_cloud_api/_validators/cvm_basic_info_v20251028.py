"""Validator of the ``CvmBasicInfoV20251028`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .machine_info import check as _check_MachineInfo

_REQUIRED1 = frozenset(
    {
        "app_id",
        "disk_size",
        "instance_type",
        "kms_type",
        "memory",
        "region_identifier",
        "status",
        "teepod_id",
        "teepod_name",
        "vcpu",
        "vm_uuid",
    }
)
_REQUIRED2 = frozenset(
    {
        "app_id",
        "disk_size",
        "instance_type",
        "kms_type",
        "memory",
        "region_identifier",
        "status",
        "teepod_id",
        "teepod_name",
        "vcpu",
        "vm_uuid",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CvmBasicInfoV20251028."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["vm_uuid"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vm_uuid")
        raise
    p0 = v["app_id"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("name", _MISSING)
    if p0 is not _MISSING:
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
    p0 = v["vcpu"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "vcpu")
        raise
    p0 = v["memory"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "memory")
        raise
    p0 = v["disk_size"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "disk_size")
        raise
    p0 = v["teepod_id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod_id")
        raise
    p0 = v["teepod_name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod_name")
        raise
    p0 = v["region_identifier"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "region_identifier")
        raise
    p0 = v["kms_type"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_type")
        raise
    p0 = v["instance_type"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_type")
        raise
    p0 = v.get("listed")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "listed")
        raise
    p0 = v.get("base_image")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "base_image")
        raise
    p0 = v.get("kms_slug")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_slug")
        raise
    p0 = v.get("kms_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_id")
        raise
    p0 = v.get("instance_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_id")
        raise
    p0 = v.get("machine_info")
    try:
        if p0 is not None:
            _check_MachineInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "machine_info")
        raise
    p0 = v.get("updated_at")
    try:
        if p0 is not None:
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
    p = v["vm_uuid"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["app_id"]
    if not p.__class__ is str:
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    p = v["vcpu"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["memory"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["disk_size"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["teepod_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["teepod_name"]
    if not p.__class__ is str:
        return False
    p = v["region_identifier"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["kms_type"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["instance_type"]
    if not (p.__class__ is str or p is None):
        return False
    return True
