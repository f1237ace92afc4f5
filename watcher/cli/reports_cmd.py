"""`watcher reports list|show`: the archive in the terminal."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from watcher import config as config_mod
from watcher.archive import publish as archive
from watcher.errors import WatcherError
from watcher.models import REPORTED, Finding, is_backlog
from watcher.render import (
    also_told,
    plain_evidence,
    plural,
    source_dates,
    terminal_json,
    terminal_text,
)
from watcher.store import queries as q
from watcher.store.db import Database
from watcher.store.schema import open_database

STATUSES = tuple(str(s) for s in REPORTED)
SHORT = {"contradicted": "Contra.", "changed": "Changed", "new": "New"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher reports` and its subcommands."""
    parser = sub.add_parser("reports", parents=[common])
    inner = parser.add_subparsers(dest="reports_command", metavar="ACTION", required=True)
    listing = inner.add_parser("list", help="runs, newest first", parents=[common])
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument(
        "--limit", type=int, default=50, help="how many runs (default: %(default)s; 0 for all)"
    )
    listing.set_defaults(func=run_list)
    show = inner.add_parser("show", help="one run's report", parents=[common])
    show.add_argument("run_id", metavar="RUN_ID", help="a run id from `watcher reports list`")
    show.set_defaults(func=run_show)


def _open(args: argparse.Namespace) -> tuple[config_mod.Config, Database]:
    config = config_mod.load(args.config)
    return config, open_database(config.database_url)


def _state_note(state: str) -> str:
    return "" if state == "ok" else f"\n({state})"


def run_list(args: argparse.Namespace) -> int:
    config, db = _open(args)
    runs = q.list_runs(db, limit=args.limit or None)
    if args.json:
        payload = [
            {
                "run_id": r.id,
                "started_at": r.started_at.isoformat(),
                "finished_at": r.finished_at.isoformat() if r.finished_at else None,
                "state": r.state,
                "trigger": r.trigger,
                "counts": r.counts,
                "findings_new": r.findings_new,
                "feeds_failed": r.feeds_failed,
                "entries_read": r.entries_read,
                "report": str(archive.report_json_path(config, r)),
            }
            for r in runs
        ]
        print(terminal_json(payload))
        return 0
    console = Console()
    if not runs:
        console.print("No runs yet. Run `watcher check`.", markup=False)
        return 0
    table = Table(
        title=f"Runs ({q.count_runs(db)} in the archive, newest first)",
        caption="Failed: feeds that failed in the run; runs that did not finish say so",
    )
    table.add_column("Run id", no_wrap=True)
    tz = config.schedule.tz
    table.add_column(f"Started ({config.schedule.timezone})", min_width=10)
    for status in STATUSES:
        table.add_column(SHORT.get(status, status), justify="right")
    table.add_column("Failed", justify="right")
    for r in runs:
        started = r.started_at.astimezone(tz)
        table.add_row(
            Text(terminal_text(r.id)),
            Text(f"{started:%Y-%m-%d}\n{started:%H:%M}" + _state_note(r.state)),
            *(str(r.counts.get(s, 0)) for s in STATUSES),
            str(r.feeds_failed),
        )
    console.print(table)
    return 0


def _findings_table(found: list[Finding], title: str | None = None) -> Table:
    """Findings with each source's outlet, publication and seen dates, baseline and evidence."""
    table = Table(title=title, show_lines=True)
    table.add_column("Status")
    table.add_column("Claim (sources)")
    table.add_column("Baseline (seed)")
    table.add_column("Cue and diff")
    for f in found:
        sources = "\n".join(
            f"- {s.outlet or 'unknown outlet'}, {source_dates(s)}" for s in f.sources
        )
        shown = plain_evidence(f.text, f.baseline_text, f.cue)
        baseline = f"{shown.baseline} ({f.baseline_source})" if f.baseline_text else "-"
        evidence = f.cue + (f"\n{shown.diff}" if shown.diff else "")
        told = "".join(f'\nalso in this entry: "{sentence}"' for sentence in also_told(f))
        table.add_row(
            str(f.status),
            Text(terminal_text(f"{shown.claim}{told}\n{sources}")),
            Text(terminal_text(baseline)),
            Text(terminal_text(evidence)),
        )
    return table


def run_show(args: argparse.Namespace) -> int:
    config, db = _open(args)
    report = archive.load_report(config, db, args.run_id)
    if report is None:
        raise WatcherError(
            f"no run {args.run_id!r} in the archive", hint="`watcher reports list` shows the ids"
        )
    console = Console()
    started = report.started_at.astimezone(config.schedule.tz)
    console.print(
        terminal_text(
            f"Run {report.run_id}: {started:%Y-%m-%d %H:%M %Z}, "
            f"{plural(report.entries_read, 'entry', 'entries')} read, "
            f"{report.entries_processed} judged, {plural(len(report.findings), 'new finding')}"
        ),
        markup=False,
        highlight=False,
    )
    age = config.max_entry_age_days
    news = [f for f in report.findings if not is_backlog(f, age)]
    backlog = [f for f in report.findings if is_backlog(f, age)]
    if news:
        console.print(_findings_table(news))
    if backlog:
        title = f"Backlog: published more than {age} days before Watcher saw them"
        console.print(_findings_table(backlog, title=title))
    failed = [f for f in report.feeds if f.state == "error"]
    if failed:
        table = Table(title="Feeds that failed")
        table.add_column("Feed")
        table.add_column("Why")
        for feed in failed:
            table.add_row(
                Text(terminal_text(feed.name or feed.url)),
                Text(terminal_text(f"{feed.error_kind}: {feed.error}")),
            )
        console.print(table)
    return 0
