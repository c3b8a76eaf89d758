"""Run a workflow method with the sync or the async client against a ``FakeCloud``.

Each call builds a fresh client for the fake (real HTTP on 127.0.0.1) in the API
version asked for, so one test body serves both clients and both versions.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from fake_cloud import FakeCloud

from phala_cloud_sdk import AsyncClient, Client, CvmStateEvent
from tests.support.mock_api import API_KEY


class Runner:
    """``runner("deploy", name=...)`` runs ``client.deploy`` (sync) or awaits it (async)."""

    def __init__(self, cloud: FakeCloud, mode: str, version: str) -> None:
        self.cloud = cloud
        self.mode = mode
        self.version = version

    def _options(self) -> dict[str, Any]:
        return {
            "api_key": API_KEY,
            "base_url": self.cloud.base_url,
            "api_version": self.version,
            "allow_insecure_http": True,
            "max_retries": 0,
        }

    def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.mode == "sync":
            with Client(**self._options()) as client:
                return getattr(client, method)(*args, **kwargs)

        async def run() -> Any:
            async with AsyncClient(**self._options()) as client:
                return await getattr(client, method)(*args, **kwargs)

        return asyncio.run(run())

    def watch(self, cvm_id: str, *, limit: int | None = None, **kwargs: Any) -> list[CvmStateEvent]:
        """The events of ``watch_cvm_state``, stopping after ``limit`` of them if given."""
        if self.mode == "sync":
            seen: list[CvmStateEvent] = []
            with Client(**self._options()) as client:
                for event in client.watch_cvm_state(cvm_id, **kwargs):
                    seen.append(event)
                    if limit is not None and len(seen) >= limit:
                        break
            return seen

        async def run() -> list[CvmStateEvent]:
            seen: list[CvmStateEvent] = []
            async with AsyncClient(**self._options()) as client:
                events = client.watch_cvm_state(cvm_id, **kwargs)
                async with contextlib.aclosing(events):
                    async for event in events:
                        seen.append(event)
                        if limit is not None and len(seen) >= limit:
                            break
            return seen

        return asyncio.run(run())
