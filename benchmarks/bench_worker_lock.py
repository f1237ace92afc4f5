"""What share of a worker's time is spent inside the findings lock, with 1, 2 and 4 workers.

Run: .venv/bin/python benchmarks/bench_worker_lock.py [--feeds 200] [--entries 6] [--on-topic 0.2]
     [--workers 1 2 4]

Starts a throwaway PostgreSQL cluster (Debian's postgresql binaries), serves `--feeds` RSS feeds
from a loopback server, each with `--entries` entries of five statements drawn from the
labelled ones in ../shared/eval/dev.jsonl (on topic with probability `--on-topic`, else off
topic: findings, retellings and noise),
queues one job per feed and runs `watcher worker --burst` processes on a fresh database for each
worker count. Each worker logs its totals when it stops; this prints, summed over the workers:
job time, time judging outside the lock, time waiting for the lock, time holding it, the share
of job time held, and the wall time and feeds per second.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_fixtures import _start, _stop, postgres_bindir

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK = (
    "NATO allies agreed to invite Ukraine to join the alliance at the summit in 2027.",
    "Hungary announced it will block Ukraine's accession talks with NATO.",
    "Allies promised in 2008 that Ukraine would one day become a member of NATO.",
    "The weather in Brussels was mild on Tuesday, with light rain in the afternoon.",
    "The museum reopened its east wing after a renovation that lasted months.",
)
STOPPED = re.compile(r"worker stopped.*")
FIELD = re.compile(r"(\w+)=([\d.]+)")


def sentences() -> tuple[list[str], list[str]]:
    """On-topic and off-topic statements."""
    if not DEV.exists():
        return list(FALLBACK[:3]), list(FALLBACK[3:])
    on, off = [], []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            (off if row["label"] == "irrelevant" else on).append(row["text"])
    return on, off


def make_feeds(count: int, entries: int, seed: int, on_share: float) -> dict[str, bytes]:
    """Feeds whose entries are five statements each, on topic with probability `on_share`."""
    on, off = sentences()
    rng = random.Random(seed)
    feeds: dict[str, bytes] = {}
    for i in range(count):
        items = []
        for j in range(entries):
            text = " ".join(rng.choice(on if rng.random() < on_share else off) for _ in range(5))
            items.append(
                f"<item><guid>f{i}e{j}</guid><title>Entry {j}</title>"
                f"<link>https://example.org/{i}/{j}</link>"
                f"<description>{escape(text)}</description></item>"
            )
        feeds[f"/f{i}.xml"] = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Outlet {i}</title><link>https://example.org/</link>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()
    return feeds


def serve(feeds: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = feeds.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_config(folder: Path, database: str, base: str, paths: list[str]) -> Path:
    lines = [
        f'data_dir = "{folder / "data"}"',
        f'database = "{database}"',
        "allow_private_links = true",
        'log_level = "info"',
        "[tasks]",
        'engine = "procrastinate"',
    ]
    for path in paths:
        lines += ["[[feeds]]", f'url = "{base}{path}"']
    config = folder / "watcher.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def run(workers: int, database: str, folder: Path, base: str, paths: list[str]) -> dict[str, float]:
    folder.mkdir()
    config = write_config(folder, database, base, paths)
    watcher = [sys.executable, "-m", "watcher"]
    subprocess.run([*watcher, "enqueue", "--config", str(config)], cwd=ROOT, check=True)
    began = time.perf_counter()
    procs = [
        subprocess.Popen(
            [*watcher, "worker", "--config", str(config), "--burst"],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    totals: dict[str, float] = {}
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(err[-3000:])
        line = STOPPED.search(err)
        assert line, err[-2000:]
        for key, value in FIELD.findall(line.group(0)):
            totals[key] = totals.get(key, 0.0) + float(value)
    totals["wall"] = time.perf_counter() - began
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=6)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument(
        "--on-topic", type=float, default=0.2, help="share of statements on topic (0.2)"
    )
    args = parser.parse_args()
    bindir = postgres_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed: apt-get install postgresql")
    feeds = make_feeds(args.feeds, args.entries, args.seed, args.on_topic)
    server = serve(feeds)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    cluster = _start(bindir)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            print(
                f"{args.feeds} feeds x {args.entries} entries, {args.on_topic:.0%} of statements "
                "on topic; times summed over the workers (s)"
            )
            print(
                "workers  jobs  locked  job-time  judging  lock-wait  lock-held  held-share  "
                "wall  feeds/s"
            )
            for count in args.workers:
                t = run(
                    count, cluster.create_database(), Path(tmp) / f"w{count}", base, list(feeds)
                )
                print(
                    f"{count:7d}  {t['jobs']:4.0f}  {t['locked_jobs']:6.0f}  {t['seconds']:8.2f}  "
                    f"{t['judging']:7.2f}  "
                    f"{t['lock_wait']:9.2f}  {t['lock_held']:9.2f}  "
                    f"{t['lock_held'] / t['seconds']:10.1%}  {t['wall']:4.1f}  "
                    f"{args.feeds / t['wall']:7.1f}"
                )
    finally:
        _stop(cluster)
        server.shutdown()


if __name__ == "__main__":
    main()
