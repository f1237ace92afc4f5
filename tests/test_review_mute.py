"""Mute: once dismissed, a finding's restatements in later checks are `known` against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.cli import main

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

DENIAL = "Hungary says Ukraine will never join NATO."
RESTATED = "Hungary's Orban says Ukraine will never be a NATO member."
#: Close in words (similarity 0.64) but the opposite claim: it must stay news.
OPPOSITE = "Hungary says Ukraine may join NATO one day."


def _check(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["check", "--config", str(config), "--json"]) == 0
    got: dict[str, object] = json.loads(capsys.readouterr().out)
    return got


def test_a_dismissed_finding_is_never_reported_again(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = feed_server.add("/feed", Route(rss(("a", "Budapest", DENIAL))))
    config = write_config(tmp_path, baseline_file, [("Desk", url)], allow_private_links=True)
    first = _check(config, capsys)
    [found] = first["findings"]  # type: ignore[misc]
    assert found["text"] == DENIAL and found["status"] == "contradicted"
    fid = found["id"]
    assert main(["review", "dismiss", fid, "--label", "known", "--config", str(config)]) == 0
    capsys.readouterr()

    feed_server.add(
        "/feed",
        Route(rss(("a", "Budapest", DENIAL), ("b", "Orban", RESTATED), ("c", "Maybe", OPPOSITE))),
    )
    second = _check(config, capsys)
    assert [f["text"] for f in second["findings"]] == [OPPOSITE]  # type: ignore[index]
    assert second["counts"]["known"] == 1  # type: ignore[index]
    assert second["corroborated"] == [{"id": fid, "sources": 2}]

    assert main(["review", "show", fid, "--config", str(config)]) == 0
    shown = capsys.readouterr().out
    assert "[dismissed as known]" in shown and "2 sources" in shown
    assert "https://example.org/b" in shown
    assert main(["review", "list", "--unreviewed", "--json", "--config", str(config)]) == 0
    assert [i["text"] for i in json.loads(capsys.readouterr().out)] == [OPPOSITE]
