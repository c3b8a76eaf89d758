"""Every failure of a call is an SDK error, and nothing leaks (sync and async twins)."""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

from phala_cloud_sdk import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ArgumentError,
    AsyncClient,
    BadRequestError,
    Client,
    ClientClosedError,
    CvmFailedError,
    InternalServerError,
    InvalidParameterError,
    KmsSignatureError,
    MissingAPIKeyError,
    MissingDependencyError,
    NoNextPageError,
    NotFoundError,
    OnChainActionRequiredError,
    OnChainError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnsafeRedirectError,
    UnsupportedVersionError,
    WaitTimeoutError,
    WebhookPayloadError,
    WebhookVerificationError,
    WorkflowError,
)
from phala_cloud_sdk import _exceptions as exceptions_module
from phala_cloud_sdk._exceptions import status_error
from phala_cloud_sdk._retry import parse_retry_after
from tests.support.fault_server import FaultServer
from tests.support.mock_api import API_KEY, Handler, MakeAsyncClient, MakeClient, Router
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


# -- Retry-After: read strictly, never waited beyond the cap --------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("10", 10.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("1_0", None),
        ("1e1", None),
        ("-1", None),
        ("+5", None),
        ("inf", None),
        ("nan", None),
        ("\u0661\u0660", None),  # Arabic-Indic digits: not delta-seconds
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past
        ("soon", None),
    ],
)
def test_retry_after_parsed_strictly(value: str, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_malformed_retry_after_falls_back_to_backoff(
    router: Router, make_client: MakeClient, no_sleep: list[float]
) -> None:
    router.add(429, {"detail": "slow"}, headers={"Retry-After": "1_0"}).add(200, FILTER_OPTIONS)
    make_client().get_app_filter_options()
    assert len(no_sleep) == 1
    assert no_sleep[0] <= 0.5  # the first backoff step, not 10 s


@pytest.mark.asyncio
async def test_async_retry_after_above_cap_raises_at_once(
    router: Router, make_async_client: MakeAsyncClient, no_sleep: list[float]
) -> None:
    router.add(429, {"detail": "slow"}, headers={"Retry-After": "61"})
    with pytest.raises(RateLimitError) as info:
        await make_async_client().get_app_filter_options()
    assert info.value.retry_after == 61.0
    assert len(router.requests) == 1
    assert no_sleep == []


# -- bodies the decoder refuses -----------------------------------------------------

BIG = b"12345678901234567890123"  # 23 digits: decoded by the json module, not orjson
# Valid filter options with extra (free-form) fields: only the decoder can refuse them.
_OPTIONS = json.dumps(FILTER_OPTIONS).encode()[:-1]
DEEP_BIG = _OPTIONS + b', "extra": ' + b"[" * 1100 + BIG + b"]" * 1100 + b"}"
NAN_BIG = _OPTIONS + b', "extra": NaN, "big": ' + BIG + b"}"
INFINITY_BIG = _OPTIONS + b', "extra": [-Infinity], "big": ' + BIG + b"}"


@pytest.mark.parametrize("content", [DEEP_BIG, NAN_BIG, INFINITY_BIG])
def test_refused_bodies_on_the_big_integer_path(
    content: bytes, router: Router, make_client: MakeClient
) -> None:
    router.add(200, content=content, headers={"content-type": "application/json"})
    with pytest.raises(ResponseValidationError) as info:
        make_client().get_app_filter_options()
    assert info.value.path == "$"
    router.add(500, content=content, headers={"content-type": "application/json"})
    with pytest.raises(InternalServerError) as error:
        make_client(max_retries=0).get_app_filter_options()
    assert error.value.body == content.decode()  # kept as text


def test_nan_refused_on_both_decoding_paths(router: Router, make_client: MakeClient) -> None:
    for content in (_OPTIONS + b', "extra": NaN}', NAN_BIG):
        router.add(200, content=content, headers={"content-type": "application/json"})
        with pytest.raises(ResponseValidationError):
            make_client().get_app_filter_options()


@pytest.mark.asyncio
@pytest.mark.parametrize("content", [DEEP_BIG, NAN_BIG])
async def test_async_refused_bodies_on_the_big_integer_path(
    content: bytes, router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(200, content=content, headers={"content-type": "application/json"})
    with pytest.raises(ResponseValidationError):
        await make_async_client().get_app_filter_options()
    router.add(404, content=content, headers={"content-type": "application/json"})
    with pytest.raises(NotFoundError):
        await make_async_client().get_app_filter_options()


# -- closed clients and event loops -------------------------------------------------

UNREACHABLE = "http://127.0.0.1:9/api/v1"  # nothing is ever sent there


def test_closed_client_raises_sdk_error() -> None:
    client = Client(api_key=API_KEY, base_url=UNREACHABLE)
    derived = [client.with_version("2025-10-28"), client.with_options(max_retries=0)]
    client.close()
    for each in (client, *derived):
        with pytest.raises(ClientClosedError, match="closed"):
            each.get_app_filter_options()
    with Client(api_key=API_KEY, base_url=UNREACHABLE) as scoped:
        pass
    with pytest.raises(ClientClosedError):
        scoped.get_app_info(app_id="a")


def test_closed_caller_http_client_raises_sdk_error() -> None:
    http = httpx.Client()
    client = Client(api_key=API_KEY, base_url=UNREACHABLE, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError):
        client.get_app_filter_options()


@pytest.mark.asyncio
async def test_async_closed_client_raises_sdk_error() -> None:
    client = AsyncClient(api_key=API_KEY, base_url=UNREACHABLE)
    derived = [client.with_version("2025-10-28"), client.with_options(timeout=5)]
    await client.aclose()
    for each in (client, *derived):
        with pytest.raises(ClientClosedError):
            await each.get_app_filter_options()
    http = httpx.AsyncClient()
    await http.aclose()
    with pytest.raises(ClientClosedError):
        await AsyncClient(api_key=API_KEY, base_url=UNREACHABLE, http_client=http).get_app_info(
            app_id="a"
        )


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # sockets of the first, closed loop
def test_async_client_works_under_a_second_asyncio_run() -> None:
    with FaultServer() as server:
        server.respond(200, FILTER_OPTIONS)
        client = AsyncClient(api_key=API_KEY, base_url=server.base_url)
        derived = client.with_options(max_retries=0)

        async def call(each: AsyncClient) -> list[str]:
            return (await each.get_app_filter_options()).statuses

        assert asyncio.run(call(client)) == ["running"]
        assert asyncio.run(call(client)) == ["running"]
        assert asyncio.run(call(derived)) == ["running"]
        asyncio.run(client.aclose())
        with pytest.raises(ClientClosedError):
            asyncio.run(call(derived))
        gc.collect()


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_caller_async_http_client_of_a_closed_loop_gives_sdk_error() -> None:
    with FaultServer() as server:
        server.respond(200, FILTER_OPTIONS)
        client = AsyncClient(
            api_key=API_KEY, base_url=server.base_url, http_client=httpx.AsyncClient()
        )

        async def call(each: AsyncClient) -> list[str]:
            return (await each.get_app_filter_options()).statuses

        assert asyncio.run(call(client)) == ["running"]
        with pytest.raises(APIConnectionError, match="event loop"):
            asyncio.run(call(client))
        gc.collect()


# -- options checked when the client is built ---------------------------------------

BAD_OPTIONS: list[tuple[str, object]] = [
    ("timeout", "abc"),
    ("timeout", -1),
    ("timeout", 0),
    ("timeout", True),
    ("timeout", float("nan")),
    ("timeout", float("inf")),
    ("timeout", (5, 5)),
    ("timeout", httpx.Timeout(5, read=-1)),
    ("timeout", httpx.Timeout(5, connect=0)),
    ("timeout", httpx.Timeout(5, pool="x")),  # type: ignore[arg-type]
    ("default_headers", "X-Foo: 1"),
    ("default_headers", {"X-Foo": "caf\u00e9"}),
    ("default_headers", {"X-Foo": 1}),
    ("default_headers", {"X-Foo": "a\r\nX-Evil: 1"}),
    ("default_headers", {b"X-Foo": "1"}),
    ("default_headers", {"X Foo": "1"}),
    ("default_headers", {"X-F\u00f6\u00f6": "1"}),
    ("default_headers", {"x-api-key": "other"}),
    ("default_headers", {"X-API-KEY": "other"}),
    ("default_headers", {"x-phala-version": "2025-10-28"}),
    ("default_headers", {"X-Foo": "a", "x-foo": "b"}),
    ("max_retries", -1),
    ("max_retries", "2"),
    ("allow_insecure_http", "yes"),
    ("base_url", "http://api.example.com/api/v1"),
    ("base_url", "http://10.0.0.1:8000/api/v1"),
    ("base_url", "https://api.example.com/api/v1?x=1"),
    ("base_url", "https://api.example.com/api/v1?"),
    ("base_url", "https://api.example.com/api/v1#top"),
    ("base_url", "https://user:hunter2@api.example.com/api/v1"),
    ("base_url", "ftp://api.example.com"),
    ("base_url", b"https://api.example.com"),
]


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize(("option", "value"), BAD_OPTIONS)
def test_bad_option_refused_naming_it(option: str, value: object, client_class: type) -> None:
    with pytest.raises(InvalidParameterError) as info:
        client_class(api_key=API_KEY, **{"base_url": "https://api.example.com", option: value})
    assert info.value.field == option
    assert "hunter2" not in str(info.value)
    assert "caf" not in str(info.value)  # header values are not echoed


@pytest.mark.parametrize("value", ["x", -1, True, 1.5])
def test_bad_prefetch_pages_refused(value: object) -> None:
    with pytest.raises(InvalidParameterError) as info:
        AsyncClient(api_key=API_KEY, prefetch_pages=value)  # type: ignore[call-overload]
    assert info.value.field == "prefetch_pages"


def test_bad_option_refused_by_with_options(make_client: MakeClient) -> None:
    client = make_client()
    for timeout in (0, -1, "abc"):
        with pytest.raises(InvalidParameterError) as info:
            client.with_options(timeout=timeout)  # type: ignore[arg-type]
        assert info.value.field == "timeout"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/api/v1",
        "http://127.1.2.3/api/v1",
        "http://[::1]:8080/api/v1",
        "http://localhost:8080/api/v1",
        "http://LOCALHOST/api/v1",
    ],
)
def test_plain_http_allowed_on_loopback(url: str) -> None:
    with Client(api_key=API_KEY, base_url=url) as client:
        assert client.base_url == url


