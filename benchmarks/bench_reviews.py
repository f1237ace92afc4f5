"""What review states cost the queries that read them, on a large archive.

Run: .venv/bin/python benchmarks/bench_reviews.py [--findings 20000] [--decided 0.25] [--repeat 5]

Fills a fresh SQLite file with findings (one source each), then times (median of --repeat)
the digest's unsent-findings query before and after a share of them has a decision (with
some undone), and the review listing, the amendments a check reads and the whole export.
Prints each time and its ratio to the unsent-findings query on the same archive without reviews.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watcher import config as config_module
from watcher.models import REPORTED
from watcher.review import export
from watcher.store import outbox
from watcher.store import reviews as rv
from watcher.store.schema import finding_sources, findings, open_database, reviews, runs

T0 = datetime(2026, 11, 1, tzinfo=UTC)
STATUSES = [str(s) for s in REPORTED]


def timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--findings", type=int, default=20_000)
    parser.add_argument("--decided", type=float, default=0.25)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = config_module.from_mapping({"data_dir": tmp}, Path(tmp), source="bench")
        db = open_database(config.database_url)
        with db.begin() as conn:
            conn.execute(runs.insert().values(id="r1", started_at=T0, state="ok", counts={}))
            rows = [
                {
                    "id": f"f-{i:012d}",
                    "status": STATUSES[i % 3],
                    "text": f"Sentence number {i} about Ukraine and NATO.",
                    "run_id": "r1",
                    "first_seen": T0 + timedelta(seconds=i),
                    "last_seen": T0 + timedelta(seconds=i),
                }
                for i in range(args.findings)
            ]
            conn.execute(findings.insert(), rows)
            conn.execute(
                finding_sources.insert(),
                [
                    {"finding_id": r["id"], "run_id": "r1", "entry_key": r["id"], "seen_at": T0}
                    for r in rows
                ],
            )
        statuses = [str(s) for s in REPORTED]
        before = timed(lambda: outbox.unsent_finding_ids(db, statuses), args.repeat)
        decided = int(args.findings * args.decided)
        states = [rv.CONFIRMED, rv.DISMISSED, rv.ACCEPTED]
        with db.begin() as conn:
            conn.execute(
                reviews.insert(),
                [
                    {
                        "finding_id": f"f-{i:012d}",
                        "state": states[i % 3],
                        "label": "known" if states[i % 3] == rv.DISMISSED else STATUSES[i % 3],
                        "note": "",
                        "reviewer": "bench",
                        "decided_at": T0,
                        # every tenth decision was undone
                        "undone_at": T0 if i % 10 == 0 else None,
                    }
                    for i in range(decided)
                ],
            )
        for i in range(0, min(decided, 300), 3):  # a few real acceptances, with amendments
            rv.decide(db, f"f-{i + 2:012d}", rv.ACCEPTED, reviewer="bench", at=T0)
        results = {
            "unsent findings, no reviews": before,
            "unsent findings, with reviews": timed(
                lambda: outbox.unsent_finding_ids(db, statuses), args.repeat
            ),
            "review list --unreviewed (100)": timed(
                lambda: rv.list_reviewed(db, rv.UNREVIEWED, 100), args.repeat
            ),
            "amendments a check reads": timed(lambda: rv.amendments(db), args.repeat),
            "export every decision": timed(
                lambda: export.write(config, io.StringIO()), max(1, args.repeat // 2)
            ),
        }
        db.close()
    print(f"{args.findings:,} findings, {decided:,} decisions (a tenth undone)")
    for name, seconds in results.items():
        print(f"{name:34s} {seconds * 1000:9.1f} ms  {seconds / before:6.2f}x")


if __name__ == "__main__":
    main()
