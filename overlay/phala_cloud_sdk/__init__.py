"""phala-cloud-sdk: a typed, version-aware Python SDK for the Phala Cloud Apps API.

Example::

    from phala_cloud_sdk import Client

    with Client() as client:  # reads PHALA_CLOUD_API_KEY
        app = client.get_app_info({"app_id": "app-123"})
        print(app.name, app.status)
"""

from __future__ import annotations

from . import types
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
    ClientClosedError,
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
from ._versions import DEFAULT_VERSION, SUPPORTED_VERSIONS, ApiVersion
from .pagination import AsyncPage, SyncPage

__api_versions__ = SUPPORTED_VERSIONS
"""The API versions (``X-Phala-Version`` values) this release supports."""

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_VERSION",
    "NOT_GIVEN",
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
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "NotGiven",
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
