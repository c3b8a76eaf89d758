"""Validator of the ``CvmDetailV20251028`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_network_urls import check as _check_CvmNetworkUrls
from .cvm_node import check as _check_CvmNode
from .kms_info import check as _check_KMSInfo

_REQUIRED1 = frozenset(
    {"app_id", "disk_size", "id", "memory", "name", "status", "vcpu"}
)
_REQUIRED2 = frozenset(
    {"app_id", "disk_size", "id", "memory", "name", "status", "vcpu"}
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CvmDetailV20251028."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "id")
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
    p0 = v.get("teepod")
    try:
        if p0 is not None:
            _check_CvmNode(p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod")
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
    p0 = v.get("in_progress", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "in_progress")
            raise
    p0 = v["app_id"]
    try:
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
    p0 = v.get("base_image")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "base_image")
        raise
    p0 = v.get("encrypted_env_pubkey")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "encrypted_env_pubkey")
        raise
    p0 = v.get("listed", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "listed")
            raise
    p0 = v.get("project_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "project_id")
        raise
    p0 = v.get("project_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "project_type")
        raise
    p0 = v.get("instance_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_type")
        raise
    p0 = v.get("public_sysinfo")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_sysinfo")
        raise
    p0 = v.get("public_logs")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_logs")
        raise
    p0 = v.get("dapp_dashboard_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "dapp_dashboard_url")
        raise
    p0 = v.get("syslog_endpoint")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "syslog_endpoint")
        raise
    p0 = v.get("kms_info")
    try:
        if p0 is not None:
            _check_KMSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_info")
        raise
    p0 = v.get("contract_address")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "contract_address")
        raise
    p0 = v.get("deployer_address")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "deployer_address")
        raise
    p0 = v.get("scheduled_delete_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "scheduled_delete_at")
        raise
    p0 = v.get("public_urls")
    try:
        if p0 is not None:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_CvmNetworkUrls(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
    except SchemaViolation as e:
        e.path.insert(0, "public_urls")
        raise
    p0 = v.get("gateway_domain")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gateway_domain")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    p = v["app_id"]
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
    return True
