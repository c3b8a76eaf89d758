"""The SDK's one error tree, and the one place a status code picks an error class.

::

    APIError
    ├── InvalidParameterError (also ValueError)    bad input, caught before sending
    ├── ArgumentError (also TypeError)             missing or unknown argument
    ├── UnsupportedVersionError (also ValueError)  api_version not supported
    ├── MissingAPIKeyError                         no key given nor in PHALA_CLOUD_API_KEY
    ├── ClientClosedError                          the client (or the one it came from) is closed
    ├── APIConnectionError                         no HTTP response (keeps the cause)
    │   └── APITimeoutError
    ├── UnsafeRedirectError                        redirect to another origin, not followed
    ├── ResponseValidationError                    a 2xx body that fits no schema
    ├── MissingDependencyError (also ImportError)  an optional extra is not installed
    ├── WebhookVerificationError (also ValueError) webhook signature missing, wrong or stale
    ├── WebhookPayloadError (also ValueError)      a verified webhook body that is no event
    ├── WorkflowError                              a deploy/update/wait workflow stopped
    │   ├── OnChainActionRequiredError             a transaction the SDK does not send (.pending)
    │   ├── KmsSignatureError                      the app key is not signed by its KMS
    │   ├── CvmFailedError                         the CVM ended in a failed state (.last_state)
    │   └── WaitTimeoutError (also TimeoutError)   not there in time (.last_state)
    └── APIStatusError                             a non-2xx response
        ├── BadRequestError            400
        ├── AuthenticationError        401
        ├── PermissionDeniedError      403
        ├── NotFoundError              404
        ├── ConflictError              409  (with an error_code: a lasting conflict)
        │   └── OperationInProgressError  409 without one: another operation runs (.operation)
        ├── UnprocessableEntityError   422  (.errors: the validation list)
        ├── RateLimitError             429  (.retry_after)
        ├── OnChainError               465-468, the on-chain KMS two-phase flow (.compose_hash,
        │   │                          .app_id, .device_id, .kms_info, .commit_token, ...)
        │   ├── ComposeHashRegistrationRequiredError  465  register the hash, then commit
        │   ├── ComposeHashExpiredError               466  token unknown/expired: start over
        │   ├── TransactionVerificationError          467  the transaction did not verify
        │   └── ComposeHashNotAllowedError            468  the contract does not allow the hash
        └── InternalServerError        >= 500
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from ._constants import MAX_MESSAGE_LENGTH, REQUEST_ID_HEADERS
from ._retry import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ComposeHashExpiredError",
    "ComposeHashNotAllowedError",
    "ComposeHashRegistrationRequiredError",
    "ConflictError",
    "CvmFailedError",
    "FieldError",
    "InternalServerError",
    "InvalidParameterError",
    "KmsSignatureError",
    "MissingAPIKeyError",
    "MissingDependencyError",
    "NotFoundError",
    "OnChainActionRequiredError",
    "OnChainError",
    "OperationInProgressError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "TransactionVerificationError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UnsupportedVersionError",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WorkflowError",
    "status_error",
    "status_error_class",
]


_TRUNCATED = "… [truncated]"


class APIError(Exception):
    """Base class of every error the SDK raises.

    Errors pickle (so they cross process pools): same class, message and attributes.
    The requests they carry have the API key masked, so neither do their pickles.
    A message is at most ``MAX_MESSAGE_LENGTH`` (1,000) characters: a longer one ends
    in ``… [truncated]``.
    """

    message: str

    def __init__(self, message: str) -> None:
        if len(message) > MAX_MESSAGE_LENGTH:
            message = message[: MAX_MESSAGE_LENGTH - len(_TRUNCATED)] + _TRUNCATED
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with ``cls(*self.args)``, which the subclasses' own
        # signatures (keyword-only response=, several fields) do not accept.
        return _rebuild, (type(self), self.args), self.__dict__


def _rebuild(cls: type[APIError], args: tuple[Any, ...]) -> APIError:
    """An error of ``cls`` with ``args``, its attributes restored by pickle afterwards."""
    error = cls.__new__(cls, *args)
    error.args = args  # OSError subclasses (TimeoutError) keep no args from __new__ alone
    return error


class InvalidParameterError(APIError, ValueError):
    """An argument has a wrong value or type; nothing was sent. ``field`` names it."""

    def __init__(self, operation: str, field: str, reason: str) -> None:
        super().__init__(f"{operation}(): invalid {field!r}: {reason}")
        self.operation = operation
        self.field = field
        self.reason = reason


class ArgumentError(APIError, TypeError):
    """A required argument is missing or an unknown one was given; nothing was sent."""

    def __init__(self, operation: str, field: str, reason: str) -> None:
        super().__init__(f"{operation}(): {reason}: {field!r}")
        self.operation = operation
        self.field = field


class UnsupportedVersionError(APIError, ValueError):
    """The requested API version is not one this SDK supports."""

    def __init__(self, version: object, supported: Sequence[str]) -> None:
        super().__init__(f"unsupported API version {version!r}; supported: {', '.join(supported)}")
        self.version = version
        self.supported: tuple[str, ...] = tuple(supported)


class MissingAPIKeyError(APIError):
    """No API key: pass ``api_key=`` or set the ``PHALA_CLOUD_API_KEY`` environment variable."""


class ClientClosedError(APIError):
    """The client was closed (``close()``, ``aclose()`` or the end of its ``with`` block).

    Clients made by ``with_version`` / ``with_options`` share their parent's connection
    pool, so they are closed with it. Nothing was sent; create a new client.
    """


class NoNextPageError(APIError, RuntimeError):
    """``next_page()`` on the last page: check ``has_next_page()`` first. Nothing was sent."""


class APIConnectionError(APIError):
    """The request got no HTTP response; ``__cause__`` holds the transport error."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class UnsafeRedirectError(APIError):
    """The server redirected to another origin; the SDK does not follow it with your key."""

    def __init__(self, location: str, *, response: httpx.Response) -> None:
        super().__init__(
            f"refusing to follow a redirect to another origin ({location}); "
            "the API key is only sent to the configured base URL"
        )
        self.location = location
        self.response = response


