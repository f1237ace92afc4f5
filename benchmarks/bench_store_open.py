"""What the integrity check at open costs: `open_database` with and without `PRAGMA quick_check`.

Run: .venv/bin/python benchmarks/bench_store_open.py [--mb 100] [--repeat 5]

Fills a fresh SQLite file through `open_database` to about --mb megabytes, then times (best of
--repeat) opening it as every command does, and opening it with the quick check switched off.
Prints both times, their ratio, and the cost per megabyte.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text

from watcher.store import schema
from watcher.store.schema import open_database


def _fill(path: Path, megabytes: int) -> None:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.begin() as conn:
            conn.execute(text("CREATE TABLE filler (body TEXT)"))
            rows = [{"b": "x" * 1000} for _ in range(1000)]
            for _ in range(megabytes):
                conn.execute(text("INSERT INTO filler VALUES (:b)"), rows)
        with db.begin() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.close()


def _best(url: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        open_database(url).close()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "watcher.db"
        _fill(path, args.mb)
        size = path.stat().st_size / 1e6
        url = f"sqlite:///{path}"
        checked = _best(url, args.repeat)
        quick_check = schema._quick_check
        schema._quick_check = lambda _db, _path: None  # type: ignore[assignment]
        try:
            unchecked = _best(url, args.repeat)
        finally:
            schema._quick_check = quick_check
    print(f"database: {size:.0f} MB")
    print(f"open with quick_check: {checked * 1000:.1f} ms ({checked * 1000 / size:.2f} ms/MB)")
    print(f"open without:          {unchecked * 1000:.1f} ms")
    print(f"ratio:                 {checked / unchecked:.1f}x")


if __name__ == "__main__":
    main()
