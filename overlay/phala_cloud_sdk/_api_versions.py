"""API versions as data: the supported set, the default, and which models each version reads.

A response's alternatives come from the generated operation tables, each naming
its model class; a class named ``...V20260121`` belongs to API version 2026-01-21
and a class without a version suffix (e.g. the reduced ``DstackAppMinimalResponse``)
belongs to every version. So the version decides the model, never "the first
alternative that parses".
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, get_args

from ._exceptions import UnsupportedVersionError

__all__ = [
    "DEFAULT_VERSION",
    "SUPPORTED_VERSIONS",
    "Alternative",
    "ApiVersion",
    "alternatives_for",
    "check_version",
    "other_versions",
    "version_of_class",
]

ApiVersion = Literal["2025-10-28", "2026-01-21"]
SUPPORTED_VERSIONS: tuple[ApiVersion, ...] = get_args(ApiVersion)
DEFAULT_VERSION: ApiVersion = "2026-01-21"

_VERSION_SUFFIX = re.compile(r"V(\d{4})(\d{2})(\d{2})$")

Alternative = tuple[str, "str | None"]
"""``(shape, class_name)``: shape ``object``, ``array``, ``map`` or ``any`` (free JSON)."""


def check_version(version: object) -> ApiVersion:
    """Return ``version`` if supported, else raise :class:`UnsupportedVersionError`."""
    for supported in SUPPORTED_VERSIONS:
        if version == supported:
            return supported
    raise UnsupportedVersionError(version, SUPPORTED_VERSIONS)


def version_of_class(class_name: str | None) -> str | None:
    """The API version a generated class belongs to, or None for every version."""
    match = _VERSION_SUFFIX.search(class_name or "")
    return "-".join(match.groups()) if match else None


@cache
def alternatives_for(members: tuple[Alternative, ...], version: str) -> tuple[Alternative, ...]:
    """The alternatives a response may hold in ``version``: that version's first, shared after.

    Shared shapes come last because they are the reduced ones (the minimal app): a
    body is only taken as reduced when it does not fit the version's full shape.
    """
    own = tuple(m for m in members if version_of_class(m[1]) == version)
    shared = tuple(m for m in members if version_of_class(m[1]) is None)
    return own + shared


def other_versions(version: str) -> tuple[str, ...]:
    """The supported versions other than ``version``."""
    return tuple(v for v in SUPPORTED_VERSIONS if v != version)
