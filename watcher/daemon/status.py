"""`watcher status`: is the daemon doing its job? Runs, schedule, failing feeds, the outbox.

It only reads: the database, the job store's table and the run lock's file (with PostgreSQL,
the server's lock table), so it is safe to run at any time, also as a Docker HEALTHCHECK
beside a running check.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from watcher.config import Config
from watcher.daemon.scheduler import DAEMON_LOCK, DIGEST_JOB, POLL_JOB, stored_next_runs
from watcher.digest.run import pending_digests
from watcher.errors import redact
from watcher.feeds import due
from watcher.lock import LOCK_NAME, RunLock, held_by_server, named_lock
from watcher.logs import escape
from watcher.render import plural
from watcher.store import queries
from watcher.store.db import Database
from watcher.store.outbox import PendingDigest
from watcher.store.schema import open_database

STATUS_VERSION = 1
FAILING_FOR = timedelta(days=1)
JOB_LABELS = {POLL_JOB: "poll", DIGEST_JOB: "digest"}


@dataclass(frozen=True)
class RunSummary:
    """One row of the runs table, as a person reads it."""

    id: str
    started_at: datetime
    finished_at: datetime | None
    state: str  # ok, failed, running
    trigger: str
    feeds: int
    feeds_failed: int
    entries_processed: int
    findings_new: int
    counts: dict[str, int]
    error: str
    in_progress: bool  # 'running' and a live process holds the run lock


@dataclass(frozen=True)
class ScheduledJob:
    """When a stored job runs next, in the configured time zone."""

    id: str
    next_run: datetime | None
    overdue: bool


@dataclass(frozen=True)
class FailingFeed:
    """A feed whose every fetch has failed since `failing_since`."""

    url: str
    name: str
    failing_since: datetime
    last_error: str
    last_checked_at: datetime | None


@dataclass(frozen=True)
class FeedSchedule:
    """When a configured feed is checked next; `next_due` None: at the next poll (never checked)."""

    url: str
    name: str
    poll_minutes: float
    next_due: datetime | None
    failures: int
    retry_after: datetime | None


@dataclass(frozen=True)
class StatusReport:
    """Everything `watcher status` shows; `problems` empty means healthy."""

    now: datetime
    timezone: str
    database: str
    lock_holder: str
    daemon: str  # "daemon pid N since T" while `watcher run` serves this folder, else ''
    runs: tuple[RunSummary, ...]
    jobs: tuple[ScheduledJob, ...]
    failing_feeds: tuple[FailingFeed, ...]
    outbox: tuple[PendingDigest, ...]
    problems: tuple[str, ...] = field(default=())
    feeds: tuple[FeedSchedule, ...] = field(default=())

    @property
    def healthy(self) -> bool:
        return not self.problems


_PID = re.compile(r"\bpid (\d+)\b")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def live_lock_holder(config: Config, name: str = LOCK_NAME) -> str:
    """Who holds a lock in the data folder, from its file; '' when free or its writer died.

    Probing with `flock` would, for an instant, make a scheduled poll see the lock busy and
    skip, so the file's text and its process id are read instead. With PostgreSQL the server
    names the session holding the advisory lock, which is alive by definition.
    """
    if held_by_server(config.database_url):
        return named_lock(config.data_dir, name, database_url=config.database_url).holder()
    text = RunLock(config.data_dir / name).holder()
    match = _PID.search(text)
    if not match or not _pid_alive(int(match.group(1))):
        return ""
    return text


def _runs(db: Database, limit: int, lock_holder: str) -> tuple[RunSummary, ...]:
    return tuple(
        RunSummary(
            id=row.id,
            started_at=row.started_at,
            finished_at=row.finished_at,
            state=row.state,
            trigger=row.trigger,
            feeds=row.feeds_total,
            feeds_failed=row.feeds_failed,
            entries_processed=row.entries_processed,
            findings_new=row.findings_new,
            counts=row.counts,
            error=row.error,
            in_progress=row.state == "running" and bool(lock_holder),
        )
        for row in queries.list_runs(db, limit=limit)
    )


def _jobs(config: Config, db: Database, now: datetime) -> tuple[ScheduledJob, ...]:
    tz = ZoneInfo(config.schedule.timezone)
    # A poll is late when it has waited a whole extra interval (at least five minutes).
    late_after = max(timedelta(minutes=due.tick_minutes(config)), timedelta(minutes=5))
    out = []
    for job_id, when in sorted(stored_next_runs(db).items()):
        overdue = when is not None and job_id == POLL_JOB and now - when > late_after
        out.append(ScheduledJob(job_id, when.astimezone(tz) if when else None, overdue))
    return tuple(out)


def _failing_feeds(db: Database, now: datetime, config: Config) -> tuple[FailingFeed, ...]:
    """Configured feeds failing for a day: a URL checked once with `--feed`, or a feed since
    removed from the config, is nobody's to fix, so it is not listed."""
    out = []
    configured = [f.url for f in config.feeds]
    for row in queries.feeds_failing_since(db, now - FAILING_FOR, configured):
        assert row.failing_since is not None
        out.append(
            FailingFeed(
                url=row.url,
                name=row.name,
                failing_since=row.failing_since,
                last_error=row.last_error,
                last_checked_at=row.last_checked_at,
            )
        )
    return tuple(out)


