"""A local HTTP server for the URL-input tests: 127.0.0.1, a free port, one thread.

Paths: ``/news/summit.html`` (a page), ``/news/korean.html`` (EUC-KR, labelled in the
Content-Type header), ``/private/memo.html`` (disallowed by robots.txt), ``/missing``
(404), ``/slow`` (answers after SLOW_SECONDS), ``/big`` (BIG_BYTES with a
Content-Length), ``/big-stream`` (BIG_BYTES without one), ``/flaky`` (503, counted).
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
ENCODINGS = Path(__file__).resolve().parents[1] / "fixtures" / "encodings"
SLOW_SECONDS = 3.0
BIG_BYTES = 50_000
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class _Handler(BaseHTTPRequestHandler):
    hits: Counter = Counter()
    agents: list = []

    def do_GET(self):  # noqa: N802 - http.server's name
        self.hits[self.path] += 1
        self.agents.append(self.headers.get("User-Agent"))
        if self.path == "/robots.txt":
            self._send(200, ROBOTS, "text/plain")
        elif self.path in ("/news/summit.html", "/private/memo.html"):
            self._send(200, (INGEST / "pages" / "summit.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/news/korean.html":
            self._send(200, (ENCODINGS / "korean.euc-kr.labelled.html").read_bytes(), "text/html; charset=EUC-KR")
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, b"<html><body><p>late</p></body></html>", "text/html")
        elif self.path == "/big":
            self._send(200, b"<p>" + b"word " * (BIG_BYTES // 5) + b"</p>", "text/html")
        elif self.path == "/big-stream":
            self._send(200, b"<p>" + b"word " * (BIG_BYTES // 5) + b"</p>", "text/html", length=False)
        elif self.path == "/flaky":
            self._send(503, b"try later", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (size cap, timeout)
            pass

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture
def web():
    """The base URL of a local test server, e.g. ``http://127.0.0.1:54321``; ``web.hits`` counts requests per path."""
    _Handler.hits = Counter()
    _Handler.agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield _Web(base, _Handler.hits, _Handler.agents)
    server.shutdown()
    server.server_close()


class _Web(str):
    """The base URL, carrying the server's hit counter and the User-Agents it saw."""

    def __new__(cls, base: str, hits: Counter, agents: list):
        web = super().__new__(cls, base)
        web.hits = hits
        web.agents = agents
        return web
