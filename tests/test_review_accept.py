"""Accept into the baseline: the next check reads the amendment; undo withdraws it exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from watcher import config as config_module
from watcher.cli import main
from watcher.store import reviews as rv
from watcher.store.schema import open_database

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config
from .review_fixtures import filled, review_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

SWEDEN = "Sweden became the alliance's 32nd member in March 2024."
#: Without the amendment, the count and the newest ally are further sources of SWEDEN's finding
#: (they carry its keys); with it, both are known.
COUNT = "The alliance has 32 members after Sweden joined."
NEWEST = "Stockholm became NATO's newest ally in 2024."
SINCE = "Sweden has been a full member of the alliance since March."


def _check(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["check", "--config", str(config), "--json"]) == 0
    got: dict[str, object] = json.loads(capsys.readouterr().out)
    return got


def _texts(summary: dict[str, object]) -> list[str]:
    return sorted(f["text"] for f in summary["findings"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("decision", ["accept", "confirm"])
def test_an_accepted_change_is_known_to_the_next_check_until_undone(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    capsys: pytest.CaptureFixture[str],
    decision: str,
) -> None:
    url = feed_server.add("/feed", Route(rss(("a", "Morning briefing", SWEDEN))))
    config = write_config(tmp_path, baseline_file, [("Desk", url)], allow_private_links=True)
    [found] = _check(config, capsys)["findings"]  # type: ignore[misc]
    assert (found["text"], found["status"]) == (SWEDEN, "changed")
    assert main(["review", decision, found["id"], "--config", str(config)]) == 0
    capsys.readouterr()

    feed_server.add(
        "/feed",
        Route(
            rss(("a", "Morning briefing", SWEDEN), ("b", "Noon", COUNT), ("c", "Evening", NEWEST))
        ),
    )
    second = _check(config, capsys)
    if decision == "confirm":  # the control: confirming changes nothing the differ reads
        # The count and the newest ally are the same change, told again: further sources.
        assert _texts(second) == []
        assert second["corroborated"] == [{"id": found["id"], "sources": 3}]
        return
    assert _texts(second) == [] and second["counts"]["known"] == 2  # type: ignore[index]

    assert main(["baseline", "show", "--config", str(config)]) == 0
    shown = capsys.readouterr().out
    claim_id = "a-" + found["id"].removeprefix("f-")
    assert "Amendments: 1 accepted findings" in shown and claim_id in shown
    assert found["id"] in shown and "https://example.org/a" in shown

    assert main(["review", "undo", found["id"], "--config", str(config)]) == 0
    assert capsys.readouterr().out.startswith(f"undone; now {found['id']}: unreviewed")
    with open_database(config_module.load(config).database_url) as db:
        assert rv.amendments(db) == []
    feed_server.add(
        "/feed",
        Route(
            rss(
                ("a", "Morning briefing", SWEDEN),
                ("b", "Noon", COUNT),
                ("c", "Evening", NEWEST),
                ("d", "Night", SINCE),
            )
        ),
    )
    assert _texts(_check(config, capsys)) == [SINCE]
    assert main(["baseline", "show", "--config", str(config)]) == 0
    assert "No amendments" in capsys.readouterr().out


def test_the_amended_baseline_exports_as_a_claims_file_the_differ_reads(
    tmp_path: Path, baseline_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "baselines"
    seeds.mkdir()
    shutil.copyfile(baseline_file, seeds / "claims.json")
    config = tmp_path / "watcher.toml"
    config.write_text(f'data_dir = "{tmp_path}"\nbaseline = "{seeds / "claims.json"}"\n')
    filled(review_config(tmp_path))
    assert main(["review", "accept", "f-sweden", "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["baseline", "export", "--config", str(config)]) == 0
    line = capsys.readouterr().out
    [written] = list(seeds.glob("claims-amended-*.json"))
    assert line.startswith(f"wrote {written}: ") and line.endswith(" and 1 amendments\n")
    doc = json.loads(written.read_text(encoding="utf-8"))
    assert doc["claims"][0]["id"] == "a-sweden" and doc["claims"][0]["text"] == SWEDEN
    assert doc["amendments"][0]["finding_id"] == "f-sweden"
    assert doc["amendments"][0]["sources"][0]["url"] == "https://desk.example/f-sweden"
    seed_ids = [c["id"] for c in json.loads((seeds / "claims.json").read_text())["claims"]]
    assert [c["id"] for c in doc["claims"][1:]] == seed_ids  # the seed file is untouched

    for baseline, expected in ((seeds / "claims.json", "changed"), (written, "known")):
        assert main(["diff", NEWEST, "--json", "--baseline", str(baseline)]) == 0
        assert json.loads(capsys.readouterr().out)["status"] == expected
