"""Validator of the ``QuoteBody`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "mrconfig",
        "mrowner",
        "mrownerconfig",
        "mrseam",
        "mrsignerseam",
        "mrtd",
        "reportdata",
        "rtmr0",
        "rtmr1",
        "rtmr2",
        "rtmr3",
        "seamattributes",
        "tdattributes",
        "tee_tcb_svn",
        "xfam",
    }
)
_REQUIRED2 = frozenset(
    {
        "mrconfig",
        "mrowner",
        "mrownerconfig",
        "mrseam",
        "mrsignerseam",
        "mrtd",
        "reportdata",
        "rtmr0",
        "rtmr1",
        "rtmr2",
        "rtmr3",
        "seamattributes",
        "tdattributes",
        "tee_tcb_svn",
        "xfam",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits QuoteBody."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["tee_tcb_svn"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "tee_tcb_svn")
        raise
    p0 = v["mrseam"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrseam")
        raise
    p0 = v["mrsignerseam"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrsignerseam")
        raise
    p0 = v["seamattributes"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "seamattributes")
        raise
    p0 = v["tdattributes"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "tdattributes")
        raise
    p0 = v["xfam"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "xfam")
        raise
    p0 = v["mrtd"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrtd")
        raise
    p0 = v["mrconfig"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrconfig")
        raise
    p0 = v["mrowner"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrowner")
        raise
    p0 = v["mrownerconfig"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "mrownerconfig")
        raise
    p0 = v["rtmr0"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr0")
        raise
    p0 = v["rtmr1"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr1")
        raise
    p0 = v["rtmr2"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr2")
        raise
    p0 = v["rtmr3"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "rtmr3")
        raise
    p0 = v["reportdata"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "reportdata")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["tee_tcb_svn"]
    if not p.__class__ is str:
        return False
    p = v["mrseam"]
    if not p.__class__ is str:
        return False
    p = v["mrsignerseam"]
    if not p.__class__ is str:
        return False
    p = v["seamattributes"]
    if not p.__class__ is str:
        return False
    p = v["tdattributes"]
    if not p.__class__ is str:
        return False
    p = v["xfam"]
    if not p.__class__ is str:
        return False
    p = v["mrtd"]
    if not p.__class__ is str:
        return False
    p = v["mrconfig"]
    if not p.__class__ is str:
        return False
    p = v["mrowner"]
    if not p.__class__ is str:
        return False
    p = v["mrownerconfig"]
    if not p.__class__ is str:
        return False
    p = v["rtmr0"]
    if not p.__class__ is str:
        return False
    p = v["rtmr1"]
    if not p.__class__ is str:
        return False
    p = v["rtmr2"]
    if not p.__class__ is str:
        return False
    p = v["rtmr3"]
    if not p.__class__ is str:
        return False
    p = v["reportdata"]
    if not p.__class__ is str:
        return False
    return True
