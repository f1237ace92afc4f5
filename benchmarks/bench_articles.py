"""The feed path's own work per entry on the article corpus, as a ratio to feedparser's parse.

Run: python benchmarks/bench_articles.py [--entries 1000] [--repeats 3] [--profile]

The 40 articles of `../shared/eval/articles/articles.xml` are repeated (guids and links made
unique) to `--entries` entries in one RSS document. Each figure is the best of `--repeats` runs,
in CPU seconds of this process (steadier than wall time on a shared machine), per entry, next to
feedparser's own parse of the same bytes:

- Watcher's parse (`parse_feed`: feedparser, then entry text from HTML);
- judging (`judge_entries`: the ledger over a fresh `Differ`), split into the differ's
  `judge_text` and the ledger's own bookkeeping;
- own work = parse + judging, the part of a check that grows with the entries;
- a whole `watcher check` of the file (file:// fetch, a fresh SQLite file, the report written),
  run once.

`--profile` prints the top functions of the own work under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watcher import config as config_mod
from watcher.baseline.build import load_baseline
from watcher.check import run_check
from watcher.differ.core import Differ
from watcher.feeds.parse import parse_feed
from watcher.ledger import Ledger, judge_entries
from watcher.models import Entry

ARTICLES = ROOT.parent / "shared" / "eval" / "articles" / "articles.xml"
BASELINE = ROOT / "baselines" / "claims.json"
_ITEM = re.compile(rb"<item>.*?</item>", re.S)


def corpus(entries: int) -> bytes:
    """The corpus's items repeated to `entries`, each copy with its own guid and link."""
    raw = ARTICLES.read_bytes()
    items = _ITEM.findall(raw)
    head, tail = raw[: raw.index(items[0])], raw[raw.rindex(items[-1]) + len(items[-1]) :]
    out = []
    for i in range(entries):
        item = items[i % len(items)]
        copy = i // len(items)
        if copy:
            item = item.replace(b"</guid>", b"-r%d</guid>" % copy, 1)
            item = item.replace(b"</link>", b"?r=%d</link>" % copy, 1)
        out.append(item)
    return head + b"".join(out) + tail


def best(repeats: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(repeats))


def timed(action: Callable[[], Any]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def judge(entries: tuple[Entry, ...], baseline: Any) -> tuple[float, float]:
    """Judge every entry through a fresh ledger: (whole time, time inside `judge_text`)."""
    differ = Differ(baseline)
    inner = differ.judge_text
    spent = [0.0]

    def judge_text(text: str) -> Any:
        start = time.process_time()
        try:
            return inner(text)
        finally:
            spent[0] += time.process_time() - start

    differ.judge_text = judge_text  # type: ignore[method-assign]
    ledger = Ledger("bench", datetime.now(UTC), differ, set())
    start = time.process_time()
    judge_entries(ledger, entries)
    return time.process_time() - start, spent[0]


def whole_check(body: bytes) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.xml"
        feed.write_bytes(body)
        url = feed.as_uri()
        config = config_mod.Config(
            data_dir=Path(tmp),
            baseline=BASELINE,
            feeds=(config_mod.FeedConfig(url=url),),
            max_bytes=100_000_000,
        )
        return timed(lambda: run_check(config, feed_urls=[url]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if not ARTICLES.exists():
        sys.exit(f"{ARTICLES} is absent: the shared data folder is not next to this checkout")
    body = corpus(args.entries)
    url = "file:///bench/articles.xml"
    baseline = load_baseline(BASELINE)
    entries = parse_feed(body, url=url).entries
    n = len(entries)
    assert n == args.entries, n

    fp = best(args.repeats, lambda: timed(lambda: feedparser.parse(body)))
    ours = best(args.repeats, lambda: timed(lambda: parse_feed(body, url=url)))
    runs = [judge(entries, baseline) for _ in range(args.repeats)]
    judging, differ = min(runs)
    check = whole_check(body)

    def row(name: str, seconds: float) -> None:
        print(f"  {name:<44}{seconds / n * 1000:8.3f} ms/entry {seconds / fp:7.2f}x")

    print(
        f"{n:,} entries ({len(body) / 1e6:.1f} MB of RSS), best of {args.repeats}, CPU time; "
        "ratios to feedparser's parse of the same bytes:"
    )
    row("feedparser.parse", fp)
    row("Watcher's parse (parse_feed)", ours)
    row("judging (judge_entries: ledger + differ)", judging)
    row("  of which the differ (Differ.judge_text)", differ)
    row("  of which the ledger's bookkeeping", judging - differ)
    row("own work (parse + judging)", ours + judging)
    row("whole check (file://, fresh SQLite, report)", check)
    print(f"the differ's share of the own work: {differ / (ours + judging):.0%}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        judge(parse_feed(body, url=url).entries, baseline)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
        stats.print_stats(20)
        print(out.getvalue())


if __name__ == "__main__":
    main()
