"""Logs: one line per event, with time, level, logger, message and `key=value` fields.

A daemon's log is read with grep and shipped line by line, so a record never spans lines:
newlines and control characters in messages, fields and tracebacks are escaped, which also
keeps untrusted feed text from forging log lines. Progress bars never go here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

from watcher.config import default
from watcher.render import terminal_text

LEVELS: tuple[str, ...] = ("debug", "info", "warning", "error")

#: Libraries that talk a lot at INFO; they are shown only when Watcher logs at DEBUG.
CHATTY_LOGGERS: tuple[str, ...] = ("apscheduler", "httpx", "httpcore", "trafilatura", "urllib3")

_HANDLER_NAME = "watcher-stderr"


def effective_level(level: str, verbose: int = 0, quiet: int = 0) -> int:
    """The config's level moved one step down per `-v` and one step up per `-q`."""
    try:
        index = LEVELS.index(level.lower())
    except ValueError:
        index = LEVELS.index(default("log_level"))
    index = min(max(index - verbose + quiet, 0), len(LEVELS) - 1)
    return logging.getLevelNamesMapping()[LEVELS[index].upper()]


#: Escapes that keep a record on one line; everything else unsafe goes through `terminal_text`.
_ONE_LINE = str.maketrans({"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def escape(text: str) -> str:
    """Newlines, control characters and bidi overrides as visible escapes: one line, and the
    same terminal-safe text the commands print."""
    return terminal_text(text.translate(_ONE_LINE))


def format_value(value: object) -> str:
    """A field value: bare when it is one plain token, else double-quoted with escapes."""
    if isinstance(value, datetime):
        value = value.isoformat()
    elif isinstance(value, float):
        value = f"{value:.3f}".rstrip("0").rstrip(".") if value == value else "nan"
    text = escape(str(value))
    if text and not any(ch in text for ch in ' "=') and "\\" not in text:
        return text
    return '"' + text.replace('"', '\\"') + '"'


def format_fields(fields: Mapping[str, object]) -> str:
    """`key=value` pairs in the order given; keys are made safe too."""
    parts = []
    for key, value in fields.items():
        safe_key = "".join(ch if ch.isalnum() or ch in "_.-" else "_" for ch in str(key)) or "_"
        parts.append(f"{safe_key}={format_value(value)}")
    return " ".join(parts)


class LineFormatter(logging.Formatter):
    """`2026-11-24T08:07:12.123Z INFO watcher.daemon.scheduler poll finished run=... feeds=3`."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        stamp += f".{int(record.msecs):03d}Z"
        line = f"{stamp} {record.levelname} {record.name} {escape(record.getMessage())}"
        fields: dict[str, object] = dict(getattr(record, "fields", None) or {})
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            fields.setdefault("error", f"{type(exc).__name__}: {exc}")
            if record.levelno >= logging.ERROR or logging.getLogger().isEnabledFor(logging.DEBUG):
                fields["traceback"] = "".join(traceback.format_exception(*record.exc_info)).strip()
        elif record.exc_text:
            fields["traceback"] = record.exc_text
        if record.stack_info:
            fields["stack"] = record.stack_info
        if fields:
            line += " " + format_fields(fields)
        return line


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is at emit time, so redirection and capture both work."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def setup_logging(level: str = default("log_level"), verbose: int = 0, quiet: int = 0) -> int:
    """Send every log record to stderr as one line; return the level chosen."""
    chosen = effective_level(level, verbose, quiet)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
    handler = StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(LineFormatter())
    root.addHandler(handler)
    root.setLevel(chosen)
    logging.getLogger("watcher").setLevel(chosen)
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(chosen if chosen <= logging.DEBUG else logging.WARNING)
    logging.captureWarnings(True)
    return chosen


def log_event(logger: logging.Logger, level: int, message: str, **fields: Any) -> None:
    """Log `message` with `key=value` fields, e.g. `log_event(log, INFO, "run done", run=id)`."""
    if logger.isEnabledFor(level):
        logger.log(level, message, extra={"fields": fields}, stacklevel=2)
