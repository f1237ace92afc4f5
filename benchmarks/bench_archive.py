"""How fast the archive's pages are over a large archive: 3,000 runs and 50,000 findings.

Run: .venv/bin/python benchmarks/bench_archive.py [--runs 3000] [--findings 50000] [--repeat 5]

Generates the runs, findings and their sources into a fresh SQLite file through the schema's
tables, then times (median of --repeat) what `watcher serve` and `archive.publish` do: the
served index page, filtered findings pages, a finding's page, the static index of every run
and the Atom feed. Prints each time and its ratio to the 1 s target, all from this one run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watcher import config
from watcher.archive import publish as archive
from watcher.archive.web import ArchiveApp
from watcher.store.schema import finding_sources, findings, open_database, runs

TARGET_SECONDS = 1.0
OUTLETS = [f"Outlet {i}" for i in range(60)] + ["Reuters", "BBC", "Kyiv Independent", "DW"]
STATUSES = ["contradicted", "changed", "new"]
WORDS = (
    "Ukraine NATO membership invitation Vilnius Washington summit allies guarantees path "
    "irreversible accession Zelensky ceasefire neutrality constitution Bucharest promise "
    "Sweden Finland Hungary Turkey veto ratified bridge Article five"
).split()


def generate(path: Path, n_runs: int, n_findings: int, seed: int = 7) -> config.Config:
    """Fill a fresh archive database; returns a config pointing at it."""
    rng = random.Random(seed)
    (path / "watcher.toml").write_text('data_dir = "."\nfeeds = []\n', encoding="utf-8")
    cfg = config.load(path / "watcher.toml")
    engine = open_database(cfg.database_url)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    run_rows, finding_rows, source_rows = [], [], []
    per_run = n_findings // n_runs
    extra = n_findings - per_run * n_runs
    k = 0
    for r in range(n_runs):
        started = start + timedelta(hours=6 * r)
        run_id = f"{started:%Y%m%dT%H%M%SZ}-{r:06x}"
        count = per_run + (1 if r < extra else 0)
        statuses = [rng.choice(STATUSES) for _ in range(count)]
        counts = {s: statuses.count(s) for s in STATUSES} | {"known": rng.randint(0, 30)}
        failed = rng.random() < 0.1
        run_rows.append(
            {
                "id": run_id,
                "started_at": started,
                "finished_at": started + timedelta(seconds=40),
                "state": "ok",
                "trigger": "schedule",
                "counts": counts,
                "feeds": [{"url": "https://x.example/rss", "name": "X", "state": "ok"}]
                + (
                    [{"url": "https://y.example/rss", "name": "Y", "state": "error"}]
                    if failed
                    else []
                ),
                "entries_read": rng.randint(20, 200),
                "entries_processed": rng.randint(0, 40),
                "findings_new": count,
                "report_path": "",
            }
        )
        for status in statuses:
            fid = f"f-{k:08x}"
            k += 1
            text = " ".join(rng.choice(WORDS) for _ in range(18)) + "."
            finding_rows.append(
                {
                    "id": fid,
                    "status": status,
                    "text": text,
                    "cue": "benchmark cue",
                    "score": rng.random(),
                    "baseline_id": "c-0001",
                    "baseline_text": "Ukraine's future is in NATO.",
                    "baseline_source": "Foreign Policy, July 2023",
                    "diff": [[-1, "future is in"], [1, "will never join"], [0, " NATO."]],
                    "run_id": run_id,
                    "first_seen": started,
                    "last_seen": started,
                    "source_count": 1,
                    "digest_id": None,
                }
            )
            for j in range(rng.choice((1, 1, 2, 3))):
                source_rows.append(
                    {
                        "finding_id": fid,
                        "run_id": run_id,
                        "feed_url": "https://x.example/rss",
                        "entry_key": f"{fid}-{j}",
                        "outlet": rng.choice(OUTLETS),
                        "url": f"https://news.example/{fid}/{j}",
                        "title": text[:60],
                        "published": started,
                        "seen_at": started + timedelta(minutes=j),
                    }
                )
    with engine.begin() as conn:
        conn.execute(runs.insert(), run_rows)
        conn.execute(findings.insert(), finding_rows)
        conn.execute(finding_sources.insert(), source_rows)
    engine.close()
    print(
        f"archive: {len(run_rows)} runs, {len(finding_rows)} findings, {len(source_rows)} sources"
    )
    return cfg


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3000)
    parser.add_argument("--findings", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        cfg = generate(Path(tmp), args.runs, args.findings)
        print(f"generated in {time.perf_counter() - t0:.1f} s\n")
        engine = open_database(cfg.database_url)
        app = ArchiveApp(cfg, engine)

        def served(target: str) -> Callable[[], object]:
            def call() -> object:
                response = app.respond("GET", target)
                assert response.status == 200, (target, response.status)
                return response

            return call

        cases: list[tuple[str, Callable[[], object]]] = [
            ("served index, page 1", served("/")),
            ("served index, page 60 (last)", served("/?page=60")),
            ("findings, no filter", served("/findings")),
            ("findings, status=changed", served("/findings?status=changed")),
            (
                "findings, status+dates+text",
                served("/findings?status=new&since=2024-06-01&until=2025-06-01&q=veto"),
            ),
            ("findings, outlet=Reuters, page 5", served("/findings?outlet=Reuters&page=5")),
            ("findings, text, page 200", served("/findings?q=Sweden&page=200")),
            ("a finding's page", served("/findings/f-00000100")),
            ("a run's report (from DB)", served(f"/runs/{_some_run(engine)}")),
            ("static index.html, all runs", lambda: archive.index_html(engine)),
            ("feed.atom, 50 runs", lambda: archive.feed_atom(engine)),
        ]
        width = max(len(name) for name, _ in cases)
        print(f"{'page':<{width}}  {'median':>9}  {'ratio to 1 s':>12}")
        worst = 0.0
        for name, fn in cases:
            seconds = median_seconds(fn, args.repeat)
            worst = max(worst, seconds)
            print(f"{name:<{width}}  {seconds * 1000:7.1f}ms  {seconds / TARGET_SECONDS:12.3f}")
        print(f"\nslowest page: {worst / TARGET_SECONDS:.3f} of the 1 s target")
        engine.close()
    return 0 if worst < TARGET_SECONDS else 1


def _some_run(engine: object) -> str:
    from watcher.store.queries import list_runs

    return list_runs(engine, limit=1, offset=1500)[0].id  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
