"""The same input gives the same findings, whatever order the feeds' answers arrive in."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from watcher import config as config_mod
from watcher.check import in_request_order, run_check
from watcher.feeds.fetch import Fetched, Request
from watcher.models import RunReport

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

FEEDS = 6
RUNS = 4
#: Outlets word one development differently; which wording is judged first decides which one
#: becomes the finding and which are counted as further sources or as `known`.
REPORTS = (
    "Sweden became the alliance's 32nd member in March 2024.",
    "Sweden formally became the 32nd member of NATO in March 2024 after Hungary ratified.",
    "After Hungary ratified, Sweden joined NATO as the 32nd member of the alliance.",
    "Hungary's parliament ratified the accession, so the alliance now counts 32 members.",
    "Zelensky's victory plan puts an invitation to NATO first.",
    "Zelensky's victory plan asks allies for an immediate invitation to join NATO.",
    "The victory plan presented by Zelensky puts an immediate NATO invitation at the top.",
    "Trump said Ukraine joining NATO is off the table.",
    "Trump said membership of NATO for Ukraine is off the table for now, his envoy added.",
)


def _feed(desk: int) -> bytes:
    """Desk `desk`'s feed: every sixth report, in a fixed entry order."""
    items = [
        (f"desk{desk}-{i}", f"Dispatch {i}", f"<p>{text}</p>")
        for i, text in enumerate(REPORTS)
        if i % FEEDS == desk
    ]
    return rss(*items, title=f"Desk {desk}")


def _findings(report: RunReport) -> list[tuple[str, str, str, tuple[tuple[str, str], ...]]]:
    return [
        (f.id, str(f.status), f.text, tuple((s.outlet, s.entry_key) for s in f.sources))
        for f in report.findings
    ]


def test_shuffled_answers_give_identical_findings_in_fresh_data_dirs(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    paths = [f"/desk{i}" for i in range(FEEDS)]
    urls = [feed_server.add(path, Route(_feed(i))) for i, path in enumerate(paths)]
    results = []
    arrivals = []
    rng = random.Random(12)
    for run in range(RUNS):
        # Each run the feeds answer in another order: a seeded shuffle of their delays.
        delays = [0.06 * i for i in range(FEEDS)]
        rng.shuffle(delays)
        for path, delay in zip(paths, delays, strict=True):
            feed_server.routes[path].delay = delay
        arrivals.append(tuple(sorted(range(FEEDS), key=delays.__getitem__)))
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        cfg = config_mod.load(
            write_config(
                folder,
                baseline_file,
                [(f"Desk {i}", url) for i, url in enumerate(urls)],
                allow_private_links=True,
                timeout_seconds=10,
                concurrency=FEEDS,
            )
        )
        report = run_check(cfg)
        assert [f.url for f in report.feeds] == urls
        assert all(f.state == "ok" for f in report.feeds)
        results.append(_findings(report))
    assert len(set(arrivals)) == RUNS, "each run's answers must arrive in another order"
    assert any(len(sources) > 1 for *_, sources in results[0])
    for later in results[1:]:
        assert later == results[0]


def _fetched(url: str) -> Fetched:
    return Fetched(url, url, 200, b"")


def test_results_come_out_in_request_order_and_duplicates_keep_their_slots() -> None:
    requests = [Request("a"), Request("b"), Request("a"), Request("c")]
    finished = [(requests[i], _fetched(requests[i].url + str(i))) for i in (3, 2, 0, 1)]
    out = list(in_request_order(requests, finished))
    assert [r.url for r, _ in out] == ["a", "b", "a", "c"]
    assert [f.url for _, f in out if isinstance(f, Fetched)] == ["a2", "b1", "a0", "c3"]


def test_closing_early_closes_the_fetches_behind_it() -> None:
    closed: list[bool] = []
    requests = [Request("a"), Request("b")]

    def fetches() -> Iterator[tuple[Request, Fetched]]:
        try:
            yield requests[0], _fetched("a")
            yield requests[1], _fetched("b")
        finally:
            closed.append(True)

    ordered = in_request_order(requests, fetches())
    next(ordered)
    ordered.close()
    assert closed == [True]
