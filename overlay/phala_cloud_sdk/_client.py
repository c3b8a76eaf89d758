"""``Client`` and ``AsyncClient``: the Phala Cloud API, one method per operation.

Both take the same arguments and offer the same methods, name for name (the
methods are generated from the spec: ``phala_cloud_api.surface``); the async ones
are coroutines, and async list calls return a pager that is awaitable and
async-iterable. This module holds what is not per operation: the constructor,
options, lifecycle, sending with retries, and turning a response into the typed
result or page.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

import httpx

from phala_cloud_api.operations import ALIASES, OPERATIONS
from phala_cloud_api.surface import AsyncMethods, SyncMethods
from phala_cloud_api.surface._base import V_co as _V_co

from ._arguments import PreparedCall, prepare_call
from ._base_client import BaseClient, SendState, client_failure, operation_spec
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, PREFETCH_PAGES
from ._exceptions import InvalidParameterError
from ._response import RawResponse
from ._streams import AsyncEventStream, EventStream, is_event_stream, stream_timeout
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ._workflow_methods import AsyncWorkflowMethods, SyncWorkflowMethods
from .pagination import _AsyncPage, _AsyncPager, _Cursor, _SyncPage

if TYPE_CHECKING:
    from phala_cloud_api.operations._spec_types import OperationSpec
    from phala_cloud_api.surface import AsyncRawMethods, SyncRawMethods

    from ._response import APIResponse

__all__ = ["AsyncClient", "Client"]

# Set while a call runs through `with_raw_response`: the call returns an APIResponse.
_RAW: contextvars.ContextVar[bool] = contextvars.ContextVar("phala_raw_response", default=False)

Extras = tuple["Headers | None", "Query | None", "Body | None", "TimeoutTypes | NotGiven"]
# What the watch workflow sends to get the state as server-sent events.
STREAM_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}


class Client(BaseClient, SyncWorkflowMethods, SyncMethods[_V_co]):
    """Synchronous client of the Phala Cloud API.

    Example::

        from phala_cloud_sdk import Client

        with Client() as client:  # key from PHALA_CLOUD_API_KEY
            for app in client.get_app_list(page_size=100):
                print(app.app_id, app.name, app.status)

    Args:
        api_key: Your API key; defaults to the ``PHALA_CLOUD_API_KEY`` environment variable.
        base_url: API root; defaults to ``PHALA_CLOUD_API_PREFIX``, then
            ``https://cloud-api.phala.com/api/v1``.
        api_version: ``"2025-10-28"`` or ``"2026-01-21"`` (default); shapes the responses.
        timeout: Seconds or an ``httpx.Timeout`` (default: 60 s, 10 s to connect).
        max_retries: Retries of a call: on 429 and unsent requests for every call; on
            other connection errors and timeouts, 408 and 5xx for retry-safe calls.
        http_client: Your own ``httpx.Client`` (proxies, transports); the SDK still sets
            its headers on every request and does not close it.
        default_headers: Extra headers sent with every request (ASCII; not ``X-API-Key``
            nor ``X-Phala-Version``, which ``api_key`` and ``api_version`` set).
        allow_insecure_http: Allow an ``http://`` base URL on a host other than
            ``localhost``, ``127.0.0.1`` or ``::1`` (the key then travels unencrypted).
    """

    @overload
    def __init__(
        self: Client[Literal["2026-01-21"]],
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: Literal["2026-01-21"] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: Client[Literal["2025-10-28"]],
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: Literal["2025-10-28"],
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: Client[str],
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None: ...
    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidParameterError("Client", "http_client", "expected an httpx.Client")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=timeout)

    # -- lifecycle and options -------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client[_V_co]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @overload
    def with_version(self, api_version: Literal["2025-10-28"]) -> Client[Literal["2025-10-28"]]: ...
    @overload
    def with_version(self, api_version: Literal["2026-01-21"]) -> Client[Literal["2026-01-21"]]: ...
    @overload
    def with_version(self, api_version: str) -> Client[str]: ...
    def with_version(self, api_version: str) -> Client[Any]:
        """A client for another API version, sharing this one's connection pool."""
        return self._derive(api_version=api_version)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Client[_V_co]:
        """A client with other timeout/retry settings, sharing this one's connection pool."""
        return self._derive(timeout=timeout, max_retries=max_retries)

    def _derive(self, **changes: Any) -> Client[Any]:
        other: Client[Any] = Client(**self._copy_options(**changes), http_client=self._http)
        other._owns_http = False
        return other

    @property
    def with_raw_response(self) -> SyncRawMethods[_V_co]:
        """The same methods, returning an :class:`APIResponse` (status, headers, request id).

        Example::

            raw = client.with_raw_response.get_app_info(app_id="app-123")
            print(raw.status_code, raw.request_id)
            app = raw.parsed
        """
        return cast("SyncRawMethods[_V_co]", _RawResponses(self))

    # -- transport -------------------------------------------------------------

    def _send(
        self, operation: str, request: httpx.Request, *, stream: bool = False
    ) -> httpx.Response:
        state = SendState()
        while True:
            started = time.perf_counter()
            try:
                response = self._http.send(request, follow_redirects=False, stream=stream)
                if stream and not response.is_success:
                    response.read()  # an error body is read whole, as for any call
            except httpx.RequestError as exc:  # transport failures and undecodable bodies
                final, request, delay = self._next_step(operation, request, state, error=exc)
            except RuntimeError as exc:  # httpx refuses to send: the pool is closed
                raise client_failure(operation, request, self._http, exc) from exc
            else:
                elapsed = time.perf_counter() - started
                final, request, delay = self._next_step(
                    operation, request, state, response=response, elapsed=elapsed
                )
            if final is not None:
                return final
            if delay is not None:
                time.sleep(delay)

    def _open_stream(
        self, operation: str, arguments: dict[str, Any], deadline: float | None = None
    ) -> tuple[str, Any]:
        """Send ``operation`` asking for an event stream (the watch workflow's step).

        ``("events", EventStream)``, or ``("json", result)`` when the server answered
        with a plain body instead (its typed result).
        """
        spec = operation_spec(operation)
        call = prepare_call(spec, None, arguments, {})
        timeout = stream_timeout(self.timeout, deadline)
        request = self._build_request(self._http, spec, call, STREAM_HEADERS, None, None, timeout)
        response = self._send(operation, request, stream=True)
        if is_event_stream(response):
            return "events", EventStream(operation, response, deadline)
        try:
            response.read()
        finally:
            response.close()
        return "json", self._parse(operation, response)[0]

    # -- untyped requests --------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Call an endpoint the spec does not describe (yet); the result is untyped.

        ``path`` is relative to the base URL (``"/auth/me"``). The request carries the
        key and version headers, is retried by its method (GET, HEAD, PUT, DELETE),
        follows the same redirect rule and raises the same typed errors as every other
        call. Returns the decoded JSON, the text of a non-JSON body, or None.

        Example::

            me = client.get("/auth/me")
            print(me["user"]["username"])
        """
        label, request = self._build_untyped_request(
            self._http, method, path, params=params, json=json, headers=headers, timeout=timeout
        )
        return self._untyped_result(self._send(label, request))

    def get(self, path: str, *, params: Mapping[str, Any] | None = None, **options: Any) -> Any:
        """``request("GET", path, ...)``: untyped, see :meth:`request`."""
        return self.request("GET", path, params=params, **options)

    def post(self, path: str, *, json: Any = None, **options: Any) -> Any:
        """``request("POST", path, ...)``: untyped, see :meth:`request`."""
        return self.request("POST", path, json=json, **options)

    def put(self, path: str, *, json: Any = None, **options: Any) -> Any:
        """``request("PUT", path, ...)``: untyped, see :meth:`request`."""
        return self.request("PUT", path, json=json, **options)

    def patch(self, path: str, *, json: Any = None, **options: Any) -> Any:
        """``request("PATCH", path, ...)``: untyped, see :meth:`request`."""
        return self.request("PATCH", path, json=json, **options)

    def delete(self, path: str, **options: Any) -> Any:
        """``request("DELETE", path, ...)``: untyped, see :meth:`request`."""
        return self.request("DELETE", path, **options)

    # -- operations ----------------------------------------------------------------

    def _request(  # noqa: PLR0917 - the generated surface's calling convention
        self,
        operation: str,
        params: Mapping[str, Any] | None,
        keywords: dict[str, Any],
        unknown: dict[str, Any],
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> Any:
        spec = operation_spec(operation)
        call = prepare_call(spec, params, keywords, unknown)
        return self._run(spec, call, (extra_headers, extra_query, extra_body, timeout))

    def _run(self, spec: OperationSpec, call: PreparedCall, extras: Extras) -> Any:
        operation = spec.operation.name
        request = self._build_request(self._http, spec, call, *extras)
        response = self._send(operation, request)
        parsed, version = self._parse(operation, response)
        if spec.pagination is not None:
            parsed = _SyncPage(
                _Cursor(spec.pagination, call.arguments, parsed, response),
                lambda args: self._next_page(spec, args, extras),
            )
        if _RAW.get():
            return RawResponse(parsed=parsed, http_response=response, api_version=version)
        return parsed

    def _next_page(self, spec: OperationSpec, args: dict[str, Any], extras: Extras) -> Any:
        token = _RAW.set(False)
        try:
            return self._run(spec, prepare_call(spec, None, args, {}), extras)
        finally:
            _RAW.reset(token)


class AsyncClient(BaseClient, AsyncWorkflowMethods, AsyncMethods[_V_co]):
    """Asynchronous client of the Phala Cloud API: :class:`Client`'s methods as coroutines.

    Example::

        from phala_cloud_sdk import AsyncClient

        async with AsyncClient() as client:
            async for app in await client.get_app_list(page_size=100):
                print(app.app_id, app.name)

    Iterating an :class:`AsyncPage` fetches up to ``prefetch_pages`` pages ahead
    concurrently (results stay in order). Other arguments as for :class:`Client`.
    """

    @overload
    def __init__(
        self: AsyncClient[Literal["2026-01-21"]],
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: Literal["2026-01-21"] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        prefetch_pages: int = PREFETCH_PAGES,
        allow_insecure_http: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: AsyncClient[Literal["2025-10-28"]],
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: Literal["2025-10-28"],
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        prefetch_pages: int = PREFETCH_PAGES,
        allow_insecure_http: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: AsyncClient[str],
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        prefetch_pages: int = PREFETCH_PAGES,
        allow_insecure_http: bool = False,
    ) -> None: ...
    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        prefetch_pages: int = PREFETCH_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidParameterError(
                "AsyncClient", "http_client", "expected an httpx.AsyncClient"
            )
        if (
            not isinstance(prefetch_pages, int)
            or isinstance(prefetch_pages, bool)
            or (prefetch_pages < 0)
        ):
            raise InvalidParameterError("AsyncClient", "prefetch_pages", "expected an int >= 0")
        self._owns_http = http_client is None
        self._pool = _AsyncPool(http_client, timeout)
        self.prefetch_pages = prefetch_pages

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.http

    # -- lifecycle and options -------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool (not a caller-supplied ``http_client``)."""
        if self._owns_http:
            # A pool of a closed event loop cannot close its connections: it is dropped.
            await self._pool.for_running_loop().aclose()

    async def __aenter__(self) -> AsyncClient[_V_co]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @overload
    def with_version(
        self, api_version: Literal["2025-10-28"]
    ) -> AsyncClient[Literal["2025-10-28"]]: ...
    @overload
    def with_version(
        self, api_version: Literal["2026-01-21"]
    ) -> AsyncClient[Literal["2026-01-21"]]: ...
    @overload
    def with_version(self, api_version: str) -> AsyncClient[str]: ...
    def with_version(self, api_version: str) -> AsyncClient[Any]:
        """A client for another API version, sharing this one's connection pool."""
        return self._derive(api_version=api_version)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncClient[_V_co]:
        """A client with other timeout/retry settings, sharing this one's connection pool."""
        return self._derive(timeout=timeout, max_retries=max_retries)

    def _derive(self, **changes: Any) -> AsyncClient[Any]:
        other: AsyncClient[Any] = AsyncClient(
            **self._copy_options(**changes),
            http_client=self._http,
            prefetch_pages=self.prefetch_pages,
        )
        other._owns_http = False
        other._pool = self._pool  # one pool: a new event loop renews it for all of them
        return other

    @property
    def with_raw_response(self) -> AsyncRawMethods[_V_co]:
        """The same methods, returning an :class:`APIResponse` (status, headers, request id)."""
        return cast("AsyncRawMethods[_V_co]", _AsyncRawResponses(self))

    # -- transport -------------------------------------------------------------

    async def _send(
        self, operation: str, request: httpx.Request, *, stream: bool = False
    ) -> httpx.Response:
        http = self._pool.for_running_loop()
        state = SendState()
        while True:
            started = time.perf_counter()
            try:
                response = await http.send(request, follow_redirects=False, stream=stream)
                if stream and not response.is_success:
                    await response.aread()  # an error body is read whole, as for any call
            except httpx.RequestError as exc:  # transport failures and undecodable bodies
                final, request, delay = self._next_step(operation, request, state, error=exc)
            except RuntimeError as exc:  # a closed pool, or one bound to a closed event loop
                raise client_failure(operation, request, http, exc) from exc
            else:
                elapsed = time.perf_counter() - started
                final, request, delay = self._next_step(
                    operation, request, state, response=response, elapsed=elapsed
                )
            if final is not None:
                return final
            if delay is not None:
                import asyncio  # imported on first use: sync-only users never pay for it

                await asyncio.sleep(delay)

    async def _open_stream(
        self, operation: str, arguments: dict[str, Any], deadline: float | None = None
    ) -> tuple[str, Any]:
        """Send ``operation`` asking for an event stream (the watch workflow's step).

        ``("events", AsyncEventStream)``, or ``("json", result)`` when the server answered
        with a plain body instead (its typed result).
        """
        spec = operation_spec(operation)
        call = prepare_call(spec, None, arguments, {})
        timeout = stream_timeout(self.timeout, deadline)
        request = self._build_request(self._http, spec, call, STREAM_HEADERS, None, None, timeout)
        response = await self._send(operation, request, stream=True)
        if is_event_stream(response):
            return "events", AsyncEventStream(operation, response, deadline)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return "json", self._parse(operation, response)[0]

    # -- untyped requests --------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Call an endpoint the spec does not describe (yet); the result is untyped.

        ``path`` is relative to the base URL (``"/auth/me"``). The request carries the
        key and version headers, is retried by its method (GET, HEAD, PUT, DELETE),
        follows the same redirect rule and raises the same typed errors as every other
        call. Returns the decoded JSON, the text of a non-JSON body, or None.

        Example::

            me = await client.get("/auth/me")
            print(me["user"]["username"])
        """
        label, request = self._build_untyped_request(
            self._http, method, path, params=params, json=json, headers=headers, timeout=timeout
        )
        return self._untyped_result(await self._send(label, request))

    async def get(
        self, path: str, *, params: Mapping[str, Any] | None = None, **options: Any
    ) -> Any:
        """``request("GET", path, ...)``: untyped, see :meth:`request`."""
        return await self.request("GET", path, params=params, **options)

    async def post(self, path: str, *, json: Any = None, **options: Any) -> Any:
        """``request("POST", path, ...)``: untyped, see :meth:`request`."""
        return await self.request("POST", path, json=json, **options)

    async def put(self, path: str, *, json: Any = None, **options: Any) -> Any:
        """``request("PUT", path, ...)``: untyped, see :meth:`request`."""
        return await self.request("PUT", path, json=json, **options)

    async def patch(self, path: str, *, json: Any = None, **options: Any) -> Any:
        """``request("PATCH", path, ...)``: untyped, see :meth:`request`."""
        return await self.request("PATCH", path, json=json, **options)

    async def delete(self, path: str, **options: Any) -> Any:
        """``request("DELETE", path, ...)``: untyped, see :meth:`request`."""
        return await self.request("DELETE", path, **options)

    # -- operations ----------------------------------------------------------------

    async def _request(  # noqa: PLR0917 - the generated surface's calling convention
        self,
        operation: str,
        params: Mapping[str, Any] | None,
        keywords: dict[str, Any],
        unknown: dict[str, Any],
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> Any:
        spec = operation_spec(operation)
        call = prepare_call(spec, params, keywords, unknown)
        return await self._run(spec, call, (extra_headers, extra_query, extra_body, timeout))

    def _paginate(  # noqa: PLR0917 - the generated surface's calling convention
        self,
        operation: str,
        params: Mapping[str, Any] | None,
        keywords: dict[str, Any],
        unknown: dict[str, Any],
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> _AsyncPager[Any]:
        spec = operation_spec(operation)
        call = prepare_call(spec, params, keywords, unknown)  # bad input fails here, not later
        extras: Extras = (extra_headers, extra_query, extra_body, timeout)
        return _AsyncPager(lambda: self._run(spec, call, extras))

    async def _run(self, spec: OperationSpec, call: PreparedCall, extras: Extras) -> Any:
        operation = spec.operation.name
        request = self._build_request(self._http, spec, call, *extras)
        response = await self._send(operation, request)
        parsed, version = self._parse(operation, response)
        if spec.pagination is not None:
            parsed = _AsyncPage(
                _Cursor(spec.pagination, call.arguments, parsed, response),
                lambda args: self._next_page(spec, args, extras),
                self.prefetch_pages,
            )
        if _RAW.get():
            return RawResponse(parsed=parsed, http_response=response, api_version=version)
        return parsed

    async def _next_page(self, spec: OperationSpec, args: dict[str, Any], extras: Extras) -> Any:
        token = _RAW.set(False)
        try:
            return await self._run(spec, prepare_call(spec, None, args, {}), extras)
        finally:
            _RAW.reset(token)


class _AsyncPool:
    """An ``AsyncClient``'s httpx pool, shared with the clients derived from it.

    An ``httpx.AsyncClient`` belongs to the event loop it first ran in. When that loop
    has closed (a second ``asyncio.run``), a pool the SDK made is replaced by a new
    one for the running loop; a caller's own ``http_client`` is used as given.
    """

    __slots__ = ("http", "loop", "owned", "timeout")

    def __init__(self, http: httpx.AsyncClient | None, timeout: TimeoutTypes) -> None:
        self.owned = http is None
        self.timeout = timeout
        self.http = http if http is not None else httpx.AsyncClient(timeout=timeout)
        self.loop: object = None

    def for_running_loop(self) -> httpx.AsyncClient:
        """The pool to send with in the running event loop."""
        import asyncio  # already loaded: we run in its loop

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # another async library (trio): httpx handles it
            return self.http
        previous = self.loop
        if loop is not previous:
            self.loop = loop
            closed = isinstance(previous, asyncio.AbstractEventLoop) and previous.is_closed()
            if closed and self.owned and not self.http.is_closed:
                # Its connections died with the old loop; they cannot even be closed now.
                self.http = httpx.AsyncClient(timeout=self.timeout)
        return self.http


class _RawResponses:
    """``client.with_raw_response``: each API method, returning an :class:`APIResponse`."""

    def __init__(self, client: Client[Any]) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        if name not in OPERATIONS and name not in ALIASES:
            raise AttributeError(f"Client has no API method {name!r}")
        method = getattr(self._client, name)

        def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            token = _RAW.set(True)
            try:
                result: APIResponse[Any] = method(*args, **kwargs)
            finally:
                _RAW.reset(token)
            return result

        return call


class _AsyncRawResponses:
    """``aclient.with_raw_response``: each API method, returning an :class:`APIResponse`."""

    def __init__(self, client: AsyncClient[Any]) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        if name not in OPERATIONS and name not in ALIASES:
            raise AttributeError(f"AsyncClient has no API method {name!r}")
        method = getattr(self._client, name)

        async def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            token = _RAW.set(True)
            try:
                result: APIResponse[Any] = await method(*args, **kwargs)
            finally:
                _RAW.reset(token)
            return result

        return call
