"""Validator of the ``CvmInfoDetailV20260121`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_gateway_info import check as _check_CVMGatewayInfo
from .cvm_kms_info import check as _check_CVMKmsInfo
from .cvm_log_urls import check as _check_CVMLogUrls
from .cvm_network_urls import check as _check_CvmNetworkUrls
from .cvm_progress_info import check as _check_CVMProgressInfo
from .cvm_resource_info import check as _check_CVMResourceInfo
from .cvmos_info import check as _check_CVMOSInfo
from .kms_type import check as _check_KmsType
from .node_ref import check as _check_NodeRef
from .user_ref import check as _check_UserRef
from .workspace_ref import check as _check_WorkspaceRef

_REQUIRED1 = frozenset({"gateway", "id", "name", "resource", "status"})
_REQUIRED2 = frozenset({"gateway", "id", "name", "resource", "status"})


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
    """Raise SchemaViolation unless ``v`` fits CvmInfoDetailV20260121."""
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
    p0 = v["resource"]
    try:
        _check_CVMResourceInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "resource")
        raise
    p0 = v.get("node_info")
    try:
        if p0 is not None:
            _check_NodeRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, "node_info")
        raise
    p0 = v.get("os")
    try:
        if p0 is not None:
            _check_CVMOSInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "os")
        raise
    p0 = v.get("kms_type")
    try:
        if p0 is not None:
            _check_KmsType(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_type")
        raise
    p0 = v.get("kms_info")
    try:
        if p0 is not None:
            _check_CVMKmsInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_info")
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
    p0 = v.get("progress")
    try:
        if p0 is not None:
            _check_CVMProgressInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "progress")
        raise
    p0 = v.get("compose_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compose_hash")
        raise
    p0 = v.get("docker_compose_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "docker_compose_hash")
        raise
    p0 = v.get("pre_launch_script_hash")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "pre_launch_script_hash")
        raise
    p0 = v["gateway"]
    try:
        _check_CVMGatewayInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "gateway")
        raise
    p0 = v.get("logs", _MISSING)
    if p0 is not _MISSING:
        try:
            _check_CVMLogUrls(p0)
        except SchemaViolation as e:
            e.path.insert(0, "logs")
            raise
    p0 = v.get("services", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not dict:
                        raise _fail("object", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "services")
            raise
    p0 = v.get("endpoints")
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
        e.path.insert(0, "endpoints")
        raise
    p0 = v.get("public_logs", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "public_logs")
            raise
    p0 = v.get("public_sysinfo", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "public_sysinfo")
            raise
    p0 = v.get("public_tcbinfo", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "public_tcbinfo")
            raise
    p0 = v.get("gateway_enabled", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "gateway_enabled")
            raise
    p0 = v.get("secure_time", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "secure_time")
            raise
    p0 = v.get("storage_fs", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "storage_fs")
            raise
    p0 = v.get("workspace")
    try:
        if p0 is not None:
            _check_WorkspaceRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, "workspace")
        raise
    p0 = v.get("creator")
    try:
        if p0 is not None:
            _check_UserRef(p0)
    except SchemaViolation as e:
        e.path.insert(0, "creator")
        raise
    p0 = v.get("created_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "created_at")
        raise
    p0 = v.get("deleted_at")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "deleted_at")
        raise
    p0 = v.get("listed", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "listed")
            raise
    p0 = v.get("project_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "project_type")
        raise
    p0 = v.get("compose_file", _MISSING)
    if p0 is not _MISSING:
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
    p = v["status"]
    if not p.__class__ is str:
        return False
    return True
