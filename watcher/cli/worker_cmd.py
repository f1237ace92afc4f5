"""`watcher worker` takes queued feed checks; `watcher enqueue` queues them now."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from watcher.check import select_feeds
from watcher.config import Config, load
from watcher.errors import ConfigError
from watcher.render import terminal_text


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher worker` and `watcher enqueue`."""
    worker = sub.add_parser(
        "worker",
        parents=[common],
        description=(
            'With tasks.engine = "procrastinate", take "check this feed" jobs from the queue in '
            "the PostgreSQL database and check each feed as `watcher check --feed URL` would. "
            "Run as many as the feeds need, on any host that reaches the database. A worker "
            "silent for tasks.stall_seconds is taken for dead and its job goes to another. "
            "SIGTERM or Ctrl-C finishes the jobs in flight and stops."
        ),
    )
    worker.add_argument(
        "--concurrency",
        type=int,
        metavar="N",
        default=None,
        help="jobs at once in this process (default: tasks.concurrency)",
    )
    worker.add_argument(
        "--burst",
        action="store_true",
        help="exit once the queue is empty instead of waiting for more jobs",
    )
    worker.set_defaults(func=run_worker)

    enqueue = sub.add_parser(
        "enqueue",
        parents=[common],
        description=(
            "Queue a check of every configured feed (or of the --feed URLs) now, whether due "
            "or not, and exit; a feed with a job already waiting gets no second one."
        ),
    )
    enqueue.add_argument(
        "--feed",
        action="append",
        metavar="URL",
        default=None,
        help="queue only this feed (repeatable)",
    )
    enqueue.set_defaults(func=run_enqueue)


def _queued_config(path: str | None) -> Config:
    config = load(path)
    if not config.tasks.queued:
        raise ConfigError(
            "tasks.engine is embedded, so there is no feed queue",
            hint='set tasks.engine = "procrastinate" (with a PostgreSQL database)',
        )
    return config


def run_worker(args: argparse.Namespace) -> int:
    """Work until stopped, or until the queue is empty with --burst."""
    if args.concurrency is not None and not 1 <= args.concurrency <= 1000:
        raise ConfigError(f"--concurrency: {args.concurrency} is not between 1 and 1000")
    config = _queued_config(args.config)
    from watcher.workers.queue import run_worker as work

    return work(config, concurrency=args.concurrency, burst=args.burst)


def run_enqueue(args: argparse.Namespace) -> int:
    """Queue the feeds and say how many."""
    config = _queued_config(args.config)
    feeds = select_feeds(config, args.feed)
    from watcher.workers.queue import enqueue, ensure_schema

    ensure_schema(config)
    done = enqueue(config, [f.url for f in feeds])
    line = f"queued {len(done.queued)} feed check(s)"
    if done.waiting:
        line += f"; {len(done.waiting)} already waiting"
    sys.stdout.write(terminal_text(line) + "\n")
    return 0
