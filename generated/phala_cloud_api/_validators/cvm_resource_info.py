"""Validator of the ``CVMResourceInfo`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .billing_period import check as _check_BillingPeriod


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits CVMResourceInfo."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    p0 = v.get("instance_type")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "instance_type")
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
    p0 = v.get("memory_in_gb")
    try:
        if p0 is not None:
            if p0.__class__ is not int and p0.__class__ is not float:
                raise _fail("number", p0)
    except SchemaViolation as e:
        e.path.insert(0, "memory_in_gb")
        raise
    p0 = v.get("disk_in_gb")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "disk_in_gb")
        raise
    p0 = v.get("gpus")
    try:
        if p0 is not None:
            if p0.__class__ is not int and not (
                p0.__class__ is float and p0.is_integer()
            ):
                raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "gpus")
        raise
    p0 = v.get("compute_billing_price")
    try:
        if p0 is not None:
            if p0.__class__ is not str:
                raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "compute_billing_price")
        raise
    p0 = v.get("billing_period")
    try:
        if p0 is not None:
            _check_BillingPeriod(p0)
    except SchemaViolation as e:
        e.path.insert(0, "billing_period")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    return True
