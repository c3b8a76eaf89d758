"""Webhooks: signatures, replay window, headers, the event envelope, and the official SDKs;
then the Webhooks API methods (spec/webhooks.yaml): requests, typed results, 204,
paginated deliveries, and the signing secret they return feeding verify_webhook_signature.

The scheme (both official SDKs: ``phala_cloud/webhook.py`` and ``@phala/cloud/webhook``):
``X-Webhook-Signature: sha256=<hex HMAC-SHA256(secret, f"{timestamp}.{body}")>`` and
``X-Webhook-Timestamp: <Unix seconds>``, rejected when ``abs(now - timestamp) > tolerance``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from phala_cloud_api.operations import OPERATIONS
from phala_cloud_sdk import (
    APIStatusError,
    InvalidParameterError,
    ResponseValidationError,
    WebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    WebhookWorkspace,
    parse_webhook_event,
    verify_webhook_signature,
)
from tests.support.mock_api import MakeAsyncClient, MakeClient, Router
from tests.support.paths import ROOT
from tests.support.payloads import VERSIONS
from tests.support.tag_calls import Call, check_request, check_result, run_async, run_sync

SECRET = "whsec_test-secret-Ünïcode"
NOW = 1_786_194_000
ENVELOPE: dict[str, Any] = {
    "id": "evt_01J",
    "event": "cvm.status_changed",
    "version": "1",
    "created_at": "2026-08-08T08:20:00.123Z",
    "workspace": {"id": "ws_1", "name": "Team ✓"},
    "data": {"cvm_id": "cvm_1", "status": "running", "extra": [1, None]},
    "future_field": True,
}
BODY = json.dumps(ENVELOPE, ensure_ascii=False, separators=(",", ":")).encode()


def sign(body: bytes | str, timestamp: str | int, secret: str = SECRET) -> str:
    """The documented scheme, written out independently of the SDK."""
    raw = body.encode() if isinstance(body, str) else body
    message = f"{timestamp}.".encode() + raw
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def headers_for(body: bytes | str, timestamp: int = NOW, secret: str = SECRET) -> dict[str, str]:
    return {
        "X-Webhook-Timestamp": str(timestamp),
        "X-Webhook-Signature": sign(body, timestamp, secret),
    }


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(time, "time", lambda: NOW + 0.75)
    yield


# --- verify_webhook_signature -----------------------------------------------------------


@pytest.mark.usefixtures("frozen_clock")
def test_valid_signature_bytes_and_str_bodies() -> None:
    text = BODY.decode()
    signature = sign(BODY, NOW)
    assert verify_webhook_signature(
        secret=SECRET, timestamp=str(NOW), body=BODY, signature=signature
    )
    assert verify_webhook_signature(
        secret=SECRET, timestamp=str(NOW), body=text, signature=signature
    )
    assert verify_webhook_signature(secret=SECRET, timestamp=NOW, body=BODY, signature=signature)
    assert verify_webhook_signature(
        secret=SECRET.encode(), timestamp=str(NOW), body=bytearray(BODY), signature=signature
    )


@pytest.mark.usefixtures("frozen_clock")
def test_bytes_are_used_as_they_are() -> None:
    raw = b'{"id": "\xff\xfe not utf-8"}'
    signature = sign(raw, NOW)
    assert verify_webhook_signature(
        secret=SECRET, timestamp=str(NOW), body=raw, signature=signature
    )
    # Decoding and re-encoding changes the bytes, and so the signature no longer matches.
    reencoded = raw.decode("latin-1")
    assert not verify_webhook_signature(
        secret=SECRET, timestamp=str(NOW), body=reencoded, signature=signature
    )


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    "change",
    ["body", "secret", "timestamp", "hex_case", "no_prefix", "truncated", "empty"],
)
def test_tampering_fails(change: str) -> None:
    timestamp, body, secret, signature = str(NOW), BODY, SECRET, sign(BODY, NOW)
    if change == "body":
        body = BODY.replace(b"running", b"stopped")
    elif change == "secret":
        secret = "whsec_other"
    elif change == "timestamp":
        timestamp = str(NOW - 1)
    elif change == "hex_case":
        signature = "sha256=" + signature.removeprefix("sha256=").upper()
    elif change == "no_prefix":
        signature = signature.removeprefix("sha256=")
    elif change == "truncated":
        signature = signature[:-1]
    else:
        signature = ""
    assert not verify_webhook_signature(
        secret=secret, timestamp=timestamp, body=body, signature=signature
    )


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    ("offset", "tolerance", "valid"),
    [
        (0, 300, True),
        (-300, 300, True),  # now is NOW + 0.75: whole seconds, like the JS SDK
        (-301, 300, False),
        (300, 300, True),
        (301, 300, False),
        (-86_400, 300, False),
        (-86_400, 86_400, True),
        (0, 0, True),
        (-1, 0, False),
        (-10, 12.5, True),
    ],
)
def test_replay_window(offset: int, tolerance: float, valid: bool) -> None:
    timestamp = NOW + offset
    assert (
        verify_webhook_signature(
            secret=SECRET,
            timestamp=str(timestamp),
            body=BODY,
            signature=sign(BODY, timestamp),
            tolerance_seconds=tolerance,
        )
        is valid
    )


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    "arguments",
    [
        {"timestamp": "abc"},
        {"timestamp": ""},
        {"timestamp": " 1786194000"},
        {"timestamp": "1786194000 "},
        {"timestamp": "+1786194000"},
        {"timestamp": "1_786_194_000"},
        {"timestamp": "١٧٨٦١٩٤٠٠٠"},  # digits int() would take, but not ASCII
        {"timestamp": "1786194000.0"},
        {"timestamp": None},
        {"timestamp": 1786194000.0},
        {"timestamp": True},
        {"secret": ""},
        {"secret": b""},
        {"secret": None},
        {"secret": 42},
        {"body": None},
        {"body": 42},
        {"body": {"id": 1}},
        {"body": "\ud800"},
        {"signature": None},
        {"signature": b"sha256=00"},
        {"signature": "sha256=\ud800"},
        {"signature": "sha256=é"},
        {"tolerance_seconds": "300"},
        {"tolerance_seconds": float("nan")},
        {"tolerance_seconds": -1},
        {"tolerance_seconds": None},
    ],
)
def test_bad_input_returns_false_and_never_raises(arguments: dict[str, Any]) -> None:
    call: dict[str, Any] = {
        "secret": SECRET,
        "timestamp": str(NOW),
        "body": BODY,
        "signature": sign(BODY, NOW),
        **arguments,
    }
    assert verify_webhook_signature(**call) is False


# --- parse_webhook_event ----------------------------------------------------------------


@pytest.mark.usefixtures("frozen_clock")
def test_parse_returns_a_typed_event() -> None:
    event = parse_webhook_event(headers=headers_for(BODY), body=BODY, secret=SECRET)
    assert isinstance(event, WebhookEvent)
    assert event.id == "evt_01J" and event.event == "cvm.status_changed" and event.version == "1"
    assert event.created_at == datetime(2026, 8, 8, 8, 20, 0, 123000, tzinfo=timezone.utc)
    assert event.workspace == WebhookWorkspace(id="ws_1", name="Team ✓")
    assert event.data == ENVELOPE["data"]
    assert event.raw == ENVELOPE
    assert (
        parse_webhook_event(headers=headers_for(BODY), body=BODY.decode(), secret=SECRET) == event
    )


HEADER_FORMS: dict[str, Any] = {
    "lower": lambda h: {k.lower(): v for k, v in h.items()},
    "upper": lambda h: {k.upper(): v for k, v in h.items()},
    "mixed": lambda h: {"x-WEBHOOK-timestamp": h["X-Webhook-Timestamp"], **h},
    "pairs": lambda h: [("Content-Type", "application/json"), *h.items()],
    "asgi_bytes": lambda h: [(k.lower().encode(), v.encode()) for k, v in h.items()],
    "node_lists": lambda h: {k.lower(): [v] for k, v in h.items()},
    "httpx": httpx.Headers,
    "repeated_same": lambda h: [*h.items(), *h.items()],
}


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize("form", list(HEADER_FORMS))
def test_headers_are_found_whatever_their_case_and_container(form: str) -> None:
    headers = HEADER_FORMS[form](headers_for(BODY))
    assert parse_webhook_event(headers=headers, body=BODY, secret=SECRET).id == "evt_01J"


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    ("headers", "reason", "says"),
    [
        ({}, "missing_header", "X-Webhook-Timestamp and X-Webhook-Signature headers"),
        ({"X-Webhook-Timestamp": str(NOW)}, "missing_header", "X-Webhook-Signature header"),
        ({"X-Webhook-Signature": sign(BODY, NOW)}, "missing_header", "X-Webhook-Timestamp"),
        (
            {"X-Webhook-Timestamp": "", "X-Webhook-Signature": sign(BODY, NOW)},
            "missing_header",
            "X-Webhook-Timestamp header",
        ),
        (
            [
                ("X-Webhook-Timestamp", str(NOW)),
                ("X-Webhook-Signature", sign(BODY, NOW)),
                ("x-webhook-signature", sign(b"other", NOW)),
            ],
            "ambiguous_header",
            "2 different X-Webhook-Signature headers",
        ),
        (headers_for(BODY, NOW - 1000), "expired_timestamp", "1000 s old"),
        (headers_for(BODY, NOW + 1000), "expired_timestamp", "1000 s in the future"),
        (
            {"X-Webhook-Timestamp": "soon", "X-Webhook-Signature": sign(BODY, "soon")},
            "malformed_timestamp",
            "not Unix seconds",
        ),
        (headers_for(BODY, secret="whsec_wrong"), "signature_mismatch", "does not match"),
        (headers_for(b"{}"), "signature_mismatch", "does not match"),
    ],
)
def test_verification_errors_say_why_and_never_show_the_secret(
    headers: Any, reason: str, says: str
) -> None:
    with pytest.raises(WebhookVerificationError) as info:
        parse_webhook_event(headers=headers, body=BODY, secret=SECRET)
    assert info.value.reason == reason
    assert says in str(info.value)
    assert isinstance(info.value, ValueError)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)


@pytest.mark.usefixtures("frozen_clock")
def test_tolerance_is_passed_through() -> None:
    headers = headers_for(BODY, NOW - 1000)
    assert parse_webhook_event(headers=headers, body=BODY, secret=SECRET, tolerance_seconds=1000)
    with pytest.raises(WebhookVerificationError, match="outside the 999 s tolerance"):
        parse_webhook_event(headers=headers, body=BODY, secret=SECRET, tolerance_seconds=999)


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"secret": ""}, "secret"),
        ({"secret": None}, "secret"),
        ({"body": None}, "body"),
        ({"body": {"id": 1}}, "body"),
        ({"body": "\udc80"}, "body"),
        ({"tolerance_seconds": -5}, "tolerance_seconds"),
        ({"tolerance_seconds": "300"}, "tolerance_seconds"),
        ({"headers": None}, "headers"),
        ({"headers": "X-Webhook-Timestamp: 1"}, "headers"),
        ({"headers": [("X-Webhook-Timestamp",)]}, "headers"),
        ({"headers": {"X-Webhook-Timestamp": NOW}}, "headers['X-Webhook-Timestamp']"),
    ],
)
def test_parse_rejects_bad_arguments(arguments: dict[str, Any], field: str) -> None:
    call: dict[str, Any] = {"headers": headers_for(BODY), "body": BODY, "secret": SECRET}
    call.update(arguments)
    with pytest.raises(InvalidParameterError) as info:
        parse_webhook_event(**call)
    assert info.value.field == field


def envelope_with(**changes: Any) -> dict[str, Any]:
    envelope = {k: v for k, v in ENVELOPE.items() if k not in changes}
    envelope.update({k: v for k, v in changes.items() if v is not DROP})
    return envelope


DROP = object()


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    ("body", "field", "says"),
    [
        (b"not json", None, "not JSON"),
        (b"\xff\xfe", None, "not JSON"),
        (b"[1, 2]", None, "JSON list, not an event object"),
        (envelope_with(id=DROP), "id", "no 'id' field"),
        (envelope_with(id=7), "id", "must be a string, got number"),
        (envelope_with(event=None), "event", "got null"),
        (envelope_with(data=DROP), "data", "no 'data' field"),
        (envelope_with(version=2), "version", "must be a string"),
        (envelope_with(workspace="ws_1"), "workspace", "must be an object, got string"),
        (envelope_with(workspace={"id": "ws_1"}), "workspace.name", "no 'workspace.name'"),
        (envelope_with(created_at=DROP), "created_at", "no 'created_at' field"),
        (envelope_with(created_at="yesterday"), "created_at", "not an ISO 8601"),
        (envelope_with(created_at="2026-13-01T00:00:00Z"), "created_at", "not an ISO 8601"),
        (envelope_with(created_at="2026-01-01"), "created_at", "not an ISO 8601"),
        (envelope_with(created_at=1786194000), "created_at", "got number"),
    ],
)
def test_a_signed_body_that_is_no_envelope(body: Any, field: str | None, says: str) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    with pytest.raises(WebhookPayloadError) as info:
        parse_webhook_event(headers=headers_for(raw), body=raw, secret=SECRET)
    assert info.value.field == field
    assert says in str(info.value)


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(
    ("created_at", "expected"),
    [
        ("2026-01-21T10:00:00Z", datetime(2026, 1, 21, 10, tzinfo=timezone.utc)),
        ("2026-01-21T10:00:00+00:00", datetime(2026, 1, 21, 10, tzinfo=timezone.utc)),
        ("2026-01-21 10:00:00", datetime(2026, 1, 21, 10, tzinfo=timezone.utc)),
        (
            "2026-01-21T10:00:00.123456789Z",
            datetime(2026, 1, 21, 10, 0, 0, 123456, tzinfo=timezone.utc),
        ),
        (
            "2026-01-21T15:30:00.5+0530",
            datetime(2026, 1, 21, 15, 30, 0, 500000, tzinfo=timezone(timedelta(hours=5.5))),
        ),
    ],
)
def test_created_at_forms(created_at: str, expected: datetime) -> None:
    raw = json.dumps(envelope_with(created_at=created_at)).encode()
    event = parse_webhook_event(headers=headers_for(raw), body=raw, secret=SECRET)
    assert event.created_at == expected and event.created_at.utcoffset() == expected.utcoffset()


@pytest.mark.usefixtures("frozen_clock")
def test_version_defaults_to_1() -> None:
    raw = json.dumps(envelope_with(version=DROP)).encode()
    assert parse_webhook_event(headers=headers_for(raw), body=raw, secret=SECRET).version == "1"


# --- The official JS SDK (@phala/cloud/webhook) ------------------------------------------

JS_HELPER = ROOT / "tests" / "support" / "webhook_js.cjs"
JS_SDK = ROOT / "node_modules" / "@phala" / "cloud" / "package.json"


def run_js(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each case's result from the official JS SDK, in one node process."""
    node = shutil.which("node")
    if node is None or not JS_SDK.is_file():
        pytest.skip(
            "node or node_modules/@phala/cloud not found: run `make install` "
            "(npm ci installs the official JS SDK pinned in package.json)"
        )
    done = subprocess.run(
        [node, str(JS_HELPER)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(done.stdout)
    assert len(results) == len(cases)
    return results


def test_js_sdk_version_is_the_pinned_one() -> None:
    run_js([])
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["@phala/cloud"]
    assert json.loads(JS_SDK.read_text())["version"] == pinned


def test_signatures_cross_verify_with_the_js_sdk() -> None:
    # Real clock here: node reads its own. Timestamps stay far from the tolerance edges.
    now = int(time.time())
    bodies = [BODY.decode(), "", "plain text ✓ 🚀", '{"a":"\\u00e9"}', "line\r\nbreaks"]
    sign_cases = [
        {"op": "sign", "secret": SECRET, "timestamp": str(now), "body": body} for body in bodies
    ]
    theirs = [result["signature"] for result in run_js(sign_cases)]
    ours = [sign(body, now) for body in bodies]
    assert theirs == ours
    # Their signatures verify with ours, and ours with theirs.
    for body, signature in zip(bodies, theirs, strict=True):
        assert verify_webhook_signature(
            secret=SECRET, timestamp=str(now), body=body.encode(), signature=signature
        )
    verify_cases = [
        {
            "op": "verify",
            "args": {"secret": SECRET, "timestamp": str(now), "body": b, "signature": s},
        }
        for b, s in zip(bodies, ours, strict=True)
    ]
    assert all(result["ok"] is True for result in run_js(verify_cases))


def test_verdicts_agree_with_the_js_sdk() -> None:
    now = int(time.time())
    good = sign(BODY, now)
    body = BODY.decode()
    cases: list[tuple[str, dict[str, Any]]] = [
        ("valid", {}),
        ("tampered body", {"body": body.replace("running", "stopped")}),
        ("wrong secret", {"secret": "whsec_other"}),
        ("stale", {"timestamp": str(now - 1000), "signature": sign(BODY, now - 1000)}),
        ("future", {"timestamp": str(now + 1000), "signature": sign(BODY, now + 1000)}),
        (
            "wider tolerance",
            {
                "timestamp": str(now - 1000),
                "signature": sign(BODY, now - 1000),
                "toleranceSeconds": 2000,
            },
        ),
        ("upper-case hex", {"signature": good.upper().replace("SHA256=", "sha256=")}),
        ("no prefix", {"signature": good.removeprefix("sha256=")}),
        ("truncated", {"signature": good[:-2]}),
        ("empty signature", {"signature": ""}),
        ("not a number", {"timestamp": "abc"}),
        ("signed with another timestamp", {"timestamp": str(now - 1)}),
    ]
    args = [
        {"secret": SECRET, "timestamp": str(now), "body": body, "signature": good, **change}
        for _, change in cases
    ]
    theirs = run_js([{"op": "verify", "args": a} for a in args])
    for (name, _), arguments, their in zip(cases, args, theirs, strict=True):
        ours = verify_webhook_signature(
            secret=arguments["secret"],
            timestamp=arguments["timestamp"],
            body=arguments["body"],
            signature=arguments["signature"],
            tolerance_seconds=arguments.get("toleranceSeconds", 300),
        )
        assert ours is their["ok"], name


def test_js_sdk_accepts_a_numeric_prefix_timestamp_we_do_not() -> None:
    # JS parses the timestamp with parseInt, which reads "<digits>junk" as <digits>; we
    # (and the official Python SDK's int()) treat such a header as malformed.
    now = int(time.time())
    timestamp = f"{now}junk"
    arguments: dict[str, Any] = {"secret": SECRET, "timestamp": timestamp, "body": "{}"}
    signature = sign("{}", timestamp)
    [their] = run_js([{"op": "verify", "args": {**arguments, "signature": signature}}])
    assert their["ok"] is True
    assert not verify_webhook_signature(signature=signature, **arguments)


def test_parse_agrees_with_the_js_sdk() -> None:
    now = int(time.time())
    body = BODY.decode()
    signed = headers_for(BODY, now)
    header_sets: list[Any] = [
        signed,
        {k.lower(): v for k, v in signed.items()},
        {k.upper(): [v] for k, v in signed.items()},
        {"X-Webhook-Timestamp": signed["X-Webhook-Timestamp"]},
        {**signed, "X-Webhook-Signature": sign(b"{}", now)},
    ]
    theirs = run_js(
        [
            {"op": "parse", "args": {"headers": h, "body": body, "secret": SECRET}}
            for h in header_sets
        ]
    )
    for headers, their in zip(header_sets, theirs, strict=True):
        if their["ok"]:
            event = parse_webhook_event(headers=headers, body=body, secret=SECRET)
            assert event.raw == their["event"] == ENVELOPE
        else:
            with pytest.raises(WebhookVerificationError):
                parse_webhook_event(headers=headers, body=body, secret=SECRET)


# --- the Webhooks API methods (spec/webhooks.yaml) -------------------------------------

WEBHOOK: dict[str, Any] = {
    "id": "wh_5kR2",
    "url": "https://hooks.example.com/phala",
    "secret": None,
    "events": ["cvm.created", "cvm.stopped"],
    "name": "deploy notifier",
    "enabled": True,
    "created_at": "2026-03-19T10:30:00Z",
    "updated_at": "2026-03-19T10:30:00Z",
}
NEW_SECRET = "whsec_9f1c2b7d4e6a8c0b3d5f7a9c1e3b5d7f"


def delivery(n: int) -> dict[str, Any]:
    """Delivery number ``n`` (a WebhookDeliveryResponse)."""
    return {
        "snowflake_id": 7_300_000_000_000_000 + n,
        "event_id": f"evt_{n:04d}",
        "event_type": "cvm.created",
        "status": "success",
        "attempts": 1,
        "request_url": "https://hooks.example.com/phala",
        "response_status": 200,
        "error_message": "",
        "duration_ms": 83,
        "created_at": "2026-03-19T10:30:00Z",
        "delivered_at": "2026-03-19T10:30:01Z",
    }


WEBHOOK_CALLS = [
    Call("list_webhooks", {}, "GET", "/workspace/webhooks", "WebhookResponse", [WEBHOOK]),
    Call(
        "create_webhook",
        {
            "url": "https://hooks.example.com/phala",
            "events": ["cvm.created", "cvm.stopped"],
            "name": "deploy notifier",
        },
        "POST",
        "/workspace/webhooks",
        "WebhookResponse",
        {**WEBHOOK, "secret": NEW_SECRET},
        status=201,
        json={
            "url": "https://hooks.example.com/phala",
            "events": ["cvm.created", "cvm.stopped"],
            "name": "deploy notifier",
        },
    ),
    Call(
        "get_webhook",
        {"webhook_id": "wh_5kR2"},
        "GET",
        "/workspace/webhooks/wh_5kR2",
        "WebhookResponse",
        WEBHOOK,
    ),
    Call(
        "update_webhook",
        {"webhook_id": "wh_5kR2", "enabled": False, "events": ["cvm.deleted"]},
        "PUT",
        "/workspace/webhooks/wh_5kR2",
        "WebhookResponse",
        {**WEBHOOK, "enabled": False, "events": ["cvm.deleted"]},
        json={"enabled": False, "events": ["cvm.deleted"]},
    ),
    Call(
        "delete_webhook",
        {"webhook_id": "wh_5kR2"},
        "DELETE",
        "/workspace/webhooks/wh_5kR2",
        "None",
        status=204,
    ),
    Call(
        "reveal_webhook_secret",
        {"webhook_id": "wh_5kR2"},
        "POST",
        "/workspace/webhooks/wh_5kR2/reveal-secret",
        "WebhookSecretResponse",
        {"secret": SECRET, "id": "wh_5kR2"},
    ),
    Call(
        "rotate_webhook_secret",
        {"webhook_id": "wh_5kR2"},
        "POST",
        "/workspace/webhooks/wh_5kR2/rotate-secret",
        "WebhookSecretResponse",
        {"secret": NEW_SECRET, "id": "wh_5kR2"},
    ),
    Call(
        "send_test_webhook_event",
        {"webhook_id": "wh_5kR2"},
        "POST",
        "/workspace/webhooks/wh_5kR2/test",
        "WebhookTestResponse",
        {
            "success": False,
            "status": "failed",
            "response_status": 500,
            "event_id": "evt_test_1",
            "error_message": "HTTP 500",
            "duration_ms": 120,
        },
    ),
    Call(
        "list_webhook_deliveries",
        {"webhook_id": "wh_5kR2", "limit": 2, "offset": 4},
        "GET",
        "/workspace/webhooks/wh_5kR2/deliveries",
        "WebhookDeliveryResponse",
        [delivery(5), delivery(6)],
        query={"limit": ["2"], "offset": ["4"]},
        page="list",
    ),
    Call(
        "resend_webhook_delivery",
        {"webhook_id": "wh_5kR2", "event_id": "evt_0005"},
        "POST",
        "/workspace/webhooks/wh_5kR2/deliveries/evt_0005/resend",
        "WebhookResendResponse",
        {"event_id": "evt_0099", "original_event_id": "evt_0005", "status": "pending"},
    ),
    Call(
        "get_webhook_stats",
        {"webhook_id": "wh_5kR2"},
        "GET",
        "/workspace/webhooks/wh_5kR2/stats",
        "WebhookStatsResponse",
        {
            "total": 40,
            "success_count": 38,
            "failed_count": 2,
            "success_rate": 0.95,
            "avg_duration_ms": 91,
            "max_duration_ms": 1204,
            "last_delivery_at": "2026-03-19T10:30:01Z",
        },
    ),
]
WEBHOOK_IDS = [call.id for call in WEBHOOK_CALLS]
BY_OPERATION = {call.operation: call for call in WEBHOOK_CALLS}


def test_every_webhooks_operation_has_a_call() -> None:
    ours = sorted(name for name, op in OPERATIONS.items() if op.tag == "Webhooks")
    assert sorted(WEBHOOK_IDS) == ours


@pytest.mark.parametrize("call", WEBHOOK_CALLS, ids=WEBHOOK_IDS)
def test_api_responses_fit_the_schema(call: Call) -> None:
    call.validate_response()


@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", WEBHOOK_CALLS, ids=WEBHOOK_IDS)
def test_api_sync(
    call: Call, version: str, style: str, router: Router, make_client: MakeClient
) -> None:
    call.serve(router)
    result = run_sync(make_client, call, version, style)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, call)


@pytest.mark.asyncio
@pytest.mark.parametrize("style", ["keywords", "mapping"])
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("call", WEBHOOK_CALLS, ids=WEBHOOK_IDS)
async def test_api_async(
    call: Call, version: str, style: str, router: Router, make_async_client: MakeAsyncClient
) -> None:
    call.serve(router)
    result = await run_async(make_async_client, call, version, style)
    assert len(router.requests) == 1
    check_request(router.last, call, version)
    check_result(result, call)


def test_revealed_secret_verifies_deliveries(router: Router, make_client: MakeClient) -> None:
    """The secret reveal_webhook_secret returns is what verify_webhook_signature takes."""
    BY_OPERATION["reveal_webhook_secret"].serve(router)
    revealed = make_client().reveal_webhook_secret(webhook_id="wh_5kR2")
    assert isinstance(revealed.secret, str)
    now = int(time.time())
    headers = headers_for(BODY, now)
    assert verify_webhook_signature(
        secret=revealed.secret,
        timestamp=headers["X-Webhook-Timestamp"],
        body=BODY,
        signature=headers["X-Webhook-Signature"],
    )
    event = parse_webhook_event(headers=headers, body=BODY, secret=revealed.secret)
    assert event.event == "cvm.status_changed"


@pytest.mark.asyncio
async def test_rotated_secret_replaces_the_old_one(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    BY_OPERATION["rotate_webhook_secret"].serve(router)
    rotated = await make_async_client().rotate_webhook_secret({"webhook_id": "wh_5kR2"})
    now = int(time.time())
    old = headers_for(BODY, now)
    fresh = headers_for(BODY, now, secret=rotated.secret)
    assert verify_webhook_signature(
        secret=rotated.secret, timestamp=now, body=BODY, signature=fresh["X-Webhook-Signature"]
    )
    assert not verify_webhook_signature(
        secret=rotated.secret, timestamp=now, body=BODY, signature=old["X-Webhook-Signature"]
    )


@pytest.mark.parametrize("body", [{}, {"id": "wh_5kR2"}, {"secret": None}])
def test_a_secret_response_without_the_secret_is_rejected(
    body: dict[str, Any], router: Router, make_client: MakeClient
) -> None:
    router.add(200, body)
    with pytest.raises(ResponseValidationError) as caught:
        make_client().reveal_webhook_secret(webhook_id="wh_5kR2")
    assert "WebhookSecretResponse" in str(caught.value)


def test_reveal_is_retried_rotate_is_not(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    assert OPERATIONS["reveal_webhook_secret"].retry_safe
    assert not OPERATIONS["rotate_webhook_secret"].retry_safe
    router.add(503, {"detail": "busy"}).add(200, {"secret": SECRET})
    client = make_client(max_retries=1)
    assert client.reveal_webhook_secret(webhook_id="wh_5kR2").secret == SECRET
    assert len(router.requests) == 2
    router.add(503, {"detail": "busy"})
    with pytest.raises(APIStatusError):
        client.rotate_webhook_secret(webhook_id="wh_5kR2")
    assert len(router.requests) == 3


def test_delete_returns_none(router: Router, make_client: MakeClient) -> None:
    router.add(204, content=b"")
    assert make_client().delete_webhook(webhook_id="wh_5kR2") is None
    assert router.last.method == "DELETE"


def test_update_can_send_an_explicit_null(router: Router, make_client: MakeClient) -> None:
    # A nullable field given as None is sent as JSON null (clears the name).
    router.add(200, WEBHOOK)
    make_client().update_webhook(webhook_id="wh_5kR2", name=None)
    assert json.loads(router.last.content) == {"name": None}


def serve_deliveries(router: Router, total: int) -> None:
    """Deliveries 1..total, answered by limit/offset like the API."""

    def serve(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params.get("limit", "50"))
        offset = int(request.url.params.get("offset", "0"))
        items = [delivery(n) for n in range(offset + 1, min(offset + limit, total) + 1)]
        return httpx.Response(200, json=items)

    router.add_handler(serve)


@pytest.mark.parametrize(
    ("total", "limit", "requests"),
    [(103, None, 3), (100, None, 3), (5, 2, 3), (4, 2, 3), (0, None, 1), (49, None, 1)],
)
def test_deliveries_walk_every_page(
    total: int, limit: int | None, requests: int, router: Router, make_client: MakeClient
) -> None:
    serve_deliveries(router, total)
    client = make_client()
    if limit is None:
        page = client.list_webhook_deliveries(webhook_id="wh_5kR2")
    else:
        page = client.list_webhook_deliveries(webhook_id="wh_5kR2", limit=limit)
    assert [d.event_id for d in page] == [f"evt_{n:04d}" for n in range(1, total + 1)]
    # The last page is the first short (or empty) one; offsets advance by the items seen.
    assert len(router.requests) == requests
    step = limit or 50
    offsets = [r.url.params.get("offset") for r in router.requests]
    assert offsets == [None] + [str(step * n) for n in range(1, requests)]
    assert all(
        r.url.params.get("limit") == (str(limit) if limit else None) for r in router.requests
    )


@pytest.mark.asyncio
async def test_deliveries_walk_every_page_async(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    serve_deliveries(router, 7)
    page = await make_async_client().list_webhook_deliveries(webhook_id="wh_5kR2", limit=3)
    assert [d.event_id async for d in page] == [f"evt_{n:04d}" for n in range(1, 8)]
    assert [r.url.params.get("offset") for r in router.requests] == [None, "3", "6"]


def test_delivery_fields(router: Router, make_client: MakeClient) -> None:
    router.add(200, [delivery(1)])
    page = make_client().list_webhook_deliveries(webhook_id="wh_5kR2")
    first = page.items[0]
    assert first.created_at == datetime(2026, 3, 19, 10, 30, tzinfo=timezone.utc)
    assert first.duration_ms == 83
    assert first.original_event_id is None  # absent: the spec's default is not filled in
    assert not first.has_field("original_event_id")
    assert not page.has_next_page()
