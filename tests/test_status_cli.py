"""`watcher status` and `watcher run` on the command line: exit codes, JSON, log levels."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.cli import build_parser, main
from watcher.cli.status_cmd import UNHEALTHY
from watcher.config import load
from watcher.daemon.scheduler import build_scheduler
from watcher.store.schema import open_database

from .daemon_fixtures import add_run, run_paused
from .logs_fixtures import restore_logging  # noqa: F401

pytestmark = pytest.mark.usefixtures("restore_logging")


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_status_is_healthy_and_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _write(tmp_path, '[schedule]\ntimezone = "Asia/Tokyo"\n')
    engine = open_database(f"sqlite:///{tmp_path / 'watcher.db'}")
    add_run(engine, "r1", datetime.now(UTC) - timedelta(minutes=5), findings_new=1)
    engine.close()
    assert main(["status", "--json", "--config", str(config)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["healthy"] is True
    assert data["timezone"] == "Asia/Tokyo"
    assert data["runs"][0]["id"] == "r1"
    assert data["runs"][0]["started_at"].endswith("+09:00")


def test_status_fails_when_the_data_folder_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    config = _write(tmp_path, f'data_dir = "{blocker}"\n')
    assert main(["--config", str(config), "status"]) == 1
    err = capsys.readouterr().err
    assert f"watcher: error: data_dir: {blocker} is a file, not a folder" in err
    assert "hint:" in err and len(err.strip().splitlines()) == 1
    assert blocker.read_text() == "a file where the data folder should be"


def test_status_is_unhealthy_when_the_daemon_stopped_polling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_path = _write(tmp_path, "[schedule]\npoll_minutes = 10\n")
    config = load(config_path)
    engine = open_database(config.database_url)
    run_paused(build_scheduler(config, engine, now=datetime.now(UTC) - timedelta(hours=1)))
    engine.close()
    assert main(["status", "--config", str(config_path)]) == UNHEALTHY
    out = capsys.readouterr().out
    assert "OVERDUE" in out and "is `watcher run` running?" in out


def test_run_reports_a_bad_config_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _write(tmp_path, '[schedule]\ntimezone = "Mars/Olympus"\n')
    assert main(["run", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "schedule.timezone: 'Mars/Olympus' is not an IANA time zone" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "verbose", "quiet", "config"),
    [
        (["-v", "status"], 1, 0, None),
        (["status", "-v"], 1, 0, None),
        (["-vv", "status", "-q"], 2, 1, None),
        (["--config", "a.toml", "status"], 0, 0, "a.toml"),
        (["status", "--config", "b.toml"], 0, 0, "b.toml"),
        (["run"], 0, 0, None),
    ],
)
def test_common_options_work_before_and_after_the_command(
    argv: list[str], verbose: int, quiet: int, config: str | None
) -> None:
    args = build_parser().parse_args(argv)
    assert (args.verbose, args.quiet, args.config) == (verbose, quiet, config)


@pytest.mark.parametrize(
    ("log_level", "flags", "expected"),
    [
        ("info", [], logging.INFO),
        ("warning", [], logging.WARNING),
        ("warning", ["-v"], logging.INFO),
        ("info", ["-q"], logging.WARNING),
        ("debug", ["-qq"], logging.WARNING),
    ],
)
def test_log_level_comes_from_the_config_and_moves_with_flags(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    log_level: str,
    flags: list[str],
    expected: int,
) -> None:
    config = _write(tmp_path, f'log_level = "{log_level}"\n')
    assert main([*flags, "status", "--config", str(config)]) == 0
    capsys.readouterr()
    assert logging.getLogger("watcher").getEffectiveLevel() == expected
