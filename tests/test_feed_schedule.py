"""Per-feed schedules: own intervals, backoff, Retry-After and max-age, shown by `status`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, text

from watcher.check import run_check
from watcher.cli import main
from watcher.config import Config, FeedConfig, from_mapping, load
from watcher.daemon.scheduler import plan_jobs, poll_due
from watcher.errors import ConfigError
from watcher.feeds import due
from watcher.store.ingest import Store
from watcher.store.schema import open_database, schema_migrations

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss
from .logs_fixtures import restore_logging  # noqa: F401
from .pg_fixtures import database_toml

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

T0 = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
STORY = rss(("a1", "Allies", "Allies met in Vilnius."))


def _config(
    tmp_path: Path, baseline: Path, feeds: list[dict[str, object]], **schedule: float
) -> Path:
    """A watcher.toml with per-feed tables, on the running test's database."""
    lines = [f'data_dir = "{tmp_path / "data"}"', f'baseline = "{baseline}"']
    lines += database_toml().splitlines()
    lines.append("allow_private_links = true")
    if schedule:
        lines.append("[schedule]")
        lines += [f"{k} = {v}" for k, v in schedule.items()]
    for feed in feeds:
        lines.append("[[feeds]]")
        lines += [f"{k} = {json.dumps(v)}" for k, v in feed.items()]
    path = tmp_path / "watcher.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _states(config: Config) -> dict[str, due.DueState]:
    db = open_database(config.database_url)
    try:
        states = Store(db).feed_states([f.url for f in config.feeds])
    finally:
        db.close()
    return {u: due.DueState(s.next_due_at, s.failures, s.retry_after_at) for u, s in states.items()}


def feeds_due(config: Config, now: datetime) -> tuple[FeedConfig, ...]:
    return due.due_feeds(config, _states(config), now)


# Pure rules


def test_a_failing_feed_waits_twice_as_long_each_time_up_to_the_cap() -> None:
    waits = [
        due.next_due(T0, interval_minutes=60, max_backoff_minutes=1440, failures=n) - T0
        for n in range(8)
    ]
    assert [w / timedelta(minutes=1) for w in waits] == [60, 120, 240, 480, 960, 1440, 1440, 1440]
    # A failure count far past the cap never overflows.
    huge = due.next_due(T0, interval_minutes=60, max_backoff_minutes=1440, failures=10**6)
    assert huge == T0 + timedelta(days=1)
    # An interval longer than the cap is never shortened by it.
    slow = due.next_due(T0, interval_minutes=2880, max_backoff_minutes=1440, failures=3)
    assert slow == T0 + timedelta(minutes=2880)


def test_retry_after_and_max_age_are_read_and_bounded() -> None:
    assert due.parse_retry_after("120", T0) == T0 + timedelta(seconds=120)
    later = T0 + timedelta(hours=3)
    assert due.parse_retry_after(format_datetime(later, usegmt=True), T0) == later
    assert due.parse_retry_after("soon", T0) is None
    assert due.parse_retry_after("", T0) is None
    assert due.parse_max_age("public, max-age=7200") == 7200
    assert due.parse_max_age("max-age=7200, no-cache") is None
    assert due.parse_max_age("private") is None

    rules = {"interval_minutes": 60, "max_backoff_minutes": 1440}
    # max-age shorter than the interval changes nothing; longer delays the next check.
    assert due.next_due(T0, **rules, max_age_seconds=60) == T0 + timedelta(minutes=60)
    assert due.next_due(T0, **rules, max_age_seconds=3 * 3600) == T0 + timedelta(hours=3)
    assert due.next_due(T0, **rules, max_age_seconds=10**9) == T0 + timedelta(days=1)
    # Retry-After is the earliest next time, but a server can't park a feed beyond the cap.
    asked = T0 + timedelta(hours=5)
    assert due.next_due(T0, **rules, failures=1, retry_after=asked) == asked
    far = T0 + timedelta(days=30)
    assert due.next_due(T0, **rules, failures=1, retry_after=far) == T0 + timedelta(days=1)


def test_a_retry_after_time_is_kept_exactly_even_within_the_slack() -> None:
    state = due.DueState(T0, 1, T0 + timedelta(seconds=30))
    assert not due.is_due(state, T0 + timedelta(seconds=29), slack=timedelta(minutes=1))
    assert due.is_due(state, T0 + timedelta(seconds=30), slack=timedelta(minutes=1))
    assert due.is_due(None, T0)
    assert due.is_due(due.DueState(T0 + timedelta(seconds=5)), T0, slack=timedelta(seconds=6))