def _feed_schedules(db: Database, config: Config) -> tuple[FeedSchedule, ...]:
    """Each configured feed's next due time, in config order."""
    rows = queries.feed_rows(db, [f.url for f in config.feeds])
    out = []
    for feed in config.feeds:
        row = rows.get(feed.url)
        out.append(
            FeedSchedule(
                url=feed.url,
                name=feed.name or (row.name if row else ""),
                poll_minutes=due.interval_minutes(config, feed),
                next_due=row.next_due_at if row else None,
                failures=row.failures if row else 0,
                retry_after=row.retry_after_at if row else None,
            )
        )
    return tuple(out)


def collect_status(config: Config, *, now: datetime | None = None, limit: int = 10) -> StatusReport:
    """Read the state; raises `StoreError` when the database can't be opened."""
    now = now or datetime.now(UTC)
    db = open_database(config.database_url)
    try:
        holder = live_lock_holder(config)
        jobs = _jobs(config, db, now)
        report = StatusReport(
            now=now,
            timezone=config.schedule.timezone,
            database=db.url,
            lock_holder=holder,
            daemon=live_lock_holder(config, DAEMON_LOCK),
            runs=_runs(db, limit, holder),
            jobs=jobs,
            failing_feeds=_failing_feeds(db, now, config),
            feeds=_feed_schedules(db, config),
            outbox=tuple(pending_digests(db)),
            problems=tuple(
                f"the {JOB_LABELS.get(j.id, j.id)} due at {j.next_run:%Y-%m-%d %H:%M %Z} has not "
                "run: is `watcher run` running?"
                for j in jobs
                if j.overdue and j.next_run is not None
            ),
        )
    finally:
        db.close()
    return _redacted(report, config.email.secrets())


def _redacted(report: StatusReport, secrets: tuple[str, ...]) -> StatusReport:
    """The report with any secret taken out of stored error text (older versions stored it)."""
    if not secrets:
        return report
    return replace(
        report,
        runs=tuple(replace(r, error=redact(r.error, secrets)) for r in report.runs),
        failing_feeds=tuple(
            replace(f, last_error=redact(f.last_error, secrets)) for f in report.failing_feeds
        ),
        outbox=tuple(replace(d, last_error=redact(d.last_error, secrets)) for d in report.outbox),
    )


def _iso(value: datetime | None, tz: ZoneInfo) -> str | None:
    return value.astimezone(tz).isoformat() if value else None


def to_json(report: StatusReport) -> dict[str, Any]:
    """The report as versioned JSON, times in the configured zone with their offset."""
    tz = ZoneInfo(report.timezone)
    return {
        "version": STATUS_VERSION,
        "healthy": report.healthy,
        "problems": list(report.problems),
        "now": _iso(report.now, tz),
        "timezone": report.timezone,
        "database": report.database,
        "run_lock": {"held": bool(report.lock_holder), "holder": report.lock_holder},
        "daemon": {"running": bool(report.daemon), "holder": report.daemon},
        "runs": [
            {
                "id": r.id,
                "started_at": _iso(r.started_at, tz),
                "finished_at": _iso(r.finished_at, tz),
                "state": r.state,
                "in_progress": r.in_progress,
                "trigger": r.trigger,
                "feeds": r.feeds,
                "feeds_failed": r.feeds_failed,
                "entries_processed": r.entries_processed,
                "findings_new": r.findings_new,
                "counts": r.counts,
                "error": r.error,
            }
            for r in report.runs
        ],
        "schedule": [
            {"job": j.id, "next_run": _iso(j.next_run, tz), "overdue": j.overdue}
            for j in report.jobs
        ],
        "feeds": [
            {
                "url": f.url,
                "name": f.name,
                "poll_minutes": f.poll_minutes,
                "next_due": _iso(f.next_due, tz),
                "failures": f.failures,
                "retry_after": _iso(f.retry_after, tz),
            }
            for f in report.feeds
        ],
        "failing_feeds": [
            {
                "url": f.url,
                "name": f.name,
                "failing_since": _iso(f.failing_since, tz),
                "last_checked_at": _iso(f.last_checked_at, tz),
                "last_error": f.last_error,
            }
            for f in report.failing_feeds
        ],
        "outbox": [
            {
                "id": d.id,
                "subject": d.subject,
                "created_at": _iso(d.created_at, tz),
                "state": d.state,
                "findings": d.finding_count,
                "attempts": d.attempts,
                "last_attempt_at": _iso(d.last_attempt_at, tz),
                "last_error": d.last_error,
            }
            for d in report.outbox
        ],
    }


