"""The ledger kept between runs judges exactly as one rebuilt from every stored finding.

Real checks on a loopback feed fill a real SQLite file over several runs; the differ then comes
from this process's last check, from the snapshot file plus the findings created since, or from
nothing, and all three must give the same verdicts and the same findings.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from watcher import config as config_mod
from watcher import ledger as ledger_mod
from watcher.baseline.build import load_baseline
from watcher.check import LEDGER_SNAPSHOT, run_check
from watcher.differ.core import Differ
from watcher.ledger import Keeper
from watcher.models import RunReport
from watcher.store import ledgerstate
from watcher.store.db import Database
from watcher.store.schema import open_database
from watcher.text.segment import sentences

from . import feeds_fixtures
from .conftest import shared_path
from .feeds_fixtures import FeedServer, Route, rss, write_config
from .test_order import REPORTS

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

RUNS = 4
Verdict = tuple[str, str, str, float]


def _articles() -> list[tuple[str, str, str]]:
    text = shared_path("eval", "articles", "articles.xml").read_text(encoding="utf-8")
    out = []
    for item in re.findall(r"<item>.*?</item>", text, flags=re.S):
        guid = re.search(r"<guid[^>]*>(.*?)</guid>", item, flags=re.S)
        title = re.search(r"<title>(.*?)</title>", item, flags=re.S)
        body = re.search(r"<description>(.*?)</description>", item, flags=re.S)
        assert guid and title and body
        html = body.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        out.append((guid.group(1), title.group(1), html))
    return out


def _feed_for(run: int, articles: list[tuple[str, str, str]]) -> bytes:
    """Run `run`'s feed: its share of the articles, and reworded reports of earlier stories."""
    share = articles[run::RUNS]
    echoes = [(f"echo-{run}-{i}", "Echo", f"<p>{t}</p>") for i, t in enumerate(REPORTS[run::2])]
    return rss(*share, *echoes, title="Wire")


def _verdicts(differ: Differ, probes: list[str]) -> list[Verdict]:
    out = []
    for probe in probes:
        j = differ.judge_sentence(probe)
        out.append((str(j.status), j.finding_id, j.cue, j.score))
    return out


def _findings(report: RunReport) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [
        (f.id, str(f.status), f.text, tuple(s.entry_key for s in f.sources))
        for f in (*report.findings, *report.corroborated)
    ]


def _keeper(db: Database, cfg: config_mod.Config, snapshot: Path) -> Keeper:
    return Keeper(db, load_baseline(cfg.baseline), snapshot, baseline_path=cfg.baseline, keep=False)


