"""phala-cloud-sdk: a typed, version-aware Python SDK for the Phala Cloud API.

Example::

    from phala_cloud_sdk import Client

    with Client() as client:  # reads PHALA_CLOUD_API_KEY
        app = client.get_app_info({"app_id": "app-123"})
        print(app.name, app.status)
"""

from __future__ import annotations

import typing as _typing

from phala_cloud_api.operations import OPERATIONS, Operation

from ._api_versions import DEFAULT_VERSION, SUPPORTED_VERSIONS, ApiVersion
from ._client import AsyncClient, Client
from ._constants import DEFAULT_BASE_URL
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InternalServerError,
    InvalidParameterError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    UnsafeRedirectError,
    UnsupportedVersionError,
)
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __spec_version__, __version__
from .pagination import AsyncPage, AsyncPager, SyncPage

if _typing.TYPE_CHECKING:
    from . import types

__api_versions__ = SUPPORTED_VERSIONS
"""The API versions (``X-Phala-Version`` values) this release supports."""

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_VERSION",
    "NOT_GIVEN",
    "OPERATIONS",
    "SUPPORTED_VERSIONS",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "ApiVersion",
    "ArgumentError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "NotGiven",
    "Operation",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SyncPage",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UnsupportedVersionError",
    "__api_versions__",
    "__spec_version__",
    "__version__",
    "types",
]


def __getattr__(name: str) -> object:
    # ``types`` (the typed dicts of every method) is imported on first use: most
    # programs never need it at run time, and it is the largest module of the surface.
    if name == "types":
        import importlib

        module = importlib.import_module(f"{__name__}.types")
        globals()["types"] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
