"""``Client`` and ``AsyncClient``: the Phala Cloud Apps API, one method per operation.

Both take the same arguments and offer the same methods, name for name; the
async ones are coroutines. Every method accepts its arguments either as one
mapping (``client.get_app_info({"app_id": "app-123"})``) or as keywords
(``client.get_app_info(app_id="app-123")``), checks them before sending, and
returns a typed model chosen by the API version.
"""

from __future__ import annotations

import contextvars
import datetime
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import httpx

from ._base_client import BaseClient, SendState, client_failure
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, PREFETCH_PAGES
from ._exceptions import InvalidParameterError
from ._params import prepare_call
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .pagination import AsyncPage, SyncPage

if TYPE_CHECKING:
    from phala_cloud_api.models import (
        VM,
        AppAttestationResponse,
        AppCvmsBatchIsAllowedResponse,
        AppIsAllowedResponse,
        AppKmsInfoResponse,
        AppRevisionDetailResponse,
        AppRevisionResponse,
        AppUsageResponse,
        CvmInfoV20260121,
        DeviceAllowlistResponse,
        FilterOptionsResponse,
        HostedCvmV20251028,
        PendingUpdatePreview,
        PendingUpdatesResponse,
        RedeployAcceptedResponse,
        TcbEvaluationResponse,
    )

    from .types import (
        App,
        AppCvm,
        AppV20251028,
        AppV20260121,
        CheckAppCvmsIsAllowedParams,
        CheckAppIsAllowedParams,
        CreateAppInstanceParams,
        GetAppAttestationParams,
        GetAppCvmsParams,
        GetAppDeviceAllowlistParams,
        GetAppFilterOptionsParams,
        GetAppInfoParams,
        GetAppKmsInfoParams,
        GetAppListParams,
        GetAppPendingUpdatePreviewParams,
        GetAppPendingUpdatesParams,
        GetAppRevisionDetailParams,
        GetAppRevisionsParams,
        GetAppTcbEvaluationParams,
        GetAppUsageParams,
        RedeployAppRevisionParams,
        ReplicateAppCvmParams,
    )

__all__ = ["AsyncClient", "Client"]

# The client's API version: a Literal when the code names it, so that the version-shaped
# methods return that version's models (``str`` when only known at run time).
# A bare ``Client`` annotation means ``Client[str]`` (PEP 696 default, for type checkers).
if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVarWithDefault

    _V_co = _TypeVarWithDefault("_V_co", bound=str, default=str, covariant=True)
else:
    _V_co = TypeVar("_V_co", bound=str, covariant=True)

# List calls: the field of the response that holds the page's items.
PAGINATED = {"get_app_list": "dstack_apps", "get_app_revisions": "revisions"}

# Set while a call runs through `with_raw_response`: the call returns an APIResponse.
_RAW: contextvars.ContextVar[bool] = contextvars.ContextVar("phala_raw_response", default=False)


def _page_fields(operation: str, data: Any) -> dict[str, Any]:
    return {
        "items": list(getattr(data, PAGINATED[operation])),
        "page": data.page,
        "page_size": data.page_size,
        "total": data.total,
        "total_pages": data.total_pages,
        "data": data,
    }


