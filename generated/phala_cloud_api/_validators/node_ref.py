"""Validator of the ``NodeRef`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .teepod_status import check as _check_TeepodStatus

_CONST1 = "node"


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits NodeRef."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("object_type", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0 != _CONST1:
                raise _fail(_CONST1.__repr__(), p0)
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "object_type")
            raise
    p0 = v.get("id")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "id")
        raise
    p0 = v.get("node_id")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "node_id")
        raise
    p0 = v.get("name")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v.get("region")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "region")
        raise
    p0 = v.get("device_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "device_id")
        raise
    p0 = v.get("ppid")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "ppid")
        raise
    p0 = v.get("status")
    try:
        if p0 is not None:
            _check_TeepodStatus(p0)
    except SchemaViolation as e:
        e.path.insert(0, "status")
        raise
    p0 = v.get("version")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "version")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
