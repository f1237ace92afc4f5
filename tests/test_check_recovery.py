"""A manual check also records runs left 'running' by a dead process as interrupted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from watcher import config as config_mod
from watcher.check import run_check
from watcher.store.recovery import INTERRUPTED
from watcher.store.schema import open_database, runs

from . import feeds_fixtures
from .feeds_fixtures import rss, write_config

baseline_file = feeds_fixtures.baseline_file


def _config_with_a_dead_run(tmp_path: Path, baseline: Path) -> config_mod.Config:
    """A local feed, and a run a dead process left 'running' in the database."""
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(("g1", "NATO summit", "<p>Allies met in Vilnius.</p>")))
    cfg = config_mod.load(write_config(tmp_path, baseline, [("Local", feed.as_uri())]))
    engine = open_database(cfg.database_url)
    with engine.begin() as conn:
        started = datetime(2026, 1, 1, tzinfo=UTC)
        conn.execute(runs.insert().values(id="r-dead", started_at=started, state="running"))
    engine.close()
    return cfg


def _states(cfg: config_mod.Config) -> dict[str, tuple[str, str | None]]:
    engine = open_database(cfg.database_url)
    with engine.connect() as conn:
        rows = conn.execute(select(runs.c.id, runs.c.state, runs.c.error))
        states = {r.id: (r.state, r.error) for r in rows}
    engine.close()
    return states


def test_check_marks_a_dead_run_interrupted(tmp_path: Path, baseline_file: Path) -> None:
    cfg = _config_with_a_dead_run(tmp_path, baseline_file)
    report = run_check(cfg)
    states = _states(cfg)
    assert states["r-dead"] == ("failed", INTERRUPTED)
    assert states[report.run_id][0] == "ok"


def test_dry_run_changes_nothing(tmp_path: Path, baseline_file: Path) -> None:
    cfg = _config_with_a_dead_run(tmp_path, baseline_file)
    run_check(cfg, dry_run=True)
    assert _states(cfg)["r-dead"] == ("running", None)