@pytest.fixture
def origins(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Where each check's differ came from: kept, snapshot or rebuilt."""
    seen: list[str] = []
    original: Callable[[Keeper], Differ] = Keeper.load

    def load(self: Keeper) -> Differ:
        differ = original(self)
        seen.append(self.origin)
        return differ

    monkeypatch.setattr(Keeper, "load", load)
    ledger_mod._KEPT.clear()
    yield seen
    ledger_mod._KEPT.clear()


def test_kept_snapshot_and_rebuilt_ledgers_agree(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    origins: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Keep the first snapshot, so later checks load it and catch up on what came since.
    monkeypatch.setattr(ledger_mod, "SNAPSHOT_LAG", 100.0)
    articles = _articles()
    url = feed_server.add("/wire", Route(b""))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    for run in range(RUNS - 1):
        feed_server.routes["/wire"].body = _feed_for(run, articles)
        if run == 2:
            ledger_mod._KEPT.clear()  # as a new process would: the snapshot, then catch up
        report = run_check(cfg)
        assert report.findings
    assert origins == ["rebuilt", "kept", "snapshot"]
    snapshot = cfg.data_dir / LEDGER_SNAPSHOT
    db = open_database(cfg.database_url)
    try:
        record = ledgerstate.read_snapshot(db)
        total = ledgerstate.finding_count(db)
        assert record is not None and 0 < record.findings < total

        probes = [s for _, title, html in articles for s in sentences(f"{title}. {html}")]
        probes += list(REPORTS)
        kept = ledger_mod._KEPT[snapshot].differ
        from_snapshot = _keeper(db, cfg, snapshot)
        via_snapshot = from_snapshot.load()
        assert from_snapshot.origin == "snapshot"
        rebuilt_keeper = _keeper(db, cfg, tmp_path / "absent.snapshot")
        rebuilt = rebuilt_keeper.load()
        assert rebuilt_keeper.origin == "rebuilt"
        expected = _verdicts(rebuilt, probes)
        assert any(fid for _, fid, _, _ in expected), "some probes restate stored findings"
        assert _verdicts(via_snapshot, probes) == expected
        assert _verdicts(kept, probes) == expected
    finally:
        db.close()

    # The same last check, from the kept ledger and from a rebuilt one: the same findings.
    copy = tmp_path / "copy"
    shutil.copytree(cfg.data_dir, copy / "data")
    (copy / "data" / LEDGER_SNAPSHOT).unlink()
    cfg_copy = config_mod.load(
        write_config(copy, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    feed_server.routes["/wire"].body = _feed_for(RUNS - 1, articles)
    from_kept = run_check(cfg)
    from_nothing = run_check(cfg_copy)
    assert origins[-2:] == ["kept", "rebuilt"]
    assert _findings(from_kept) == _findings(from_nothing) and from_kept.findings
    assert from_kept.counts == from_nothing.counts


def test_a_snapshot_that_does_not_match_its_record_is_not_loaded(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path, origins: list[str]
) -> None:
    url = feed_server.add("/wire", Route(_feed_for(0, _articles())))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    run_check(cfg)
    snapshot = cfg.data_dir / LEDGER_SNAPSHOT
    snapshot.write_bytes(snapshot.read_bytes() + b"tampered")
    db = open_database(cfg.database_url)
    try:
        keeper = _keeper(db, cfg, snapshot)
        keeper.load()
        assert keeper.origin == "rebuilt"
    finally:
        db.close()


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"index": {"max_postings": 5000, "fitted": 0, "docs": []}}',
        b'{"index": {"max_postings": 5000, "fitted": 0, "docs": [[{"a": 1}, {"a": 1.0}]]},'
        b' "ids": [], "keys": {}, "affiliations": {}}',
        b'{"index": {"max_postings": 5000, "fitted": 0, "docs": []}, "ids": [["f-1", "bogus"]],'
        b' "keys": {}, "affiliations": {}}',
        b'{"index": {"max_postings": 5000, "fitted": 1, "docs": [[{"a": "x"}, {"a": 1.0}]]},'
        b' "ids": [["f-1", "new"]], "keys": {}, "affiliations": {}}',
    ],
)
def test_a_snapshot_is_data_and_bad_data_is_rebuilt_from_the_store(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    origins: list[str],
    body: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = feed_server.add("/wire", Route(_feed_for(0, _articles())))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    run_check(cfg)
    snapshot = cfg.data_dir / LEDGER_SNAPSHOT
    state = json.loads(snapshot.read_bytes())
    assert len(state["ids"]) == len(state["index"]["docs"]) > 0
    db = open_database(cfg.database_url)
    try:
        # Even bytes the database vouches for are only read as data: a layout that is not a
        # ledger leaves the snapshot unused, and the store gives the findings back.
        snapshot.write_bytes(body)
        record = ledgerstate.read_snapshot(db)
        assert record is not None
        ledgerstate.write_snapshot(db, replace(record, sha256=hashlib.sha256(body).hexdigest()))
        keeper = _keeper(db, cfg, snapshot)
        differ = keeper.load()
        assert keeper.origin == "rebuilt"
        assert "ledger snapshot ignored" in caplog.text
        assert len(differ.ledger_state()["ids"]) == len(state["ids"])
    finally:
        db.close()


def test_a_check_with_nothing_to_judge_never_loads_the_ledger(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path, origins: list[str]
) -> None:
    url = feed_server.add("/wire", Route(_feed_for(0, _articles()), etag='"v1"'))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    run_check(cfg)
    assert origins == ["rebuilt"]
    second = run_check(cfg)
    assert second.feeds[0].state == "not-modified" and origins == ["rebuilt"]


def test_a_failed_check_does_not_leave_its_ledger_behind(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    origins: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _articles()
    url = feed_server.add("/wire", Route(_feed_for(0, articles)))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    run_check(cfg)
    assert ledger_mod._KEPT

    def broken(*_args: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr("watcher.archive.publish.publish", broken)
    feed_server.routes["/wire"].body = _feed_for(1, articles)
    with pytest.raises(OSError, match="disk full"):
        run_check(cfg)
    assert not ledger_mod._KEPT


def test_a_snapshot_that_cannot_be_written_leaves_the_run_whole(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    origins: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    articles = _articles()
    url = feed_server.add("/wire", Route(_feed_for(0, articles)))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", url)], allow_private_links=True)
    )
    (cfg.data_dir / LEDGER_SNAPSHOT).mkdir(parents=True)  # nothing can be written there
    report = run_check(cfg)
    assert report.findings and Path(report.report_path).exists()
    assert "ledger snapshot not written" in caplog.text
    ledger_mod._KEPT.clear()
    feed_server.routes["/wire"].body = _feed_for(1, articles)
    assert run_check(cfg).findings
    assert origins == ["rebuilt", "rebuilt"]
