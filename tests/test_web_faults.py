"""`watcher serve` against hostile clients: idle and slow sockets, crowds, links out, odd filters."""

from __future__ import annotations

import http.client
import logging
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.archive_fixtures import build_archive
from watcher.archive.web import ArchiveServer, ServeLimits, make_server
from watcher.cli import main
from watcher.config import Config

ROOT = Path(__file__).resolve().parent.parent
IDLE_TIMEOUT = 1
THREADS = 4


@dataclass
class Live:
    config: Config
    server: ArchiveServer
    port: int
    outside: Path

    def get(self, path: str, timeout: float = 10) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            conn.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    tmp = tmp_path_factory.mktemp("faults")
    config, _engine, _reports = build_archive(tmp / "site", days=2)
    reports = config.reports_dir
    outbox = reports / "outbox"
    outbox.mkdir(parents=True, exist_ok=True)
    (outbox / "digest.html").write_text("PRIVATE-DIGEST to analyst@example.org")
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "secret.html").write_text("SECRET-OUTSIDE-REPORTS")
    (outside / "secret.json").write_text('{"secret": "SECRET-OUTSIDE-REPORTS"}')
    # Links someone else put under reports/: to the outbox, out of the tree, and one inside.
    (reports / "digest.html").symlink_to(outbox / "digest.html")
    (reports / "mail").symlink_to(outbox, target_is_directory=True)
    (reports / "elsewhere").symlink_to(outside, target_is_directory=True)
    (reports / "secret.json").symlink_to(outside / "secret.json")
    (reports / "etc.html").symlink_to("/etc/hostname")
    first = next((reports / "2026" / "11" / "20").glob("*.html"))
    (reports / "latest.html").symlink_to(first)
    limits = ServeLimits(threads=THREADS, idle_timeout=IDLE_TIMEOUT, cleanup_interval=1)
    server = make_server(config, "127.0.0.1", 0, limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Live(config, server, server.server_address[1], outside)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    """Whether the server closes this socket (EOF or reset) before `within` seconds pass."""
    sock.settimeout(within)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return True


def test_idle_and_stalled_clients_are_dropped_and_never_block_others(live: Live) -> None:
    idle = [socket.create_connection(("127.0.0.1", live.port)) for _ in range(THREADS * 5)]
    stalled = []
    for _ in range(THREADS * 2):
        sock = socket.create_connection(("127.0.0.1", live.port))
        sock.sendall(b"GET /findings HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        stalled.append(sock)
    try:
        # Far more quiet sockets than workers, and still every real request is answered.
        for path in ("/", "/findings", "/feed.atom", "/baseline") * 3:
            assert live.get(path, timeout=5)[0] == 200
        # Then each quiet socket is closed by the server, not left to pin anything.
        deadline = IDLE_TIMEOUT + 8
        assert all(_closed_by_server(s, deadline) for s in idle + stalled)
        assert live.get("/")[0] == 200
    finally:
        for sock in idle + stalled:
            sock.close()


def test_many_concurrent_clients_all_get_answers(
    live: Live, caplog: pytest.LogCaptureFixture
) -> None:
    paths = ["/", "/findings", "/findings?status=new", "/feed.atom", "/baseline"] * 40

    with caplog.at_level(logging.DEBUG), ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda p: live.get(p, timeout=30)[0], paths))

    assert statuses == [200] * len(paths)
    # Requests queue for the workers by design; that is no warning for the operator.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_the_listen_backlog_is_deep(live: Live) -> None:
    if shutil.which("ss") is None:
        pytest.skip("needs ss(8) to read the listen queue size")
    out = subprocess.run(
        ["ss", "-ltnH", f"sport = :{live.port}"], capture_output=True, text=True, check=True
    ).stdout.split()
    somaxconn = int(Path("/proc/sys/net/core/somaxconn").read_text())
    assert out[0] == "LISTEN"
    assert int(out[2]) >= min(512, somaxconn)


@pytest.mark.parametrize(
    "path",
    [
        "/digest.html",
        "/mail/digest.html",
        "/elsewhere/secret.html",
        "/secret.json",
        "/etc.html",
        "/latest.html",
        "/%65lsewhere/secret.html",
        "/elsewhere/./secret.html",
    ],
)
def test_symlinks_under_reports_are_never_followed(live: Live, path: str) -> None:
    status, body = live.get(path)

    assert status == 404
    assert "SECRET-OUTSIDE-REPORTS" not in body and "PRIVATE-DIGEST" not in body


def test_real_files_next_to_the_links_are_still_served(live: Live) -> None:
    first = next((live.config.reports_dir / "2026" / "11" / "20").glob("*.html"))
    status, body = live.get(f"/2026/11/20/{first.name}")
    assert status == 200 and "Run of" in body


HOSTILE_VALUES = [
    "9999-12-31",
    "0001-01-01",
    "10000-01-01",
    "2026-02-30",
    "2026-13-01",
    "-1",
    "1e999",
    "nan",
    "2026-11-20T00:00:00+99:00",
    "%00",
    "%ED%A0%80",  # a lone surrogate, UTF-8 encoded
    "%FF%FE",
    "%1B%5B2J",
    "x" * 5000,
    "%25%5F%5C",
    "'; DROP TABLE findings; --",
    "%E2%80%AE",
    "99999999999999999999999",
]


