"""Validator of the ``SystemInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .disk_info import check as _check_DiskInfo

_REQUIRED1 = frozenset(
    {
        "available_memory",
        "cpu_model",
        "disks",
        "free_memory",
        "free_swap",
        "kernel_version",
        "loadavg_fifteen",
        "loadavg_five",
        "loadavg_one",
        "num_cpus",
        "os_name",
        "os_version",
        "total_memory",
        "total_swap",
        "uptime",
        "used_memory",
        "used_swap",
    }
)
_REQUIRED2 = frozenset(
    {
        "available_memory",
        "cpu_model",
        "disks",
        "free_memory",
        "free_swap",
        "kernel_version",
        "loadavg_fifteen",
        "loadavg_five",
        "loadavg_one",
        "num_cpus",
        "os_name",
        "os_version",
        "total_memory",
        "total_swap",
        "uptime",
        "used_memory",
        "used_swap",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits SystemInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["os_name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "os_name")
        raise
    p0 = v["os_version"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "os_version")
        raise
    p0 = v["kernel_version"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "kernel_version")
        raise
    p0 = v["cpu_model"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cpu_model")
        raise
    p0 = v["num_cpus"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "num_cpus")
        raise
    p0 = v["total_memory"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total_memory")
        raise
    p0 = v["available_memory"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "available_memory")
        raise
    p0 = v["used_memory"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "used_memory")
        raise
    p0 = v["free_memory"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "free_memory")
        raise
    p0 = v["total_swap"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "total_swap")
        raise
    p0 = v["used_swap"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "used_swap")
        raise
    p0 = v["free_swap"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "free_swap")
        raise
    p0 = v["uptime"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "uptime")
        raise
    p0 = v["loadavg_one"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "loadavg_one")
        raise
    p0 = v["loadavg_five"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "loadavg_five")
        raise
    p0 = v["loadavg_fifteen"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "loadavg_fifteen")
        raise
    p0 = v["disks"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_DiskInfo(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "disks")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["os_name"]
    if not p.__class__ is str:
        return False
    p = v["os_version"]
    if not p.__class__ is str:
        return False
    p = v["kernel_version"]
    if not p.__class__ is str:
        return False
    p = v["cpu_model"]
    if not p.__class__ is str:
        return False
    p = v["num_cpus"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["total_memory"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["available_memory"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["used_memory"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["free_memory"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["total_swap"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["used_swap"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["free_swap"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["uptime"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["loadavg_one"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["loadavg_five"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    p = v["loadavg_fifteen"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
