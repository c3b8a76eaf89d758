"""Everything ``Client`` and ``AsyncClient`` share that does no I/O.

Configuration, request building (headers set per request, so a caller's own
httpx client carries them too), the redirect rule, the retry decision and
choosing and validating the response model by API version.
"""

from __future__ import annotations

import importlib
import ipaddress
import logging
import math
import os
import re
import sys
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from phala_cloud_api.operations import OPERATIONS
from phala_cloud_api.operations import spec as _load_spec
from phala_cloud_api.types import use_error_factory

from . import _json
from ._api_versions import (
    DEFAULT_VERSION,
    Alternative,
    ApiVersion,
    alternatives_for,
    check_version,
    other_versions,
)
from ._arguments import PreparedCall, jsonable
from ._constants import (
    API_KEY_HEADER,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    MAX_REDIRECTS,
    VERSION_HEADER,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    InvalidParameterError,
    MissingAPIKeyError,
    ResponseValidationError,
    UnsafeRedirectError,
    request_id_of,
    status_error,
)
from ._retry import RetryPolicy, parse_retry_after
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ._version import __version__

if TYPE_CHECKING:
    from phala_cloud_api._validators import SchemaViolation
    from phala_cloud_api.operations._spec_types import OperationSpec

__all__ = ["MASKED", "BaseClient", "SendState", "client_failure", "logger", "masked_request"]

MASKED = "[secure]"
"""What a handed-out request shows for the API key (as httpx shows ``Authorization``)."""

logger = logging.getLogger("phala_cloud_sdk")

# Headers the client owns: one value on the wire, from its own options.
RESERVED_HEADERS = frozenset({API_KEY_HEADER.lower(), VERSION_HEADER.lower()})
# Methods ``client.request`` sends; the first four are retried (RFC 9110 idempotent).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
REQUEST_METHODS = IDEMPOTENT_METHODS | {"POST", "PATCH"}


def _field_error(message: str) -> Exception:
    return ResponseValidationError(f"response field {message.removeprefix('field ')}", body=None)


# Timestamps are parsed when read; a malformed one then raises our ResponseValidationError.
use_error_factory(_field_error)


@cache
def operation_spec(operation: str) -> OperationSpec:
    """The generated description of ``operation`` (its module is imported on first use)."""
    return _load_spec(operation)


@cache
def _model(class_name: str) -> Any:
    models = importlib.import_module("phala_cloud_api.models")
    return getattr(models, class_name)


# ``phala-cloud-sdk/<version> python/<version>``, sent with every request.
USER_AGENT = (
    f"phala-cloud-sdk/{__version__} python/"
    f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
)


def mask(secret: str | None) -> str:
    """A key as it may appear in reprs and logs: never the key itself."""
    if not secret:
        return "<not set>"
    return f"<set, {len(secret)} chars>"


class SendState:
    """Counts of one logical request's tries and redirects."""

    __slots__ = ("attempt", "redirects")

    def __init__(self) -> None:
        self.attempt = 0
        self.redirects = 0


