"""A real check publishes the archive: loopback feed with hostile text -> reports, index, Atom."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser

from watcher import config as config_mod
from watcher.check import run_check

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

CHANGED = "Sweden became the alliance's 32nd member in March 2024."


def test_check_writes_reports_index_and_feed_with_feed_text_inert(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    url = feed_server.add(
        "/evil",
        Route(rss(("a", "Alliance <script>window.__pwned=1</script>", f"<p>{CHANGED}</p>"))),
    )
    cfg = config_mod.load(
        write_config(
            tmp_path,
            baseline_file,
            [("Evil <img src=x onerror=alert(1)>", url)],
            allow_private_links=True,
            timeout_seconds=3,
        )
    )

    report = run_check(cfg)

    json_path = Path(report.report_path)
    assert json_path.parent.parent.parent.parent == cfg.reports_dir
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["findings"][0]["text"] == CHANGED
    html = json_path.with_suffix(".html").read_text(encoding="utf-8")
    assert CHANGED[:33].replace("'", "&#39;") in html  # then the marked decisive word
    assert "Evil &lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img" not in html and "<script" not in html
    index = (cfg.reports_dir / "index.html").read_text(encoding="utf-8")
    rel = json_path.with_suffix(".html").relative_to(cfg.reports_dir).as_posix()
    assert f'href="{rel}"' in index
    parsed = feedparser.parse((cfg.reports_dir / "feed.atom").read_bytes())
    assert not parsed.bozo and parsed.entries[0].id == f"urn:watcher:run:{report.run_id}"
    assert "<img" not in parsed.entries[0].content[0].value
