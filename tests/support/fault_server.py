"""A fault-injecting loopback HTTP server for tests over real sockets.

Scripted by a queue of behaviours (the last one repeats)::

    with FaultServer() as server:
        server.respond(503, {"detail": "down"}).respond(200, body)
        ...
        server.requests  # what arrived: method, path, query, headers
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    """One request the server received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Behaviour:
    """What to do with one request."""

    kind: str  # "respond" | "drop" | "raw"
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class FaultServer:
    """ThreadingHTTPServer on 127.0.0.1 (port 0) in a background thread."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._script: deque[Behaviour] = deque()
        self._last: Behaviour | None = None
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- script ---------------------------------------------------------------

    def respond(
        self,
        status: int,
        body: Any = None,
        headers: dict[str, str] | None = None,
        *,
        delay: float = 0.0,
    ) -> FaultServer:
        """Answer with ``status`` and a JSON ``body`` (after ``delay`` seconds)."""
        data = b"" if body is None else json.dumps(body).encode()
        merged = {"Content-Type": "application/json", **(headers or {})}
        self._script.append(Behaviour("respond", status, data, merged, delay))
        return self

    def delay(self, seconds: float, status: int, body: Any = None) -> FaultServer:
        """Wait, then respond."""
        return self.respond(status, body, delay=seconds)

    def drop(self) -> FaultServer:
        """Close the connection without any response."""
        self._script.append(Behaviour("drop"))
        return self

    def malformed_json(self, status: int = 200) -> FaultServer:
        """Answer with a body that claims to be JSON but is not."""
        headers = {"Content-Type": "application/json"}
        self._script.append(Behaviour("respond", status, b'{"app_id": "x",', headers))
        return self

    def redirect(self, location: str, status: int = 302) -> FaultServer:
        """Redirect to ``location``."""
        self._script.append(Behaviour("respond", status, b"", {"Location": location}))
        return self

    def _next(self) -> Behaviour:
        with self._lock:
            if self._script:
                self._last = self._script.popleft()
            if self._last is None:
                return Behaviour("respond", 500, b'{"detail": "unscripted"}')
            return self._last

    # -- lifecycle ------------------------------------------------------------

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        """The API root on this server."""
        return self.url + "/api/v1"

    def __enter__(self) -> FaultServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                del format, args

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parsed = urllib.parse.urlsplit(self.path)
                with server._lock:
                    server.requests.append(
                        Recorded(
                            self.command,
                            parsed.path,
                            urllib.parse.parse_qs(parsed.query),
                            dict(self.headers.items()),
                            body,
                        )
                    )
                behaviour = server._next()
                if behaviour.delay:
                    time.sleep(behaviour.delay)
                if behaviour.kind == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                try:
                    self.send_response(behaviour.status)
                    for name, value in behaviour.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(behaviour.body)))
                    self.end_headers()
                    self.wfile.write(behaviour.body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            do_GET = _handle  # noqa: N815
            do_POST = _handle  # noqa: N815

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