def _local(value: datetime | None, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z") if value else "-"


def _ago(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    return f"{hours // 24}d {hours % 24}h" if hours >= 24 else f"{hours}h"


def format_text(report: StatusReport) -> str:
    """The report for a terminal; text from feeds and servers is escaped onto one line each."""
    tz = ZoneInfo(report.timezone)
    lines = [
        f"Watcher status at {_local(report.now, tz)} ({report.timezone})",
        f"database: {escape(report.database)}",
        f"daemon: {'running, ' + escape(report.daemon) if report.daemon else 'not running'}",
        f"run lock: {'held by ' + escape(report.lock_holder) if report.lock_holder else 'free'}",
        "",
        "Last runs:",
    ]
    for r in report.runs:
        state = "running now" if r.in_progress else r.state
        if r.state == "running" and not r.in_progress:
            state = "running, but no process holds the lock (interrupted)"
        feeds_part = plural(r.feeds, "feed") + (
            f" ({r.feeds_failed} failed)" if r.feeds_failed else ""
        )
        line = (
            f"  {_local(r.started_at, tz)}  {r.trigger:<8}  {state:<6}  {feeds_part}, "
            f"{plural(r.entries_processed, 'entry', 'entries')}, "
            f"{plural(r.findings_new, 'new finding')}  [{r.id}]"
        )
        if r.error:
            line += f"  error: {escape(r.error)}"
        lines.append(line)
    if not report.runs:
        lines.append("  none yet: run `watcher check` or start `watcher run`")
    lines += ["", "Next scheduled:"]
    for j in report.jobs:
        late = "  OVERDUE" if j.overdue else ""
        lines.append(f"  {JOB_LABELS.get(j.id, j.id):<8}{_local(j.next_run, tz)}{late}")
    if not report.jobs:
        lines.append("  nothing: `watcher run` has not been started on this database")
    lines += ["", "Feeds, next check:"]
    for fs in report.feeds:
        when = _local(fs.next_due, tz) if fs.next_due else "next poll"
        extra = f"  ({plural(fs.failures, 'failure')} in a row)" if fs.failures else ""
        if fs.retry_after:
            extra += f"  server asked to wait until {_local(fs.retry_after, tz)}"
        name = f"{escape(fs.name)} " if fs.name else ""
        lines.append(f"  {when}  every {fs.poll_minutes:g} min  {name}<{escape(fs.url)}>{extra}")
    if not report.feeds:
        lines.append("  none configured")
    lines += ["", "Feeds failing for more than a day:"]
    for f in report.failing_feeds:
        name = f"{escape(f.name)} " if f.name else ""
        lines.append(
            f"  {name}<{escape(f.url)}> since {_local(f.failing_since, tz)} "
            f"({_ago(report.now - f.failing_since)}): {escape(f.last_error)}"
        )
    if not report.failing_feeds:
        lines.append("  none")
    lines += ["", "Outbox:"]
    for d in report.outbox:
        error = f", last error: {escape(d.last_error)}" if d.last_error else ""
        lines.append(
            f"  {d.id}  {_local(d.created_at, tz)}  {escape(d.subject)}  "
            f"({plural(d.finding_count, 'finding')}, {plural(d.attempts, 'attempt')}{error})"
        )
    if not report.outbox:
        lines.append("  empty")
    if report.problems:
        lines += ["", "Problems:"] + [f"  {p}" for p in report.problems]
    return "\n".join(lines) + "\n"
