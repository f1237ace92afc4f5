"""What a check costs as stored findings grow: the ledger rebuilt, loaded from its snapshot, or kept.

Run: PYTHONPATH=. python benchmarks/bench_ledger.py [--sizes 10000 100000] [--repeat 3]

For each size, a fresh SQLite file is filled with that many findings (one source each, through
the store's own writes), then whole checks are timed, each on a `file://` feed with 5 entries
not seen before (the archive's rewrite left out: `bench_archive.py` measures it), and printed as a
ratio to the same check against an empty store:

- rebuilt: the ledger remembers every stored finding again (what each check did before the
  ledger was kept; forced here by deleting the snapshot and this process's kept ledger);
- snapshot: a new process: the snapshot file is loaded, then the findings created since;
- kept: the next check in the same process (the daemon), which only catches up.

With an older checkout on PYTHONPATH (one that rebuilt the ledger on every check), only the
"rebuilt" line is printed: that is the figure from before.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bench_differ import PLACES, SUBJECTS, TOPICS, VERBS

from watcher import config as config_mod
from watcher import ledger as ledger_mod
from watcher.archive import publish as archive
from watcher.check import run_check
from watcher.models import FeedOutcome, Finding, FindingSource, RunReport, Status
from watcher.store.ingest import FeedBatch, Store
from watcher.store.schema import open_database

ROOT = Path(__file__).resolve().parent.parent

SNAPSHOT = "ledger.snapshot"
FILL_FEED = "https://fill.example/rss"
ENTRY_TEXTS = (
    "Allies said Ukraine's path to NATO membership is irreversible, officials confirmed.",
    "Zelensky urged the alliance to extend an invitation before the summit in The Hague.",
    "Sweden became the alliance's 32nd member after Hungary ratified its accession.",
    "Under the proposed plan Ukraine would give up its bid to join the alliance.",
    "The weather in Brussels was mild on Tuesday, with light rain in the afternoon.",
)


def fill(data_dir: Path, size: int, seed: int = 7) -> None:
    """`size` findings written through the store, 50 per run, as checks would write them."""
    db = open_database(f"sqlite:///{data_dir / 'watcher.db'}")
    store = Store(db)
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    statuses = [Status.NEW, Status.CHANGED, Status.CONTRADICTED]
    batch = 50  # findings per run, so the archive's Atom feed (newest 50 runs) stays its usual size
    for run, first in enumerate(range(0, size, batch)):
        run_id = f"fill-{run:05d}"
        seen = start + timedelta(minutes=run)
        store.start_run(run_id, seen, "manual")
        found = []
        for i in range(first, min(first + batch, size)):
            text = (
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} in {rng.choice(PLACES)} on day "
                f"{i % 997} that {rng.choice(TOPICS)} and {rng.choice(TOPICS)} were discussed "
                f"with code{i} partners."
            )
            source = FindingSource(
                "Fill", f"https://fill.example/{i}", "t", seen, seen, FILL_FEED, f"e{i}", run_id
            )
            found.append(
                Finding(
                    f"f-fill{i:08d}",
                    rng.choice(statuses),
                    text,
                    "",
                    0.5,
                    seen,
                    run_id,
                    sources=(source,),
                )
            )
        outcome = FeedOutcome(FILL_FEED, "Fill", "ok")
        store.save_feed(FeedBatch(outcome, seen, new_findings=found))
        store.finish_run(
            RunReport(run_id, seen, seen, (outcome,), 0, 0, {}, tuple(found), report_path="-")
        )
    db.close()


def feed_file(folder: Path, round_no: int) -> Path:
    """A feed of 5 entries no check has seen yet."""
    now = datetime.now(UTC)
    items = "".join(
        f"<item><guid>r{round_no}-{i}</guid><title>Report {i}</title>"
        f"<pubDate>{format_datetime(now)}</pubDate>"
        f"<description>{text} Round {round_no}.</description></item>"
        for i, text in enumerate(ENTRY_TEXTS)
    )
    path = folder / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


class Bench:
    """Checks against one data folder, each on a fresh feed round."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.round = 0
        feed = feed_file(folder, 0)
        (folder / "watcher.toml").write_text(
            f'data_dir = "{folder}"\nbaseline = "{ROOT / "baselines" / "claims.json"}"\n'
            f'[[feeds]]\nname = "Bench"\nurl = "{feed.as_uri()}"\n',
            encoding="utf-8",
        )
        self.config = config_mod.load(folder / "watcher.toml")

    def check(self, mode: str) -> float:
        """One whole check; `mode` says where its ledger may come from."""
        self.round += 1
        feed_file(self.folder, self.round)
        kept: Any = getattr(ledger_mod, "_KEPT", None)
        if mode in ("rebuilt", "snapshot") and kept is not None:
            kept.clear()
        if mode == "rebuilt":
            (self.folder / SNAPSHOT).unlink(missing_ok=True)
        started = time.perf_counter()
        run_check(self.config)
        return time.perf_counter() - started


def _no_archive(_config: object, _db: object, _report: RunReport) -> Path:
    """The archive's rewrite grows with the runs shown, not with the ledger: bench_archive.py."""
    return Path("-")


def best(bench: Bench, mode: str, repeat: int) -> float:
    return min(bench.check(mode) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    keeps = hasattr(ledger_mod, "Keeper")
    archive.publish = _no_archive  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        empty = Bench(Path(tmp) / "empty")
        empty.check("rebuilt")  # warm imports and caches
        base = best(empty, "rebuilt", args.repeat)
        print(f"check against an empty store: {base:.3f} s (best of {args.repeat}; the base)")
        for size in args.sizes:
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            t = time.perf_counter()
            fill(folder, size)
            print(f"\n{size:,} stored findings (filled in {time.perf_counter() - t:.0f} s)")
            bench = Bench(folder)
            rebuilt = best(bench, "rebuilt", 1 if size >= 50_000 else args.repeat)
            print(f"  rebuilt ledger:  {rebuilt:7.2f} s = {rebuilt / base:6.1f}x the empty store")
            if not keeps:
                continue
            snap = best(bench, "snapshot", args.repeat)
            print(f"  snapshot loaded: {snap:7.2f} s = {snap / base:6.1f}x the empty store")
            kept = best(bench, "kept", args.repeat)
            print(f"  kept in process: {kept:7.2f} s = {kept / base:6.1f}x the empty store")
            size_mb = (folder / SNAPSHOT).stat().st_size / 1e6
            print(f"  snapshot file: {size_mb:.1f} MB")


if __name__ == "__main__":
    main()
