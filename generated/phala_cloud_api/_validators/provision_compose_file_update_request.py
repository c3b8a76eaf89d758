"""Validator of the ``ProvisionComposeFileUpdateRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_CONST2 = "ext4"
_CONST4 = "zfs"


def _alt1(v: Any) -> None:
    if v != _CONST2:
        raise _fail(_CONST2.__repr__(), v)
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt3(v: Any) -> None:
    if v != _CONST4:
        raise _fail(_CONST4.__repr__(), v)
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt5(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits ProvisionComposeFileUpdateRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("allowed_envs", _MISSING)
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
            e.path.insert(0, "allowed_envs")
            raise
    p0 = v.get("bash_script")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "bash_script")
        raise
    p0 = v.get("default_gateway_domain")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "default_gateway_domain")
        raise
    p0 = v.get("docker_compose_file")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "docker_compose_file")
        raise
    p0 = v.get("init_script")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "init_script")
        raise
    p0 = v.get("kms_enabled", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "kms_enabled")
            raise
    p0 = v.get("local_key_provider_enabled", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "local_key_provider_enabled")
            raise
    p0 = v.get("manifest_version", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
        except SchemaViolation as e:
            e.path.insert(0, "manifest_version")
            raise
    p0 = v.get("name", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "name")
            raise
    p0 = v.get("no_instance_id", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "no_instance_id")
            raise
    p0 = v.get("pre_launch_script")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "pre_launch_script")
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
    p0 = v.get("runner", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "runner")
            raise
    p0 = v.get("gateway_enabled", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "gateway_enabled")
            raise
    p0 = v.get("features", _MISSING)
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
            e.path.insert(0, "features")
            raise
    p0 = v.get("salt")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "salt")
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
            _any_of(
                p0,
                (
                    _alt1,
                    _alt3,
                    _alt5,
                ),
                "string | string | null",
            )
        except SchemaViolation as e:
            e.path.insert(0, "storage_fs")
            raise
    p0 = v.get("tproxy_enabled", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "tproxy_enabled")
            raise
    p0 = v.get("update_env_vars")
    try:
        if p0 is not None:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
    except SchemaViolation as e:
        e.path.insert(0, "update_env_vars")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