def test_plain_http_elsewhere_needs_the_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    with Client(
        api_key=API_KEY, base_url="http://api.internal/api/v1", allow_insecure_http=True
    ) as client:
        assert client.with_version("2025-10-28").base_url == "http://api.internal/api/v1"
    monkeypatch.setenv("PHALA_CLOUD_API_PREFIX", "http://api.internal/api/v1")
    with pytest.raises(InvalidParameterError, match="allow_insecure_http"):
        Client(api_key=API_KEY)


def test_good_options_accepted(router: Router, make_client: MakeClient) -> None:
    router.add(200, FILTER_OPTIONS)
    for timeout in (None, 2.5, 3, httpx.Timeout(5), httpx.Timeout(None, connect=2)):
        make_client(timeout=timeout, default_headers={"X-Trace": "a b\tc"})
    make_client(default_headers={"X-Trace": "a b"}).get_app_filter_options()
    assert router.last.headers.get_list("x-api-key") == [API_KEY]
    assert router.last.headers["x-trace"] == "a b"


# -- the key is masked in every request the SDK hands out ---------------------------


def _assert_masked(request: httpx.Request) -> None:
    assert request.headers["x-api-key"] == "[secure]"
    assert API_KEY not in repr(request.headers)
    assert API_KEY not in repr(dict(request.headers))


