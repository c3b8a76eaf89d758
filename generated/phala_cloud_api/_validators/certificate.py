"""Validator of the ``Certificate`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .certificate_issuer import check as _check_CertificateIssuer
from .certificate_subject import check as _check_CertificateSubject

_REQUIRED1 = frozenset(
    {
        "fingerprint",
        "issuer",
        "not_after",
        "not_before",
        "serial_number",
        "signature_algorithm",
        "subject",
        "version",
    }
)
_REQUIRED2 = frozenset(
    {
        "fingerprint",
        "issuer",
        "not_after",
        "not_before",
        "serial_number",
        "signature_algorithm",
        "subject",
        "version",
    }
)


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits Certificate."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["subject"]
    try:
        _check_CertificateSubject(p0)
    except SchemaViolation as e:
        e.path.insert(0, "subject")
        raise
    p0 = v["issuer"]
    try:
        _check_CertificateIssuer(p0)
    except SchemaViolation as e:
        e.path.insert(0, "issuer")
        raise
    p0 = v["serial_number"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "serial_number")
        raise
    p0 = v["not_before"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "not_before")
        raise
    p0 = v["not_after"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "not_after")
        raise
    p0 = v["version"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "version")
        raise
    p0 = v["fingerprint"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "fingerprint")
        raise
    p0 = v["signature_algorithm"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "signature_algorithm")
        raise
    p0 = v.get("sans")
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
        e.path.insert(0, "sans")
        raise
    p0 = v.get("is_ca", _MISSING)
    if p0 is not _MISSING:
        try:
            if p0.__class__ is not bool:
                raise _fail("boolean", p0)
        except SchemaViolation as e:
            e.path.insert(0, "is_ca")
            raise
    p0 = v.get("position_in_chain")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "position_in_chain")
        raise
    p0 = v.get("quote")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "quote")
        raise
    p0 = v.get("app_id")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "app_id")
        raise
    p0 = v.get("cert_usage")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "cert_usage")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["serial_number"]
    if not p.__class__ is str:
        return False
    p = v["not_before"]
    if not p.__class__ is str:
        return False
    p = v["not_after"]
    if not p.__class__ is str:
        return False
    p = v["version"]
    if not p.__class__ is str:
        return False
    p = v["fingerprint"]
    if not p.__class__ is str:
        return False
    p = v["signature_algorithm"]
    if not p.__class__ is str:
        return False
    return True
