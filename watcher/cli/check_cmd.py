"""`watcher check`: fetch the feeds now, judge what is new, store and report it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from watcher import config as config_mod
from watcher.check import run_check
from watcher.digest import run as digest
from watcher.errors import ConfigError
from watcher.models import REPORTED, RunReport
from watcher.render import plain_evidence, plural, terminal_json, terminal_text

from .progress import progress_callback

#: Most severe findings listed in the summary table.
TOP_FINDINGS = 10

#: Invented entries (new, changed, contradicted and off-topic) for a first check without network.
SAMPLE_FEED = Path(__file__).resolve().parent.parent / "data" / "sample-feed.xml"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher check`."""
    parser = sub.add_parser(
        "check",
        parents=[common],
        description=(
            "Fetch the feeds, judge new and edited entries against the baseline, store the "
            "findings and write the run's report. Exit status: 0 done (a failed feed is "
            "reported in the table), 1 every feed failed or an error stopped the run."
        ),
    )
    parser.add_argument(
        "--feed",
        action="append",
        metavar="URL",
        default=[],
        help=(
            "check only this feed (repeatable; a URL not in the config is checked too; "
            "a path to an existing file is read as that file)"
        ),
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="check the sample feed shipped with Watcher, as a dry run (no network needed)",
    )
    parser.add_argument("--json", action="store_true", help="print the run summary as JSON")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="fetch and judge, but store nothing and write no report",
    )
    parser.add_argument(
        "--send",
        action="store_true",
        help="then make and send the digest, as `watcher digest --send` does",
    )
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="exit at once if another run holds the lock, instead of waiting for it",
    )
    parser.set_defaults(func=run)


def feed_url(value: str) -> str:
    """A `--feed` value as a URL: a path to an existing file becomes its `file://` URL.

    Anything else without a scheme is refused with the URL forms it could take.
    """
    if "://" in value:
        return value
    path = Path(value).expanduser()
    if path.is_file():
        return path.resolve().as_uri()
    raise ConfigError(
        f"--feed {value!r} is neither a URL nor an existing file",
        hint=config_mod.file_url_hint(value),
    )


def summary(report: RunReport) -> dict[str, Any]:
    """The run summary `--json` prints."""
    return {
        "version": 1,
        "run_id": report.run_id,
        "started_at": report.started_at.isoformat(),
        "finished_at": report.finished_at.isoformat(),
        "dry_run": report.extra.get("dry_run") == "true",
        "counts": dict(report.counts),
        "entries_read": report.entries_read,
        "entries_processed": report.entries_processed,
        "feeds": [asdict(f) for f in report.feeds],
        "findings": [
            {
                "id": f.id,
                "status": str(f.status),
                "text": f.text,
                "cue": f.cue,
                "baseline_source": f.baseline_source,
                "sources": len(f.sources),
            }
            for f in report.findings
        ],
        "corroborated": [{"id": f.id, "sources": len(f.sources)} for f in report.corroborated],
        "report_path": report.report_path,
    }


def run(args: argparse.Namespace) -> int:
    """Run one check and print its summary."""
    config = config_mod.load(args.config)
    feed_urls = [feed_url(value) for value in args.feed]
    if args.sample:
        if feed_urls or args.send:
            raise ConfigError(
                "--sample checks only the sample feed, as a dry run",
                hint="drop --feed and --send, or drop --sample",
            )
        feed_urls = [SAMPLE_FEED.as_uri()]
    with progress_callback("checking feeds") as update:
        report = run_check(
            config,
            feed_urls=feed_urls or None,
            dry_run=args.dry_run or args.sample,
            wait_for_lock=not args.no_wait,
            progress=(lambda done, total, _url: update(done, total)) if update else None,
        )
    send = args.send and not args.dry_run
    result = digest.run_digest(config, send=True) if send else None
    if args.json:
        payload = summary(report)
        if result is not None:
            payload["digest"] = {
                "summary": digest.summary_lines(result),
                "digest_id": result.digest_id,
                "sent": list(result.sent),
                "errors": dict(result.errors),
                "pending": len(result.pending),
            }
        print(terminal_json(payload))
    else:
        print_summary(report, Console(soft_wrap=False))
        if args.sample:
            print(
                "That was the sample feed, invented entries shipped with Watcher. "
                "`watcher check` reads the configured feeds."
            )
        for line in digest.summary_lines(result) if result is not None else ():
            print(terminal_text(f"digest: {line}"))
    if result is not None and result.errors:
        for digest_id, error in result.errors.items():
            print(terminal_text(f"watcher: digest {digest_id} not sent: {error}"), file=sys.stderr)
        return 1
    return all_failed(report)


def all_failed(report: RunReport) -> int:
    """Exit status 1, with one line saying so, when there were feeds and every one failed.

    Then nothing was checked at all, which a script or a cron mail must not mistake for a
    quiet day.
    """
    failed = sum(1 for f in report.feeds if f.state == "error")
    if not report.feeds or failed < len(report.feeds):
        return 0
    print(
        f"watcher: error: every feed failed ({plural(failed, 'feed')}); nothing was checked "
        "(hint: without internet access, try `watcher check --sample`)",
        file=sys.stderr,
    )
    return 1


def print_summary(report: RunReport, console: Console) -> None:
    """Counts per status, each feed's result, and the most severe findings."""
    counts = Table(title=f"Run {report.run_id}", show_header=True)
    for status in (*REPORTED, "known", "irrelevant"):
        counts.add_column(str(status), justify="right")
    counts.add_row(*(str(report.counts.get(str(s), 0)) for s in (*REPORTED, "known", "irrelevant")))
    console.print(counts)

    feeds = Table(title="Feeds", show_header=True)
    feeds.add_column("feed")
    feeds.add_column("result")
    feeds.add_column("read", justify="right")
    feeds.add_column("new", justify="right")
    for outcome in report.feeds:
        result = outcome.state
        if outcome.state == "error":
            result = f"error ({outcome.error_kind}): {outcome.error}"
        elif outcome.warning:
            result = f"{outcome.state} (warning: {outcome.warning})"
        feeds.add_row(
            escape(terminal_text(outcome.name or outcome.url)),
            escape(terminal_text(result)),
            str(outcome.entries_read),
            str(outcome.entries_new),
        )
    console.print(feeds)

    if report.findings:
        top = Table(title="Most severe new findings", show_header=True)
        top.add_column("status")
        top.add_column("claim and evidence")
        top.add_column("sources", justify="right")
        for finding in report.findings[:TOP_FINDINGS]:
            shown = plain_evidence(finding.text, finding.baseline_text, finding.cue)
            versus = f"\nvs baseline: {shown.baseline}" if finding.baseline_text else ""
            evidence = f"\ndiff: {shown.diff}" if shown.diff else versus
            top.add_row(
                str(finding.status),
                Text(terminal_text(shown.claim + evidence)),
                str(len(finding.sources)),
            )
        console.print(top)
    more = len(report.findings) - TOP_FINDINGS
    tail = f" ({more} more in the report)" if more > 0 else ""
    console.print(
        escape(
            f"{report.entries_processed} new or edited entries of {report.entries_read} read; "
            f"{plural(len(report.findings), 'new finding')}{tail}, "
            f"{plural(len(report.corroborated), 'earlier finding')} corroborated."
        )
    )
    if report.report_path:
        console.print(escape(terminal_text(f"report: {report.report_path}")))
    elif report.extra.get("dry_run") == "true":
        console.print("dry run: nothing stored, no report written")
