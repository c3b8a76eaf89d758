"""Prism mock servers (dynamic mode) for the contract suite: ours and the upstream reference."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.paths import OUR_SPEC, ROOT
from tests.support.paths import REFERENCE as REFERENCE_SPEC

PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class PrismServer:
    """A running Prism: the client's base URL and the spec it serves."""

    name: str
    base_url: str
    spec: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _prism(spec: Path) -> Iterator[str]:
    """Run ``prism mock -d`` for ``spec`` on a free loopback port; always stop it."""
    if not PRISM.exists():
        pytest.skip(f"Prism is not installed at {PRISM} (run `make install`)")
    port = _free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "-d", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited with status {process.returncode} serving {spec}")
            try:
                httpx.get(origin + "/", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Prism did not start within {START_TIMEOUT:.0f} s for {spec}")
                time.sleep(0.2)
        yield origin
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="session")
def prism_ours() -> Iterator[PrismServer]:
    with _prism(OUR_SPEC) as origin:
        # Our spec's paths are relative to the /api/v1 server URL.
        yield PrismServer("ours", origin, OUR_SPEC)


@pytest.fixture(scope="session")
def prism_reference() -> Iterator[PrismServer]:
    if not REFERENCE_SPEC.is_file():
        pytest.skip(f"upstream reference spec not found at {REFERENCE_SPEC}")
    with _prism(REFERENCE_SPEC) as origin:
        # The reference spec's paths carry the /api/v1 prefix themselves.
        yield PrismServer("reference", origin + "/api/v1", REFERENCE_SPEC)


@pytest.fixture(scope="session", params=["ours", "reference"])
def prism(request: pytest.FixtureRequest) -> PrismServer:
    server: PrismServer = request.getfixturevalue(f"prism_{request.param}")
    return server
