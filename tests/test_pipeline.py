"""`run_check` end to end: loopback feeds, the real differ, a real SQLite file, the run lock."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from watcher import config as config_mod
from watcher.baseline.build import load_baseline
from watcher.check import run_check
from watcher.differ.core import Differ
from watcher.errors import LockBusyError
from watcher.ledger import Ledger, judge_entries
from watcher.lock import run_lock
from watcher.models import Entry, Status
from watcher.store.schema import entries, finding_sources, findings, open_database, runs

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

CHANGED = "Sweden became the alliance's 32nd member in March 2024."
NEW = "Zelensky's victory plan puts an invitation to NATO first."
OFF_TOPIC = "Allies agreed to spend 5% of GDP on defence."


def _config(tmp_path: Path, baseline: Path, feeds: list, **settings: object) -> config_mod.Config:
    settings.setdefault("allow_private_links", True)
    settings.setdefault("timeout_seconds", 3)
    return config_mod.load(write_config(tmp_path, baseline, feeds, **settings))


def _count(cfg: config_mod.Config, table: object) -> int:
    engine = open_database(cfg.database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    finally:
        engine.close()


def test_check_stores_findings_and_a_second_run_repeats_nothing(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    good = feed_server.add(
        "/good",
        Route(rss(("a", "Alliance grows", f"<p>{CHANGED}</p><p>{OFF_TOPIC}</p>")), etag='"v1"'),
    )
    broken = feed_server.add("/broken", Route(b"down", status=500))
    cfg = _config(tmp_path, baseline_file, [("Good", good), ("Broken", broken)])

    calls: list[tuple[int, int, str]] = []
    first = run_check(cfg, progress=lambda done, total, url: calls.append((done, total, url)))
    assert [c[:2] for c in calls] == [(1, 2), (2, 2)]
    assert {c[2] for c in calls} == {good, broken}
    by_url = {f.url: f for f in first.feeds}
    assert by_url[good].state == "ok" and by_url[good].entries_new == 1
    assert by_url[broken].state == "error" and by_url[broken].http_status == 500
    assert "HTTP 500" in by_url[broken].error
    assert [f.status for f in first.findings] == [Status.CHANGED]
    assert first.findings[0].text == CHANGED and first.findings[0].sources[0].outlet == "Good"
    assert first.counts["changed"] == 1 and first.counts["irrelevant"] >= 1
    assert first.report_path and Path(first.report_path).exists()

    second = run_check(cfg)
    assert {f.url: f.state for f in second.feeds}[good] == "not-modified"
    assert second.findings == () and second.entries_processed == 0
    assert sum(second.counts.values()) == 0
    assert _count(cfg, findings) == 1 and _count(cfg, runs) == 2


def test_one_development_is_one_finding_with_several_sources(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    one = feed_server.add("/one", Route(rss(("x1", "Sweden", CHANGED))))
    two = feed_server.add("/two", Route(rss(("x2", "Sweden joins", f"{CHANGED} {NEW}"))))
    cfg = _config(tmp_path, baseline_file, [("One", one), ("Two", two)])
    first = run_check(cfg)
    by_status = {f.status: f for f in first.findings}
    assert set(by_status) == {Status.CHANGED, Status.NEW}
    assert sorted(s.outlet for s in by_status[Status.CHANGED].sources) == ["One", "Two"]

    three = feed_server.add("/three", Route(rss(("x3", "Recap", f"Recap: {CHANGED}"))))
    later = run_check(cfg, feed_urls=[three])
    assert later.findings == ()
    assert later.counts["known"] >= 1 and later.counts["changed"] == 0
    (again,) = later.corroborated
    assert again.id == by_status[Status.CHANGED].id and len(again.sources) == 3
    assert _count(cfg, findings) == 2 and _count(cfg, finding_sources) == 4


def test_an_edited_entry_is_judged_again_and_others_are_not(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    route = Route(rss(("e1", "First", OFF_TOPIC), ("e2", "Second", OFF_TOPIC)))
    url = feed_server.add("/feed", route)
    cfg = _config(tmp_path, baseline_file, [("Desk", url)])
    assert run_check(cfg).entries_processed == 2
    route.body = rss(("e1", "First", f"{OFF_TOPIC} {NEW}"), ("e2", "Second", OFF_TOPIC))
    edited = run_check(cfg)
    assert edited.entries_processed == 1
    assert [f.text for f in edited.findings] == [NEW]
    assert _count(cfg, entries) == 2


def test_dry_run_stores_nothing(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    url = feed_server.add("/feed", Route(rss(("d1", "Plan", NEW))))
    cfg = _config(tmp_path, baseline_file, [("Desk", url)])
    report = run_check(cfg, dry_run=True)
    assert [f.text for f in report.findings] == [NEW] and report.report_path == ""
    assert not (cfg.data_dir / "watcher.db").exists() and not cfg.reports_dir.exists()
    run_check(cfg)
    again = run_check(cfg, dry_run=True)
    assert again.findings == () and again.entries_processed == 0
    assert _count(cfg, findings) == 1 and _count(cfg, runs) == 1


def test_busy_lock_raises_when_not_waiting(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    url = feed_server.add("/feed", Route(rss(("l1", "t", OFF_TOPIC))))
    cfg = _config(tmp_path, baseline_file, [("Desk", url)])
    with run_lock(cfg.data_dir):
        with pytest.raises(LockBusyError):
            run_check(cfg, trigger="schedule", wait_for_lock=False)
    assert feed_server.requests == []


def test_full_text_reads_the_article(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    paragraph = f"{NEW} " + " ".join(f"Detail {i} of the plan was discussed." for i in range(12))
    article = feed_server.add(
        "/story",
        Route(
            f"<html><body><article><h1>Plan</h1><p>{paragraph}</p></article></body></html>".encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>s1</guid>'
        f"<title>Plan</title><link>{article}</link><description>Teaser only.</description>"
        "</item></channel></rss>"
    ).encode()
    url = feed_server.add("/feed", Route(body))
    cfg = _config(tmp_path, baseline_file, [("Desk", url, True)])
    report = run_check(cfg, dry_run=True)
    assert [f.text for f in report.findings] == [NEW]
    assert feed_server.hits("/story")


def test_private_article_links_are_refused_by_default(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    article = feed_server.add("/story", Route(b"<html><body><p>secret</p></body></html>"))
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            f"<guid>p1</guid><title>Plan</title><link>{article}</link>"
            f"<description>{NEW}</description></item></channel></rss>"
        ).encode()
    )
    cfg = _config(
        tmp_path, baseline_file, [("Local", feed_file.as_uri(), True)], allow_private_links=False
    )
    report = run_check(cfg, dry_run=True)
    (outcome,) = report.feeds
    assert outcome.state == "ok" and "non-public address" in outcome.warning
    assert [f.text for f in report.findings] == [NEW]
    assert feed_server.requests == []


def test_loopback_feed_is_refused_by_default(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    url = feed_server.add("/feed", Route(rss(("r1", "t", NEW))))
    cfg = _config(tmp_path, baseline_file, [("Desk", url)], allow_private_links=False)
    (outcome,) = run_check(cfg, dry_run=True).feeds
    assert outcome.state == "error" and outcome.error_kind == "refused"
    assert feed_server.requests == []


def _entry(key: str, outlet: str, text: str) -> Entry:
    return Entry(
        f"http://{outlet}/rss", outlet, key, key, key, f"http://{outlet}/{key}", None, text
    )


def test_ledger_merges_outlets_and_recognises_earlier_findings(baseline_file: Path) -> None:
    seen_at = datetime(2026, 11, 24, tzinfo=UTC)
    differ = Differ(load_baseline(baseline_file))
    ledger = Ledger("run1", seen_at, differ, stored=set())
    new, added = judge_entries(
        ledger, [_entry("a", "one", f"{CHANGED} {OFF_TOPIC}"), _entry("b", "two", CHANGED)]
    )
    (finding,) = new
    assert finding.status == Status.CHANGED and added == []
    assert [s.outlet for s in finding.sources] == ["one", "two"]
    assert ledger.counts[Status.CHANGED] == 1 and ledger.counts[Status.KNOWN] == 1

    later = Differ(load_baseline(baseline_file))
    later.remember(finding.id, finding.text, finding.status)
    next_run = Ledger("run2", seen_at, later, stored={finding.id})
    new, added = judge_entries(next_run, [_entry("c", "three", CHANGED)])
    assert new == [] and [(fid, s.outlet) for fid, s in added] == [(finding.id, "three")]
    assert next_run.counts[Status.KNOWN] == 1 and list(next_run.corroborated) == [finding.id]


def test_feed_declaring_the_wrong_charset_is_read_with_a_warning(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Café</title>'
        f"<item><guid>w1</guid><title>Kyiv café</title><description>{NEW}</description></item>"
        "</channel></rss>"
    ).encode("latin-1")
    url = feed_server.add(
        "/latin1", Route(body, headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    )
    cfg = _config(tmp_path, baseline_file, [("", url)])
    report = run_check(cfg, dry_run=True)
    (outcome,) = report.feeds
    assert outcome.state == "ok" and outcome.name == "Café" and "utf-8" in outcome.warning
    assert [f.sources[0].title for f in report.findings] == ["Kyiv café"]
