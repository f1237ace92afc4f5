"""`watcher check` as a user runs it: config file, --feed, --json, --dry-run, --no-wait."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.cli import main
from watcher.lock import run_lock

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

CHANGED = "Sweden became the alliance's 32nd member in March 2024."
HOSTILE = "<b>[red]Kyiv[/red]</b> &lt;script&gt;x&lt;/script&gt;"


@pytest.fixture
def config_path(tmp_path: Path, feed_server: FeedServer, baseline_file: Path) -> Path:
    good = feed_server.add("/good", Route(rss(("a", HOSTILE, CHANGED)), etag='"1"'))
    bad = feed_server.add("/bad", Route(b"<html><body>nope</body></html>", status=200))
    return write_config(
        tmp_path, baseline_file, [("Good", good), ("Bad", bad)], allow_private_links=True
    )


def test_json_summary_then_nothing_new(
    config_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", str(config_path), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    states = {f["name"]: f["state"] for f in first["feeds"]}
    assert states == {"Good": "ok", "Bad": "error"}
    bad = next(f for f in first["feeds"] if f["name"] == "Bad")
    assert bad["error_kind"] in ("not-a-feed", "malformed") and bad["error"]
    assert first["counts"]["changed"] == 1 and first["entries_read"] == 1
    assert Path(first["report_path"]).is_file()
    assert [f["text"] for f in first["findings"]] == [CHANGED]

    assert main(["check", "--config", str(config_path), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert {f["name"]: f["state"] for f in second["feeds"]}["Good"] == "not-modified"
    assert second["findings"] == [] and second["counts"]["changed"] == 0


def test_table_summary_lists_counts_feeds_and_findings(
    config_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", str(config_path)]) == 0
    out = capsys.readouterr().out
    assert "changed" in out and "Good" in out and "error (" in out
    assert "report:" in out and CHANGED[:30] in out


def test_only_the_named_feed_and_dry_run(
    config_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.url("/good")
    assert main(["check", "--config", str(config_path), "--feed", url, "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert [f["url"] for f in summary["feeds"]] == [url]
    assert summary["dry_run"] is True and summary["report_path"] == ""
    assert feed_server.hits("/bad") == []


def test_no_wait_exits_1_with_a_clear_message(
    config_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with run_lock(tmp_path / "data"):
        assert main(["check", "--config", str(config_path), "--no-wait"]) == 1
    err = capsys.readouterr().err
    assert "another run holds" in err and "hint:" in err


def test_bad_feed_argument_is_a_config_error(
    config_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", str(config_path), "--feed", "ftp://x/feed"]) == 1
    assert "not an http(s):// or file:// URL" in capsys.readouterr().err


def test_send_makes_the_digest_after_the_check(
    config_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", str(config_path), "--send", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["digest"]["digest_id"] and summary["digest"]["errors"] == {}
    assert summary["digest"]["sent"] == [summary["digest"]["digest_id"]]
    emls = list((tmp_path / "data" / "reports" / "outbox").glob("*.eml"))
    assert len(emls) == 1 and CHANGED[:30].encode() in emls[0].read_bytes().replace(b"=\n", b"")
