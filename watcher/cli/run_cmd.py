"""`watcher run`: the daemon that polls the feeds and sends the daily digest."""

from __future__ import annotations

import argparse
from typing import Any

from watcher.config import load
from watcher.daemon.scheduler import run_daemon


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher run`."""
    parser = sub.add_parser(
        "run",
        parents=[common],
        description=(
            "Poll the feeds every `schedule.poll_minutes` and send the digest at "
            "`schedule.digest_at` in `schedule.timezone`. Jobs are kept in the database, so a "
            "digest missed while stopped runs once on restart (within "
            "`schedule.misfire_grace_minutes`). SIGTERM or Ctrl-C lets the job in flight "
            "finish and stops; a second signal stops at once (the run is then recorded as "
            "interrupted on the next start)."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run until stopped by a signal."""
    return run_daemon(load(args.config))
