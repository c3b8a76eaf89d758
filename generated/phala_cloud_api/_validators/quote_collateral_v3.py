"""Validator of the ``QuoteCollateralV3`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401

_REQUIRED1 = frozenset(
    {
        "pck_crl",
        "pck_crl_issuer_chain",
        "qe_identity",
        "qe_identity_issuer_chain",
        "qe_identity_signature",
        "root_ca_crl",
        "tcb_info",
        "tcb_info_issuer_chain",
        "tcb_info_signature",
    }
)
_REQUIRED2 = frozenset(
    {
        "pck_crl",
        "pck_crl_issuer_chain",
        "qe_identity",
        "qe_identity_issuer_chain",
        "qe_identity_signature",
        "root_ca_crl",
        "tcb_info",
        "tcb_info_issuer_chain",
        "tcb_info_signature",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits QuoteCollateralV3."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["pck_crl_issuer_chain"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "pck_crl_issuer_chain")
        raise
    p0 = v["root_ca_crl"]
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "root_ca_crl")
        raise
    p0 = v["pck_crl"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "pck_crl")
        raise
    p0 = v["tcb_info_issuer_chain"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "tcb_info_issuer_chain")
        raise
    p0 = v["tcb_info"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "tcb_info")
        raise
    p0 = v["tcb_info_signature"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "tcb_info_signature")
        raise
    p0 = v["qe_identity_issuer_chain"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "qe_identity_issuer_chain")
        raise
    p0 = v["qe_identity"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "qe_identity")
        raise
    p0 = v["qe_identity_signature"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "qe_identity_signature")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["pck_crl_issuer_chain"]
    if not p.__class__ is str:
        return False
    p = v["root_ca_crl"]
    if not (p.__class__ is str or p is None):
        return False
    p = v["pck_crl"]
    if not p.__class__ is str:
        return False
    p = v["tcb_info_issuer_chain"]
    if not p.__class__ is str:
        return False
    p = v["tcb_info"]
    if not p.__class__ is str:
        return False
    p = v["tcb_info_signature"]
    if not p.__class__ is str:
        return False
    p = v["qe_identity_issuer_chain"]
    if not p.__class__ is str:
        return False
    p = v["qe_identity"]
    if not p.__class__ is str:
        return False
    p = v["qe_identity_signature"]
    if not p.__class__ is str:
        return False
    return True
