"""A loopback API stand-in for the benchmarks: stdlib ``ThreadingHTTPServer`` in a thread.

It answers two routes with canned JSON, over HTTP/1.1 keep-alive:

* ``GET /apps/filter-options``: a small ``FilterOptionsResponse``;
* ``GET /apps?page=N&page_size=S``: page ``N`` of a fixed app list, after ``latency`` seconds.

Each request runs in its own daemon thread, so concurrent page fetches overlap their
latency as they would against the real service. Binds 127.0.0.1 only.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["FILTER_OPTIONS", "ServerConfig", "serve", "serve_in_process"]

FILTER_OPTIONS = json.dumps(
    {
        "statuses": ["running"],
        "image_versions": [],
        "instance_types": [],
        "kms_slugs": [],
        "kms_types": [],
        "regions": [],
        "nodes": [],
    },
    separators=(",", ":"),
).encode()

_NOT_FOUND = b'{"detail":"not found"}'


@dataclass(frozen=True)
class ServerConfig:
    """What the server answers: ``pages[i]`` is the body of ``/apps?page=i+1``."""

    pages: tuple[bytes, ...] = ()
    page_size: int = 100
    latency: float = 0.0
    requests: list[str] = field(default_factory=list, compare=False)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    config: ServerConfig


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and
    # the client's delayed ACK hold the second one back ~40 ms on every keep-alive request.
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        config = self.server.config
        config.requests.append(self.path)
        url = urlsplit(self.path)
        if url.path.endswith("/apps/filter-options"):
            self._send(200, FILTER_OPTIONS)
        elif url.path.endswith("/apps"):
            self._send_page(config, parse_qs(url.query))
        else:
            self._send(404, _NOT_FOUND)

    def _send_page(self, config: ServerConfig, query: dict[str, list[str]]) -> None:
        if config.latency:
            time.sleep(config.latency)
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("page_size", [str(config.page_size)])[0])
        if size != config.page_size or not 1 <= page <= len(config.pages):
            self._send(404, _NOT_FOUND)
            return
        self._send(200, config.pages[page - 1])

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: the benchmark prints its own report."""


@contextmanager
def serve(config: ServerConfig | None = None) -> Iterator[str]:
    """Run the server on 127.0.0.1 (a free port) for the ``with`` block; yield its base URL."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.config = config or ServerConfig()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _serve_child(config: ServerConfig | None, conn: Any) -> None:
    with serve(config) as base_url:
        conn.send(base_url)
        conn.recv()  # block until the parent says stop (or goes away)


@contextmanager
def serve_in_process(config: ServerConfig | None = None) -> Iterator[str]:
    """:func:`serve` in a child process: the server's Python work does not share the
    client's GIL, so a per-call figure measures the client, not thread switching."""
    import multiprocessing

    parent, child = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=_serve_child, args=(config, child), daemon=True
    )
    process.start()
    try:
        if not parent.poll(30):
            raise RuntimeError("the benchmark server did not start")
        yield parent.recv()
    finally:
        with suppress(BrokenPipeError, OSError):
            parent.send("stop")
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
