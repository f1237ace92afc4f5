"""The archive on disk: JSON and HTML reports, index and Atom feed, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from tests.archive_fixtures import (
    HOSTILE_CLAIM,
    SEED_LABEL,
    engine_for,
    hostile_report,
    make_config,
    store_report,
)
from watcher import archive
from watcher.reportdoc import report_from_json


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