class BaseClient:
    """Configuration and request/response logic shared by the sync and async clients."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if api_key is not None and not isinstance(api_key, str):
            raise InvalidParameterError("Client", "api_key", "expected a string")
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise InvalidParameterError("Client", "max_retries", "expected an int >= 0")
        if not isinstance(allow_insecure_http, bool):
            raise InvalidParameterError("Client", "allow_insecure_http", "expected a bool")
        _check_timeout(timeout)
        self._api_key = api_key if api_key is not None else os.environ.get(ENV_API_KEY) or None
        if self._api_key is not None and not _is_header_safe(self._api_key):
            # Never echo the key: say what is wrong with it, not what it is.
            raise InvalidParameterError(
                "Client", "api_key", "must be printable ASCII without spaces or line breaks"
            )
        url = base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
        parsed = _check_base_url(url, allow_insecure_http)
        self.base_url: str = url.rstrip("/")
        self._origin = _origin(parsed)
        self._allow_insecure_http = allow_insecure_http
        self.api_version: ApiVersion = check_version(
            DEFAULT_VERSION if api_version is None else api_version
        )
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: dict[str, str] = _check_headers(default_headers)
        self._retry = RetryPolicy(max_retries)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_version={self.api_version!r}, "
            f"api_key={mask(self._api_key)}, max_retries={self.max_retries})"
        )

    # -- options ---------------------------------------------------------------

    def _copy_options(
        self,
        *,
        api_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        return {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "api_version": self.api_version if isinstance(api_version, NotGiven) else api_version,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": self.default_headers,
            "allow_insecure_http": self._allow_insecure_http,
        }

    # -- requests --------------------------------------------------------------

    def _headers(self, extra: Mapping[str, str] | None) -> dict[str, str]:
        if not self._api_key:
            raise MissingAPIKeyError(
                f"no API key: pass api_key= to the client or set {ENV_API_KEY}"
            )
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self.default_headers,
            API_KEY_HEADER: self._api_key,
            VERSION_HEADER: self.api_version,
        }
        if extra:
            headers.update(extra)
        return headers

    def _build_request(  # noqa: PLR0917 - the call's parts, as _run has them
        self,
        http: httpx.Client | httpx.AsyncClient,
        spec: OperationSpec,
        call: PreparedCall,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> httpx.Request:
        operation = spec.operation
        headers = dict(call.headers)
        if _accepts_any(spec):
            headers["Accept"] = "*/*"  # a download: text or bytes (errors still come as JSON)
        if extra_headers:
            headers.update(_checked_extra_headers(operation.name, extra_headers))
        query = dict(call.query)
        if extra_query:
            query.update({key: jsonable(value) for key, value in extra_query.items()})
        content: dict[str, Any] = {}
        body = call.body
        media = call.media
        if extra_body:
            if media not in (None, "application/json"):
                raise InvalidParameterError(
                    operation.name, "extra_body", f"the request body is {media}, not JSON"
                )
            body = {**(body or {}), **jsonable(dict(extra_body))}
            media = "application/json"
        if media == "application/json":
            content["json"] = body
        elif media == "multipart/form-data":
            content["files"] = body
        elif media is not None:
            content["content"] = body.encode("utf-8")
            headers["Content-Type"] = media
        return http.build_request(
            operation.method,
            self.base_url + operation.path.format_map(call.path),
            params=query or None,
            headers=self._headers(headers),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            **content,
        )

    def _redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        """The next request for a same-origin redirect; UnsafeRedirectError for any other."""
        location = response.headers.get("location", "")
        target = request.url.join(location)
        if _origin(target) != self._origin or _origin(request.url) != self._origin:
            response.request = masked_request(request)
            raise UnsafeRedirectError(str(target.copy_with(query=None)), response=response)
        method = request.method
        if response.status_code in {301, 302, 303} and method != "HEAD":
            method = "GET" if response.status_code == 303 or method == "POST" else method
        content = request.content if method == request.method else None
        headers = httpx.Headers(request.headers)
        if content is None:
            headers.pop("content-type", None)
            headers.pop("content-length", None)
        return httpx.Request(
            method, target, headers=headers, content=content, extensions=request.extensions
        )

    @staticmethod
    def _idempotent(operation: str) -> bool:
        """Whether a failed try may be repeated.

        For an operation, ``retry_safe`` from the spec; for a ``client.request`` call
        (labelled ``"METHOD /path"``), whether its HTTP method is idempotent.
        """
        if operation in OPERATIONS:
            return operation_spec(operation).operation.retry_safe
        return operation.split(" ", 1)[0] in IDEMPOTENT_METHODS

    def _build_untyped_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> tuple[str, httpx.Request]:
        """``client.request``'s request, and its label ``"METHOD /path"`` for logs and retries."""
        where = "request"
        if not isinstance(method, str) or method.upper() not in REQUEST_METHODS:
            raise InvalidParameterError(
                where, "method", f"expected one of {', '.join(sorted(REQUEST_METHODS))}"
            )
        if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
            raise InvalidParameterError(
                where, "path", "expected a path relative to the base URL, such as '/auth/me'"
            )
        if "?" in path or "#" in path:
            raise InvalidParameterError(where, "path", "give query parameters with params=")
        method = method.upper()
        extra = _checked_extra_headers(where, headers) if headers else {}
        request = http.build_request(
            method,
            self.base_url + path,
            params={k: jsonable(v) for k, v in params.items()} if params else None,
            json=jsonable(json) if json is not None else None,
            headers=self._headers(extra),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
        )
        return f"{method} {path}", request

    @staticmethod
    def _untyped_result(response: httpx.Response) -> Any:
        """A ``client.request`` result: decoded JSON, the text, or None for an empty body."""
        if not response.content:
            return None
        if _is_json(response):
            try:
                return _json.loads(response.content)
            except _json.JSONDecodeError as exc:
                raise ResponseValidationError(
                    f"{response.request.method} {response.request.url.path}: "
                    f"the response body is not valid JSON ({exc})",
                    body=response.content,
                    path="$",
                    response=response,
                ) from None
        return response.text

    def _next_step(
        self,
        operation: str,
        request: httpx.Request,
        state: SendState,
        *,
        response: httpx.Response | None = None,
        error: httpx.RequestError | None = None,
        elapsed: float = 0.0,
    ) -> tuple[httpx.Response | None, httpx.Request, float | None]:
        """What to do after one try (the clients only send and sleep).

        Returns ``(response, request, None)`` when done, ``(None, next_request, None)``
        to follow a same-origin redirect at once, and ``(None, request, delay)`` to
        retry after ``delay`` seconds; raises the SDK error when giving up.
        """
        # What the SDK hands out (errors, their causes, raw responses, pages) carries a
        # copy of the request with the key masked; the request sent keeps it.
        if error is not None:
            delay = self._retry_decision(operation, state.attempt, None, error=error)
            if delay is None:
                failure = _connection_error(operation, request, error)
                error.request = failure.request or request
                raise failure from error
        else:
            assert response is not None
            self._log_response(response, elapsed)
            if response.is_redirect and state.redirects < MAX_REDIRECTS:
                state.redirects += 1
                return None, self._redirect(request, response), None
            if response.is_success:
                response.request = masked_request(request)
                return response, request, None
            delay = self._retry_decision(operation, state.attempt, response)
            if delay is None:
                error_response = self._error(response)
                response.request = masked_request(request)
                raise error_response
        state.attempt += 1
        return None, request, delay

    def _retry_decision(
        self,
        operation: str,
        attempt: int,
        response: httpx.Response | None,
        *,
        error: httpx.RequestError | None = None,
    ) -> float | None:
        """Seconds to wait before retrying, or None to stop (logs why it retries)."""
        status = None if response is None else response.status_code
        retry, reason = self._retry.should_retry(
            attempt,
            idempotent=self._idempotent(operation),
            status=status,
            sent=not isinstance(error, _NOT_SENT),
        )
        if not retry:
            return None
        retry_after = None
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
        delay = self._retry.delay(attempt, retry_after)
        if delay is None:
            return None
        logger.info(
            "retrying %s in %.2f s (attempt %d of %d): %s",
            operation,
            delay,
            attempt + 2,
            self.max_retries + 1,
            reason,
        )
        return delay

    @staticmethod
    def _log_response(response: httpx.Response, elapsed: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            request = response.request
            logger.debug(
                "%s %s -> %d in %.1f ms (request id %s)",
                request.method,
                request.url,
                response.status_code,
                elapsed * 1000,
                request_id_of(response) or "-",
            )

    # -- responses -------------------------------------------------------------

    def _error(self, response: httpx.Response) -> Exception:
        content = response.content
        secret = self._api_key
        if secret and secret.encode() in content:
            # The server echoed the key (e.g. the request headers): keep it out of .body too.
            content = content.replace(secret.encode(), b"***")
        try:
            body: Any = _json.loads(content) if content else None
        except _json.JSONDecodeError:
            body = content.decode(response.encoding or "utf-8", errors="replace")
        return status_error(response, body, secret)

    def _version_of(self, response: httpx.Response) -> str:
        """The version that shaped the body: the server's header if supported, else ours."""
        answered = response.headers.get(VERSION_HEADER)
        if answered:
            try:
                return check_version(answered)
            except ValueError:
                pass
        return self.api_version

    def _typed(self, operation: str, data: Any) -> Any:
        """JSON ``data`` (e.g. a streamed event) as ``operation``'s typed result.

        Raises ResponseValidationError when it fits no model of the client's version.
        """
        expected = next(iter(operation_spec(operation).responses.values()))
        alternatives = alternatives_for(expected.alternatives, self.api_version)
        if not alternatives or alternatives[0][1] is None:
            return data
        result, failure = _read_as(alternatives, data)
        if failure is None:
            return result
        class_name, violation = failure
        raise ResponseValidationError(
            f"{operation}: an event does not fit API version {self.api_version} "
            f"({class_name} at {violation.location}: {violation.message})",
            body=None,
            version=self.api_version,
            path=violation.location,
        )

    def _parse(self, operation: str, response: httpx.Response) -> tuple[Any, str]:
        """The typed result of a 2xx response and the API version used to read it."""
        version = self._version_of(response)
        spec = operation_spec(operation)
        status = str(response.status_code)
        expected = spec.responses.get(status)
        if expected is None:  # an undeclared 2xx: read it as the declared one
            expected = next(iter(spec.responses.values()))
        if expected.kind == "empty" or spec.operation.method == "HEAD":
            return None, version
        if expected.kind == "bytes":
            return response.content, version
        if expected.kind == "text" and not _is_json(response):
            return response.text, version
        try:
            data = _json.loads(response.content)
        except _json.JSONDecodeError as exc:
            raise ResponseValidationError(
                f"{operation}: the response body is not valid JSON ({exc})",
                body=response.content,
                version=version,
                path="$",
                response=response,
            ) from None
        if expected.kind == "text":
            if data.__class__ is not str:
                raise ResponseValidationError(
                    f"{operation}: expected a text response, got JSON {type(data).__name__}",
                    body=response.content,
                    version=version,
                    path="$",
                    response=response,
                )
            return data, version
        alternatives = alternatives_for(expected.alternatives, version)
        if not alternatives or alternatives[0][1] is None:
            return data, version  # free JSON: the spec promises no shape
        result, failure = _read_as(alternatives, data)
        if failure is None:
            return result, version
        class_name, violation = failure
        message = (
            f"{operation}: the response does not fit API version {version} "
            f"({class_name} at {violation.location}: {violation.message})"
        )
        fits = [
            v
            for v in other_versions(version)
            if _read_as(alternatives_for(expected.alternatives, v), data)[1] is None
        ]
        if fits:
            message += f"; it has the {fits[0]} shape: the server answered in another API version"
        raise ResponseValidationError(
            message,
            body=response.content,
            version=version,
            path=violation.location,
            response=response,
        )


def _accepts_any(spec: OperationSpec) -> bool:
    """Whether ``spec``'s success body is not JSON (a text or binary download, or none)."""
    return next(iter(spec.responses.values())).kind != "json" if spec.responses else False


def _is_json(response: httpx.Response) -> bool:
    media = str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _build(kind: str, class_name: str, data: Any) -> Any:
    """Validate ``data`` as ``class_name`` (raising SchemaViolation) and wrap it in the model."""
    from phala_cloud_api._validators import SchemaViolation, check

    model = _model(class_name)
    if kind == "object":
        check(class_name, data)
        return model.from_dict(data)
    if kind == "map":
        if data.__class__ is not dict:
            raise SchemaViolation(f"expected an object of {class_name}")
        for key, item in data.items():
            try:
                check(class_name, item)
            except SchemaViolation as exc:
                exc.path.insert(0, key)
                raise
        return {key: model.from_dict(item) for key, item in data.items()}
    if data.__class__ is not list:
        raise SchemaViolation(f"expected an array of {class_name}")
    for index, item in enumerate(data):
        try:
            check(class_name, item)
        except SchemaViolation as exc:
            exc.path.insert(0, index)
            raise
    return [model.from_dict(item) for item in data]


def _read_as(
    alternatives: tuple[Alternative, ...], data: Any
) -> tuple[Any, tuple[str, SchemaViolation] | None]:
    """The model of the first of ``alternatives`` that ``data`` fits.

    Returns ``(model, None)``, or ``(None, (class_name, violation))`` for the first
    alternative tried when none fits.
    """
    from phala_cloud_api._validators import SchemaViolation

    failure: tuple[str, SchemaViolation] | None = None
    for kind, class_name in alternatives:
        assert class_name is not None
        try:
            return _build(kind, class_name, data), None
        except SchemaViolation as exc:
            failure = failure or (class_name, exc)
    if failure is None:
        failure = ("(none)", SchemaViolation("this API version declares no model for it"))
    return None, failure


def _checked_extra_headers(operation: str, headers: Headers) -> dict[str, str]:
    """``extra_headers`` as sent; the key and version headers stay the client's."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidParameterError(
                operation, "extra_headers", "names and values must be strings"
            )
        if name.lower() in RESERVED_HEADERS:
            raise InvalidParameterError(
                operation,
                "extra_headers",
                f"{name} is set by the client (api_key= / api_version=), not per request",
            )
        if not all(32 <= ord(char) <= 126 for char in name + value):
            raise InvalidParameterError(
                operation, "extra_headers", f"the {name!r} header must be printable ASCII"
            )
        out[name] = value
    return out


# Transport failures that happen before any byte of the request is sent: safe to retry
# for every operation (a read timeout or a dropped connection is not: the server may
# have acted on the request).
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _is_header_safe(value: str) -> bool:
    return bool(value) and all(33 <= ord(char) <= 126 for char in value)


# RFC 9110: a header name is a token; a value is visible ASCII, spaces and tabs.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
# Headers with their own client option: a second value would be sent next to ours.
_OWN_HEADERS = {API_KEY_HEADER.lower(): "api_key", VERSION_HEADER.lower(): "api_version"}
_LOOPBACK_NAMES = frozenset({"localhost"})


def _check_headers(headers: object) -> dict[str, str]:
    """``default_headers`` as a dict, or InvalidParameterError naming the bad entry."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise InvalidParameterError("Client", "default_headers", "expected a mapping of str to str")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise InvalidParameterError(
                "Client", "default_headers", f"{name!r} is not a valid (ASCII token) header name"
            )
        if any(name.lower() == seen.lower() for seen in checked):
            raise InvalidParameterError(
                "Client", "default_headers", f"{name!r} is given twice (names ignore case)"
            )
        option = _OWN_HEADERS.get(name.lower())
        if option is not None:
            raise InvalidParameterError(
                "Client", "default_headers", f"{name!r} is set by the client: use {option}="
            )
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            # The value is not echoed: default headers often carry secrets.
            raise InvalidParameterError(
                "Client",
                "default_headers",
                f"the value of {name!r} must be a str of printable ASCII (no line breaks)",
            )
        checked[name] = value
    return checked