def test_key_masked_in_requests_handed_out(router: Router, make_client: MakeClient) -> None:
    client = make_client(max_retries=0)
    router.add(200, FILTER_OPTIONS)
    _assert_masked(client.with_raw_response.get_app_filter_options().http_response.request)
    _, page_body, _ = payload("get_app_list", "2026-01-21")
    router.add(200, page_body)
    _assert_masked(client.get_app_list().http_response.request)
    router.add(404, {"detail": "no"})
    with pytest.raises(NotFoundError) as status:
        client.get_app_info(app_id="a")
    _assert_masked(status.value.response.request)
    router.add(200, {"unexpected": True})
    with pytest.raises(ResponseValidationError) as invalid:
        client.get_app_filter_options()
    assert invalid.value.response is not None
    _assert_masked(invalid.value.response.request)
    router.add(302, None, headers={"Location": "https://elsewhere.example/x"})
    with pytest.raises(UnsafeRedirectError) as redirect:
        client.get_app_info(app_id="a")
    _assert_masked(redirect.value.response.request)
    for error in (httpx.ConnectError("refused"), httpx.ReadTimeout("slow")):
        router.add_handler(_raise(error))
        with pytest.raises(APIConnectionError) as failed:
            client.get_app_info(app_id="a")
        assert failed.value.request is not None
        _assert_masked(failed.value.request)
        assert isinstance(failed.value.__cause__, httpx.RequestError)
        _assert_masked(failed.value.__cause__.request)
    # What went out carried the real key, every time.
    assert {r.headers["x-api-key"] for r in router.requests} == {API_KEY}


