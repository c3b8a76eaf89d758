"""Validator of the ``UpdateCvmRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .gpu_config import check as _check_GpuConfig


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits UpdateCvmRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("docker_compose_file")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "docker_compose_file")
        raise
    p0 = v.get("pre_launch_script")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "pre_launch_script")
        raise
    p0 = v.get("allowed_envs")
    try:
        if p0 is not None:
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
        e.path.insert(0, "allowed_envs")
        raise
    p0 = v.get("public_logs")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_logs")
        raise
    p0 = v.get("public_sysinfo")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_sysinfo")
        raise
    p0 = v.get("public_tcbinfo")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "public_tcbinfo")
        raise
    p0 = v.get("encrypted_env")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "encrypted_env")
        raise
    p0 = v.get("user_config")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "user_config")
        raise
    p0 = v.get("gpus")
    try:
        if p0 is not None:
            _check_GpuConfig(p0)
    except SchemaViolation as e:
        e.path.insert(0, "gpus")
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
    p0 = v.get("image")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "image")
        raise
    p0 = v.get("shutdown_timeout")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "shutdown_timeout")
        raise
    p0 = v.get("allow_force_stop", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "allow_force_stop")
            raise
    p0 = v.get("instance_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_type")
        raise
    p0 = v.get("allow_restart")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "allow_restart")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
