"""How long `watcher run` takes to stop on SIGTERM: idle, and in the middle of a slow poll.

Run: .venv/bin/python benchmarks/bench_daemon_stop.py [--feeds 6] [--delay 1.0]

Serves `--feeds` feeds from a loopback server that waits `--delay` seconds before each answer,
with `concurrency = 1`, so one poll takes about feeds x delay seconds. Starts the daemon as a
subprocess three times and prints, from this one run:

1. the time from SIGTERM to exit while idle;
2. the time from SIGTERM to exit when it arrives just after the first feed of a poll is done
   (the poll stops after the feed it is on);
3. the time a whole poll takes, and the ratio of (3) to (2): how much sooner the daemon stops
   than if it waited for the poll to finish.
"""

from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench {n}</title>'
    "<link>http://127.0.0.1/</link><description>bench</description>"
    "<item><guid>g{n}</guid><title>Item {n}</title><link>http://127.0.0.1/{n}</link>"
    "<description>Ukraine's future is in NATO, allies said in statement {n}.</description>"
    "</item></channel></rss>"
)


def serve(delay: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            time.sleep(delay)
            n = re.sub(r"\D", "", self.path) or "0"
            body = FEED.format(n=n).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_config(folder: Path, port: int, feeds: int, poll_minutes: float) -> Path:
    lines = [
        f'data_dir = "{folder / "data"}"',
        f'baseline = "{ROOT / "baselines" / "claims.json"}"',
        "allow_private_links = true",
        "concurrency = 1",
    ]
    for n in range(feeds):
        lines += ["[[feeds]]", f'url = "http://127.0.0.1:{port}/feed{n}.xml"']
    lines += ["[schedule]", f"poll_minutes = {poll_minutes}", 'timezone = "UTC"']
    path = folder / "watcher.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def wait_log(log: Path, pattern: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if re.search(pattern, log.read_text(errors="replace")):
            return
        time.sleep(0.01)
    raise SystemExit(f"timed out waiting for {pattern!r}:\n{log.read_text()[-2000:]}")


def daemon(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "watcher", "run", "--config", str(config)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


def stop_seconds(proc: subprocess.Popen[bytes]) -> float:
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    proc.wait(300)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=6)
    parser.add_argument("--delay", type=float, default=1.0)
    args = parser.parse_args()
    server = serve(args.delay)
    port = server.server_address[1]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "idle"
        folder.mkdir()
        config = write_config(folder, port, 0, 60)
        log = folder / "daemon.log"
        proc = daemon(config, log)
        wait_log(log, "daemon started")
        idle = stop_seconds(proc)

        folder = Path(tmp) / "cut"
        folder.mkdir()
        config = write_config(folder, port, args.feeds, 60)
        log = folder / "daemon.log"
        proc = daemon(config, log)
        wait_log(log, r"feed done feed=\S+/feed0\.xml")
        cut = stop_seconds(proc)
        assert "poll cut short" in log.read_text()

        folder = Path(tmp) / "whole"
        folder.mkdir()
        config = write_config(folder, port, args.feeds, 60)
        log = folder / "daemon.log"
        proc = daemon(config, log)
        wait_log(log, "check started")
        began = time.monotonic()
        wait_log(log, "poll finished", timeout=args.feeds * args.delay * 4 + 60)
        whole = time.monotonic() - began
        stop_seconds(proc)

    server.shutdown()
    print(f"feeds: {args.feeds}, delay per feed: {args.delay:.2f} s, concurrency 1")
    print(f"stop while idle:                  {idle:6.2f} s")
    print(f"stop during a poll (after feed 1): {cut:6.2f} s")
    print(f"one whole poll:                   {whole:6.2f} s")
    print(f"whole poll / stop during a poll:  {whole / cut:6.1f}x")


if __name__ == "__main__":
    main()
