"""Review test data: findings stored in a real SQLite file through the ingestion store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from watcher import config as config_module
from watcher.config import Config
from watcher.models import FeedOutcome, Finding, FindingSource, RunReport, Status
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, Store
from watcher.store.schema import open_database

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
FEED = "https://desk.example/rss"
#: id -> (status, sentence); later ones are seen later.
FINDINGS: dict[str, tuple[Status, str]] = {
    "f-sweden": (Status.CHANGED, "Sweden became the alliance's 32nd member in March 2024."),
    "f-rutte": (Status.CHANGED, "Mark Rutte is now NATO secretary general."),
    "f-hostile": (Status.NEW, "Kyiv \x1b[2J\x1b]0;pwned\x07 said \u202eevil\u202c things."),
    "f-denial": (Status.CONTRADICTED, "Hungary says Ukraine will never join NATO."),
}


def review_config(tmp_path: Path, **raw: object) -> Config:
    """A config whose database lives under tmp_path."""
    return config_module.from_mapping({"data_dir": str(tmp_path), **raw}, tmp_path, source="test")


def source(fid: str, run: str = "r1", at: datetime = T0) -> FindingSource:
    return FindingSource(
        "Desk", f"https://desk.example/{fid}", f"title {fid}", T0, at, FEED, fid, run
    )


def fill(db: Database) -> None:
    """One run that reported every finding in `FINDINGS`, a minute apart."""
    store = Store(db)
    store.start_run("r1", T0, "manual")
    made = [
        Finding(
            id=fid,
            status=status,
            text=text,
            cue="cue " + fid,
            score=0.5,
            first_seen=T0 + timedelta(minutes=i),
            run_id="r1",
            sources=(source(fid),),
        )
        for i, (fid, (status, text)) in enumerate(FINDINGS.items())
    ]
    outcome = FeedOutcome(FEED, "Desk", "ok", entries_read=4, entries_new=4)
    store.save_feed(FeedBatch(outcome, T0, new_findings=made))
    store.finish_run(RunReport("r1", T0, T0, (outcome,), 4, 4, {}, tuple(made)))


def filled(config: Config) -> None:
    """The config's database with `FINDINGS` stored."""
    with open_database(config.database_url) as db:
        fill(db)