class FieldError:
    """One entry of a 422 validation list: where (``loc``), what (``msg``) and its ``type``."""

    __slots__ = ("loc", "msg", "type")

    def __init__(self, loc: tuple[str | int, ...], msg: str, type: str) -> None:
        self.loc: tuple[str | int, ...] = loc
        self.msg: str = msg
        self.type: str = type

    @property
    def field(self) -> str:
        """The location as a dotted path, without the leading ``body``/``query`` part."""
        parts = self.loc[1:] if self.loc and self.loc[0] in {"body", "query", "path"} else self.loc
        return ".".join(str(p) for p in parts)

    def __repr__(self) -> str:
        return f"FieldError(loc={self.loc!r}, msg={self.msg!r}, type={self.type!r})"


class ResponseValidationError(APIError):
    """A successful response whose body fits no schema of the API version that applies.

    ``path`` locates the first field that failed (``$.dstack_apps[3].name``),
    ``body`` is the raw body and ``version`` the API version used to choose the schema.
    """

    def __init__(
        self,
        message: str,
        *,
        body: bytes | None,
        version: str | None = None,
        path: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.body = body
        self.version = version
        self.path = path
        self.response = response


class MissingDependencyError(APIError, ImportError):
    """A function needs an optional extra that is not installed.

    ``extra`` names the extra (``pip install 'phala-cloud-sdk[<extra>]'``) and
    ``package`` the distribution that is missing.
    """

    def __init__(self, function: str, *, extra: str, package: str) -> None:
        super().__init__(
            f"{function}() needs the optional {extra!r} extra ({package} is not installed): "
            f"pip install 'phala-cloud-sdk[{extra}]'"
        )
        self.function = function
        self.extra = extra
        self.package = package


class WebhookVerificationError(APIError, ValueError):
    """A webhook request failed verification; nothing in it can be trusted.

    ``reason`` says which check failed: ``"missing_header"``, ``"ambiguous_header"``
    (one header sent twice with different values), ``"malformed_timestamp"``,
    ``"expired_timestamp"`` (outside the tolerance, either way) or ``"signature_mismatch"``
    (wrong secret, or a body changed on the way). The secret is never part of the message.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class WebhookPayloadError(APIError, ValueError):
    """A correctly signed webhook body that is not a webhook event envelope.

    ``field`` names the envelope field that was missing or wrong (``None`` when the body
    is not a JSON object at all).
    """

    def __init__(self, message: str, *, field: str | None) -> None:
        super().__init__(message)
        self.field = field


class WorkflowError(APIError):
    """A workflow (deploy, update, wait, watch) stopped before its end; see the subclass."""


class OnChainActionRequiredError(WorkflowError):
    """The app's KMS is an on-chain contract: a transaction the SDK does not send is needed.

    ``action`` is ``"deploy_app"`` (deploy the app's contract and register the compose
    hash and device) or ``"add_compose_hash"``; ``compose_hash``, ``app_id``,
    ``device_id`` and ``kms_info`` say what to register; ``pending`` holds what the
    resume call needs (``client.resume_deploy(error.pending, app_id=...)``, or
    ``client.commit_cvm_compose_file_update(**error.pending.commit)``). Nothing was
    committed.
    """

    def __init__(self, message: str, *, action: str, pending: Any) -> None:
        super().__init__(message)
        self.action = action
        self.pending = pending
        self.compose_hash: str | None = getattr(pending, "compose_hash", None)
        self.app_id: str | None = getattr(pending, "app_id", None)
        self.device_id: str | None = getattr(pending, "device_id", None)
        self.kms_info: dict[str, Any] | None = getattr(pending, "kms_info", None)


class KmsSignatureError(WorkflowError):
    """The app's env-encryption key is not signed by its KMS; no secret was encrypted."""


class CvmFailedError(WorkflowError):
    """The CVM ended in a failed state (``error``, ``exited``, a boot error) while waited for.

    ``cvm_id``, the awaited ``target`` status and ``last_state`` (the last
    observation, a ``CvmStateEvent``).
    """

    def __init__(self, *, cvm_id: str, target: str | None, last_state: Any) -> None:
        status = getattr(last_state, "status", None)
        super().__init__(f"CVM {cvm_id} failed ({status}) while waiting for {target!r}")
        self.cvm_id = cvm_id
        self.target = target
        self.last_state = last_state


class WaitTimeoutError(WorkflowError, TimeoutError):
    """The CVM did not reach the awaited status in time; ``last_state`` is the last seen."""

    def __init__(self, *, cvm_id: str, target: str | None, last_state: Any) -> None:
        status = getattr(last_state, "status", None)
        super().__init__(f"CVM {cvm_id}: timed out waiting for {target!r} (last status: {status})")
        self.cvm_id = cvm_id
        self.target = target
        self.last_state = last_state


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``status_code``, ``request_id``, ``body`` (parsed JSON, or text) and, when the
    API sends its structured error body, ``error_code``, ``details`` and ``suggestions``.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        self.request_id: str | None = request_id_of(response, body)
        structured = _structured(body)
        self.error_code: str | None = _str_or_none(structured.get("error_code"))
        self.details: Any = structured.get("details")
        suggestions = structured.get("suggestions")
        self.suggestions: list[str] = (
            [str(s) for s in suggestions] if isinstance(suggestions, list) else []
        )


class BadRequestError(APIStatusError):
    """400: the request was rejected."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key has no access to this workspace or resource."""


class NotFoundError(APIStatusError):
    """404: no such app, revision or CVM (or not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state.

    With an ``error_code`` the conflict lasts (e.g. ``ERR-03-007``: the app id is
    committed with another compose hash); without one it is
    :class:`OperationInProgressError`.
    """


class OperationInProgressError(ConflictError):
    """409: another operation on this CVM is still running; try again once it ends.

    ``operation`` is what the server says is running (its type, or its message when it
    names no type); ``correlation_id`` identifies it when the server sends one. The
    deploy and update flows wait for it (``GET /cvms/{id}/operation-status``) and retry.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        structured = _structured(body)
        self.operation: str | None = next(
            (
                value
                for key in ("operation_type", "operation", "current_operation", "detail", "message")
                if isinstance(value := structured.get(key), str)
            ),
            None,
        )
        self.correlation_id: str | None = _str_or_none(structured.get("correlation_id"))


class UnprocessableEntityError(APIStatusError):
    """422: a request value was rejected; ``errors`` lists each with its location."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        self.errors: list[FieldError] = _field_errors(body)


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's wait hint in seconds."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after: float | None = parse_retry_after(response.headers.get("retry-after"))


class OnChainError(APIStatusError):
    """465-468: an update of an app whose KMS is an on-chain contract (the two-phase flow).

    The fields come from the error body, in the structured form (``details`` as
    ``{field, value}`` items), the legacy flat form, or either inside ``detail``:
    ``compose_hash`` and ``app_id`` (what to register: ``addComposeHash`` on the app's
    contract), ``device_id``, ``kms_info`` (the KMS contract: chain, address), and for a
    prepared update ``commit_token``, ``commit_url``, ``api_commit_url`` and
    ``onchain_status``.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        fields = _onchain_fields(body)
        self.compose_hash: str | None = _str_or_none(fields.get("compose_hash"))
        self.app_id: str | None = _str_or_none(fields.get("app_id"))
        self.device_id: str | None = _str_or_none(fields.get("device_id"))
        kms_info = fields.get("kms_info")
        self.kms_info: dict[str, Any] | None = kms_info if isinstance(kms_info, dict) else None
        self.commit_token: str | None = _str_or_none(fields.get("commit_token"))
        self.commit_url: str | None = _str_or_none(fields.get("commit_url"))
        self.api_commit_url: str | None = _str_or_none(fields.get("api_commit_url"))
        status = fields.get("onchain_status")
        self.onchain_status: dict[str, Any] | None = status if isinstance(status, dict) else None


class ComposeHashRegistrationRequiredError(OnChainError):
    """465: register ``compose_hash`` for ``app_id`` on the KMS contract, then commit.

    Phase 1 of the two-phase update, not a failure: nothing changed yet. After the
    transaction, repeat the call with ``compose_hash=`` and ``transaction_hash=`` (or
    commit a prepared update with ``commit_token``).
    """


class ComposeHashExpiredError(OnChainError):
    """466: the commit token or compose hash is unknown, expired or superseded: start over."""


class TransactionVerificationError(OnChainError):
    """467: the transaction hash given could not be verified on chain."""


class ComposeHashNotAllowedError(OnChainError):
    """468: the app's contract does not allow this compose hash."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    465: ComposeHashRegistrationRequiredError,
    466: ComposeHashExpiredError,
    467: TransactionVerificationError,
    468: ComposeHashNotAllowedError,
}


