"""Every failure of a call is an SDK error, and nothing leaks (sync and async twins)."""

from __future__ import annotations

import httpx
import pytest

from phala_cloud_sdk import APIConnectionError, InternalServerError
from tests.support.mock_api import Handler, MakeAsyncClient, MakeClient, Router
from tests.support.payloads import payload

FILTER_OPTIONS = {
    "statuses": ["running"],
    "image_versions": [],
    "instance_types": [],
    "kms_slugs": [],
    "kms_types": [],
    "regions": [],
    "nodes": [],
}


# -- a body whose Content-Encoding does not decode ----------------------------------


def _bad_encoding(router: Router, status: int, encoding: str) -> None:
    router.add(
        status,
        content=b"this is not compressed",
        headers={"content-type": "application/json", "content-encoding": encoding},
    )


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@pytest.mark.parametrize("status", [200, 503])
def test_bad_content_encoding_is_a_connection_error(
    status: int, encoding: str, router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    _bad_encoding(router, status, encoding)
    with pytest.raises(APIConnectionError) as info:
        make_client(max_retries=1).get_app_filter_options()
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert "could not be decoded" in str(info.value)
    assert len(router.requests) == 2  # retried like any transport failure of a GET


def test_bad_content_encoding_on_unsafe_post_not_retried(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    _bad_encoding(router, 200, "gzip")
    with pytest.raises(APIConnectionError):
        make_client().replicate_app_cvm(app_id="a", vm_uuid="v", teepod_id=1)
    assert len(router.requests) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [200, 503])
async def test_async_bad_content_encoding_is_a_connection_error(
    status: int, router: Router, make_async_client: MakeAsyncClient, no_sleep: list[float]
) -> None:
    _bad_encoding(router, status, "gzip")
    with pytest.raises(APIConnectionError) as info:
        await make_async_client(max_retries=1).get_app_filter_options()
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert len(router.requests) == 2
    router.requests.clear()
    with pytest.raises(APIConnectionError):
        await make_async_client().redeploy_app_revision(app_id="a", revision_id="r")
    assert len(router.requests) == 1


# -- refused before anything happened: retried for every operation -------------------


def _raise(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def test_429_on_unsafe_post_is_retried(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    _, body, _ = payload("replicate_app_cvm", "2026-01-21")
    router.add(429, {"detail": "slow down"}, headers={"Retry-After": "1"}).add(200, body)
    make_client().replicate_app_cvm(app_id="a", vm_uuid="v", teepod_id=1)
    assert len(router.requests) == 2
    assert no_sleep == [1.0]


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")],
)
def test_unsent_request_on_unsafe_post_is_retried(
    error: Exception, router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    _, body, _ = payload("replicate_app_cvm", "2026-01-21")
    router.add_handler(_raise(error)).add(200, body)
    make_client().replicate_app_cvm(app_id="a", vm_uuid="v", teepod_id=1)
    assert len(router.requests) == 2


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.WriteError("reset")]
)
def test_failure_after_sending_unsafe_post_not_retried(
    error: Exception, router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add_handler(_raise(error))
    with pytest.raises(APIConnectionError):
        make_client().replicate_app_cvm(app_id="a", vm_uuid="v", teepod_id=1)
    assert len(router.requests) == 1
    router.add(503, {"detail": "down"})
    with pytest.raises(InternalServerError):
        make_client().replicate_app_cvm(app_id="a", vm_uuid="v", teepod_id=1)
    assert len(router.requests) == 2


@pytest.mark.asyncio
async def test_async_refused_unsafe_post_is_retried(
    router: Router, make_async_client: MakeAsyncClient, no_sleep: list[float]
) -> None:
    _, body, _ = payload("redeploy_app_revision", "2026-01-21")
    router.add(429, {"detail": "slow down"}, headers={"Retry-After": "0"})
    router.add_handler(_raise(httpx.ConnectError("refused"))).add(202, body)
    await make_async_client().redeploy_app_revision(app_id="a", revision_id="r")
    assert len(router.requests) == 3
    router.requests.clear()
    router.add_handler(_raise(httpx.ReadTimeout("slow")))
    with pytest.raises(APIConnectionError):
        await make_async_client().redeploy_app_revision(app_id="a", revision_id="r")
    assert len(router.requests) == 1
