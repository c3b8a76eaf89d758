"""Status codes map to the error tree; idempotent calls are retried."""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Any

import httpx
import pytest

from phala_cloud_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.support.mock_api import API_KEY, MakeAsyncClient, MakeClient, Router
from tests.support.payloads import APP_FULL_2026, payload

STRUCTURED = {
    "detail": {
        "error_code": "ERR-1",
        "message": "m",
        "details": [{"field": "x"}],
        "suggestions": ["s"],
    }
}

STATUSES: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUSES)
def test_status_errors(
    status: int, cls: type[APIStatusError], router: Router, make_client: MakeClient
) -> None:
    router.add(status, STRUCTURED, headers={"X-Request-ID": "req-42", "Retry-After": "7"})
    client = make_client(max_retries=0)
    with pytest.raises(APIStatusError) as info:
        client.get_app_info(app_id="a")
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.request_id == "req-42"
    assert error.error_code == "ERR-1"
    assert error.details == [{"field": "x"}]
    assert error.suggestions == ["s"]
    assert "m" in str(error)
    assert API_KEY not in str(error)
    if isinstance(error, RateLimitError):
        assert error.retry_after == 7.0


def test_422_field_errors(router: Router, make_client: MakeClient) -> None:
    body = {"detail": [{"loc": ["query", "page"], "msg": "too small", "type": "value_error"}]}
    router.add(422, body)
    with pytest.raises(UnprocessableEntityError) as info:
        make_client().get_app_list()
    errors = info.value.errors
    assert errors[0].loc == ("query", "page")
    assert errors[0].msg == "too small"
    assert errors[0].field == "page"


def test_error_with_text_body(router: Router, make_client: MakeClient) -> None:
    router.add(404, content=b"not here", headers={"content-type": "text/plain"})
    with pytest.raises(NotFoundError) as info:
        make_client().get_app_info(app_id="a")
    assert info.value.body == "not here"
    assert info.value.request_id is None


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "cls"), STATUSES[:4])
async def test_async_status_errors(
    status: int, cls: type[APIStatusError], router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(status, STRUCTURED, headers={"X-Request-ID": "req-42"})
    with pytest.raises(cls) as info:
        await make_async_client().get_app_info(app_id="a")
    assert info.value.request_id == "req-42"


def test_503_retried_then_raises(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add(503, {"detail": "down"})
    with pytest.raises(InternalServerError):
        make_client().get_app_info(app_id="a")
    assert len(router.requests) == 3
    assert len(no_sleep) == 2
    assert all(0 <= d <= 8 for d in no_sleep)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_not_retried(
    status: int, router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add(status, {"detail": "no"})
    with pytest.raises(APIStatusError):
        make_client().get_app_info(app_id="a")
    assert len(router.requests) == 1
    assert no_sleep == []


def test_429_retry_after_zero_then_ok(router: Router, make_client: MakeClient) -> None:
    router.add(429, {"detail": "slow"}, headers={"Retry-After": "0"}).add(200, APP_FULL_2026)
    app = make_client().get_app_info(app_id="a")
    assert app.app_id == "app1"
    assert len(router.requests) == 2


def test_retry_after_http_date(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    router.add(429, {"detail": "slow"}, headers={"Retry-After": when}).add(200, APP_FULL_2026)
    make_client().get_app_info(app_id="a")
    assert len(no_sleep) == 1
    assert 2.0 <= no_sleep[0] <= 6.0


def test_retry_after_too_long_stops(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add(429, {"detail": "slow"}, headers={"Retry-After": "3600"})
    with pytest.raises(RateLimitError) as info:
        make_client().get_app_info(app_id="a")
    assert info.value.retry_after == 3600.0
    assert len(router.requests) == 1
    assert no_sleep == []


def test_post_not_retried(router: Router, make_client: MakeClient, no_sleep: list[float]) -> None:
    router.add(503, {"detail": "down"})
    with pytest.raises(InternalServerError):
        make_client().replicate_app_cvm(app_id="a", vm_uuid="v", teepod_id=1)
    assert len(router.requests) == 1


def test_read_only_post_retried(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    _, body, _ = payload("check_app_is_allowed", "2026-01-21")
    router.add(503, {"detail": "down"}).add(200, body)
    result = make_client().check_app_is_allowed(app_id="a", compose_hash="h")
    assert result.is_allowed is True
    assert len(router.requests) == 2
    assert router.requests[0].content == router.requests[1].content


def test_max_retries_option(router: Router, make_client: MakeClient, no_sleep: list[float]) -> None:
    router.add(500, {"detail": "x"})
    client = make_client(max_retries=0)
    with pytest.raises(InternalServerError):
        client.get_app_info(app_id="a")
    assert len(router.requests) == 1
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=4).get_app_info(app_id="a")
    assert len(router.requests) == 6


def test_retries_logged(
    router: Router,
    make_client: MakeClient,
    no_sleep: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    router.add(503, {"detail": "down"}).add(200, APP_FULL_2026)
    with caplog.at_level(logging.INFO, logger="phala_cloud_sdk"):
        make_client().get_app_info(app_id="a")
    records = [r for r in caplog.records if r.name == "phala_cloud_sdk"]
    assert any(r.levelno == logging.INFO and "retrying" in r.getMessage() for r in records)
    assert all(API_KEY not in r.getMessage() for r in caplog.records)


def _raise(exc: Exception) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def test_connection_error_retried(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add_handler(_raise(httpx.ConnectError("refused"))).add(200, APP_FULL_2026)
    assert make_client().get_app_info(app_id="a").app_id == "app1"
    assert len(router.requests) == 2
    router.add_handler(_raise(httpx.ConnectError("refused")))
    with pytest.raises(APIConnectionError) as info:
        make_client(max_retries=0).get_app_info(app_id="a")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    router.add_handler(_raise(httpx.ReadError("reset")))
    with pytest.raises(APIConnectionError):
        make_client().create_app_instance(app_id="a", teepod_id=1)
    assert len(router.requests) == 4  # POST, failed after sending: one attempt
    assert not isinstance(info.value, APITimeoutError)


def test_timeout_retried_then_raises(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add_handler(_raise(httpx.ReadTimeout("slow")))
    with pytest.raises(APITimeoutError) as info:
        make_client().get_app_info(app_id="a")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(router.requests) == 3


@pytest.mark.asyncio
async def test_async_retries(
    router: Router, make_async_client: MakeAsyncClient, no_sleep: list[float]
) -> None:
    router.add(503, {"detail": "down"})
    with pytest.raises(InternalServerError):
        await make_async_client().get_app_info(app_id="a")
    assert len(router.requests) == 3
    router.requests.clear()
    router.add_handler(_raise(httpx.ReadTimeout("slow")))
    with pytest.raises(APITimeoutError) as info:
        await make_async_client(max_retries=1).get_app_info(app_id="a")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(router.requests) == 2
    router.requests.clear()
    router.add(503, {"detail": "down"})
    with pytest.raises(InternalServerError):
        await make_async_client().redeploy_app_revision(app_id="a", revision_id="r", vm_uuids=["u"])
    assert len(router.requests) == 1


@pytest.mark.asyncio
async def test_async_real_sleep_retry_after_zero(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    # No sleep patching: exercises the real asyncio wait between attempts.
    router.add(429, {"detail": "slow"}, headers={"Retry-After": "0"}).add(200, APP_FULL_2026)
    app = await make_async_client().get_app_info(app_id="a")
    assert app.app_id == "app1"
    assert len(router.requests) == 2
