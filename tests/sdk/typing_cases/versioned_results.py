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
from phala_cloud_sdk import AsyncClient, AsyncPage, Client, SyncPage
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