def _check_timeout(timeout: object) -> None:
    """Seconds > 0, an ``httpx.Timeout`` whose phases are such seconds or None, or None."""
    if timeout is None:
        return
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(timeout, phase)
            if seconds is not None and not _is_seconds(seconds):
                raise InvalidParameterError(
                    "Client", "timeout", f"{phase} must be a finite number of seconds > 0 or None"
                )
        return
    if not _is_seconds(timeout):
        raise InvalidParameterError(
            "Client",
            "timeout",
            "expected a finite number of seconds > 0, an httpx.Timeout or None (no timeout)",
        )


def _is_seconds(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def _check_base_url(url: object, allow_insecure_http: bool) -> httpx.URL:
    """The parsed API root, or InvalidParameterError (it never echoes user:password)."""
    if not isinstance(url, str):
        raise InvalidParameterError("Client", "base_url", "expected a str")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise InvalidParameterError("Client", "base_url", "not a valid URL") from None
    if parsed.userinfo:
        raise InvalidParameterError(
            "Client",
            "base_url",
            "must not contain user:password@ (httpx would send it as Basic auth); "
            "the client authenticates with api_key=",
        )
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise InvalidParameterError("Client", "base_url", f"expected an http(s) URL, got {url!r}")
    if "?" in url or "#" in url:
        raise InvalidParameterError(
            "Client", "base_url", f"must not have a query or fragment, got {url!r}"
        )
    if parsed.scheme == "http" and not allow_insecure_http and not _is_loopback(parsed.host):
        raise InvalidParameterError(
            "Client",
            "base_url",
            f"http:// would send the API key unencrypted to {parsed.host!r}: use https://, "
            "or pass allow_insecure_http=True if you mean it (loopback hosts need neither)",
        )
    return parsed


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _connection_error(
    operation: str, request: httpx.Request, error: httpx.RequestError
) -> APIConnectionError:
    """The SDK error for a request that got no usable response (the caller chains the cause).

    Transport failures and timeouts, and a body whose ``Content-Encoding`` does not decode.
    """
    masked = masked_request(request)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{operation}: request timed out ({type(error).__name__})", request=masked
        )
    detail = str(error)
    key = request.headers.get(API_KEY_HEADER)
    if key:  # transport errors may quote a header; the key must never reach a message
        detail = detail.replace(key, "***")
    what = (
        "the response body could not be decoded"
        if isinstance(error, httpx.DecodingError)
        else "connection failed"
    )
    return APIConnectionError(
        f"{operation}: {what} ({type(error).__name__}: {detail})", request=masked
    )


