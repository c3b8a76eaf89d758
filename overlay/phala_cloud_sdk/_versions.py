"""API versions as data: the supported set, the default, and the response-model table.

The (operation, status, version) -> models table is derived from the generated
operation table (``phala_cloud_api._responses``), which lists each response's
union members by class name; a class named ``...V20260121`` belongs to API
version 2026-01-21 and a class without a version suffix (e.g. the reduced
``DstackAppMinimalResponse``) belongs to every version.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, get_args

from phala_cloud_api._responses import RESPONSES

from ._exceptions import UnsupportedVersionError

__all__ = [
    "DEFAULT_VERSION",
    "SUPPORTED_VERSIONS",
    "Alternative",
    "ApiVersion",
    "alternatives_for",
    "check_version",
    "version_of_class",
]

ApiVersion = Literal["2025-10-28", "2026-01-21"]
SUPPORTED_VERSIONS: tuple[ApiVersion, ...] = get_args(ApiVersion)
DEFAULT_VERSION: ApiVersion = "2026-01-21"

_VERSION_SUFFIX = re.compile(r"V(\d{4})(\d{2})(\d{2})$")

Alternative = tuple[str, str]
"""``(kind, class_name)``: kind ``"object"`` (one model) or ``"array"`` (a list of it)."""


def check_version(version: str) -> ApiVersion:
    """Return ``version`` if supported, else raise :class:`UnsupportedVersionError`."""
    for supported in SUPPORTED_VERSIONS:
        if version == supported:
            return supported
    raise UnsupportedVersionError(version, SUPPORTED_VERSIONS)


def version_of_class(class_name: str) -> str | None:
    """The API version a generated class belongs to, or None for every version."""
    match = _VERSION_SUFFIX.search(class_name)
    return "-".join(match.groups()) if match else None


@cache
def alternatives_for(operation: str, status: str, version: str) -> tuple[Alternative, ...]:
    """The models a response may hold in ``version``: that version's first, shared ones after.

    Shared shapes come last because they are the reduced ones (the minimal app): a
    body is only taken as reduced when it does not fit the version's full shape.
    """
    members = RESPONSES.get(operation, {}).get(status, ())
    own = tuple(m for m in members if version_of_class(m[1]) == version)
    shared = tuple(m for m in members if version_of_class(m[1]) is None)
    return own + shared


def other_versions(version: str) -> tuple[str, ...]:
    """The supported versions other than ``version``."""
    return tuple(v for v in SUPPORTED_VERSIONS if v != version)
