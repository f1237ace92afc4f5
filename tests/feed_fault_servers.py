"""Loopback servers that misbehave on purpose: stacked codings, dripped headers, slow redirects."""

from __future__ import annotations

import gzip
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Answer = Callable[[BaseHTTPRequestHandler], None]


def encode(body: bytes, codings: list[str]) -> bytes:
    """`body` with each coding applied in order, as `Content-Encoding: a, b` promises."""
    for coding in codings:
        body = gzip.compress(body) if coding == "gzip" else zlib.compress(body)
    return body


def zeros_gzip(size: int) -> bytes:
    """Gzip of `size` zero bytes, made without holding them: full flushes make every 1 MiB
    block compress to the same bytes, so one block's output is repeated."""
    block = b"\0" * (1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    count, rest = divmod(size, len(block))
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(block[:rest], crc)
    tail = packer.compress(block[:rest]) + packer.flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    blocks = first + again * (count - 1) if count else b""
    return header + blocks + tail + trailer


class FaultServer:
    """Serves `routes[path](handler)` on 127.0.0.1; `closing` ends any drip in progress."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.scheme = "https" if tls else "http"
        self.routes: dict[str, Answer] = {}
        self.closing = threading.Event()
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                server.hits.append(path)
                answer = server.routes.get(path)
                try:
                    if answer is None:
                        send(self, 404, {"Content-Type": "text/plain"}, b"not found")
                    else:
                        answer(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def add(self, path: str, answer: Answer) -> str:
        self.routes[path] = answer
        return self.url(path)

    def close(self) -> None:
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes
) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def body(data: bytes, content_type: str = "application/rss+xml", **headers: str) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        send(handler, 200, {"Content-Type": content_type, **headers}, data)

    return answer


def coded(data: bytes, codings: list[str], content_type: str = "application/rss+xml") -> Answer:
    """`data` sent with the codings applied and named in `Content-Encoding`."""
    return body(encode(data, codings), content_type, **{"Content-Encoding": ", ".join(codings)})


def dripped(server: FaultServer, data: bytes, interval: float) -> Answer:
    """The whole answer, status line and headers included, one byte every `interval` seconds."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        raw = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
            + b"X-Padding: "
            + b"a" * 200
            + b"\r\n"
            + f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        for i in range(len(raw)):
            if server.closing.wait(interval):
                return
            handler.wfile.write(raw[i : i + 1])
            handler.wfile.flush()

    return answer


def slow_redirect(to: str, delay: float) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(delay)
        send(handler, 302, {"Location": to}, b"")

    return answer


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer()
    yield server
    server.close()
