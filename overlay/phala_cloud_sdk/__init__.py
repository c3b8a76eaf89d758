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
from ._compose_hash import get_compose_hash
from ._constants import DEFAULT_BASE_URL
from ._env_encryption import encrypt_env_vars
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ComposeHashExpiredError,
    ComposeHashNotAllowedError,
    ComposeHashRegistrationRequiredError,
    ConflictError,
    CvmFailedError,
    FieldError,
    InternalServerError,
    InvalidParameterError,
    KmsSignatureError,
    MissingAPIKeyError,
    MissingDependencyError,
    NoNextPageError,
    NotFoundError,
    OnChainActionRequiredError,
    OnChainError,
    OperationInProgressError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TransactionVerificationError,
    UnprocessableEntityError,
    UnsafeRedirectError,
    UnsupportedVersionError,
    WaitTimeoutError,
    WebhookPayloadError,
    WebhookVerificationError,
    WorkflowError,
)
from ._kms_signature import verify_env_encrypt_public_key, verify_env_encrypt_public_key_legacy
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __spec_version__, __version__
from ._webhooks import (
    WebhookEvent,
    WebhookWorkspace,
    parse_webhook_event,
    verify_webhook_signature,
)
from .pagination import AsyncPage, AsyncPager, SyncPage

if _typing.TYPE_CHECKING:
    from . import types
    from ._workflows import CvmStateEvent, PendingDeploy

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
    "ClientClosedError",
    "ComposeHashExpiredError",
    "ComposeHashNotAllowedError",
    "ComposeHashRegistrationRequiredError",
    "ConflictError",
    "CvmFailedError",
    "CvmStateEvent",
    "FieldError",
    "InternalServerError",
    "InvalidParameterError",
    "KmsSignatureError",
    "MissingAPIKeyError",
    "MissingDependencyError",
    "NoNextPageError",
    "NotFoundError",
    "NotGiven",
    "OnChainActionRequiredError",
    "OnChainError",
    "Operation",
    "OperationInProgressError",
    "PendingDeploy",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SyncPage",
    "TransactionVerificationError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UnsupportedVersionError",
    "WaitTimeoutError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WebhookWorkspace",
    "WorkflowError",
    "__api_versions__",
    "__spec_version__",
    "__version__",
    "encrypt_env_vars",
    "get_compose_hash",
    "parse_webhook_event",
    "types",
    "verify_env_encrypt_public_key",
    "verify_env_encrypt_public_key_legacy",
    "verify_webhook_signature",
]


# Imported on first use (PEP 562): ``types`` (the typed dicts of every method, the largest
# module of the surface) and the workflows' records; most programs never need them.
_LAZY = {"types": ".types", "CvmStateEvent": "._workflows", "PendingDeploy": "._workflows"}


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(module_name, __name__)
    value = module if name == "types" else getattr(module, name)
    globals()[name] = value
    return value
