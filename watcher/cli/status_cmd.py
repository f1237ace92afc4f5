"""`watcher status [--json]`: last runs, next scheduled times, failing feeds, the outbox."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from watcher.config import load
from watcher.daemon.status import collect_status, format_text, to_json
from watcher.render import terminal_json, terminal_text

#: Exit status when the database opens but the schedule is overdue (the daemon is not running).
UNHEALTHY = 3


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher status`."""
    parser = sub.add_parser(
        "status",
        parents=[common],
        description=(
            "Show the last runs and their outcomes, the next scheduled poll and digest in the "
            "configured time zone, feeds failing for more than a day, and digests waiting in "
            "the outbox. Exit status: 0 healthy, 1 the database can't be opened, "
            f"{UNHEALTHY} a scheduled job is overdue (is `watcher run` running?)."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--runs",
        type=int,
        default=10,
        metavar="N",
        help="how many recent runs (default: %(default)s)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the status; the exit status is what a HEALTHCHECK needs."""
    config = load(args.config)
    report = collect_status(config, limit=max(args.runs, 0))
    if args.json:
        sys.stdout.write(terminal_json(to_json(report)) + "\n")
    else:
        sys.stdout.write(terminal_text(format_text(report)))
    return 0 if report.healthy else UNHEALTHY