@pytest.mark.asyncio
async def test_async_key_masked_in_requests_handed_out(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    client = make_async_client(max_retries=0)
    router.add(200, FILTER_OPTIONS)
    raw = await client.with_raw_response.get_app_filter_options()
    _assert_masked(raw.http_response.request)
    router.add(500, {"detail": "no"})
    with pytest.raises(InternalServerError) as status:
        await client.get_app_info(app_id="a")
    _assert_masked(status.value.response.request)
    router.add_handler(_raise(httpx.ConnectTimeout("slow")))
    with pytest.raises(APIConnectionError) as failed:
        await client.get_app_info(app_id="a")
    assert failed.value.request is not None
    _assert_masked(failed.value.request)
    assert {r.headers["x-api-key"] for r in router.requests} == {API_KEY}


# -- errors and raw responses pickle, without the key -------------------------------


def _errors_of_every_class() -> list[APIError]:
    request = httpx.Request("GET", "https://api.example.com/api/v1/apps/a")
    made: list[APIError] = [
        APIError("m"),
        InvalidParameterError("get_app_info", "app_id", "expected a string"),
        ArgumentError("get_app_info", "app_id", "missing required argument"),
        UnsupportedVersionError("2020-01-01", ["2025-10-28", "2026-01-21"]),
        MissingAPIKeyError("no key"),
        ClientClosedError("closed"),
        NoNextPageError("no next page"),
        APIConnectionError("down", request=request),
        APITimeoutError("slow", request=request),
        UnsafeRedirectError(
            "https://elsewhere.example/", response=httpx.Response(302, request=request)
        ),
        ResponseValidationError("bad", body=b"{}", version="2026-01-21", path="$.x", response=None),
        MissingDependencyError("verify_env_encrypt_public_key", extra="kms", package="coincurve"),
        WebhookVerificationError("bad signature", reason="signature_mismatch"),
        WebhookPayloadError("not an event", field="id"),
        WorkflowError("stopped"),
        OnChainActionRequiredError("register", action="deploy_app", pending=None),
        KmsSignatureError("unsigned"),
        CvmFailedError(cvm_id="c", target="running", last_state=None),
        WaitTimeoutError(cvm_id="c", target="running", last_state=None),
    ]
    for status in (400, 401, 403, 404, 409, 418, 422, 429, 465, 466, 467, 468, 500):
        body = {"detail": [{"loc": ["query", "page"], "msg": "bad", "type": "t"}]}
        headers = {"Retry-After": "3", "X-Request-ID": "req-1"}
        response = httpx.Response(status, json=body, headers=headers, request=request)
        made.append(status_error(response, body))
    coded = {"error_code": "ERR-03-007", "message": "conflict"}
    response = httpx.Response(409, json=coded, request=request)
    made.append(status_error(response, coded))
    onchain = httpx.Response(460, json={"compose_hash": "h"}, request=request)
    made.append(OnChainError("on chain", response=onchain, body={"compose_hash": "h"}))
    return made


def _public_state(error: APIError) -> dict[str, object]:
    state: dict[str, object] = {}
    for name, value in vars(error).items():
        if isinstance(value, httpx.Response):
            state[name] = (value.status_code, value.content, str(value.request.url))
        elif isinstance(value, httpx.Request):
            state[name] = (value.method, str(value.url))
        elif name == "errors":
            state[name] = [repr(item) for item in value]
        else:
            state[name] = value
    return state


def test_every_error_class_pickles() -> None:
    errors = _errors_of_every_class()
    classes = {
        value
        for value in vars(exceptions_module).values()
        if isinstance(value, type) and issubclass(value, APIError)
    }
    assert classes <= {type(error) for error in errors}
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.args == error.args
        assert _public_state(copy) == _public_state(error)


def _raise_in_worker(kind: str) -> None:
    """Run in a worker process: raise an SDK error from a real call, or a local one."""
    if kind == "status":

        def respond(request: httpx.Request) -> httpx.Response:
            return httpx.Response(404, json={"detail": "no such app"}, request=request)

        http = httpx.Client(transport=httpx.MockTransport(respond))
        Client(api_key=API_KEY, base_url="https://api.example.com", http_client=http).get_app_info(
            app_id="a"
        )
    if kind == "argument":
        Client(api_key=API_KEY).get_app_info()  # type: ignore[call-overload]
    if kind == "parameter":
        Client(api_key=API_KEY, timeout=-1)
    Client(api_key=API_KEY, api_version="1999-01-01")


def test_errors_cross_a_process_pool() -> None:
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        expected = {
            "status": NotFoundError,
            "argument": ArgumentError,
            "parameter": InvalidParameterError,
            "version": UnsupportedVersionError,
        }
        for kind, cls in expected.items():
            with pytest.raises(cls) as info:
                pool.submit(_raise_in_worker, kind).result()
            assert type(info.value) is cls
        error = info.value
        assert isinstance(error, UnsupportedVersionError)
        assert error.version == "1999-01-01"
        with pytest.raises(NotFoundError) as found:
            pool.submit(_raise_in_worker, "status").result()  # the pool still works
        assert found.value.status_code == 404
        assert "no such app" in str(found.value)
        assert found.value.response.request.headers["x-api-key"] == "[secure]"


def test_pickles_of_errors_and_raw_responses_hold_no_key(
    router: Router, make_client: MakeClient
) -> None:
    client = make_client(max_retries=0)
    secret = API_KEY.encode()
    router.add(200, FILTER_OPTIONS)
    raw = client.with_raw_response.get_app_filter_options()
    assert secret not in pickle.dumps(raw)
    copy = pickle.loads(pickle.dumps(raw))
    assert copy.parsed == raw.parsed
    assert copy.status_code == 200
    router.add(404, {"detail": "no"})
    with pytest.raises(NotFoundError) as status:
        client.get_app_info(app_id="a")
    router.add_handler(_raise(httpx.ConnectError("refused")))
    with pytest.raises(APIConnectionError) as failed:
        client.get_app_info(app_id="a")
    router.add(200, {"unexpected": True})
    with pytest.raises(ResponseValidationError) as invalid:
        client.get_app_filter_options()
    for error in (status.value, failed.value, invalid.value):
        data = pickle.dumps(error)
        assert secret not in data
        assert type(pickle.loads(data)) is type(error)


# -- error messages are bounded and never show the key ------------------------------


def test_status_error_message_bounded_body_kept(router: Router, make_client: MakeClient) -> None:
    detail = "x" * 1_000_000
    router.add(400, {"detail": detail})
    with pytest.raises(BadRequestError) as info:
        make_client().get_app_info(app_id="a")
    assert len(str(info.value)) <= 1000
    assert str(info.value).endswith("… [truncated]")
    assert info.value.body == {"detail": detail}
    router.add_handler(_raise(httpx.ConnectError("y" * 100_000)))
    with pytest.raises(APIConnectionError) as failed:
        make_client(max_retries=0).get_app_info(app_id="a")
    assert len(str(failed.value)) <= 1000


def _echo_headers(request: httpx.Request) -> httpx.Response:
    echoed = "\n".join(f"{name}: {value}" for name, value in request.headers.items())
    return httpx.Response(500, text=f"upstream failed; request was:\n{echoed}")


def _echo_key_json(request: httpx.Request) -> httpx.Response:
    return httpx.Response(403, json={"detail": f"key {request.headers['x-api-key']} revoked"})


def test_key_scrubbed_from_echoing_error_bodies(router: Router, make_client: MakeClient) -> None:
    router.add_handler(_echo_headers)
    with pytest.raises(InternalServerError) as text:
        make_client(max_retries=0).get_app_info(app_id="a")
    router.add_handler(_echo_key_json)
    with pytest.raises(PermissionDeniedError) as structured:
        make_client().get_app_info(app_id="a")
    assert structured.value.body == {"detail": "key *** revoked"}
    for error in (text.value, structured.value):
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error.body)
        assert "***" in str(error)


@pytest.mark.asyncio
async def test_async_error_messages_bounded_and_scrubbed(
    router: Router, make_async_client: MakeAsyncClient
) -> None:
    router.add(404, {"detail": "z" * 50_000})
    with pytest.raises(NotFoundError) as info:
        await make_async_client().get_app_info(app_id="a")
    assert len(str(info.value)) <= 1000
    router.add_handler(_echo_key_json)
    with pytest.raises(PermissionDeniedError) as echoed:
        await make_async_client().get_app_info(app_id="a")
    assert API_KEY not in str(echoed.value)
    assert API_KEY not in repr(echoed.value.body)


def test_both_decoding_paths_share_the_depth_limit() -> None:
    from phala_cloud_sdk import _json

    value = _json.loads(b"[" * 50 + BIG + b"]" * 50)
    for _ in range(50):
        value = value[0]
    assert value == int(BIG)  # exact: the json path, not orjson's float
    for depth in (_json.MAX_DEPTH + 1, 5000):
        with pytest.raises(ValueError, match="nested"):
            _json.loads(b"[" * depth + BIG + b"]" * depth)
