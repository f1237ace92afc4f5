"""`watcher reports list|show` and `watcher serve` argument handling, run through `main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.archive_fixtures import build_archive
from watcher.cli import main


def test_reports_list_json_is_newest_first_with_report_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, _, reports = build_archive(tmp_path, days=3)

    assert main(["reports", "list", "--json", "--config", str(tmp_path / "watcher.toml")]) == 0

    rows = json.loads(capsys.readouterr().out)
    assert [r["run_id"] for r in rows] == [r.run_id for r in reversed(reports)]
    assert rows[0]["counts"]["contradicted"] == 1
    assert rows[-1]["feeds_failed"] == 1 and rows[0]["feeds_failed"] == 0
    assert Path(rows[0]["report"]).exists()
    assert rows[0]["report"].startswith(str(config.reports_dir))


def test_reports_list_table_and_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, reports = build_archive(tmp_path, days=3)
    config = str(tmp_path / "watcher.toml")

    assert main(["reports", "list", "--config", config, "--limit", "2"]) == 0

    out = capsys.readouterr().out
    assert reports[2].run_id in out and reports[1].run_id in out
    assert reports[0].run_id not in out
    assert "3 in the archive" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_reports_show_prints_findings_evidence_and_failed_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "240")
    _, _, reports = build_archive(tmp_path, days=1)

    code = main(["reports", "show", reports[0].run_id, "--config", str(tmp_path / "watcher.toml")])

    out = capsys.readouterr().out
    assert code == 0
    assert "contradicted" in out and "Foreign Policy, July 2023" in out
    assert "NATO has [[31]] members." in out and "alliance's [[32nd]] member" in out
    assert "Ukraine will [[never join]] NATO <script>window.__pwned=1</script> says the plan" in out
    # The entry's lead, taken as the same development, is shown with its escape made visible.
    assert 'also in this entry: "Kyiv must renounce the bid' in out
    assert "\\x1b[2J, the draft" in out and "\x1b" not in out
    assert "Feeds that failed" in out and "HTTP 503" in out


def test_reports_show_unknown_run_is_an_error_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_archive(tmp_path, days=1)

    code = main(["reports", "show", "nope", "--config", str(tmp_path / "watcher.toml")])

    err = capsys.readouterr().err
    assert code == 1
    assert "no run 'nope' in the archive" in err and "watcher reports list" in err


def test_serve_reports_a_busy_port_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    build_archive(tmp_path, days=1)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", "--config", str(tmp_path / "watcher.toml"), "--port", str(port)])

    assert code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_reports_list_and_show_use_the_configured_time_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, reports = build_archive(tmp_path, days=1)
    config_file = tmp_path / "watcher.toml"
    config_file.write_text(
        config_file.read_text() + '[schedule]\ntimezone = "Asia/Tokyo"\n', encoding="utf-8"
    )
    monkeypatch.setenv("COLUMNS", "160")

    assert main(["reports", "list", "--config", str(config_file)]) == 0
    listed = capsys.readouterr().out
    assert main(["reports", "show", reports[0].run_id, "--config", str(config_file)]) == 0
    shown = capsys.readouterr().out

    assert "Started (Asia/Tokyo)" in listed and "15:00" in listed and "06:00" not in listed
    assert f"Run {reports[0].run_id}: 2026-11-20 15:00 JST," in shown
