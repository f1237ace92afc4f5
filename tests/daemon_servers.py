"""Real servers and a real `watcher run` subprocess for the daemon's end-to-end tests."""

from __future__ import annotations

import os
import pickle
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from watcher.store.jobs import jobs_table
from watcher.store.schema import feeds as feeds_table
from watcher.store.schema import open_database

ROOT = Path(__file__).resolve().parent.parent


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """A small RSS 2.0 document; items are (guid, title, description)."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{t}</title><link>http://127.0.0.1/{guid}</link>"
        f"<pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate><description>{d}</description></item>"
        for guid, t, d in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://127.0.0.1/</link><description>test</description>{body}</channel></rss>"
    ).encode()


@dataclass
class FeedServer:
    """Feeds on loopback: `/NAME.xml` serves `feeds[NAME]` after `delays[NAME]` seconds."""

    feeds: dict[str, bytes] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    port: int = 0

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}.xml"


def serve_feeds() -> Iterator[FeedServer]:
    """A `FeedServer` running in a thread until the generator is closed."""
    state = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            name = self.path.strip("/").removesuffix(".xml")
            delay = state.delays.get(name, 0)
            state.hits.append(name)
            time.sleep(delay)
            body = state.feeds.get(name)
            if body is None:
                self.send_error(404)
                return
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the daemon was killed while waiting

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, _server: object, _session: object, envelope: object) -> str:  # noqa: N802
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


@dataclass
class SmtpServer:
    inbox: _Inbox
    port: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve_smtp() -> Iterator[SmtpServer]:
    """An aiosmtpd server on loopback that keeps every message it accepts."""
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpServer(inbox, port)
    controller.stop()


class Daemon:
    """`python -m watcher run` as a child process, its stderr in a file."""

    def __init__(self, config_path: Path, log_path: Path) -> None:
        self.config_path = config_path
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Daemon:
        self.log_path.write_text("")
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "watcher", "run", "--config", str(self.config_path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self.wait_log("daemon started", timeout=30)
        return self

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, pattern: str, *, count: int = 1, timeout: float = 30) -> None:
        wait_for(
            lambda: len(re.findall(pattern, self.log())) >= count,
            timeout,
            f"{count}x {pattern!r} in the daemon's log",
            self,
        )

    def send(self, signum: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(signum)

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 30) -> int:
        assert self.proc is not None
        self.proc.send_signal(signum)
        try:
            return self.proc.wait(timeout)
        finally:
            self._log.close()

    def kill_if_running(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        if self.proc is not None:
            self._log.close()


def wait_for(
    predicate: Callable[[], bool], timeout: float, what: str, daemon: Daemon | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if daemon is not None and daemon.proc is not None and daemon.proc.poll() is not None:
            raise AssertionError(f"daemon exited ({daemon.proc.returncode}):\n{daemon.log()}")
        time.sleep(0.05)
    tail = daemon.log()[-3000:] if daemon else ""
    raise AssertionError(f"timed out waiting for {what}\n{tail}")


def make_feeds_due(database_url: str, when: datetime) -> None:
    """Make every stored feed due again at `when`, as if its interval had passed."""
    engine = open_database(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(update(feeds_table).values(next_due_at=when))
    finally:
        engine.close()


def move_stored_run(database_url: str, job_id: str, when: datetime) -> None:
    """Make a stored job's next run time `when`, in both places the job store keeps it."""
    engine = open_database(database_url)
    try:
        with engine.begin() as conn:
            blob = conn.execute(
                select(jobs_table.c.job_state).where(jobs_table.c.id == job_id)
            ).scalar_one()
            state = pickle.loads(blob)
            state["next_run_time"] = when.astimezone(state["next_run_time"].tzinfo)
            conn.execute(
                update(jobs_table)
                .where(jobs_table.c.id == job_id)
                .values(next_run_time=when.timestamp(), job_state=pickle.dumps(state))
            )
    finally:
        engine.close()
