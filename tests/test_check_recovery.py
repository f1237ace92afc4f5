"""A manual check also records runs left 'running' by a dead process as interrupted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from watcher import config as config_mod
from watcher.pipeline import run_check
from watcher.recovery import INTERRUPTED
from watcher.schema import open_engine, runs

from . import feeds_fixtures
from .feeds_fixtures import rss, write_config

baseline_file = feeds_fixtures.baseline_file


def test_check_marks_a_dead_run_interrupted(tmp_path: Path, baseline_file: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(("g1", "NATO summit", "<p>Allies met in Vilnius.</p>")))
    cfg = config_mod.load(write_config(tmp_path, baseline_file, [("Local", feed.as_uri())]))
    engine = open_engine(cfg.database_url)
    with engine.begin() as conn:
        conn.execute(
            runs.insert().values(
                id="r-dead", started_at=datetime(2026, 1, 1, tzinfo=UTC), state="running"
            )
        )
    engine.dispose()

    report = run_check(cfg)

    engine = open_engine(cfg.database_url)
    with engine.connect() as conn:
        rows = {
            r.id: (r.state, r.error)
            for r in conn.execute(select(runs.c.id, runs.c.state, runs.c.error))
        }
    engine.dispose()
    assert rows["r-dead"] == ("failed", INTERRUPTED)
    assert rows[report.run_id][0] == "ok"


def test_dry_run_changes_nothing(tmp_path: Path, baseline_file: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(("g1", "NATO summit", "<p>Allies met.</p>")))
    cfg = config_mod.load(write_config(tmp_path, baseline_file, [("Local", feed.as_uri())]))
    engine = open_engine(cfg.database_url)
    with engine.begin() as conn:
        conn.execute(
            runs.insert().values(
                id="r-dead", started_at=datetime(2026, 1, 1, tzinfo=UTC), state="running"
            )
        )
    engine.dispose()
    run_check(cfg, dry_run=True)
    engine = open_engine(cfg.database_url)
    with engine.connect() as conn:
        state = conn.execute(select(runs.c.state).where(runs.c.id == "r-dead")).scalar_one()
    engine.dispose()
    assert state == "running"
