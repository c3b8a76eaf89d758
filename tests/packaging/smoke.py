"""Smoke program for an installed wheel: run it with only the wheel and its dependencies.

``noxfile.py`` runs it as ``python -I tests/packaging/smoke.py`` from a temporary
folder in a fresh virtualenv on each supported Python, before any test tool is
installed. It imports nothing from the repository: an import, a typed call, an SDK
error and an async page, all over ``httpx.MockTransport``.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import platform
import sysconfig
from pathlib import Path
from typing import Any

import httpx

import phala_cloud_sdk
from phala_cloud_sdk import AsyncClient, Client, NotFoundError

APP: dict[str, Any] = {
    "id": "prj_1",
    "name": "my-app",
    "app_id": "a",
    "created_at": "2025-01-01T00:00:00Z",
    "kms_type": "phala",
    "current_cvm": {
        "id": "cvm_1",
        "name": "cvm-one",
        "resource": {},
        "status": "running",
        "gateway": {},
    },
}


def handler(request: httpx.Request) -> httpx.Response:
    """A two-app API: ``/apps/a`` exists, every other app is a 404; two list pages."""
    if request.url.path.endswith("/apps"):
        page = int(request.url.params["page"])
        items = [{"app_id": f"app{page}"}]
        body = {"dstack_apps": items, "page": page, "page_size": 1, "total": 2, "total_pages": 2}
        return httpx.Response(200, json=body)
    if request.url.path.endswith("/apps/a"):
        return httpx.Response(200, json=APP, headers={"X-Request-ID": "req-1"})
    return httpx.Response(404, json={"detail": "not found"}, headers={"X-Request-ID": "req-2"})


def check_installed() -> str:
    """The SDK comes from this environment's site-packages, not a source tree."""
    where = Path(phala_cloud_sdk.__file__).resolve().parent
    site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
    assert where.parent == site_packages, f"{where} is not in {site_packages}"
    return str(where)


def check_sync() -> None:
    """A typed call returns a parsed model; a 404 raises NotFoundError."""
    transport = httpx.MockTransport(handler)
    with Client(api_key="k", http_client=httpx.Client(transport=transport)) as client:
        app = client.get_app_info(app_id="a")
        assert type(app).__name__ == "DstackAppFullResponseV20260121", type(app)
        assert (app.app_id, app.name, app.status) == ("a", "my-app", "running")
        try:
            client.get_app_info(app_id="missing")
        except NotFoundError as exc:
            assert (exc.status_code, exc.request_id) == (404, "req-2")
        else:
            raise AssertionError("a 404 did not raise NotFoundError")


async def check_async() -> None:
    """``async for`` walks every page of an async list call."""
    transport = httpx.MockTransport(handler)
    async with AsyncClient(
        api_key="k", http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        ids = [app.app_id async for app in await client.get_app_list(page_size=1)]
        assert ids == ["app1", "app2"], ids


def main() -> None:
    """Run the checks and say what ran them."""
    where = check_installed()
    check_sync()
    asyncio.run(check_async())
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("httpx", "orjson", "attrs")
    )
    print(
        f"smoke ok: phala-cloud-sdk {phala_cloud_sdk.__version__} from {where} "
        f"on Python {platform.python_version()} ({versions})"
    )


if __name__ == "__main__":
    main()
