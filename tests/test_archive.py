"""The archive on disk: JSON and HTML reports, index and Atom feed, written atomically."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import feedparser
import pytest
from sqlalchemy import create_engine, inspect, text

from tests.archive_fixtures import (
    HOSTILE_CLAIM,
    ONERROR,
    SCRIPT,
    SEED_LABEL,
    T0,
    engine_for,
    hostile_report,
    make_config,
    store_report,
)
from watcher.archive import publish as archive
from watcher.archive.pages import render_baseline
from watcher.archive.reportdoc import report_from_json
from watcher.errors import StoreError
from watcher.render import render
from watcher.store import schema

#: Each test runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.usefixtures("each_database")


def test_publish_writes_versioned_json_in_dated_folder(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    report = hostile_report()
    store_report(engine, report)

    path = archive.publish(config, engine, report)

    assert path == config.reports_dir / "2026" / "11" / "20" / f"{report.run_id}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1
    assert doc["counts"]["contradicted"] == 1
    assert [f["status"] for f in doc["findings"]] == ["contradicted", "changed", "new"]
    first = doc["findings"][0]
    assert first["text"] == HOSTILE_CLAIM
    assert first["baseline"]["source"] == SEED_LABEL
    assert first["diff"][1] == [1, "Ukraine will never join"]
    assert len(first["sources"]) == 2
    assert doc["feeds"][1]["http_status"] == 503
    assert report_from_json(doc) == report
    assert not list(path.parent.glob(".*.tmp"))


def _published(tmp_path: Path) -> tuple[Path, Path]:
    config = make_config(tmp_path)
    engine = engine_for(config)
    report = hostile_report()
    store_report(engine, report)
    return archive.publish(config, engine, report), config.reports_dir


def test_html_report_is_self_contained_and_grouped_by_status(tmp_path: Path) -> None:
    json_path, _ = _published(tmp_path)
    html = json_path.with_suffix(".html").read_text(encoding="utf-8")

    assert "<style>" in html and ".diff del" in html
    assert "<link" not in html and "<script" not in html
    assert html.index("Contradicted (1)") < html.index("Changed (1)") < html.index("New (1)")
    assert "(Foreign Policy, July 2023)" in html
    assert "Reuters" in html and "https://example.org/story/2" in html
    assert "&#34;31&#34; -&gt; &#34;32&#34;" in html
    assert '<span class="mark">[[</span>31<span class="mark">]]</span></mark> members.' in html
    assert '<span class="mark">[[</span>32nd<span class="mark">]]</span></mark> member' in html
    assert "HTTP 503" in html and "https://bad.example/rss" in html
    assert "../../../index.html" in html
    # The entry's lead taken as the same development, as text.
    assert re.search(r"<dt>Also in this entry</dt>\s*<dd><ul class=\"also-told\"><li>“Kyiv", html)
    assert "Kyiv must renounce the bid &lt;img src=x" in html


def test_hostile_feed_text_is_inert_in_every_file(tmp_path: Path) -> None:
    json_path, reports = _published(tmp_path)
    for path in (json_path.with_suffix(".html"), reports / "index.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>" not in html
        assert "<img" not in html
        assert "javascript:" not in html
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html or path.name == "index.html"


def test_index_lists_runs_newest_first_with_counts_and_links(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    older = hostile_report("20261119T060000Z-old111", T0 - timedelta(days=1))
    older = replace(older, findings=(), counts={"new": 0, "known": 3})
    store_report(engine, older)
    archive.publish(config, engine, older)
    newer = hostile_report()
    store_report(engine, newer)
    archive.publish(config, engine, newer)

    html = (config.reports_dir / "index.html").read_text(encoding="utf-8")
    new_link = f'href="2026/11/20/{newer.run_id}.html"'
    old_link = f'href="2026/11/19/{older.run_id}.html"'
    assert new_link in html and old_link in html
    assert html.index(new_link) < html.index(old_link)
    assert "2 runs" in html and "contradicted: 1" in html
    assert (config.reports_dir / "2026/11/19" / f"{older.run_id}.html").exists()


def test_atom_feed_is_valid_and_escapes_feed_text(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    quiet = replace(
        hostile_report("20261121T060000Z-quiet1", T0 + timedelta(days=1)),
        findings=(),
        counts={"known": 2},
    )
    loud = hostile_report()
    for report in (loud, quiet):
        store_report(engine, report)
        archive.publish(config, engine, report)

    parsed = feedparser.parse((config.reports_dir / "feed.atom").read_bytes())

    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [e.id for e in parsed.entries] == [f"urn:watcher:run:{loud.run_id}"]
    entry = parsed.entries[0]
    assert entry.title.startswith("3 findings: 1 contradicted, 1 changed, 1 new")
    assert entry.link.endswith(f"2026/11/20/{loud.run_id}.html")
    content = entry.content[0].value
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in content
    assert "<script" not in content and "<img" not in content
    assert "Foreign Policy, July 2023" in content


def test_report_from_database_matches_the_json_when_the_file_is_gone(tmp_path: Path) -> None:
    json_path, _ = _published(tmp_path)
    config = make_config(tmp_path)
    engine = engine_for(config)
    from_file = archive.load_report(config, engine, "20261120T060000Z-abc123")
    json_path.unlink()
    from_db = archive.load_report(config, engine, "20261120T060000Z-abc123")

    assert from_file is not None and from_db is not None
    assert [f.id for f in from_db.findings] == [f.id for f in from_file.findings]
    assert from_db.findings[0].sources == from_file.findings[0].sources
    assert len(from_db.findings[0].sources[0].sentences) == 2  # the lead kept in both
    assert from_db.findings[0].diff == from_file.findings[0].diff
    assert archive.load_report(config, engine, "no-such-run") is None


def test_a_failed_write_leaves_the_previous_index_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    first = hostile_report()
    store_report(engine, first)
    archive.publish(config, engine, first)
    before = (config.reports_dir / "index.html").read_bytes()
    second = hostile_report("20261121T060000Z-second", T0 + timedelta(days=1))
    store_report(engine, second)

    def broken(_engine: object, _tz: object = None) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(archive, "index_html", broken)
    with pytest.raises(RuntimeError):
        archive.publish(config, engine, second)

    assert (config.reports_dir / "index.html").read_bytes() == before
    assert not list(config.reports_dir.rglob(".*.tmp"))


def test_unreadable_json_report_is_a_clear_store_error(tmp_path: Path) -> None:
    json_path, _ = _published(tmp_path)
    json_path.write_text("{not json", encoding="utf-8")
    config = make_config(tmp_path)
    with pytest.raises(StoreError, match="unreadable report"):
        archive.load_report(config, engine_for(config), "20261120T060000Z-abc123")
    assert json_path.read_text(encoding="utf-8") == "{not json"


def test_archive_indexes_migration_upgrades_a_database_from_the_first_schema(
    tmp_path: Path, each_database: str
) -> None:
    url = each_database or f"sqlite:///{tmp_path / 'old.db'}"
    old = create_engine(url)
    with old.begin() as conn:
        schema.schema_migrations.create(conn)
        for table in schema.metadata.sorted_tables:
            if table is not schema.schema_migrations:
                table.create(conn)
                for index in list(table.indexes):
                    if index in schema.ARCHIVE_INDEXES:
                        conn.execute(text(f"DROP INDEX {index.name}"))
        conn.execute(schema.schema_migrations.insert().values(name="0001_initial", applied_at=T0))
    assert "ix_findings_run" not in {i["name"] for i in inspect(old).get_indexes("findings")}
    old.dispose()

    engine = schema.open_database(url)

    assert "ix_findings_run" in {i["name"] for i in inspect(engine.engine).get_indexes("findings")}
    sources = {i["name"] for i in inspect(engine.engine).get_indexes("finding_sources")}
    assert "ix_finding_sources_run" in sources
    assert schema.migrate(engine) == []


def test_finding_partial_renders_alone_for_email_with_hostile_text() -> None:
    finding = hostile_report().findings[0]

    alone = render("partials/_finding.html", finding=finding)
    linked = render("partials/_finding.html", finding=finding, finding_href="https://a.example/f")

    assert "<script" not in alone and "<img" not in alone and "javascript:" not in alone
    assert "finding-link" not in alone
    assert '<a class="finding-link" href="https://a.example/f">' in linked
    assert "Also carried by" in alone and "Reuters" in alone
    assert "(Foreign Policy, July 2023)" in alone


def test_pages_render_hostile_baseline_and_tolerate_odd_shapes() -> None:
    doc = {
        "claims": [
            {"id": "c-1", "text": SCRIPT, "sources": [{"doc": "x.txt"}], "attributes": []},
            {"id": "c-2"},
            "not a claim",
        ],
        "seeds": {"x.txt": {"label": ONERROR}},
        "extra": True,
    }

    html = render_baseline(doc)

    assert html.count('class="claim"') == 1
    assert "&lt;script&gt;" in html and "<script>" not in html and "<img" not in html
    assert "Baseline claims (1)" in html


def test_index_does_not_link_reports_of_runs_that_failed(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    failed = replace(hostile_report("20261119T060000Z-failed"), findings=())
    store_report(engine, failed, state="failed")
    ok = hostile_report()
    store_report(engine, ok)
    archive.publish(config, engine, ok)

    html = (config.reports_dir / "index.html").read_text(encoding="utf-8")

    assert f"{ok.run_id}.html" in html
    assert "20261119T060000Z-failed" not in html and "(no report)" in html
