"""A fixture that gives a test the logging setup back as it found it."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from watcher.logs import CHATTY_LOGGERS


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """`setup_logging` changes process-wide state; undo it so other tests see the default."""
    root = logging.getLogger()
    names = ("watcher", *CHATTY_LOGGERS)
    saved = (list(root.handlers), root.level, {n: logging.getLogger(n).level for n in names})
    yield
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)
    logging.captureWarnings(False)
