"""Validator of the ``ProvisionComposeFileUpdateRequest`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset({"name"})
_REQUIRED2 = frozenset({"name"})
_CONST4 = "ext4"
_CONST6 = "zfs"


def _alt3(v: Any) -> None:
    if v != _CONST4:
        raise _fail(_CONST4.__repr__(), v)
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt5(v: Any) -> None:
    if v != _CONST6:
        raise _fail(_CONST6.__repr__(), v)
    if v.__class__ is not str:
        raise _fail("string", v)


def _alt7(v: Any) -> None:
    if v is not None:
        raise _fail("null", v)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits ProvisionComposeFileUpdateRequest."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
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
    p0 = v["name"]
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
                    _alt3,
                    _alt5,
                    _alt7,
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
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["name"]
    if not p.__class__ is str:
        return False
    return True
