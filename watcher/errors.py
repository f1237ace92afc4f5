"""One error hierarchy; each error carries a hint naming what fixes it.

The library raises these; only the CLI turns them into messages and exit codes.
"""

from __future__ import annotations

from collections.abc import Iterable


class WatcherError(Exception):
    """Base of every error Watcher reports to its user."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return self.args[0] if self.args else self.__class__.__name__


class ConfigError(WatcherError):
    """The configuration file or a setting is wrong."""

    hint = "check watcher.toml (see the settings table in README.md)"


class FeedError(WatcherError):
    """A feed could not be fetched or parsed; carries the feed and the HTTP status."""

    hint = "check the feed's url in watcher.toml, or run `watcher check --feed URL`"

    def __init__(
        self,
        message: str,
        *,
        kind: str = "error",
        url: str = "",
        http_status: int | None = None,
        hint: str | None = None,
        retry_after: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.kind = kind
        self.url = url
        self.http_status = http_status
        self.retry_after = retry_after  # the server's `Retry-After`, as sent


class StoreError(WatcherError):
    """The database could not be opened, migrated or written."""

    hint = "check the `database` setting and that its folder is writable"


class SendError(WatcherError):
    """A digest could not be sent; it stays in the outbox."""

    hint = "check the [email] settings; `watcher status` shows the outbox"


class BaselineError(WatcherError):
    """The seeds or the baseline file cannot be read or written."""

    hint = "check the seeds folder, then run `watcher baseline build`"


class ReviewError(WatcherError):
    """A review decision that cannot be made: an unknown finding, label or nothing to undo."""

    hint = "`watcher review list` shows the findings and their states"


class LockBusyError(WatcherError):
    """Another check holds the run lock."""

    hint = "wait for the other run to finish; `watcher status` shows it"


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every occurrence of each secret replaced by `***`, longest first."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text
