"""When each feed is due again: its own interval, backoff after failures, and what the server
asked for (`Retry-After` on 429/503, `Cache-Control: max-age`).

Pure functions of the stored facts and a given `now`, so the rules are tested without a clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from watcher.config import Config, FeedConfig

#: Statuses whose `Retry-After` is honoured: the server is overloaded or rate-limiting.
RETRY_AFTER_STATUSES = frozenset({429, 503})
#: Doublings counted at most; the cap takes over long before.
MAX_DOUBLINGS = 30
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d{1,12})\"?", re.IGNORECASE)


@dataclass(frozen=True)
class DueState:
    """What the store keeps per feed to decide when it is due."""

    next_due_at: datetime | None = None
    failures: int = 0
    retry_after_at: datetime | None = None


def interval_minutes(config: Config, feed: FeedConfig) -> float:
    """A feed's own poll interval: its `poll_minutes`, else the global one."""
    return feed.poll_minutes if feed.poll_minutes is not None else config.schedule.poll_minutes


def tick_minutes(config: Config) -> float:
    """How often the daemon looks for due feeds: the smallest interval of any feed."""
    return min([config.schedule.poll_minutes, *(interval_minutes(config, f) for f in config.feeds)])


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """`Retry-After` as an absolute time: delay-seconds or an HTTP date; None when unreadable."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return now + timedelta(seconds=min(int(text), 10**9))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def parse_max_age(cache_control: str | None) -> float | None:
    """Seconds of `Cache-Control: max-age`, or None when absent or `no-cache`/`no-store`."""
    if not cache_control:
        return None
    lowered = cache_control.lower()
    if "no-cache" in lowered or "no-store" in lowered:
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def next_due(
    checked_at: datetime,
    *,
    interval_minutes: float,
    max_backoff_minutes: float,
    failures: int = 0,
    retry_after: datetime | None = None,
    max_age_seconds: float | None = None,
) -> datetime:
    """When a feed checked at `checked_at` is due again.

    A healthy feed waits its interval, or longer when `max-age` says its answer stays fresh
    longer (never shorter: the interval is the operator's choice). A failing one waits
    interval x 2^failures. A `Retry-After` time is never polled before. Whatever the server
    asks, the wait is at most `max_backoff_minutes` (or the interval, if that is longer).
    """
    interval = timedelta(minutes=interval_minutes)
    cap = max(timedelta(minutes=max_backoff_minutes), interval)
    wait = interval * (2 ** min(failures, MAX_DOUBLINGS)) if failures > 0 else interval
    if max_age_seconds is not None:
        wait = max(wait, timedelta(seconds=max_age_seconds))
    due = checked_at + min(wait, cap)
    if retry_after is not None:
        due = max(due, min(retry_after, checked_at + cap))
    return due


def is_due(state: DueState | None, now: datetime, slack: timedelta = timedelta(0)) -> bool:
    """Whether a feed is due at `now`; one never checked is. `slack` lets a tick that fires a
    moment before the due time take the feed, but a `Retry-After` time is kept exactly."""
    if state is None or state.next_due_at is None:
        return True
    if state.retry_after_at is not None and now < state.retry_after_at:
        return False
    return state.next_due_at <= now + slack


def tick_slack(config: Config) -> timedelta:
    """How early a feed may be taken: a tenth of the tick, at most a minute."""
    return min(timedelta(minutes=tick_minutes(config)) / 10, timedelta(minutes=1))


def due_feeds(
    config: Config, states: Mapping[str, DueState], now: datetime
) -> tuple[FeedConfig, ...]:
    """The configured feeds due at `now`, in config order."""
    slack = tick_slack(config)
    return tuple(f for f in config.feeds if is_due(states.get(f.url), now, slack))
