"""Validator of the ``TcbEvaluationInstance`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"image_version", "instance_id", "name", "status", "vm_uuid"})
_REQUIRED2 = frozenset({"image_version", "instance_id", "name", "status", "vm_uuid"})
_CONST3 = "early"


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits TcbEvaluationInstance."""
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
    p0 = v["name"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v["instance_id"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_id")
        raise
    p0 = v["status"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v["image_version"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "image_version")
        raise
    p0 = v.get("ppid", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "ppid")
            raise
    p0 = v.get("device_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id")
        raise
    p0 = v.get("evaluation_update", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST3:
                raise _fail(_CONST3.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "evaluation_update")
            raise
    p0 = v.get("evaluation_ok")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "evaluation_ok")
        raise
    p0 = v.get("evaluation_status")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "evaluation_status")
        raise
    p0 = v.get("error")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "error")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["vm_uuid"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["name"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["instance_id"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["status"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["image_version"]
    if not (p.__class__ is str or p is None):
        return False
    return True
