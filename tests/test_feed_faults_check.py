"""Faults inside one feed's processing stay that feed's outcome: over-long entries and articles,
an extractor that cannot load, and any unexpected error while judging."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from watcher import check as pipeline
from watcher import config as config_mod
from watcher.check import run_check
from watcher.store.schema import entries, findings, open_database, runs

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

NEW = "Zelensky's victory plan puts an invitation to NATO first."
CHANGED = "Sweden became the alliance's 32nd member in March 2024."
#: Off-topic sentences: cheap for the differ, so a 250,000-character text judges quickly.
FILLER = "Lorem ipsum dolor sit amet. " * 9000
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _config(tmp_path: Path, baseline: Path, feeds: list, **settings: object) -> config_mod.Config:
    settings.setdefault("allow_private_links", True)
    settings.setdefault("timeout_seconds", 5)
    return config_mod.load(write_config(tmp_path, baseline, feeds, **settings))


def _rows(cfg: config_mod.Config, table: object, column: str | None = None) -> list[object]:
    engine = open_database(cfg.database_url)
    try:
        with engine.connect() as conn:
            if column is None:
                return [conn.execute(select(func.count()).select_from(table)).scalar_one()]
            return list(conn.execute(select(getattr(table.c, column))).scalars())  # type: ignore[attr-defined]
    finally:
        engine.close()


def _article_feed(server: FeedServer, path: str, article_url: str, teaser: str) -> str:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
        f"<guid>{path}-1</guid><title>Plan</title><link>{article_url}</link>"
        f"<description>{teaser}</description></item></channel></rss>"
    ).encode()
    return server.add(path, Route(body))


def test_an_entry_over_the_differ_limit_is_stored_and_judged_by_its_start(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    long_text = f"<p>{NEW}</p><p>{FILLER}</p>"
    assert len(long_text) > 200_000
    long_feed = feed_server.add("/long", Route(rss(("l1", "Plan", long_text))))
    other = feed_server.add("/other", Route(rss(("o1", "Sweden", CHANGED))))
    cfg = _config(tmp_path, baseline_file, [("Long", long_feed), ("Other", other)])

    first = run_check(cfg)
    by_url = {f.url: f for f in first.feeds}
    assert by_url[long_feed].state == "ok" and by_url[long_feed].entries_new == 1
    assert "max_entry_chars (200,000 characters)" in by_url[long_feed].warning
    assert "\n" not in by_url[long_feed].warning
    assert sorted(f.text for f in first.findings) == sorted([NEW, CHANGED])
    assert set(_rows(cfg, entries, "feed_url")) == {long_feed, other}

    # Stored, so the next check neither fails on it nor judges it again.
    second = run_check(cfg)
    assert second.entries_processed == 0 and second.findings == ()
    assert [r for r in _rows(cfg, runs, "state")] == ["ok", "ok"]


def test_max_entry_chars_sets_how_much_is_judged(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    text = f"<p>{'Lorem ipsum dolor sit amet. ' * 60}</p><p>{NEW}</p>"
    url = feed_server.add("/late", Route(rss(("x1", "Notes", text))))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    cut = run_check(_config(tmp_path / "a", baseline_file, [("L", url)], max_entry_chars=1000))
    assert cut.findings == () and "max_entry_chars (1,000 characters)" in cut.feeds[0].warning
    whole = run_check(_config(tmp_path / "b", baseline_file, [("L", url)]))
    assert [f.text for f in whole.findings] == [NEW] and whole.feeds[0].warning == ""


def test_max_entry_chars_must_be_positive(tmp_path: Path, baseline_file: Path) -> None:
    with pytest.raises(config_mod.ConfigError, match="max_entry_chars: 0 is out of range"):
        _config(tmp_path, baseline_file, [], max_entry_chars=0)


def test_a_full_text_article_over_the_limit_is_judged_by_its_start(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    page = f"<html><body><article><h1>Plan</h1><p>{NEW}</p><p>{FILLER}</p></article></body></html>"
    article = feed_server.add("/story", Route(page.encode(), headers=HTML))
    url = _article_feed(feed_server, "/desk", article, "Teaser only.")
    cfg = _config(tmp_path, baseline_file, [("Desk", url, True)])
    report = run_check(cfg)
    (outcome,) = report.feeds
    assert outcome.state == "ok" and "max_entry_chars" in outcome.warning
    assert [f.text for f in report.findings] == [NEW]
    assert _rows(cfg, entries) == [1]


def test_an_extractor_that_cannot_load_costs_the_article_not_the_run(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a machine where trafilatura's own dependencies are missing: importing it fails.
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    article = feed_server.add(
        "/story", Route(b"<html><body><p>Text.</p></body></html>", headers=HTML)
    )
    url = _article_feed(feed_server, "/desk", article, NEW)
    other = feed_server.add("/other", Route(rss(("o1", "Sweden", CHANGED))))
    cfg = _config(tmp_path, baseline_file, [("Desk", url, True), ("Other", other)])
    report = run_check(cfg)
    by_url = {f.url: f for f in report.feeds}
    assert by_url[url].state == "ok"
    warning = by_url[url].warning
    assert "article text could not be extracted" in warning and "ModuleNotFoundError" in warning
    assert "\n" not in warning
    assert sorted(f.text for f in report.findings) == sorted([NEW, CHANGED])  # feed text judged
    assert _rows(cfg, entries) == [2]


def test_an_unexpected_error_while_judging_is_that_feeds_outcome(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = feed_server.add("/bad", Route(rss(("b1", "Plan", NEW))))
    good = feed_server.add("/good", Route(rss(("g1", "Sweden", CHANGED))))
    real = pipeline.judge_entries

    def failing(ledger, judged, judge=None):  # type: ignore[no-untyped-def]
        result = real(ledger, judged, judge)  # findings enter the ledger, then the feed fails
        if any(e.feed_url == bad for e in judged):
            raise RuntimeError("judging broke\non two lines")
        return result

    monkeypatch.setattr(pipeline, "judge_entries", failing)
    cfg = _config(tmp_path, baseline_file, [("Bad", bad), ("Good", good)], concurrency=1)
    report = run_check(cfg)
    by_url = {f.url: f for f in report.feeds}
    assert by_url[bad].state == "error" and by_url[bad].error_kind == "internal"
    assert (
        by_url[bad].error
        == f"{bad}: could not be processed: RuntimeError: judging broke on two lines"
    )
    assert by_url[good].state == "ok"
    # The failed feed's finding left the run with it; the other feed's is stored.
    assert [f.text for f in report.findings] == [CHANGED]
    assert _rows(cfg, findings, "text") == [CHANGED]
    assert _rows(cfg, entries, "feed_url") == [good]
    assert _rows(cfg, runs, "state") == ["ok"]

    monkeypatch.setattr(pipeline, "judge_entries", real)
    again = run_check(cfg)  # not stored, so judged again once the fault is gone
    assert [f.text for f in again.findings] == [NEW]


def test_a_json_feed_is_read_end_to_end(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON Desk",
        "items": [
            {"id": "j1", "url": "/j1", "title": "Plan", "content_html": f"<p>{NEW}</p>"},
            {"id": "j2", "title": "Sweden", "content_text": CHANGED},
        ],
    }
    body = json.dumps(doc).encode()
    url = feed_server.add(
        "/feed.json", Route(body, headers={"Content-Type": "application/feed+json"}, etag='"j"')
    )
    local = tmp_path / "feed.json"
    local.write_bytes(json.dumps({**doc, "items": doc["items"][:1]}).encode())
    cfg = _config(tmp_path, baseline_file, [("", url), ("Local", local.as_uri())])
    first = run_check(cfg)
    by_url = {f.url: f for f in first.feeds}
    assert by_url[url].state == "ok" and by_url[url].name == "JSON Desk"
    assert by_url[url].entries_new == 2 and by_url[url].warning == ""
    assert by_url[local.as_uri()].state == "ok"
    assert sorted(f.text for f in first.findings) == sorted([NEW, CHANGED])
    plan = next(f for f in first.findings if f.text == NEW)
    assert feed_server.url("/j1") in {s.url for s in plan.sources}  # relative to the feed
    assert _rows(cfg, entries) == [3]
    second = run_check(cfg)
    assert {f.url: f.state for f in second.feeds} == {
        url: "not-modified",
        local.as_uri(): "not-modified",
    }


def test_a_bare_path_to_feed_suggests_its_file_url(
    tmp_path: Path, baseline_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = _config(tmp_path, baseline_file, [])
    with pytest.raises(config_mod.ConfigError) as info:
        pipeline.select_feeds(cfg, ["feeds/desk.xml"])
    assert "is not an http(s):// or file:// URL" in str(info.value)
    assert (
        info.value.hint == f"for a local file, pass --feed {(tmp_path / 'feeds/desk.xml').as_uri()}"
    )