def status_error_class(status: int, body: Any = None) -> type[APIStatusError]:
    """The class of the error for a ``status`` response with ``body`` (the API reference uses it).

    A 409 whose body has no error code is :class:`OperationInProgressError`.
    """
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if cls is ConflictError and not isinstance(_structured(body).get("error_code"), str):
        cls = OperationInProgressError  # a 409 without a code: transient (official SDK docs)
    return cls


def status_error(response: httpx.Response, body: Any, secret: str | None = None) -> APIStatusError:
    """The error for a non-2xx response (the only status -> class table).

    ``secret`` (the API key) is replaced by ``***`` wherever the message would show it.
    """
    code = response.status_code
    cls = status_error_class(code, body)
    summary = _summary(body)
    request = _request_of(response)
    method = request.method if request is not None else ""
    path = request.url.path if request is not None else ""
    message = f"{code} {response.reason_phrase or ''}".strip() + f" for {method} {path}".rstrip()
    if summary:
        message += f": {summary}"
    if secret:
        message = message.replace(secret, "***")
    return cls(message, response=response, body=body)


def request_id_of(response: httpx.Response, body: Any = None) -> str | None:
    """The request id from the response headers, else from the body."""
    for header in REQUEST_ID_HEADERS:
        found: str | None = response.headers.get(header)
        if found:
            return found
    if isinstance(body, dict):
        for key in ("request_id", "requestId", "trace_id"):
            value = body.get(key)
            if isinstance(value, str):
                return value
    return None


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built without a request
        return None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _structured(body: Any) -> dict[str, Any]:
    """The structured error fields, at the top level or inside ``detail``."""
    if not isinstance(body, dict):
        return {}
    detail = body.get("detail")
    if isinstance(detail, dict):
        return {**body, **detail}
    return body


