"""Validator of the ``AttestationCollateral`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits AttestationCollateral."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("pck_crl_issuer_chain", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "pck_crl_issuer_chain")
            raise
    p0 = v.get("root_ca_crl")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "root_ca_crl")
        raise
    p0 = v.get("pck_crl", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "pck_crl")
            raise
    p0 = v.get("tcb_info_issuer_chain", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "tcb_info_issuer_chain")
            raise
    p0 = v.get("tcb_info", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "tcb_info")
            raise
    p0 = v.get("tcb_info_signature", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "tcb_info_signature")
            raise
    p0 = v.get("qe_identity_issuer_chain", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "qe_identity_issuer_chain")
            raise
    p0 = v.get("qe_identity", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "qe_identity")
            raise
    p0 = v.get("qe_identity_signature", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not str:
                raise _fail("string", p0)
        except SchemaViolation as e:
            e.path.insert(0, "qe_identity_signature")
            raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
