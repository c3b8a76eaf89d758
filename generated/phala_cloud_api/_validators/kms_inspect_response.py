"""Validator of the ``KmsInspectResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .guest_agent_info import check as _check_GuestAgentInfo
from .kms_rpc_info import check as _check_KmsRpcInfo
from .on_chain_info import check as _check_OnChainInfo
from .teepod_info import check as _check_TeepodInfo

_REQUIRED1 = frozenset({"db_version", "endpoint", "id", "kms_type", "slug"})
_REQUIRED2 = frozenset({"db_version", "endpoint", "id", "kms_type", "slug"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits KmsInspectResponse."""
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
    p0 = v["slug"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "slug")
        raise
    p0 = v["endpoint"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "endpoint")
        raise
    p0 = v["kms_type"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_type")
        raise
    p0 = v["db_version"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "db_version")
        raise
    p0 = v.get("rpc")
    try:
        if p0 is not None:
            _check_KmsRpcInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "rpc")
        raise
    p0 = v.get("rpc_error")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rpc_error")
        raise
    p0 = v.get("guest_agent")
    try:
        if p0 is not None:
            _check_GuestAgentInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "guest_agent")
        raise
    p0 = v.get("guest_agent_error")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "guest_agent_error")
        raise
    p0 = v.get("teepods", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_TeepodInfo(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "teepods")
            raise
    p0 = v.get("on_chain")
    try:
        if p0 is not None:
            _check_OnChainInfo(p0)
    except SchemaViolation as e:
        e.path.insert(0, "on_chain")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["id"]
    if not p.__class__ is str:
        return False
    p = v["slug"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["endpoint"]
    if not p.__class__ is str:
        return False
    p = v["kms_type"]
    if not p.__class__ is str:
        return False
    p = v["db_version"]
    if not p.__class__ is str:
        return False
    return True
