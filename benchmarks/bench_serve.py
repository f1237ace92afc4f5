"""`watcher serve` under load: many requests from many concurrent clients on loopback.

Run: .venv/bin/python benchmarks/bench_serve.py [--requests 2000] [--concurrency 50]
     [--days 30] [--deadline 300]

Builds a small archive (`--days` daily runs), starts `watcher serve --port 0` as a subprocess,
and sends `--requests` GETs over `--concurrency` client threads, each on a new connection,
cycling through the index, the findings view (filtered and not), a finding, a run and the Atom
feed. Then it does the same against the same pages behind the standard library's threading
server with its default listen backlog of 5 (what `watcher serve` used before), so the figures
compare as ratios from one run on one machine. Prints p50, p99 and max latency, errors, and
the ratios. Each request times out after 30 s and the whole run stops at `--deadline` seconds.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.archive_fixtures import build_archive
from watcher.archive.web import ArchiveApp
from watcher.store.schema import open_database

REQUEST_TIMEOUT = 30.0


def paths_for(run_ids: list[str]) -> list[str]:
    """The pages a reader asks for, in the order clients cycle through them."""
    return [
        "/",
        "/findings",
        "/findings?status=contradicted",
        f"/runs/{run_ids[0]}",
        "/findings?q=NATO&since=2026-11-21",
        f"/findings/contra-{run_ids[-1][-6:]}",
        "/feed.atom",
        "/static/watcher.css",
    ]


def one_request(port: int, path: str) -> tuple[float, int]:
    """Seconds for one GET on a fresh connection, and its status (0 for a failure)."""
    start = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            status = response.status
        finally:
            conn.close()
    except OSError:
        status = 0
    return time.perf_counter() - start, status


def load(
    port: int, paths: list[str], n: int, concurrency: int, deadline: float
) -> dict[str, float]:
    """Send n requests over `concurrency` threads; latency percentiles and error count."""
    stop_at = time.monotonic() + deadline

    def task(i: int) -> tuple[float, int]:
        if time.monotonic() > stop_at:
            return 0.0, -1
        return one_request(port, paths[i % len(paths)])

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(task, range(n)))
    wall = time.perf_counter() - began
    done = sorted(t for t, s in results if s != -1)
    cuts = statistics.quantiles(done, n=100, method="inclusive") if len(done) > 1 else [0.0] * 99
    return {
        "sent": float(len(done)),
        "errors": float(sum(1 for _, s in results if s not in (200, -1))),
        "p50": cuts[49],
        "p99": cuts[98],
        "max": done[-1] if done else 0.0,
        "rps": len(done) / wall if wall else 0.0,
    }


def serve_stdlib(config_path: Path) -> None:
    """The same pages behind ThreadingHTTPServer (backlog 5, a thread per connection)."""
    from watcher import config as config_mod

    cfg = config_mod.load(config_path)
    app = ArchiveApp(cfg, open_database(cfg.database_url))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            response = app.respond("GET", self.path)
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    print(f"http://127.0.0.1:{server.server_address[1]}/", flush=True)
    server.serve_forever()


def start(command: list[str]) -> tuple[subprocess.Popen[str], int]:
    """A server subprocess that prints its URL first; returns it and its port."""
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    match = re.search(r":(\d+)/", proc.stdout.readline())
    if not match:
        proc.kill()
        raise SystemExit(f"{command} did not start")
    return proc, int(match.group(1))


def measure(command: list[str], paths: list[str], args: argparse.Namespace) -> dict[str, float]:
    """Start the server, load it, stop it."""
    proc, port = start(command)
    try:
        one_request(port, "/")
        return load(port, paths, args.requests, args.concurrency, args.deadline)
    finally:
        proc.terminate()
        proc.wait(10)


def show(name: str, r: dict[str, float]) -> None:
    print(
        f"{name:<34} sent {int(r['sent']):>5}  errors {int(r['errors']):>3}  "
        f"p50 {r['p50'] * 1000:7.1f} ms  p99 {r['p99'] * 1000:7.1f} ms  "
        f"max {r['max'] * 1000:7.1f} ms  {r['rps']:6.0f} req/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--deadline", type=float, default=300.0)
    parser.add_argument("--no-compare", action="store_true", help="skip the stdlib server")
    parser.add_argument("--serve-stdlib", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_stdlib:
        serve_stdlib(args.serve_stdlib)
        return

    with tempfile.TemporaryDirectory() as tmp:
        config, _engine, reports = build_archive(Path(tmp), days=args.days)
        config_path = Path(tmp) / "watcher.toml"
        paths = paths_for([r.run_id for r in reports])
        print(
            f"{args.requests} GETs, {args.concurrency} concurrent, new connection each, "
            f"{args.days} runs / {3 * args.days} findings, {os.cpu_count()} CPUs"
        )
        ours = measure(
            [sys.executable, "-m", "watcher", "serve", "--config", str(config_path)]
            + ["--port", "0"],
            paths,
            args,
        )
        show("watcher serve (waitress)", ours)
        if args.no_compare:
            return
        old = measure([sys.executable, __file__, "--serve-stdlib", str(config_path)], paths, args)
        show("stdlib ThreadingHTTPServer, backlog 5", old)
        for key in ("p50", "p99", "max"):
            ratio = ours[key] / old[key] if old[key] else float("nan")
            print(f"ratio {key} watcher serve / stdlib: {ratio:.2f}")


if __name__ == "__main__":
    main()