def masked_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` whose ``X-API-Key`` reads ``[secure]``, to hand out to callers.

    httpx masks only ``Authorization`` in reprs; a copy keeps the key out of reprs,
    logs and pickles alike (about 4 µs, once per call).
    """
    headers = request.headers
    if API_KEY_HEADER not in headers:
        return request
    copy = httpx.Request.__new__(httpx.Request)
    copy.__dict__.update(request.__dict__)
    copy.headers = headers = headers.copy()
    headers[API_KEY_HEADER] = MASKED
    return copy


def client_failure(
    operation: str,
    request: httpx.Request,
    http: httpx.Client | httpx.AsyncClient,
    error: RuntimeError,
) -> APIError:
    """The SDK error for httpx refusing to send (a closed pool, a pool of a closed loop)."""
    if http.is_closed:
        return ClientClosedError(
            f"{operation}: the client is closed (close(), aclose() or the end of its `with` "
            "block; clients made by with_version/with_options share its pool): "
            "create a new client"
        )
    hint = (
        "; an httpx.AsyncClient belongs to the event loop it first ran in: "
        "create it inside the running loop"
        if isinstance(http, httpx.AsyncClient)
        else ""
    )
    return APIConnectionError(
        f"{operation}: the HTTP client could not send ({error}){hint}",
        request=masked_request(request),
    )


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default_port = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default_port)
