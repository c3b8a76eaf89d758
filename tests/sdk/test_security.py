"""The API key never leaks: reprs, errors, logs, cross-origin redirects."""

from __future__ import annotations

import logging

import httpx
import pytest

from phala_cloud_sdk import APIError, Client, UnsafeRedirectError
from tests.support.mock_api import API_KEY, BASE_URL, MakeAsyncClient, MakeClient, Router
from tests.support.payloads import APP_FULL_2026


def test_repr_hides_key(make_client: MakeClient, make_async_client: MakeAsyncClient) -> None:
    for client in (make_client(), make_async_client(), make_client().with_version("2025-10-28")):
        assert API_KEY not in repr(client)
        assert API_KEY not in str(client)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500])
def test_errors_and_debug_logs_hide_key(
    status: int, router: Router, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    router.add(status, {"detail": f"bad key {API_KEY[:4]}"}, headers={"Retry-After": "0"})
    with caplog.at_level(logging.DEBUG), pytest.raises(APIError) as info:
        make_client(max_retries=1).get_app_info(app_id="a")
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)
    assert caplog.records, "expected DEBUG records from the SDK"
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize(
    "location",
    [
        "http://evil.example/api/v1/apps/a",
        "http://testserver:8080/api/v1/apps/a",
        "https://testserver/api/v1/apps/a",
        "//evil.example/steal",
    ],
)
def test_cross_origin_redirect_refused(
    location: str, router: Router, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    router.add(302, None, headers={"Location": location})
    with caplog.at_level(logging.DEBUG), pytest.raises(UnsafeRedirectError) as info:
        make_client().get_app_info(app_id="a")
    assert [str(r.url.netloc, "ascii") for r in router.requests] == ["testserver"]
    assert [r.url.scheme for r in router.requests] == ["http"]
    assert API_KEY not in str(info.value)
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_same_origin_redirect_followed(
    status: int, router: Router, make_client: MakeClient
) -> None:
    router.add(status, None, headers={"Location": "/api/v1/apps/b"}).add(200, APP_FULL_2026)
    app = make_client().get_app_info(app_id="a")
    assert app.app_id == "app1"
    assert [r.url.path for r in router.requests] == ["/api/v1/apps/a", "/api/v1/apps/b"]
    assert all(r.headers["X-API-Key"] == API_KEY for r in router.requests)


@pytest.mark.asyncio
async def test_async_cross_origin_redirect(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(307, None, headers={"Location": "http://evil.example/x"})
    with pytest.raises(UnsafeRedirectError):
        await make_async_client().check_app_is_allowed(app_id="a", compose_hash="h")
    assert [r.url.host for r in router.requests] == ["testserver"]


def test_caller_http_client_redirects_not_followed(router: Router) -> None:
    router.add(302, None, headers={"Location": "http://evil.example/x"})
    transport = router.transport()
    with httpx.Client(transport=transport, follow_redirects=True) as http:
        client = Client(
            api_key=API_KEY, base_url=BASE_URL, http_client=http, allow_insecure_http=True
        )
        with pytest.raises(UnsafeRedirectError):
            client.get_app_info(app_id="a")
    assert [r.url.host for r in router.requests] == ["testserver"]


@pytest.mark.parametrize("bad", ["", "sec ret", "sec\nret", "sëcret", "tab\tkey"])
def test_unsafe_api_key_rejected_without_echo(bad: str) -> None:
    from phala_cloud_sdk import Client, InvalidParameterError

    with pytest.raises(InvalidParameterError) as info:
        Client(api_key=bad, base_url="http://127.0.0.1:9")
    assert info.value.field == "api_key"
    if bad:
        assert bad not in str(info.value)


def test_key_scrubbed_from_transport_error_messages() -> None:
    import httpx

    from phala_cloud_sdk import APIConnectionError, Client

    key = "k-7f3a9c0e5b"

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'{key}'")

    http = httpx.Client(transport=httpx.MockTransport(fail))
    client = Client(api_key=key, base_url="https://api.test", http_client=http, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        client.get_app_filter_options()
    assert key not in str(info.value)
    http.close()
