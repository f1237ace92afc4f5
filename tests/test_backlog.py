"""Old news stays apart: entries published long before Watcher saw them are listed as backlog.

A loopback feed carries one entry published 30 days ago, one published today and one without a
date; a real check stores and judges all three, and the run report, both parts of the digest
(through a real SMTP server) and `watcher reports show` list the old one as backlog only.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from watcher.cli import main
from watcher.models import Finding, FindingSource, Status, is_backlog, is_backlog_source

from . import feeds_fixtures
from .digest_fixtures import SmtpServer, smtp_server
from .feeds_fixtures import FeedServer, Route, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file
__all__ = ["smtp_server"]

OLD = "Sweden became the alliance's 32nd member in March 2024."
TODAY = "Zelensky's victory plan puts an invitation to NATO first."
UNDATED = "Trump said Ukraine joining NATO is off the table."


def _feed(now: datetime) -> bytes:
    items = [
        ("old", "Sweden joins", OLD, now - timedelta(days=30)),
        ("today", "Victory plan", TODAY, now - timedelta(hours=2)),
        ("undated", "Off the table", UNDATED, None),
    ]
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
    ]
    for guid, title, text, published in items:
        date = f"<pubDate>{format_datetime(published)}</pubDate>" if published else ""
        parts.append(
            f"<item><guid>{guid}</guid><title>{title}</title>"
            f"<link>https://example.org/{guid}</link>{date}"
            f"<description>{text}</description></item>"
        )
    return ("".join(parts) + "</channel></rss>").encode("utf-8")


def test_old_entries_are_backlog_in_report_digest_and_terminal(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    now = datetime.now(UTC)
    url = feed_server.add("/desk", Route(_feed(now)))
    config_file = write_config(tmp_path, baseline_file, [("Desk", url)], allow_private_links=True)
    with config_file.open("a", encoding="utf-8") as handle:
        handle.write(
            f'[email]\nto = ["analyst@example.org"]\nhost = "127.0.0.1"\n'
            f"port = {smtp_server.port}\nstarttls = false\ntimeout_seconds = 5\n"
            '[schedule]\ntimezone = "UTC"\n'
        )
    assert main(["check", "--config", str(config_file), "--send", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    texts = {f["text"] for f in summary["findings"]}
    assert {OLD, TODAY, UNDATED} <= texts, "the old entry is judged and stored like the others"

    # The run report: the old finding only inside the folded backlog section.
    html = Path(summary["report_path"]).with_suffix(".html").read_text(encoding="utf-8")
    news, backlog = html.split('id="backlog"')
    assert "victory plan puts" in news and "Trump said" in news and "Sweden became" not in news
    assert "Sweden became" in backlog and "victory plan" not in backlog
    assert "<details>" in backlog and "Backlog: older entries (1)" in backlog
    published_old = (now - timedelta(days=30)).strftime("%d %b %Y").lstrip("0")
    seen = now.strftime("%d %b %Y").lstrip("0")
    assert f"published {published_old}, seen {seen}" in backlog
    assert f"seen {seen} (no publication date)" in news

    # The digest, both parts: news first, the backlog after its own heading.
    [got] = smtp_server.handler.received
    text = got.message.get_body(("plain",)).get_content()
    mail_html = got.message.get_body(("html",)).get_content()
    news_text, backlog_text = text.split("BACKLOG: OLDER ENTRIES (1)")
    assert "victory plan puts" in news_text and "Sweden became" not in news_text
    assert "Sweden became" in backlog_text and "victory plan" not in backlog_text
    assert "Published more than 7 days before Watcher saw them" in backlog_text
    assert f"published {published_old}, seen {seen}" in backlog_text
    assert "1 from older entries, listed last as backlog" in news_text
    news_html, backlog_html = mail_html.split("Backlog: older entries (1)")
    assert "victory plan" in news_html and "Sweden became" not in news_html
    assert "Sweden became" in backlog_html and "victory plan" not in backlog_html

    # The terminal: every source with both dates, the backlog in its own table.
    run_id = summary["run_id"]
    assert main(["reports", "show", run_id, "--config", str(config_file)]) == 0
    shown = capsys.readouterr().out
    before, after = shown.split("Backlog: published more than 7 days")
    assert "Zelensky" in before and "Sweden became" not in before
    assert "Sweden became" in after and f"published {published_old}" in after


def _source(published: datetime | None, seen: datetime) -> FindingSource:
    return FindingSource("Desk", "https://example.org/a", "t", published, seen)


def test_backlog_needs_every_source_old_and_a_date() -> None:
    seen = datetime(2026, 11, 26, tzinfo=UTC)
    old = _source(seen - timedelta(days=8), seen)
    edge = _source(seen - timedelta(days=7), seen)
    undated = _source(None, seen)
    assert is_backlog_source(old, 7) and not is_backlog_source(edge, 7)
    assert not is_backlog_source(undated, 7) and not is_backlog_source(old, 30)
    finding = Finding("f-1", Status.NEW, "x", "", 0.0, seen, "r")
    assert not is_backlog(finding, 7), "a finding with no sources is never backlog"
    assert is_backlog(replace(finding, sources=(old,)), 7)
    assert not is_backlog(replace(finding, sources=(old, undated)), 7)
