"""Feedback becomes data: a real check, the analyst's decisions, the export, `watcher eval`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.cli import main

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

SWEDEN = "Sweden became the alliance's 32nd member in March 2024."
DENIAL = "Hungary says Ukraine will never join NATO."
PLAN = "Zelensky's victory plan puts an invitation to NATO first."


def _ids(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    assert main(["review", "list", "--json", "--config", str(config)]) == 0
    return {i["text"]: i["id"] for i in json.loads(capsys.readouterr().out)}


def test_decisions_export_as_labelled_lines_that_eval_scores(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = feed_server.add(
        "/feed",
        Route(rss(("a", "Sweden joins", SWEDEN), ("b", "Budapest", DENIAL), ("c", "Plan", PLAN))),
    )
    config = write_config(tmp_path, baseline_file, [("Desk", url)], allow_private_links=True)
    assert main(["check", "--config", str(config)]) == 0
    capsys.readouterr()
    ids = _ids(config, capsys)
    assert set(ids) == {SWEDEN, DENIAL, PLAN}
    for argv in (
        ["confirm", ids[SWEDEN]],
        ["dismiss", ids[DENIAL], "--label", "irrelevant", "--note", "Hungarian domestic talk"],
        ["accept", ids[PLAN]],
    ):
        assert main(["review", *argv, "--config", str(config)]) == 0
    capsys.readouterr()

    out = tmp_path / "feedback" / "decisions.jsonl"
    assert main(["review", "export", "--out", str(out), "--config", str(config)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}: 3 decisions"
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_text = {line["text"]: line for line in lines}
    denial = by_text[DENIAL]
    assert (denial["label"], denial["why"], denial["review"]) == (
        "irrelevant",
        "Hungarian domestic talk",
        "dismissed",
    )
    assert denial["differ_status"] == "contradicted" and denial["id"] == ids[DENIAL]
    assert denial["sources"][0]["url"] == "https://example.org/b"
    assert denial["source_url"] == "https://example.org/b" and denial["event_date"] == "2025-11-24"
    assert (by_text[SWEDEN]["label"], by_text[PLAN]["label"]) == ("changed", "new")

    assert main(["eval", str(out), "--json", "--errors", "--config", str(config)]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["total"] == 3 and scores["accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert [(m["id"], m["label"], m["status"]) for m in scores["misclassified"]] == [
        (ids[DENIAL], "irrelevant", "contradicted")
    ]

    assert main(["review", "export", "--config", str(config)]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")
