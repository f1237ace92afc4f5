"""Helpers for the daemon's tests: configs on tmp_path, rows written as the pipeline writes them."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from watcher.config import Config, from_mapping
from watcher.daemon.scheduler import DaemonScheduler
from watcher.store.db import Database
from watcher.store.schema import digests, feeds, runs


def make_config(tmp_path: Path, **top: Any) -> Config:
    """A config whose data lives in tmp_path; `schedule` and `email` may be given as dicts."""
    return from_mapping({"data_dir": str(tmp_path), **top}, tmp_path, source="test")


def run_paused(scheduler: DaemonScheduler) -> None:
    """Start a scheduler so it stores its jobs, without running any, then stop it."""
    thread = threading.Thread(target=scheduler.start, kwargs={"paused": True})
    thread.start()
    deadline = time.monotonic() + 10
    while not scheduler.running and time.monotonic() < deadline:
        time.sleep(0.01)
    scheduler.shutdown(wait=True)
    thread.join(10)
    assert not thread.is_alive()


def add_run(
    engine: Database,
    run_id: str,
    started: datetime,
    *,
    state: str = "ok",
    finished: datetime | None = None,
    trigger: str = "schedule",
    feed_states: tuple[str, ...] = ("ok",),
    findings_new: int = 0,
    entries: int = 0,
    error: str | None = None,
) -> None:
    with engine.begin() as conn:
        conn.execute(
            runs.insert().values(
                id=run_id,
                started_at=started,
                finished_at=finished,
                state=state,
                trigger=trigger,
                counts={"new": findings_new},
                feeds=[{"url": f"http://feed/{i}", "state": s} for i, s in enumerate(feed_states)],
                entries_read=entries,
                entries_processed=entries,
                findings_new=findings_new,
                error=error,
            )
        )


def add_feed(
    engine: Database,
    url: str,
    name: str,
    *,
    failing_since: datetime | None,
    error: str = "",
    checked: datetime | None = None,
) -> None:
    with engine.begin() as conn:
        conn.execute(
            feeds.insert().values(
                url=url,
                name=name,
                last_state="error" if failing_since else "ok",
                last_error=error or None,
                last_checked_at=checked,
                failing_since=failing_since,
            )
        )


def add_digest(
    engine: Database, digest_id: str, created: datetime, *, state: str, error: str = ""
) -> None:
    with engine.begin() as conn:
        conn.execute(
            digests.insert().values(
                id=digest_id,
                message_id=f"<{digest_id}@test>",
                created_at=created,
                subject=f"Ukraine-NATO path: digest {digest_id}",
                recipients=["analyst@example.org"],
                message=b"Subject: test\r\n\r\nbody\r\n",
                state=state,
                attempts=2 if error else 0,
                last_error=error or None,
                finding_count=3,
            )
        )
