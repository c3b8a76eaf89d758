"""Validator of the ``OnChainKmsResponse`` schema (written by scripts/codegen_validators.py)."""

from __future__ import annotations

from typing import Any

from ._core import _MISSING, SchemaViolation, _any_of, _fail, is_valid  # noqa: F401
from .on_chain_kms_contract_out import check as _check_OnChainKmsContractOut

_REQUIRED1 = frozenset({"chain_id", "chain_name", "contracts"})
_REQUIRED2 = frozenset({"chain_id", "chain_name", "contracts"})


def check(v: Any) -> None:
    """Raise SchemaViolation unless ``v`` fits OnChainKmsResponse."""
    if v.__class__ is not dict:
        raise _fail("object", v)
    if not _REQUIRED2 <= v.keys():
        raise SchemaViolation(
            "missing required field(s): " + ", ".join(sorted(_REQUIRED2 - v.keys()))
        )
    p0 = v["chain_name"]
    try:
        if p0.__class__ is not str:
            raise _fail("string", p0)
    except SchemaViolation as e:
        e.path.insert(0, "chain_name")
        raise
    p0 = v["chain_id"]
    try:
        if p0.__class__ is not int and not (p0.__class__ is float and p0.is_integer()):
            raise _fail("integer", p0)
    except SchemaViolation as e:
        e.path.insert(0, "chain_id")
        raise
    p0 = v["contracts"]
    try:
        if p0.__class__ is not list:
            raise _fail("array", p0)
        for n1, i1 in enumerate(p0):
            try:
                _check_OnChainKmsContractOut(i1)
            except SchemaViolation as e:
                e.path.insert(0, n1)
                raise
    except SchemaViolation as e:
        e.path.insert(0, "contracts")
        raise


def shape(v: Any) -> bool:
    if v.__class__ is not dict:
        return False
    if not _REQUIRED1 <= v.keys():
        return False
    p = v["chain_name"]
    if not p.__class__ is str:
        return False
    p = v["chain_id"]
    if not (p.__class__ is int or (p.__class__ is float and p.is_integer())):
        return False
    return True