@pytest.mark.parametrize("name", ["since", "until", "status", "outlet", "q", "page"])
@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_filter_values_are_never_a_server_error(live: Live, name: str, value: str) -> None:
    raw = value if value.startswith("%") else quote(value, safe="")
    status, body = live.get(f"/findings?{name}={raw}")

    assert status in (200, 400), body[:300]
    if status == 400:
        message = body.split('<p class="error" role="alert">', 1)[1].split("</p>", 1)[0]
        assert "\n" not in message.strip() and len(message) < 400


def test_the_last_possible_day_is_no_upper_bound(live: Live) -> None:
    assert live.get("/findings?until=9999-12-31")[0] == 200
    everything = live.get("/findings")[1]
    assert "6 findings" in everything and "6 findings" in live.get("/findings?until=9999-12-31")[1]


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_serve_on_an_impossible_port_is_one_line_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], port: str
) -> None:
    build_archive(tmp_path, days=1)

    code = main(["serve", "--config", str(tmp_path / "watcher.toml"), "--port", port])

    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "0 to 65535" in err and "--port" in err


def test_serve_subprocess_answers_and_stops_on_interrupt(tmp_path: Path) -> None:
    build_archive(tmp_path, days=1)
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "serve", "--config", str(tmp_path / "watcher.toml")]
        + ["--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        port = int(line.rsplit(":", 1)[1].split("/")[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(subprocess.signal.SIGINT)
        # A shared machine may lend the server's core to others for seconds: the wait is for a
        # stop, not a measure of how fast it stops.
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()  # a failed wait leaves no open pipe behind to warn about
    assert proc.returncode == 0
    assert "Traceback" not in err


def test_a_broken_page_is_a_500_and_the_server_keeps_serving(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("watcher.archive.web.render_baseline", broken)
    assert live.get("/baseline")[0] == 500
    monkeypatch.undo()
    assert live.get("/baseline")[0] == 200


@pytest.mark.parametrize("host", ["999.1.1.1", "", "not a host"])
def test_serve_on_an_impossible_host_is_one_line_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], host: str
) -> None:
    build_archive(tmp_path, days=1)

    code = main(["serve", "--config", str(tmp_path / "watcher.toml"), "--host", host])

    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "cannot listen on" in err and "--host" in err


TRAVERSAL = [
    "/../secret.html",
    "/%2e%2e/secret.html",
    "/%2E%2E/secret.html",
    "/.%2e/secret.html",
    "/%2e./secret.html",
    "/2026/../../secret.html",
    "/2026/%2e%2e/%2e%2e/secret.html",
    "/..%2fsecret.html",
    "/..%2Fsecret.html",
    "/%2e%2e%2fsecret.html",
    "/..%5csecret.html",
    "/%2e%2e%5csecret.html",
    "/..\\secret.html",
    "/%252e%252e/secret.html",
    "/%c0%ae%c0%ae/secret.html",
    "/%c0%af../secret.html",
    "/....//secret.html",
    "/..;/secret.html",
    "/.%00./secret.html",
    "/secret.html%00.html",
    "/outbox/digest.eml",
    "/outbox/digest.html",
    "/%6futbox/digest.html",
    "/./outbox/digest.html",
    "/2026/../outbox/digest.html",
    "//outbox/digest.html",
    "/outbox%2fdigest.html",
    "/.hidden.html",
    "/2026/.hidden.json",
    "/static/..%2f..%2fweb.py",
    "/static/%2e%2e/%2e%2e/archive/web.py",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/etc/passwd",
    "http://127.0.0.1/../secret.html",
    "/runs/..%2f..%2fsecret",
    "/findings/..%2f..%2fsecret",
    "/findings/%2e%2e",
    "/2026/11/20/..%2f..%2f..%2f..%2fsecret.html",
    "/index.html/../../secret.html",
    "/feed.atom/..%2f..%2fsecret.html",
    "/2026/11/20/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.html",
]


def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """One request sent byte for byte, so no client library tidies the target first."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data


@pytest.fixture(scope="module")
def secrets(live: Live) -> Live:
    """Private files beside and above reports/, and in its outbox."""
    reports = live.config.reports_dir
    for folder in (reports.parent, reports.parent.parent, reports.parent.parent.parent):
        (folder / "secret.html").write_text("SECRET-OUTSIDE-REPORTS")
    (reports / "outbox" / "digest.eml").write_text("PRIVATE-DIGEST")
    (reports / ".hidden.html").write_text("SECRET-OUTSIDE-REPORTS")
    return live


def test_there_are_42_traversal_paths() -> None:
    assert len(set(TRAVERSAL)) == 42


@pytest.mark.parametrize("target", TRAVERSAL)
def test_traversal_paths_never_leave_reports(secrets: Live, target: str) -> None:
    status, data = _raw_get(secrets.port, target)

    assert status == 404, data[:200]
    assert b"SECRET-OUTSIDE-REPORTS" not in data and b"PRIVATE-DIGEST" not in data
    assert b"root:" not in data and b"def " not in data