class Client(BaseClient, Generic[_V_co]):
    """Synchronous client of the Phala Cloud Apps API.

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
    def with_raw_response(self) -> _RawResponses:
        """The same methods, returning an :class:`APIResponse` (status, headers, request id).

        Example::

            raw = client.with_raw_response.get_app_info(app_id="app-123")
            print(raw.status_code, raw.request_id)
            app = raw.parsed
        """
        return _RawResponses(self)

    # -- transport -------------------------------------------------------------

    def _send(self, operation: str, request: httpx.Request) -> httpx.Response:
        state = SendState()
        while True:
            started = time.perf_counter()
            try:
                response = self._http.send(request, follow_redirects=False)
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

    def _call(
        self,
        operation: str,
        params: Mapping[str, Any] | None,
        keywords: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
    ) -> Any:
        call = prepare_call(operation, params, keywords)
        request = self._build_request(self._http, operation, call, timeout)
        response = self._send(operation, request)
        parsed, version = self._parse(operation, response)
        if operation in PAGINATED:
            given = {**call.builder_kwargs, **(call.body or {})}

            def fetch(number: int) -> SyncPage[Any]:
                token = _RAW.set(False)
                try:
                    page: SyncPage[Any] = self._call(
                        operation, None, {**given, "page": number}, timeout
                    )
                finally:
                    _RAW.reset(token)
                return page

            parsed = SyncPage(
                fetch=fetch, http_response=response, **_page_fields(operation, parsed)
            )
        if _RAW.get():
            return APIResponse(parsed=parsed, http_response=response, api_version=version)
        return parsed

    # -- API methods -----------------------------------------------------------

    @overload
    def get_app_list(
        self: Client[Literal["2025-10-28"]],
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AppV20251028]: ...
    @overload
    def get_app_list(
        self: Client[Literal["2026-01-21"]],
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AppV20260121]: ...
    @overload
    def get_app_list(
        self,
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[App]: ...
    def get_app_list(
        self,
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Any]:
        """List apps: ``GET /apps``.

        One page of the apps visible to the caller, newest first. Filter with the query
        parameters; walk pages with `page` and `page_size`.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            page: Page number, starting at 1.
            page_size: Apps per page (1 to 100).
            search: Matches the name, app id, VM UUID or instance id.
            status: Keep apps whose CVM has one of these statuses.
            listed: Keep only listed (true) or unlisted (false) apps.
            base_image: Keep apps running this OS image.
            instance_type: Keep apps of this instance type.
            kms_slug: Keep apps using this KMS.
            kms_type: Keep apps using this kind of KMS.
            node: Keep apps on this node (teepod or node name).
            region: Keep apps in this region.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "get_app_list",
            params,
            {
                "page": page,
                "page_size": page_size,
                "search": search,
                "status": status,
                "listed": listed,
                "base_image": base_image,
                "instance_type": instance_type,
                "kms_slug": kms_slug,
                "kms_type": kms_type,
                "node": node,
                "region": region,
            },
            timeout,
        )

    def get_app_filter_options(
        self,
        params: GetAppFilterOptionsParams | None = None,
        /,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FilterOptionsResponse:
        """List app filter values: ``GET /apps/filter-options``.

        The distinct values each app list filter currently accepts.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_filter_options", params, {}, timeout)

    @overload
    def get_app_info(
        self: Client[Literal["2025-10-28"]],
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppV20251028: ...
    @overload
    def get_app_info(
        self: Client[Literal["2026-01-21"]],
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppV20260121: ...
    @overload
    def get_app_info(
        self,
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> App: ...
    def get_app_info(
        self,
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> App:
        """Get an app: ``GET /apps/{app_id}``.

        An app with its current CVM and all its CVMs. The shape follows the API version; an
        app the caller may only partly see comes back reduced.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_info", params, {"app_id": app_id}, timeout)

    @overload
    def get_app_cvms(
        self: Client[Literal["2025-10-28"]],
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[HostedCvmV20251028]: ...
    @overload
    def get_app_cvms(
        self: Client[Literal["2026-01-21"]],
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[CvmInfoV20260121]: ...
    @overload
    def get_app_cvms(
        self,
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[AppCvm]: ...
    def get_app_cvms(
        self,
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """List an app's CVMs: ``GET /apps/{app_id}/cvms``.

        Every CVM of the app, in the shape of the requested API version.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_cvms", params, {"app_id": app_id}, timeout)

    def replicate_app_cvm(
        self,
        params: ReplicateAppCvmParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        vm_uuid: str | NotGiven | None = NOT_GIVEN,
        x_prepare_only: str | NotGiven | None = NOT_GIVEN,
        teepod_id: int | NotGiven | None = NOT_GIVEN,
        node_id: int | NotGiven | None = NOT_GIVEN,
        encrypted_env: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> VM:
        """Replicate a CVM: ``POST /apps/{app_id}/cvms/{vm_uuid}/replicas``.

        Start a new CVM of the app with the configuration of an existing one, optionally on
        another node.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            vm_uuid: UUID of the CVM to copy. (required)
            x_prepare_only: Set to prepare the replica without starting it (two-phase deploys).
            teepod_id: Body field.
            node_id: Body field.
            encrypted_env: Body field.
            compose_hash: Body field.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "replicate_app_cvm",
            params,
            {
                "app_id": app_id,
                "vm_uuid": vm_uuid,
                "x_prepare_only": x_prepare_only,
                "teepod_id": teepod_id,
                "node_id": node_id,
                "encrypted_env": encrypted_env,
                "compose_hash": compose_hash,
            },
            timeout,
        )

    def create_app_instance(
        self,
        params: CreateAppInstanceParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        teepod_id: int | NotGiven | None = NOT_GIVEN,
        node_id: int | NotGiven | None = NOT_GIVEN,
        encrypted_env: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        docker_compose_file: str | NotGiven | None = NOT_GIVEN,
        pre_launch_script: str | NotGiven | None = NOT_GIVEN,
        token: str | NotGiven | None = NOT_GIVEN,
        transaction_hash: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> VM:
        """Create an app instance: ``POST /apps/{app_id}/instances``.

        Start one more CVM of the app from its current configuration.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            teepod_id: Body field.
            node_id: Body field.
            encrypted_env: Body field.
            compose_hash: Body field.
            docker_compose_file: Body field.
            pre_launch_script: Body field.
            token: Body field.
            transaction_hash: Body field.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "create_app_instance",
            params,
            {
                "app_id": app_id,
                "teepod_id": teepod_id,
                "node_id": node_id,
                "encrypted_env": encrypted_env,
                "compose_hash": compose_hash,
                "docker_compose_file": docker_compose_file,
                "pre_launch_script": pre_launch_script,
                "token": token,
                "transaction_hash": transaction_hash,
            },
            timeout,
        )

    def get_app_device_allowlist(
        self,
        params: GetAppDeviceAllowlistParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DeviceAllowlistResponse:
        """Get an app's device allowlist: ``GET /apps/{app_id}/device-allowlist``.

        The TEE devices allowed to run the app, with their on-chain status.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_device_allowlist", params, {"app_id": app_id}, timeout)

    def get_app_attestation(
        self,
        params: GetAppAttestationParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppAttestationResponse:
        """Get an app's attestation: ``GET /apps/{app_id}/attestations``.

        The attestation evidence of the app: KMS information and the quotes of its running
        instances.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_attestation", params, {"app_id": app_id}, timeout)

    def get_app_tcb_evaluation(
        self,
        params: GetAppTcbEvaluationParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TcbEvaluationResponse:
        """Evaluate an app's TCB: ``GET /apps/{app_id}/attestations/tcb-evaluation``.

        The trusted computing base status of each running instance of the app.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_tcb_evaluation", params, {"app_id": app_id}, timeout)

    def get_app_revisions(
        self,
        params: GetAppRevisionsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AppRevisionResponse]:
        """List an app's revisions: ``GET /apps/{app_id}/revisions``.

        One page of the app's configuration changes, newest first.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            page: Page number, starting at 1.
            page_size: Revisions per page (1 to 1000).
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "get_app_revisions",
            params,
            {"app_id": app_id, "page": page, "page_size": page_size},
            timeout,
        )

    def get_app_revision_detail(
        self,
        params: GetAppRevisionDetailParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        revision_id: str | NotGiven | None = NOT_GIVEN,
        raw_compose_file: bool | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppRevisionDetailResponse:
        """Get a revision: ``GET /apps/{app_id}/revisions/{revision_id}``.

        One revision of the app, with its compose file.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            revision_id: The revision to read. (required)
            raw_compose_file: Return the compose file as the original text rather than parsed.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "get_app_revision_detail",
            params,
            {"app_id": app_id, "revision_id": revision_id, "raw_compose_file": raw_compose_file},
            timeout,
        )

    def redeploy_app_revision(
        self,
        params: RedeployAppRevisionParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        revision_id: str | NotGiven | None = NOT_GIVEN,
        transaction_hash: str | NotGiven | None = NOT_GIVEN,
        vm_uuids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RedeployAcceptedResponse:
        """Redeploy a revision: ``POST /apps/{app_id}/revisions/{revision_id}/redeploy``.

        Roll the app's CVMs back or forward to this revision. With several CVMs, name the
        ones to change.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            revision_id: The revision to deploy. (required)
            transaction_hash: Hash of the transaction that registered the compose hash on chain.
            vm_uuids: Body field.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "redeploy_app_revision",
            params,
            {
                "app_id": app_id,
                "revision_id": revision_id,
                "transaction_hash": transaction_hash,
                "vm_uuids": vm_uuids,
            },
            timeout,
        )

    def get_app_usage(
        self,
        params: GetAppUsageParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        start_date: str | datetime.datetime | NotGiven | None = NOT_GIVEN,
        end_date: str | datetime.datetime | NotGiven | None = NOT_GIVEN,
        limit: int | NotGiven | None = NOT_GIVEN,
        offset: int | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppUsageResponse:
        """Get an app's usage: ``GET /apps/{app_id}/usage``.

        Metered usage records of the app with their cost.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            start_date: Earliest record time (ISO 8601).
            end_date: Latest record time (ISO 8601).
            limit: Most records to return (1 to 5000).
            offset: Records to skip.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "get_app_usage",
            params,
            {
                "app_id": app_id,
                "start_date": start_date,
                "end_date": end_date,
                "limit": limit,
                "offset": offset,
            },
            timeout,
        )

    def check_app_is_allowed(
        self,
        params: CheckAppIsAllowedParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        node_id: int | NotGiven | None = NOT_GIVEN,
        device_id: str | NotGiven | None = NOT_GIVEN,
        chain_id: int | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppIsAllowedResponse:
        """Check whether an app may run: ``POST /apps/{app_id}/is-allowed``.

        Whether a compose hash of the app may run on a device, according to the app's on-
        chain allowlist.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            compose_hash: Body field. (required)
            node_id: Body field.
            device_id: Body field.
            chain_id: Body field.
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "check_app_is_allowed",
            params,
            {
                "app_id": app_id,
                "compose_hash": compose_hash,
                "node_id": node_id,
                "device_id": device_id,
                "chain_id": chain_id,
            },
            timeout,
        )

    def check_app_cvms_is_allowed(
        self,
        params: CheckAppCvmsIsAllowedParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppCvmsBatchIsAllowedResponse:
        """Check whether an app's CVMs may run: ``POST /apps/{app_id}/cvms/is-allowed``.

        The same check as for one app, for every CVM of the app at once.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("check_app_cvms_is_allowed", params, {"app_id": app_id}, timeout)

    def get_app_kms_info(
        self,
        params: GetAppKmsInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppKmsInfoResponse:
        """Get an app's KMS: ``GET /apps/{app_id}/kms-info``.

        The key management service the app uses and its on-chain addresses.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_kms_info", params, {"app_id": app_id}, timeout)

    def get_app_pending_updates(
        self,
        params: GetAppPendingUpdatesParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PendingUpdatesResponse:
        """List an app's pending updates: ``GET /apps/{app_id}/pending-updates``.

        Updates waiting for on-chain registration before they can be applied.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call("get_app_pending_updates", params, {"app_id": app_id}, timeout)

    def get_app_pending_update_preview(
        self,
        params: GetAppPendingUpdatePreviewParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        vm_uuid: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PendingUpdatePreview:
        """Preview a pending update.

        ``GET /apps/{app_id}/pending-updates/{vm_uuid}/{compose_hash}/preview``.

        The current and pending compose file and pre-launch script, side by side.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            vm_uuid: UUID of the CVM the update is for. (required)
            compose_hash: Compose hash of the pending update. (required)
            timeout: Override the client's timeout for this call.
        """
        return self._call(
            "get_app_pending_update_preview",
            params,
            {"app_id": app_id, "vm_uuid": vm_uuid, "compose_hash": compose_hash},
            timeout,
        )


class AsyncClient(BaseClient, Generic[_V_co]):
    """Asynchronous client of the Phala Cloud Apps API: :class:`Client`'s methods as coroutines.

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
    def with_raw_response(self) -> _AsyncRawResponses:
        """The same methods, returning an :class:`APIResponse` (status, headers, request id)."""
        return _AsyncRawResponses(self)

    # -- transport -------------------------------------------------------------

    async def _send(self, operation: str, request: httpx.Request) -> httpx.Response:
        http = self._pool.for_running_loop()
        state = SendState()
        while True:
            started = time.perf_counter()
            try:
                response = await http.send(request, follow_redirects=False)
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

    async def _call(
        self,
        operation: str,
        params: Mapping[str, Any] | None,
        keywords: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
    ) -> Any:
        call = prepare_call(operation, params, keywords)
        request = self._build_request(self._http, operation, call, timeout)
        response = await self._send(operation, request)
        parsed, version = self._parse(operation, response)
        if operation in PAGINATED:
            given = {**call.builder_kwargs, **(call.body or {})}

            async def fetch(number: int) -> AsyncPage[Any]:
                token = _RAW.set(False)
                try:
                    page: AsyncPage[Any] = await self._call(
                        operation, None, {**given, "page": number}, timeout
                    )
                finally:
                    _RAW.reset(token)
                return page

            parsed = AsyncPage(
                fetch=fetch,
                prefetch=self.prefetch_pages,
                http_response=response,
                **_page_fields(operation, parsed),
            )
        if _RAW.get():
            return APIResponse(parsed=parsed, http_response=response, api_version=version)
        return parsed

    # -- API methods -----------------------------------------------------------

    @overload
    async def get_app_list(
        self: AsyncClient[Literal["2025-10-28"]],
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AppV20251028]: ...
    @overload
    async def get_app_list(
        self: AsyncClient[Literal["2026-01-21"]],
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AppV20260121]: ...
    @overload
    async def get_app_list(
        self,
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[App]: ...
    async def get_app_list(
        self,
        params: GetAppListParams | None = None,
        /,
        *,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        search: str | NotGiven | None = NOT_GIVEN,
        status: Sequence[str] | NotGiven | None = NOT_GIVEN,
        listed: bool | NotGiven | None = NOT_GIVEN,
        base_image: str | NotGiven | None = NOT_GIVEN,
        instance_type: str | NotGiven | None = NOT_GIVEN,
        kms_slug: str | NotGiven | None = NOT_GIVEN,
        kms_type: str | NotGiven | None = NOT_GIVEN,
        node: str | NotGiven | None = NOT_GIVEN,
        region: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Any]:
        """List apps: ``GET /apps``.

        One page of the apps visible to the caller, newest first. Filter with the query
        parameters; walk pages with `page` and `page_size`.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            page: Page number, starting at 1.
            page_size: Apps per page (1 to 100).
            search: Matches the name, app id, VM UUID or instance id.
            status: Keep apps whose CVM has one of these statuses.
            listed: Keep only listed (true) or unlisted (false) apps.
            base_image: Keep apps running this OS image.
            instance_type: Keep apps of this instance type.
            kms_slug: Keep apps using this KMS.
            kms_type: Keep apps using this kind of KMS.
            node: Keep apps on this node (teepod or node name).
            region: Keep apps in this region.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "get_app_list",
            params,
            {
                "page": page,
                "page_size": page_size,
                "search": search,
                "status": status,
                "listed": listed,
                "base_image": base_image,
                "instance_type": instance_type,
                "kms_slug": kms_slug,
                "kms_type": kms_type,
                "node": node,
                "region": region,
            },
            timeout,
        )

    async def get_app_filter_options(
        self,
        params: GetAppFilterOptionsParams | None = None,
        /,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FilterOptionsResponse:
        """List app filter values: ``GET /apps/filter-options``.

        The distinct values each app list filter currently accepts.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_filter_options", params, {}, timeout)

    @overload
    async def get_app_info(
        self: AsyncClient[Literal["2025-10-28"]],
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppV20251028: ...
    @overload
    async def get_app_info(
        self: AsyncClient[Literal["2026-01-21"]],
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppV20260121: ...
    @overload
    async def get_app_info(
        self,
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> App: ...
    async def get_app_info(
        self,
        params: GetAppInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> App:
        """Get an app: ``GET /apps/{app_id}``.

        An app with its current CVM and all its CVMs. The shape follows the API version; an
        app the caller may only partly see comes back reduced.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_info", params, {"app_id": app_id}, timeout)

    @overload
    async def get_app_cvms(
        self: AsyncClient[Literal["2025-10-28"]],
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[HostedCvmV20251028]: ...
    @overload
    async def get_app_cvms(
        self: AsyncClient[Literal["2026-01-21"]],
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[CvmInfoV20260121]: ...
    @overload
    async def get_app_cvms(
        self,
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[AppCvm]: ...
    async def get_app_cvms(
        self,
        params: GetAppCvmsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """List an app's CVMs: ``GET /apps/{app_id}/cvms``.

        Every CVM of the app, in the shape of the requested API version.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_cvms", params, {"app_id": app_id}, timeout)

    async def replicate_app_cvm(
        self,
        params: ReplicateAppCvmParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        vm_uuid: str | NotGiven | None = NOT_GIVEN,
        x_prepare_only: str | NotGiven | None = NOT_GIVEN,
        teepod_id: int | NotGiven | None = NOT_GIVEN,
        node_id: int | NotGiven | None = NOT_GIVEN,
        encrypted_env: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> VM:
        """Replicate a CVM: ``POST /apps/{app_id}/cvms/{vm_uuid}/replicas``.

        Start a new CVM of the app with the configuration of an existing one, optionally on
        another node.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            vm_uuid: UUID of the CVM to copy. (required)
            x_prepare_only: Set to prepare the replica without starting it (two-phase deploys).
            teepod_id: Body field.
            node_id: Body field.
            encrypted_env: Body field.
            compose_hash: Body field.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "replicate_app_cvm",
            params,
            {
                "app_id": app_id,
                "vm_uuid": vm_uuid,
                "x_prepare_only": x_prepare_only,
                "teepod_id": teepod_id,
                "node_id": node_id,
                "encrypted_env": encrypted_env,
                "compose_hash": compose_hash,
            },
            timeout,
        )

    async def create_app_instance(
        self,
        params: CreateAppInstanceParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        teepod_id: int | NotGiven | None = NOT_GIVEN,
        node_id: int | NotGiven | None = NOT_GIVEN,
        encrypted_env: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        docker_compose_file: str | NotGiven | None = NOT_GIVEN,
        pre_launch_script: str | NotGiven | None = NOT_GIVEN,
        token: str | NotGiven | None = NOT_GIVEN,
        transaction_hash: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> VM:
        """Create an app instance: ``POST /apps/{app_id}/instances``.

        Start one more CVM of the app from its current configuration.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            teepod_id: Body field.
            node_id: Body field.
            encrypted_env: Body field.
            compose_hash: Body field.
            docker_compose_file: Body field.
            pre_launch_script: Body field.
            token: Body field.
            transaction_hash: Body field.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "create_app_instance",
            params,
            {
                "app_id": app_id,
                "teepod_id": teepod_id,
                "node_id": node_id,
                "encrypted_env": encrypted_env,
                "compose_hash": compose_hash,
                "docker_compose_file": docker_compose_file,
                "pre_launch_script": pre_launch_script,
                "token": token,
                "transaction_hash": transaction_hash,
            },
            timeout,
        )

    async def get_app_device_allowlist(
        self,
        params: GetAppDeviceAllowlistParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DeviceAllowlistResponse:
        """Get an app's device allowlist: ``GET /apps/{app_id}/device-allowlist``.

        The TEE devices allowed to run the app, with their on-chain status.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_device_allowlist", params, {"app_id": app_id}, timeout)

    async def get_app_attestation(
        self,
        params: GetAppAttestationParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppAttestationResponse:
        """Get an app's attestation: ``GET /apps/{app_id}/attestations``.

        The attestation evidence of the app: KMS information and the quotes of its running
        instances.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_attestation", params, {"app_id": app_id}, timeout)

    async def get_app_tcb_evaluation(
        self,
        params: GetAppTcbEvaluationParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TcbEvaluationResponse:
        """Evaluate an app's TCB: ``GET /apps/{app_id}/attestations/tcb-evaluation``.

        The trusted computing base status of each running instance of the app.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_tcb_evaluation", params, {"app_id": app_id}, timeout)

    async def get_app_revisions(
        self,
        params: GetAppRevisionsParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        page: int | NotGiven | None = NOT_GIVEN,
        page_size: int | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[AppRevisionResponse]:
        """List an app's revisions: ``GET /apps/{app_id}/revisions``.

        One page of the app's configuration changes, newest first.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            page: Page number, starting at 1.
            page_size: Revisions per page (1 to 1000).
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "get_app_revisions",
            params,
            {"app_id": app_id, "page": page, "page_size": page_size},
            timeout,
        )

    async def get_app_revision_detail(
        self,
        params: GetAppRevisionDetailParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        revision_id: str | NotGiven | None = NOT_GIVEN,
        raw_compose_file: bool | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppRevisionDetailResponse:
        """Get a revision: ``GET /apps/{app_id}/revisions/{revision_id}``.

        One revision of the app, with its compose file.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            revision_id: The revision to read. (required)
            raw_compose_file: Return the compose file as the original text rather than parsed.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "get_app_revision_detail",
            params,
            {"app_id": app_id, "revision_id": revision_id, "raw_compose_file": raw_compose_file},
            timeout,
        )

    async def redeploy_app_revision(
        self,
        params: RedeployAppRevisionParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        revision_id: str | NotGiven | None = NOT_GIVEN,
        transaction_hash: str | NotGiven | None = NOT_GIVEN,
        vm_uuids: Sequence[str] | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RedeployAcceptedResponse:
        """Redeploy a revision: ``POST /apps/{app_id}/revisions/{revision_id}/redeploy``.

        Roll the app's CVMs back or forward to this revision. With several CVMs, name the
        ones to change.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            revision_id: The revision to deploy. (required)
            transaction_hash: Hash of the transaction that registered the compose hash on chain.
            vm_uuids: Body field.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "redeploy_app_revision",
            params,
            {
                "app_id": app_id,
                "revision_id": revision_id,
                "transaction_hash": transaction_hash,
                "vm_uuids": vm_uuids,
            },
            timeout,
        )

    async def get_app_usage(
        self,
        params: GetAppUsageParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        start_date: str | datetime.datetime | NotGiven | None = NOT_GIVEN,
        end_date: str | datetime.datetime | NotGiven | None = NOT_GIVEN,
        limit: int | NotGiven | None = NOT_GIVEN,
        offset: int | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppUsageResponse:
        """Get an app's usage: ``GET /apps/{app_id}/usage``.

        Metered usage records of the app with their cost.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            start_date: Earliest record time (ISO 8601).
            end_date: Latest record time (ISO 8601).
            limit: Most records to return (1 to 5000).
            offset: Records to skip.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "get_app_usage",
            params,
            {
                "app_id": app_id,
                "start_date": start_date,
                "end_date": end_date,
                "limit": limit,
                "offset": offset,
            },
            timeout,
        )

    async def check_app_is_allowed(
        self,
        params: CheckAppIsAllowedParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        node_id: int | NotGiven | None = NOT_GIVEN,
        device_id: str | NotGiven | None = NOT_GIVEN,
        chain_id: int | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppIsAllowedResponse:
        """Check whether an app may run: ``POST /apps/{app_id}/is-allowed``.

        Whether a compose hash of the app may run on a device, according to the app's on-
        chain allowlist.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            compose_hash: Body field. (required)
            node_id: Body field.
            device_id: Body field.
            chain_id: Body field.
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "check_app_is_allowed",
            params,
            {
                "app_id": app_id,
                "compose_hash": compose_hash,
                "node_id": node_id,
                "device_id": device_id,
                "chain_id": chain_id,
            },
            timeout,
        )

    async def check_app_cvms_is_allowed(
        self,
        params: CheckAppCvmsIsAllowedParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppCvmsBatchIsAllowedResponse:
        """Check whether an app's CVMs may run: ``POST /apps/{app_id}/cvms/is-allowed``.

        The same check as for one app, for every CVM of the app at once.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("check_app_cvms_is_allowed", params, {"app_id": app_id}, timeout)

    async def get_app_kms_info(
        self,
        params: GetAppKmsInfoParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AppKmsInfoResponse:
        """Get an app's KMS: ``GET /apps/{app_id}/kms-info``.

        The key management service the app uses and its on-chain addresses.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_kms_info", params, {"app_id": app_id}, timeout)

    async def get_app_pending_updates(
        self,
        params: GetAppPendingUpdatesParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PendingUpdatesResponse:
        """List an app's pending updates: ``GET /apps/{app_id}/pending-updates``.

        Updates waiting for on-chain registration before they can be applied.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call("get_app_pending_updates", params, {"app_id": app_id}, timeout)

    async def get_app_pending_update_preview(
        self,
        params: GetAppPendingUpdatePreviewParams | None = None,
        /,
        *,
        app_id: str | NotGiven | None = NOT_GIVEN,
        vm_uuid: str | NotGiven | None = NOT_GIVEN,
        compose_hash: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PendingUpdatePreview:
        """Preview a pending update.

        ``GET /apps/{app_id}/pending-updates/{vm_uuid}/{compose_hash}/preview``.

        The current and pending compose file and pre-launch script, side by side.

        Args:
            params: The arguments as one mapping (seed style), instead of keywords.
            app_id: The app's identifier (hex). (required)
            vm_uuid: UUID of the CVM the update is for. (required)
            compose_hash: Compose hash of the pending update. (required)
            timeout: Override the client's timeout for this call.
        """
        return await self._call(
            "get_app_pending_update_preview",
            params,
            {"app_id": app_id, "vm_uuid": vm_uuid, "compose_hash": compose_hash},
            timeout,
        )


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
        from phala_cloud_api._responses import OPERATIONS

        if name not in OPERATIONS:
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
        from phala_cloud_api._responses import OPERATIONS

        if name not in OPERATIONS:
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
