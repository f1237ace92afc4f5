"""The report archive on disk: each run's JSON and HTML report, the index and the Atom feed.

`publish` is called by the check after the run is stored; every file goes through `fileio`,
so a reader (or a static web server) never sees half a file.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from watcher.archive.pages import STATIC_INDEX, render_atom, render_index, render_report
from watcher.archive.reportdoc import report_dir, report_from_json, report_relpath, report_to_json
from watcher.config import Config
from watcher.errors import StoreError
from watcher.fileio import atomic_write_json, atomic_write_text
from watcher.models import RunReport
from watcher.store import queries as q

#: Runs the Atom feed carries; older ones stay in the index.
FEED_ENTRIES = 50


def publish(config: Config, engine: Engine, report: RunReport) -> Path:
    """Write the run's reports, then rewrite the index and feed; returns the JSON report's path."""
    folder = report_dir(config.reports_dir, report.started_at)
    json_path = folder / f"{report.run_id}.json"
    atomic_write_json(json_path, report_to_json(report))
    atomic_write_text(
        folder / f"{report.run_id}.html",
        render_report(report, max_entry_age_days=config.max_entry_age_days),
    )
    rebuild(config, engine, now=report.finished_at)
    return json_path


def rebuild(config: Config, engine: Engine, now: datetime | None = None) -> None:
    """Rewrite reports/index.html and reports/feed.atom from the runs table."""
    atomic_write_text(config.reports_dir / "index.html", index_html(engine))
    atomic_write_text(config.reports_dir / "feed.atom", feed_atom(engine, now))


def index_html(engine: Engine) -> str:
    """Every run, newest first, with its counts per status and a link to its report."""
    runs = q.list_runs(engine)
    return render_index(runs, q.status_totals(engine), len(runs), STATIC_INDEX)


def feed_atom(engine: Engine, now: datetime | None = None) -> str:
    """The newest runs that found something, as Atom entries."""
    runs = q.runs_with_findings(engine, FEED_ENTRIES)
    by_run = q.run_findings(engine, [r.id for r in runs])
    newest = max((r.finished_at or r.started_at for r in runs), default=None)
    updated = newest or now or datetime.now(UTC)
    return render_atom(runs, by_run, updated, STATIC_INDEX)


def report_json_path(config: Config, run: q.RunRow) -> Path:
    """Where a run's JSON report lives."""
    return config.reports_dir / report_relpath(run.id, run.started_at, ".json")


def load_report(config: Config, engine: Engine, run_id: str) -> RunReport | None:
    """A run's report from its JSON file, else rebuilt from the database; None if no such run."""
    run = q.get_run(engine, run_id)
    if run is None:
        return None
    path = report_json_path(config, run)
    if path.exists():
        try:
            return report_from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                f"{path}: unreadable report: {exc}",
                hint="delete the file to show the run from the database instead",
            ) from exc
    return report_from_db(engine, run)


def report_from_db(engine: Engine, run: q.RunRow) -> RunReport:
    """A run's report from its stored row and findings (for runs whose JSON file is gone)."""
    return RunReport(
        run_id=run.id,
        started_at=run.started_at,
        finished_at=run.finished_at or run.started_at,
        feeds=q.run_feeds(engine, run.id),
        entries_read=run.entries_read,
        entries_processed=run.entries_processed,
        counts=run.counts,
        findings=tuple(q.run_findings(engine, [run.id]).get(run.id, [])),
        corroborated=tuple(q.corroborated_in_run(engine, run.id)),
    )
