"""Smoke program for an installed wheel: run it with only the wheel and its dependencies.

``noxfile.py`` runs it as ``python -I tests/packaging/smoke.py`` from a temporary
folder in a fresh virtualenv on each supported Python, before any test tool is
installed. It imports nothing from the repository: an import, a typed call, an SDK
error and an async page, all over ``httpx.MockTransport``; env encryption (its
``cryptography`` comes with the wheel) and the error naming the ``kms`` extra, which is
not installed yet.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import platform
import re
import sysconfig
from pathlib import Path
from typing import Any

import httpx

import phala_cloud_sdk
from phala_cloud_sdk import (
    AsyncClient,
    Client,
    MissingDependencyError,
    NotFoundError,
    encrypt_env_vars,
    verify_env_encrypt_public_key_legacy,
)

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
        page = int(request.url.params.get("page", "1"))  # the first request leaves it out
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


def check_crypto() -> None:
    """encrypt_env_vars works with the required dependencies; the kms extra is optional."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    sealed = bytes.fromhex(encrypt_env_vars({"TOKEN": "x"}, public.hex()))
    assert len(sealed) > 32 + 12 + 16, len(sealed)  # ephemeral key, IV, tag around the text
    try:
        verify_env_encrypt_public_key_legacy(public, bytes(65), "ab" * 20)
    except MissingDependencyError as exc:
        assert exc.extra == "kms", exc.extra
    else:
        raise AssertionError("no MissingDependencyError without the kms extra")


def required_versions() -> str:
    """``httpx 0.28.1, ...`` for each dependency the wheel requires (not its extras')."""
    names = [
        re.split(r"[\s;<>=!~\[(]", line, maxsplit=1)[0]
        for line in importlib.metadata.requires("phala-cloud-sdk") or []
        if "extra ==" not in line
    ]
    return ", ".join(f"{name} {importlib.metadata.version(name)}" for name in names)


def main() -> None:
    """Run the checks and say what ran them."""
    where = check_installed()
    check_sync()
    asyncio.run(check_async())
    check_crypto()
    versions = required_versions()
    print(
        f"smoke ok: phala-cloud-sdk {phala_cloud_sdk.__version__} from {where} "
        f"on Python {platform.python_version()} ({versions})"
    )


if __name__ == "__main__":
    main()
