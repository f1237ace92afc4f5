"""The report archive on disk: each run's JSON and HTML report, the index and the Atom feed.

`publish` is called by the check after the run is stored; every file goes through `fileio`,
so a reader (or a static web server) never sees half a file.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from watcher.archive.pages import (
    STATIC_INDEX,
    render_atom,
    render_index,
    render_report,
)
from watcher.archive.reportdoc import report_dir, report_from_json, report_relpath, report_to_json
from watcher.config import Config
from watcher.errors import StoreError
from watcher.fileio import atomic_write_json, atomic_write_text
from watcher.logs import log_event
from watcher.models import RunReport
from watcher.store import queries as q
from watcher.store.db import Database
from watcher.store.recovery import (
    INTERRUPTED,
    record_report_path,
    recount_stored,
    unreported_runs,
)

log = logging.getLogger(__name__)

#: Runs the Atom feed carries; older ones stay in the index.
FEED_ENTRIES = 50
_SURROGATE = re.compile("[\ud800-\udfff]")


@contextmanager
def _writing(config: Config) -> Iterator[None]:
    """Turn a folder that cannot be written into one clear error instead of a traceback."""
    try:
        yield
    except OSError as exc:
        where = exc.filename or config.reports_dir
        raise StoreError(
            f"cannot write the report archive: {where}: {exc.strerror or exc}",
            hint=f"make {config.reports_dir} writable (and not full), or set data_dir elsewhere",
        ) from exc


def _json_safe(value: Any) -> Any:
    """The report document with lone surrogates (which UTF-8 cannot encode) replaced."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def publish(config: Config, db: Database, report: RunReport) -> Path:
    """Write the run's reports, then rewrite the index and feed; returns the JSON report's path."""
    json_path = write_report(config, report)
    rebuild(config, db, now=report.finished_at)
    return json_path


def write_report(config: Config, report: RunReport) -> Path:
    """Write one run's JSON and HTML report in its dated folder; returns the JSON's path."""
    folder = report_dir(config.reports_dir, report.started_at)
    json_path = folder / f"{report.run_id}.json"
    with _writing(config):
        atomic_write_json(json_path, _json_safe(report_to_json(report)))
        html = render_report(
            report, tz=config.schedule.tz, max_entry_age_days=config.max_entry_age_days
        )
        atomic_write_text(folder / f"{report.run_id}.html", html)
    return json_path


def publish_recovered(config: Config, db: Database, run_ids: Sequence[str] = ()) -> list[Path]:
    """Write the reports of runs that stopped early, from what they stored.

    A check commits each feed's findings as it goes. Killed (`run_ids`, just marked
    interrupted) or stopped by an error before `publish` (an unwritable reports/, say), its
    findings would otherwise be in the database and the digest yet in no report, not in the
    Atom feed and not in the index's counts.
    """
    written: list[Path] = []
    try:
        for run_id in dict.fromkeys([*run_ids, *unreported_runs(db)]):
            recount_stored(db, run_id)
            run = q.get_run(db, run_id)
            if run is None:
                continue
            report = report_from_db(db, run)
            reason = run.error or INTERRUPTED
            report = replace(report, extra={**report.extra, "interrupted": reason})
            path = write_report(config, report)
            record_report_path(db, run_id, str(path))
            written.append(path)
        if written:
            rebuild(config, db)
    except StoreError as exc:
        # Not now: a run without a report path is tried again by the next check, which goes
        # on meanwhile, since the findings it stores matter more than a late report.
        log_event(log, logging.WARNING, "report of an earlier run not written", error=str(exc))
    return written


def rebuild(config: Config, db: Database, now: datetime | None = None) -> None:
    """Rewrite reports/index.html and reports/feed.atom from the runs table."""
    tz = config.schedule.tz
    with _writing(config):
        atomic_write_text(config.reports_dir / "index.html", index_html(db, tz))
        atomic_write_text(config.reports_dir / "feed.atom", feed_atom(db, now, tz))


def index_html(db: Database, tz: tzinfo = UTC) -> str:
    """Every run, newest first, with its counts per status and a link to its report."""
    runs = q.list_runs(db)
    return render_index(runs, q.status_totals(db), len(runs), STATIC_INDEX, tz=tz)


def feed_atom(db: Database, now: datetime | None = None, tz: tzinfo = UTC) -> str:
    """The newest runs that found something, as Atom entries."""
    runs = q.runs_with_findings(db, FEED_ENTRIES)
    by_run = q.run_findings(db, [r.id for r in runs])
    newest = max((r.finished_at or r.started_at for r in runs), default=None)
    updated = newest or now or datetime.now(UTC)
    return render_atom(runs, by_run, updated, STATIC_INDEX, tz)


def report_json_path(config: Config, run: q.RunRow) -> Path:
    """Where a run's JSON report lives."""
    return config.reports_dir / report_relpath(run.id, run.started_at, ".json")


def load_report(config: Config, db: Database, run_id: str) -> RunReport | None:
    """A run's report from its JSON file, else rebuilt from the database; None if no such run."""
    run = q.get_run(db, run_id)
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
    return report_from_db(db, run)


def report_from_db(db: Database, run: q.RunRow) -> RunReport:
    """A run's report from its stored row and findings (for runs whose JSON file is gone)."""
    return RunReport(
        run_id=run.id,
        started_at=run.started_at,
        finished_at=run.finished_at or run.started_at,
        feeds=q.run_feeds(db, run.id),
        entries_read=run.entries_read,
        entries_processed=run.entries_processed,
        counts=run.counts,
        findings=tuple(q.run_findings(db, [run.id]).get(run.id, [])),
        corroborated=tuple(q.corroborated_in_run(db, run.id)),
    )
