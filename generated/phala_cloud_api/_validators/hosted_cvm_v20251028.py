"""Validator of the ``HostedCvmV20251028`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .cvm_network_urls import check as _check_CvmNetworkUrls
from .cvm_node import check as _check_CvmNode
from .kms_info import check as _check_KMSInfo
from .managed_user import check as _check_ManagedUser
from .vm_info import check as _check_VmInfo

_REQUIRED1 = frozenset({"hosted", "name", "public_urls", "status"})
_REQUIRED2 = frozenset({"hosted", "name", "public_urls", "status"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits HostedCvmV20251028."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["hosted"]
    try:
        _check_VmInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "hosted")
        raise
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v.get("managed_user")
    try:
        if p0 is not None:
            _check_ManagedUser(p0)
    except SchemaViolation as e:
        e.path.insert(0, "managed_user")
        raise
    p0 = v.get("node")
    try:
        if p0 is not None:
            _check_CvmNode(p0)
    except SchemaViolation as e:
        e.path.insert(0, "node")
        raise
    p0 = v.get("listed", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "listed")
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
    p0 = v.get("allow_upgrade", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "allow_upgrade")
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
    p0 = v.get("billing_period")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_period")
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
    p0 = v.get("gateway_domain")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gateway_domain")
        raise
    p0 = v["public_urls"]
    try:
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


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    p = v["status"]
    if not p.__class__ is str:
        return False
    return True
