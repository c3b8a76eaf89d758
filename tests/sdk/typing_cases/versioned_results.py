"""Type-checked by tests/test_typing.py (mypy): each client version gets its own models."""

from __future__ import annotations

from typing import Literal, assert_type

from phala_cloud_api.models import (
    CvmInfoV20260121,
    DstackAppFullResponseV20251028,
    DstackAppFullResponseV20260121,
    DstackAppMinimalResponse,
    HostedCvmV20251028,
)
from phala_cloud_sdk import APIResponse, AsyncClient, AsyncPage, Client, SyncPage
from phala_cloud_sdk.types import App


def default_version(client: Client[Literal["2026-01-21"]]) -> None:
    assert_type(Client(), Client[Literal["2026-01-21"]])
    assert_type(
        client.get_app_info(app_id="a"),
        DstackAppFullResponseV20260121 | DstackAppMinimalResponse,
    )
    assert_type(client.get_app_cvms(app_id="a"), list[CvmInfoV20260121])
    assert_type(
        client.get_app_list(),
        SyncPage[DstackAppFullResponseV20260121 | DstackAppMinimalResponse],
    )


def legacy_version() -> None:
    client = Client(api_version="2025-10-28")
    assert_type(client, Client[Literal["2025-10-28"]])
    assert_type(
        client.get_app_info({"app_id": "a"}),
        DstackAppFullResponseV20251028 | DstackAppMinimalResponse,
    )
    assert_type(client.get_app_cvms(app_id="a"), list[HostedCvmV20251028])
    assert_type(Client().with_version("2025-10-28"), Client[Literal["2025-10-28"]])


def version_known_at_run_time(version: str) -> None:
    client = Client(api_version=version)
    assert_type(client, Client[str])
    assert_type(client.get_app_info(app_id="a"), App)
    assert_type(client.get_app_cvms(app_id="a"), list[HostedCvmV20251028] | list[CvmInfoV20260121])


async def async_versions() -> None:
    client = AsyncClient(api_version="2025-10-28")
    assert_type(await client.get_app_cvms(app_id="a"), list[HostedCvmV20251028])
    page = await AsyncClient().get_app_list(page_size=10)
    assert_type(page, AsyncPage[DstackAppFullResponseV20260121 | DstackAppMinimalResponse])


def takes_any_client(client: Client) -> App:
    """A bare ``Client`` annotation accepts a client of any version."""
    return client.get_app_info(app_id="a")


def passes_versioned_clients() -> None:
    takes_any_client(Client())
    takes_any_client(Client(api_version="2025-10-28"))


def raw_responses_are_typed(client: Client[Literal["2026-01-21"]]) -> None:
    raw = client.with_raw_response.get_app_info(app_id="a")
    assert_type(raw, APIResponse[DstackAppFullResponseV20260121 | DstackAppMinimalResponse])
    assert_type(raw.parsed, DstackAppFullResponseV20260121 | DstackAppMinimalResponse)
    legacy = Client(api_version="2025-10-28").with_raw_response.get_app_cvms({"app_id": "a"})
    assert_type(legacy, APIResponse[list[HostedCvmV20251028]])


async def async_lists_iterate_directly(client: AsyncClient[Literal["2026-01-21"]]) -> None:
    async for app in client.get_app_list(page_size=10):
        assert_type(app, DstackAppFullResponseV20260121 | DstackAppMinimalResponse)
    raw = await client.with_raw_response.get_app_list()
    assert_type(
        raw, APIResponse[AsyncPage[DstackAppFullResponseV20260121 | DstackAppMinimalResponse]]
    )


def escape_hatches(client: Client) -> None:
    client.get_app_info(
        app_id="a",
        extra_headers={"X-Trace": "1"},
        extra_query={"expand": "cvms"},
        extra_body={"x": 1},
        timeout=5.0,
    )
