"""Logs are one line per event with time, level, logger, message and key=value fields."""

from __future__ import annotations

import logging
import re

import pytest

from watcher.logs import effective_level, format_value, log_event, setup_logging

from .logs_fixtures import restore_logging  # noqa: F401

pytestmark = pytest.mark.usefixtures("restore_logging")

LINE = re.compile(
    r"^(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (?P<level>[A-Z]+)"
    r" (?P<logger>\S+) (?P<rest>.*)$"
)


@pytest.mark.parametrize(
    ("level", "verbose", "quiet", "expected"),
    [
        ("info", 0, 0, logging.INFO),
        ("info", 1, 0, logging.DEBUG),
        ("info", 5, 0, logging.DEBUG),
        ("info", 0, 1, logging.WARNING),
        ("info", 0, 2, logging.ERROR),
        ("info", 0, 9, logging.ERROR),
        ("warning", 1, 0, logging.INFO),
        ("error", 0, 0, logging.ERROR),
        ("debug", 0, 1, logging.INFO),
        ("DEBUG", 0, 0, logging.DEBUG),
        ("warning", 1, 1, logging.WARNING),
    ],
)
def test_level_comes_from_config_and_moves_with_v_and_q(
    level: str, verbose: int, quiet: int, expected: int
) -> None:
    assert effective_level(level, verbose, quiet) == expected


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line]


def test_one_line_per_event_with_fields(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info")
    log = logging.getLogger("watcher.check")
    log_event(log, logging.INFO, "run finished", run="r-20261124", feeds=3, new=2, took=1.25)
    out, err = capsys.readouterr()
    assert out == ""
    [line] = _lines(err)
    match = LINE.match(line)
    assert match, line
    assert match["level"] == "INFO"
    assert match["logger"] == "watcher.check"
    assert match["rest"] == "run finished run=r-20261124 feeds=3 new=2 took=1.25"


def test_hostile_feed_text_cannot_forge_a_second_line(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info")
    forged = 'Title\n2026-01-01T00:00:00.000Z ERROR watcher fake key="x"\r\x1b[31mred\u2028'
    log_event(
        logging.getLogger("watcher.feeds.fetch"), logging.WARNING, f"bad {forged}", title=forged
    )
    [line] = _lines(capsys.readouterr().err)
    assert "\\n2026-01-01" in line
    assert "\x1b" not in line and "\r" not in line and "\u2028" not in line
    assert 'title="Title\\n2026-01-01T00:00:00.000Z ERROR watcher fake key=\\"x\\"' in line


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        ("two words", '"two words"'),
        ("", '""'),
        ("a=b", '"a=b"'),
        ('say "hi"', '"say \\"hi\\""'),
        (42, "42"),
        (0.5, "0.5"),
        (None, "None"),
        ("https://example.org/a?b=c", '"https://example.org/a?b=c"'),
    ],
)
def test_field_values_are_quoted_only_when_needed(value: object, expected: str) -> None:
    assert format_value(value) == expected


def test_an_exception_is_folded_into_the_same_line(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info")
    log = logging.getLogger("watcher.daemon.scheduler")
    try:
        raise ValueError("feed exploded\nsecond line")
    except ValueError:
        log.exception("job failed", extra={"fields": {"job": "poll"}})
    [line] = _lines(capsys.readouterr().err)
    assert " ERROR watcher.daemon.scheduler job failed job=poll " in line
    assert 'error="ValueError: feed exploded\\nsecond line"' in line
    assert "traceback=" in line and "Traceback (most recent call last)" in line


def test_quiet_drops_info_and_verbose_shows_debug(capsys: pytest.CaptureFixture[str]) -> None:
    log = logging.getLogger("watcher.test")
    setup_logging("info", quiet=1)
    log.info("hidden")
    log.warning("shown")
    setup_logging("info", verbose=1)
    log.debug("details")
    lines = _lines(capsys.readouterr().err)
    assert [LINE.match(x)["rest"] for x in lines] == ["shown", "details"]  # type: ignore[index]


def test_chatty_libraries_stay_quiet_unless_debugging(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info")
    logging.getLogger("apscheduler.scheduler").info("Added job")
    logging.getLogger("apscheduler.scheduler").warning("Run time of job was missed")
    setup_logging("info", verbose=1)
    logging.getLogger("httpx").info("HTTP Request: GET")
    rests = [LINE.match(x)["rest"] for x in _lines(capsys.readouterr().err)]  # type: ignore[index]
    assert rests == ["Run time of job was missed", "HTTP Request: GET"]


def test_setting_up_twice_keeps_one_handler(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info")
    setup_logging("info")
    logging.getLogger("watcher").info("once")
    assert len(_lines(capsys.readouterr().err)) == 1
