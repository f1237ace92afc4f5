"""How long a heavy day's digest takes to make, and what it weighs: 200 findings, 1-10 sources each.

Run: .venv/bin/python benchmarks/bench_digest.py [--findings 200] [--repeat 5]

Fills a fresh SQLite file through the schema's tables, then times (median of --repeat) what
`watcher digest --preview` does: collect the unsent findings, render both parts, inline the CSS
and build the message. Also times the CSS inlining alone, and one `--send` to a loopback
aiosmtpd server. Prints each time, its ratio to the 1 s target, and the message size.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller

from watcher import (
    config,
    render,
)
from watcher.digest import compose as digestview
from watcher.digest.run import run_digest
from watcher.store.schema import finding_sources, findings, open_database, runs

TARGET_SECONDS = 1.0
STATUSES = ["contradicted", "changed", "new"]
WORDS = (
    "Ukraine NATO membership invitation Vilnius Washington summit allies guarantees path "
    "irreversible accession Zelensky ceasefire neutrality constitution Bucharest promise"
).split()
NOW = datetime(2026, 11, 22, 5, 0, tzinfo=UTC)


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."


def generate(folder: Path, n: int, port: int, seed: int = 7) -> config.Config:
    """A database with one run and `n` unsent findings; returns a config pointing at it."""
    rng = random.Random(seed)
    cfg = config.from_mapping(
        {
            "data_dir": str(folder),
            "email": {
                "to": ["analyst@example.org"],
                "host": "127.0.0.1",
                "port": port,
                "starttls": False,
                "base_url": "https://watcher.example",
            },
        },
        folder,
    )
    engine = open_database(cfg.database_url)
    seen = NOW - timedelta(hours=12)
    with engine.begin() as conn:
        conn.execute(
            runs.insert().values(id="r1", started_at=seen, state="ok", counts={}, feeds=[])
        )
        finding_rows, source_rows = [], []
        for i in range(n):
            text, base = sentence(rng), sentence(rng)
            finding_rows.append(
                {
                    "id": f"f-{i:012d}",
                    "status": rng.choice(STATUSES),
                    "text": text,
                    "cue": "31 -> 32",
                    "score": 0.7,
                    "baseline_id": "c-1",
                    "baseline_text": base,
                    "baseline_source": "Foreign Policy, July 2023",
                    "diff": [[-1, base], [1, text]],
                    "run_id": "r1",
                    "first_seen": seen,
                    "last_seen": seen,
                    "source_count": 1,
                }
            )
            for j in range(rng.randint(1, 10)):
                source_rows.append(
                    {
                        "finding_id": f"f-{i:012d}",
                        "run_id": "r1",
                        "feed_url": f"https://feed{j}.example/rss",
                        "entry_key": f"e-{i}-{j}",
                        "outlet": f"Outlet {j}",
                        "url": f"https://outlet{j}.example/{i}",
                        "title": sentence(rng)[:80],
                        "published": seen,
                        "seen_at": seen,
                    }
                )
        conn.execute(findings.insert(), finding_rows)
        conn.execute(finding_sources.insert(), source_rows)
    engine.close()
    return cfg


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class Sink:
    """Accepts every message and counts them."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.count += 1
        return "250 OK"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--findings", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sink = Sink()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            cfg = generate(folder, args.findings, port)
            preview = folder / "preview"
            make = median_seconds(
                lambda: run_digest(cfg, send=False, preview_dir=preview, now=NOW), args.repeat
            )
            page = next(preview.glob("*.html"))
            size = next(preview.glob("*.eml")).stat().st_size
            raw_html = page.read_text(encoding="utf-8")
            inline = median_seconds(lambda: digestview.inline_css(raw_html), args.repeat)
            render.environment()
            start = time.perf_counter()
            sent = run_digest(cfg, send=True, now=NOW)
            send_seconds = time.perf_counter() - start
            assert sent.sent and sink.count == 1, sent
    finally:
        controller.stop()
    print(f"digest of {args.findings} findings (median of {args.repeat})")
    print(
        f"  collect + render + inline + message: {make * 1000:8.1f} ms  "
        f"ratio to {TARGET_SECONDS:.0f} s target: {make / TARGET_SECONDS:.3f}"
    )
    print(
        f"  CSS inlining alone:                   {inline * 1000:8.1f} ms  "
        f"share of the above: {inline / make:.2f}"
    )
    print(
        f"  --send to loopback aiosmtpd (once):   {send_seconds * 1000:8.1f} ms  "
        f"ratio to {TARGET_SECONDS:.0f} s target: {send_seconds / TARGET_SECONDS:.3f}"
    )
    print(
        f"  message size: {size / 1024:.0f} KiB ({size / args.findings / 1024:.1f} KiB per finding);"
        f" HTML part {len(raw_html.encode()) / args.findings / 1024:.1f} KiB per finding"
    )


if __name__ == "__main__":
    main()