def test_feed_intervals_are_settings_with_bounds(tmp_path: Path) -> None:
    config = from_mapping(
        {
            "schedule": {"poll_minutes": 60, "max_backoff_minutes": 600},
            "feeds": [{"url": "https://a.test/"}, {"url": "https://b.test/", "poll_minutes": 30}],
        },
        tmp_path,
    )
    assert [due.interval_minutes(config, f) for f in config.feeds] == [60.0, 30.0]
    assert config.schedule.max_backoff_minutes == 600.0
    assert due.tick_minutes(config) == 30.0
    poll = plan_jobs(config, {}, T0, "")[0]
    assert poll.trigger.interval == timedelta(minutes=30)
    for bad, message in (
        (0, "feeds[].poll_minutes: 0 is out of range"),
        ("30", "feeds[].poll_minutes: expected number"),
    ):
        with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
            from_mapping({"feeds": [{"url": "https://a.test/", "poll_minutes": bad}]}, tmp_path)
    with pytest.raises(ConfigError, match="schedule.max_backoff_minutes"):
        from_mapping({"schedule": {"max_backoff_minutes": -1}}, tmp_path)


# Through the store, on SQLite and PostgreSQL


@pytest.mark.usefixtures("each_database")
def test_feeds_with_their_own_interval_are_due_at_their_own_times(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    fast = feed_server.add("/fast", Route(STORY))
    slow = feed_server.add("/slow", Route(rss(("b1", "Other", "Sweden joined NATO."))))
    path = _config(
        tmp_path,
        baseline_file,
        [{"url": fast, "poll_minutes": 30}, {"url": slow}],
        poll_minutes=60,
    )
    config = load(path)
    assert [f.url for f in feeds_due(config, T0)] == [fast, slow]  # never checked: due
    run_check(config, now=T0)
    # A tick may take a feed up to a tenth of the tick (at most a minute) early, not more.
    assert feeds_due(config, T0 + timedelta(minutes=28, seconds=59)) == ()
    assert [f.url for f in feeds_due(config, T0 + timedelta(minutes=29))] == [fast]
    assert [f.url for f in feeds_due(config, T0 + timedelta(minutes=30))] == [fast]

    assert poll_due(config, T0 + timedelta(minutes=30)) is not None
    assert (len(feed_server.hits("/fast")), len(feed_server.hits("/slow"))) == (2, 1)
    assert [f.url for f in feeds_due(config, T0 + timedelta(minutes=60))] == [fast, slow]
    states = _states(config)
    assert states[fast].next_due_at == T0 + timedelta(minutes=60)
    assert states[slow].next_due_at == T0 + timedelta(minutes=60)


@pytest.mark.usefixtures("each_database")
def test_a_feed_answering_503_with_retry_after_is_not_fetched_before_that_time(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    headers = {"Content-Type": "text/plain", "Retry-After": "3600"}
    busy = feed_server.add("/busy", Route(b"busy", status=503, headers=headers))
    path = _config(tmp_path, baseline_file, [{"url": busy, "poll_minutes": 1}], poll_minutes=1)
    config = load(path)
    report = poll_due(config, T0)
    assert report is not None and report.feeds[0].http_status == 503
    state = _states(config)[busy]
    assert (state.failures, state.retry_after_at) == (1, T0 + timedelta(hours=1))

    # Backoff alone would allow a try after two minutes; the server asked for an hour.
    for minutes in (2, 30, 59):
        assert poll_due(config, T0 + timedelta(minutes=minutes)) is None
    assert len(feed_server.hits("/busy")) == 1

    # An HTTP date works the same; the feed recovers and goes back to its own interval.
    later = T0 + timedelta(hours=1)
    headers["Retry-After"] = format_datetime(later + timedelta(hours=2), usegmt=True)
    feed_server.routes["/busy"] = Route(b"busy", status=429, headers=headers)
    assert poll_due(config, later) is not None
    assert _states(config)[busy].retry_after_at == later + timedelta(hours=2)
    assert poll_due(config, later + timedelta(minutes=119)) is None
    feed_server.routes["/busy"] = Route(STORY)
    assert poll_due(config, later + timedelta(hours=2)) is not None
    state = _states(config)[busy]
    assert (state.failures, state.retry_after_at) == (0, None)
    assert state.next_due_at == later + timedelta(hours=2, minutes=1)
    assert len(feed_server.hits("/busy")) == 3


@pytest.mark.usefixtures("each_database")
def test_a_failing_feeds_next_time_doubles_up_to_the_cap(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    broken = feed_server.add("/broken", Route(b"down", status=500))
    path = _config(
        tmp_path, baseline_file, [{"url": broken}], poll_minutes=1, max_backoff_minutes=8
    )
    config = load(path)
    now = T0
    waits = []
    for _ in range(5):
        assert poll_due(config, now) is not None
        state = _states(config)[broken]
        assert state.next_due_at is not None
        assert poll_due(config, state.next_due_at - timedelta(seconds=10)) is None
        waits.append((state.next_due_at - now) / timedelta(minutes=1))
        now = state.next_due_at
    assert waits == [2, 4, 8, 8, 8]
    assert _states(config)[broken].failures == 5
    assert len(feed_server.hits("/broken")) == 5


@pytest.mark.usefixtures("each_database")
def test_max_age_delays_a_healthy_feed_and_a_manual_check_takes_every_feed(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    headers = {"Content-Type": "application/xml", "Cache-Control": "public, max-age=10800"}
    cached = feed_server.add("/cached", Route(STORY, headers=headers))
    path = _config(tmp_path, baseline_file, [{"url": cached}], poll_minutes=60)
    config = load(path)
    run_check(config, now=T0)
    assert _states(config)[cached].next_due_at == T0 + timedelta(hours=3)
    assert poll_due(config, T0 + timedelta(hours=2)) is None
    report = run_check(config, now=T0 + timedelta(hours=2))  # `watcher check`: not due, checked
    assert [f.url for f in report.feeds] == [cached]
    assert len(feed_server.hits("/cached")) == 2


@pytest.mark.usefixtures("each_database", "restore_logging")
def test_status_json_lists_each_feeds_next_time(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = feed_server.add("/good", Route(STORY))
    down = feed_server.add("/down", Route(b"x", status=503, headers={"Retry-After": "600"}))
    unseen = "http://127.0.0.1:9/never"
    path = _config(
        tmp_path,
        baseline_file,
        [{"url": good, "poll_minutes": 30}, {"url": down}, {"url": unseen}],
        poll_minutes=60,
        timezone='"UTC"',
    )
    config = load(path)
    now = datetime.now(UTC).replace(microsecond=0)
    run_check(config, feed_urls=[good, down], now=now)
    capsys.readouterr()
    main(["status", "--json", "--config", str(path)])
    data = json.loads(capsys.readouterr().out)
    by_url = {f["url"]: f for f in data["feeds"]}
    assert list(by_url) == [good, down, unseen]
    assert datetime.fromisoformat(by_url[good]["next_due"]) == now + timedelta(minutes=30)
    assert by_url[good]["poll_minutes"] == 30
    assert datetime.fromisoformat(by_url[down]["next_due"]) == now + timedelta(minutes=120)
    assert datetime.fromisoformat(by_url[down]["retry_after"]) == now + timedelta(minutes=10)
    assert by_url[down]["failures"] == 1
    assert by_url[unseen]["next_due"] is None

    main(["status", "--config", str(path)])
    out = capsys.readouterr().out
    assert f"every 30 min  Test feed <{good}>" in out
    assert "1 failure in a row" in out and "server asked to wait until" in out
    assert f"next poll  every 60 min  <{unseen}>" in out


def test_a_database_from_before_schedules_gains_the_columns(
    each_database: str, tmp_path: Path
) -> None:
    url = each_database or f"sqlite:///{tmp_path / 'old.db'}"
    db = open_database(url)
    with db.begin() as conn:
        conn.execute(text("INSERT INTO feeds (url, name) VALUES ('https://a.test/', 'A')"))
        for column in ("next_due_at", "failures", "retry_after_at"):
            conn.execute(text(f"ALTER TABLE feeds DROP COLUMN {column}"))
        conn.execute(
            delete(schema_migrations).where(schema_migrations.c.name == "0006_feed_schedule")
        )
    db.close()
    db = open_database(url)
    try:
        states = Store(db).feed_states(["https://a.test/"])
    finally:
        db.close()
    assert states["https://a.test/"].failures == 0
    assert states["https://a.test/"].next_due_at is None
