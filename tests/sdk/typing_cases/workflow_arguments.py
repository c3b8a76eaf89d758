"""Must NOT type-check (tests/sdk/test_typing.py): workflow calls with unknown keywords."""

from __future__ import annotations

from phala_cloud_sdk import AsyncClient, Client

client = Client()
client.deploy(name="oracle-app", docker_compose="services: {}", wiat=True)  # error
client.wait_for_cvm("cvm-1", staus="running")  # error: no such keyword


async def main(aclient: AsyncClient) -> None:
    await aclient.update_env("cvm-1", {"A": "1"}, compose_hsh="x")  # error
