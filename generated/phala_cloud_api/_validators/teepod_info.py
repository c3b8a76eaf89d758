"""Validator of the ``TeepodInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .teepod_image_info import check as _check_TeepodImageInfo

_REQUIRED1 = frozenset({"id", "name"})
_REQUIRED2 = frozenset({"id", "name"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits TeepodInfo."""
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
    p0 = v["name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "name")
        raise
    p0 = v.get("teepod_version_db")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod_version_db")
        raise
    p0 = v.get("teepod_version_real")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "teepod_version_real")
        raise
    p0 = v.get("kms_url")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kms_url")
        raise
    p0 = v.get("kms_urls", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    if i1.__class__ is not str:
                        raise _fail("string", i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "kms_urls")
            raise
    p0 = v.get("available_os_images", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not list:
                raise _fail("array", p0)
            for n1, i1 in enumerate(p0):
                try:
                    _check_TeepodImageInfo(i1)
                except SchemaViolation as e:
                    e.path.insert(0, n1)
                    raise
        except SchemaViolation as e:
            e.path.insert(0, "available_os_images")
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
    p = v["id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    return True
