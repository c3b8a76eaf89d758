"""Verify and parse Phala Cloud webhook deliveries.

A delivery carries ``X-Webhook-Timestamp`` (Unix seconds) and ``X-Webhook-Signature``
(``sha256=`` + lowercase hex of HMAC-SHA256 over ``f"{timestamp}.{body}"``, keyed with
the webhook secret as UTF-8). The scheme, header names and envelope fields are those of
the official SDKs (``phala_cloud/webhook.py``, ``@phala/cloud/webhook``); the envelope is
``{"id", "event", "version", "created_at", "workspace": {"id", "name"}, "data"}``.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, ClassVar

from . import _json
from ._constants import (
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
    WEBHOOK_TOLERANCE_SECONDS,
)
from ._exceptions import InvalidParameterError, WebhookPayloadError, WebhookVerificationError

__all__ = [
    "WebhookEvent",
    "WebhookWorkspace",
    "parse_webhook_event",
    "verify_webhook_signature",
]

# Patterns, compiled on first use (by re's cache) rather than at import.
_TIMESTAMP = r"[0-9]{1,20}"
_ISO_DATETIME = r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:?\d{2})?"
_DEFAULT_VERSION = "1"  # what the official SDKs assume when the envelope has no version


class _Record:
    """Value-object basics for the event classes: keyword construction, repr, equality.

    Hand-written rather than dataclasses: building two dataclasses costs ~2 ms of
    ``import phala_cloud_sdk``, these ~0.05 ms.
    """

    __slots__ = ()
    _compared: tuple[str, ...] = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._compared)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._compared)

    # Mutable payloads: not hashable.
    __hash__: ClassVar[None] = None  # type: ignore[assignment]


class WebhookWorkspace(_Record):
    """The workspace a webhook event belongs to: its ``id`` and ``name``."""

    __slots__ = ("id", "name")
    _compared = ("id", "name")
    id: str
    name: str

    def __init__(self, *, id: str, name: str) -> None:
        self.id = id
        self.name = name


class WebhookEvent(_Record):
    """A verified webhook event.

    ``event`` is its type (such as ``"cvm.created"``), ``data`` its payload as decoded
    JSON, ``created_at`` a timezone-aware ``datetime`` (UTC when the envelope gives no
    offset), ``version`` the envelope version (``"1"`` when absent), ``workspace`` a
    :class:`WebhookWorkspace` and ``raw`` the whole decoded envelope, fields this SDK does
    not know included.
    """

    __slots__ = ("created_at", "data", "event", "id", "raw", "version", "workspace")
    _compared = ("id", "event", "version", "created_at", "workspace", "data")
    id: str
    event: str
    version: str
    created_at: datetime
    workspace: WebhookWorkspace
    data: Any
    raw: dict[str, Any]

    def __init__(
        self,
        *,
        id: str,
        event: str,
        version: str,
        created_at: datetime,
        workspace: WebhookWorkspace,
        data: Any,
        raw: dict[str, Any],
    ) -> None:
        self.id = id
        self.event = event
        self.version = version
        self.created_at = created_at
        self.workspace = workspace
        self.data = data
        self.raw = raw


def verify_webhook_signature(
    *,
    secret: str | bytes,
    timestamp: str | int,
    body: bytes | bytearray | str,
    signature: str,
    tolerance_seconds: float = WEBHOOK_TOLERANCE_SECONDS,
) -> bool:
    """Whether a webhook delivery is authentic and fresh.

    Example::

        ok = verify_webhook_signature(
            secret=WEBHOOK_SECRET,
            timestamp=request.headers["X-Webhook-Timestamp"],
            body=request.body,  # the raw bytes, before any JSON parsing
            signature=request.headers["X-Webhook-Signature"],
        )

    Args:
        secret: the webhook's signing secret (``whsec_...``), used as UTF-8 if a str.
        timestamp: the ``X-Webhook-Timestamp`` header (Unix seconds).
        body: the raw request body; bytes are used as they are, a str is UTF-8 encoded.
        signature: the ``X-Webhook-Signature`` header (``sha256=<hex>``).
        tolerance_seconds: how far the timestamp may be from now, either way (default 300).

    Returns:
        ``True`` when the signature matches (compared in constant time) and the timestamp
        is within the tolerance; ``False`` otherwise, bad input included (a timestamp
        that is not ASCII digits, an empty secret, a wrong type): this never raises.
        :func:`parse_webhook_event` says why a delivery fails.
    """
    key = _secret_bytes(secret)
    payload = _body_bytes(body)
    tolerance = _tolerance(tolerance_seconds)
    if isinstance(timestamp, int) and not isinstance(timestamp, bool):
        timestamp = str(timestamp)
    if key is None or payload is None or tolerance is None:
        return False
    if not isinstance(timestamp, str) or not isinstance(signature, str):
        return False
    return _failure(key, timestamp, payload, signature, tolerance) is None


def parse_webhook_event(
    *,
    headers: Mapping[str, Any] | Iterable[tuple[Any, Any]],
    body: bytes | bytearray | str,
    secret: str | bytes,
    tolerance_seconds: float = WEBHOOK_TOLERANCE_SECONDS,
) -> WebhookEvent:
    """Verify a webhook delivery and return its event.

    Example::

        from phala_cloud_sdk import WebhookVerificationError, parse_webhook_event

        try:
            event = parse_webhook_event(
                headers=request.headers, body=request.body, secret=WEBHOOK_SECRET
            )
        except WebhookVerificationError:
            return 400
        if event.event == "cvm.created": ...

    Args:
        headers: the request headers: any mapping (``dict``, Starlette/Django/httpx
            headers), a multi-dict with ``items()`` (Werkzeug, aiohttp), or a list of
            ``(name, value)`` pairs (str or bytes, as ASGI gives them). Names are matched
            without regard to case; a list value counts as that header's values.
        body: the raw request body; bytes are used as they are, a str is UTF-8 encoded.
        secret: the webhook's signing secret.
        tolerance_seconds: how far the timestamp may be from now, either way (default 300).

    Raises:
        WebhookVerificationError: a header is missing or sent twice with different
            values, or the timestamp is malformed or out of tolerance, or the signature
            does not match; its ``reason`` says which.
        WebhookPayloadError: the signature is good but the body is not a JSON event
            envelope (``field`` names what is wrong; ``created_at`` must be ISO 8601).
        InvalidParameterError: ``secret``, ``body``, ``headers`` or
            ``tolerance_seconds`` has the wrong type or is empty.
    """
    operation = "parse_webhook_event"
    key = _secret_bytes(secret)
    if key is None:
        raise InvalidParameterError(operation, "secret", "expected a non-empty str or bytes")
    payload = _body_bytes(body)
    if payload is None:
        problem = (
            "is not valid Unicode (a lone surrogate)"
            if isinstance(body, str)
            else f"expected the raw body as bytes or str, got {type(body).__name__}"
        )
        raise InvalidParameterError(operation, "body", problem)
    tolerance = _tolerance(tolerance_seconds)
    if tolerance is None:
        raise InvalidParameterError(
            operation, "tolerance_seconds", "expected a finite number of seconds >= 0"
        )
    found = _find_headers(headers, (WEBHOOK_TIMESTAMP_HEADER, WEBHOOK_SIGNATURE_HEADER))
    timestamp, signature = found[WEBHOOK_TIMESTAMP_HEADER], found[WEBHOOK_SIGNATURE_HEADER]
    missing = [name for name, value in found.items() if not value]
    if missing or timestamp is None or signature is None:
        raise WebhookVerificationError(
            f"webhook request is missing the {' and '.join(missing)} header"
            + ("s" if len(missing) > 1 else ""),
            reason="missing_header",
        )
    failure = _failure(key, timestamp, payload, signature, tolerance)
    if failure is not None:
        raise failure
    return _event(payload)


def _failure(
    key: bytes, timestamp: str, body: bytes, signature: str, tolerance: float
) -> WebhookVerificationError | None:
    """The first check that fails, as the error to raise; ``None`` when all pass."""
    if not re.fullmatch(_TIMESTAMP, timestamp):
        return WebhookVerificationError(
            f"{WEBHOOK_TIMESTAMP_HEADER} is not Unix seconds (ASCII digits)",
            reason="malformed_timestamp",
        )
    age = int(time.time()) - int(timestamp)
    if abs(age) > tolerance:
        when = f"{age} s old" if age > 0 else f"{-age} s in the future"
        return WebhookVerificationError(
            f"webhook timestamp is {when}, outside the {tolerance:g} s tolerance "
            "(a replayed or delayed delivery, or a wrong clock)",
            reason="expired_timestamp",
        )
    mac = hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    expected = b"sha256=" + mac.hexdigest().encode("ascii")
    if not hmac.compare_digest(expected, signature.encode("utf-8", "surrogatepass")):
        return WebhookVerificationError(
            f"{WEBHOOK_SIGNATURE_HEADER} does not match the body "
            "(wrong secret, or the body was changed or re-encoded)",
            reason="signature_mismatch",
        )
    return None


def _secret_bytes(secret: object) -> bytes | None:
    if isinstance(secret, str):
        try:
            return secret.encode("utf-8") or None
        except UnicodeEncodeError:
            return None
    if isinstance(secret, bytes | bytearray):
        return bytes(secret) or None
    return None


def _body_bytes(body: object) -> bytes | None:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        try:
            return body.encode("utf-8")
        except UnicodeEncodeError:
            return None
    return None


def _tolerance(tolerance: object) -> float | None:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        return None
    if not math.isfinite(tolerance) or tolerance < 0:
        return None
    return float(tolerance)


def _find_headers(headers: object, names: tuple[str, ...]) -> dict[str, str | None]:
    """The value of each of ``names`` (case-insensitive), ``None`` when absent."""
    wanted = {name.lower(): name for name in names}
    values: dict[str, list[str]] = {name: [] for name in names}
    for raw_name, raw_value in _header_pairs(headers):
        header = _text(raw_name)
        if header is None or header.lower() not in wanted:
            continue
        name = wanted[header.lower()]
        for value in raw_value if isinstance(raw_value, list | tuple) else (raw_value,):
            text = _text(value)
            if text is None and value is not None:
                raise InvalidParameterError(
                    "parse_webhook_event",
                    f"headers[{name!r}]",
                    f"expected a str or bytes value, got {type(value).__name__}",
                )
            if text is not None:
                values[name].append(text)
    found: dict[str, str | None] = {}
    for name, seen in values.items():
        if len(set(seen)) > 1:
            raise WebhookVerificationError(
                f"webhook request has {len(seen)} different {name} headers",
                reason="ambiguous_header",
            )
        found[name] = seen[0] if seen else None
    return found


def _header_pairs(headers: object) -> Iterable[tuple[object, object]]:
    # httpx.Headers.items() joins repeated headers; multi_items() keeps each one.
    multi_items = getattr(headers, "multi_items", None)
    items = getattr(headers, "items", None)
    pairs: object = headers
    if callable(multi_items):
        pairs = multi_items()
    elif callable(items):
        pairs = items()
    if not isinstance(pairs, Iterable) or isinstance(pairs, str | bytes | bytearray):
        raise InvalidParameterError(
            "parse_webhook_event",
            "headers",
            f"expected a mapping or a list of (name, value) pairs, got {type(headers).__name__}",
        )
    out: list[tuple[object, object]] = []
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise InvalidParameterError(
                "parse_webhook_event", "headers", "expected (name, value) pairs"
            )
        out.append((pair[0], pair[1]))
    return out


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")  # HTTP header bytes, as ASGI servers pass them
    return None


def _event(body: bytes) -> WebhookEvent:
    try:
        raw = _json.loads(body)
    except _json.JSONDecodeError as exc:
        raise WebhookPayloadError(f"webhook body is not JSON: {exc}", field=None) from exc
    if not isinstance(raw, dict):
        raise WebhookPayloadError(
            f"webhook body is JSON {type(raw).__name__}, not an event object", field=None
        )
    workspace = _required(raw, "workspace", dict, "an object")
    version = raw.get("version", _DEFAULT_VERSION)
    if not isinstance(version, str):
        raise WebhookPayloadError(
            f"webhook event field 'version' must be a string, got {_json_type(version)}",
            field="version",
        )
    if "data" not in raw:
        raise WebhookPayloadError("webhook event has no 'data' field", field="data")
    return WebhookEvent(
        id=_required(raw, "id", str, "a string"),
        event=_required(raw, "event", str, "a string"),
        version=version,
        created_at=_datetime(_required(raw, "created_at", str, "an ISO 8601 string")),
        workspace=WebhookWorkspace(
            id=_required(workspace, "id", str, "a string", prefix="workspace."),
            name=_required(workspace, "name", str, "a string", prefix="workspace."),
        ),
        data=raw["data"],
        raw=raw,
    )


def _required(
    raw: dict[str, Any], name: str, kind: type[Any], described: str, *, prefix: str = ""
) -> Any:
    if name not in raw:
        raise WebhookPayloadError(
            f"webhook event has no {prefix + name!r} field", field=prefix + name
        )
    value = raw[name]
    if not isinstance(value, kind):
        raise WebhookPayloadError(
            f"webhook event field {prefix + name!r} must be {described}, got {_json_type(value)}",
            field=prefix + name,
        )
    return value


def _datetime(text: str) -> datetime:
    """An ISO 8601 date-time; ``fromisoformat`` alone is too strict on Python 3.10."""
    match = re.fullmatch(_ISO_DATETIME, text)
    if match is not None:
        day, clock, fraction, offset = match.groups()
        micro = f".{(fraction or '')[:6]:0<6}"
        if offset in (None, "Z", "z"):
            offset = "+00:00"
        elif ":" not in offset:
            offset = f"{offset[:3]}:{offset[3:]}"
        try:
            return datetime.fromisoformat(f"{day}T{clock}{micro}{offset}")
        except ValueError:
            pass
    raise WebhookPayloadError(
        f"webhook event field 'created_at' is not an ISO 8601 date-time: {text[:40]!r}",
        field="created_at",
    )


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