def _onchain_fields(body: Any) -> dict[str, Any]:
    """The fields of an on-chain (465-468) error body: ``details`` items win over flat keys."""
    structured = _structured(body)
    fields = {k: v for k, v in structured.items() if k != "details"}
    details = structured.get("details")
    if isinstance(details, list):
        for item in details:
            if isinstance(item, dict) and isinstance(item.get("field"), str):
                fields[item["field"]] = item.get("value")
    return fields


def _summary(body: Any) -> str:
    """A one-line human summary of an error body (never the request headers)."""
    if isinstance(body, str):
        return body.strip()[:300]
    structured = _structured(body)
    for key in ("message", "detail", "error"):
        value = structured.get(key)
        if isinstance(value, str):
            code = structured.get("error_code")
            return f"[{code}] {value}" if isinstance(code, str) else value
    errors = _field_errors(body)
    if errors:
        return "; ".join(f"{e.field or '?'}: {e.msg}" for e in errors[:5])
    return ""


def _field_errors(body: Any) -> list[FieldError]:
    detail = body.get("detail") if isinstance(body, dict) else None
    if not isinstance(detail, list):
        return []
    out = []
    for item in detail:
        if isinstance(item, dict):
            loc = item.get("loc")
            out.append(
                FieldError(
                    tuple(loc) if isinstance(loc, list) else (),
                    str(item.get("msg", "")),
                    str(item.get("type", "")),
                )
            )
    return out
