"""Start Prism on a free loopback port, serving a spec (``make mock``).

Also importable: ``running_prism(spec)`` is a context manager yielding the base
URL, used by ``make demo``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_prism(spec: Path, *, dynamic: bool = False, timeout: float = 40.0) -> Iterator[str]:
    """Run Prism for ``spec`` on loopback; yield its base URL; always stop it."""
    if not PRISM.exists():
        node = shutil.which("node")
        raise SystemExit(
            "Prism is not installed: run `make install`"
            + ("" if node else " (node and npm are needed; install Node.js 18+)")
        )
    port = free_port()
    command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)]
    if dynamic:
        command.insert(2, "-d")
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise SystemExit(f"Prism exited with status {process.returncode}")
            try:
                httpx.get(base_url + "/", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit("Prism did not start in time") from None
                time.sleep(0.2)
        yield base_url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    """Serve a spec until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.json")
    parser.add_argument("--dynamic", action="store_true", help="random schema-valid bodies")
    args = parser.parse_args()
    # Stop Prism on SIGTERM too (as on Ctrl-C): the context manager's cleanup must run.
    signal.signal(signal.SIGTERM, _interrupt)
    with running_prism(args.spec.resolve(), dynamic=args.dynamic) as url:
        print(f"Prism mock of {args.spec.name} at {url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
