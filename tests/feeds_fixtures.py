"""A real loopback HTTP server for feed tests: routes with bodies, headers, delays and redirects."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.pg_fixtures import database_toml


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/xml"})
    delay: float = 0.0
    gate: threading.Event | None = None  # when set, answers wait until it opens (60 s at most)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    redirect_to: str | None = None


class _Server(ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True


class FeedServer:
    """Serves `routes` on 127.0.0.1 and records every request's headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.httpd = _Server(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [h for p, h in self.requests if p == path]

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, headers))

    def enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            server.enter()
            try:
                self._answer()
            finally:
                server.leave()

        def _answer(self) -> None:
            path = self.path.split("?")[0]
            server.record(path, {k.lower(): v for k, v in self.headers.items()})
            route = server.routes.get(path)
            if route is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.gate is not None:
                route.gate.wait(60)
            if route.redirect_to is not None:
                self._send(302, {"Location": route.redirect_to}, b"")
                return
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self._send(304, {"ETag": route.etag}, b"")
                return
            if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                self._send(304, {}, b"")
                return
            headers = dict(route.headers)
            body = route.body
            if route.gzip:
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            if route.etag:
                headers["ETag"] = route.etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            self._send(route.status, headers, body)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A fresh loopback feed server per test."""
    server = FeedServer()
    yield server
    server.close()


def http_date(seconds: float = 1_700_000_000) -> str:
    return formatdate(seconds, usegmt=True)


def rss(*items: tuple[str, str, str], title: str = "Test feed") -> bytes:
    """A small RSS 2.0 document; items are (guid, title, description-html)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<rss version="2.0"><channel><title>{title}</title><link>http://example.org/</link>',
    ]
    for guid, item_title, description in items:
        parts.append(
            f"<item><guid>{guid}</guid><title>{item_title}</title>"
            f"<link>https://example.org/{guid}</link>"
            f"<pubDate>Mon, 24 Nov 2025 08:00:00 GMT</pubDate>"
            f"<description><![CDATA[{description}]]></description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def baseline_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed baseline, or one built from the seeds when it is not committed yet."""
    committed = ROOT / "baselines" / "claims.json"
    if committed.exists():
        return committed
    from watcher.baseline.build import build_file

    out = tmp_path_factory.mktemp("baseline") / "claims.json"
    build_file(ROOT / "seeds", out)
    return out


def write_config(
    tmp_path: Path,
    baseline: Path,
    feeds: list[tuple[str, str]] | list[tuple[str, str, bool]],
    **settings: object,
) -> Path:
    """A watcher.toml in tmp_path with data_dir in tmp_path and the given feeds."""
    lines = [f'data_dir = "{tmp_path / "data"}"', f'baseline = "{baseline}"']
    lines += database_toml().splitlines()
    for key, value in settings.items():
        lines.append(f"{key} = {json.dumps(value)}")
    for feed in feeds:
        name, url = feed[0], feed[1]
        full_text = len(feed) > 2 and feed[2]
        lines += ["[[feeds]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}"]
        if full_text:
            lines.append("full_text = true")
    path = tmp_path / "watcher.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
