"""The cross-process run lock: two checks never write at once, and a dead holder frees it.

`fcntl.flock` locks belong to the open file, so the kernel releases the lock when the holding
process exits for any reason; a stale lock file is harmless.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from watcher.errors import LockBusyError, StoreError

LOCK_NAME = "watcher.lock"


class RunLock:
    """An exclusive lock on `<data_dir>/watcher.lock`; use as a context manager."""

    def __init__(
        self,
        path: Path,
        *,
        wait: bool = True,
        on_wait: Callable[[str], None] | None = None,
        purpose: str = "check",
    ) -> None:
        self.path = Path(path)
        self.wait = wait
        self.on_wait = on_wait
        self.purpose = purpose
        self._fd: int | None = None

    def holder(self) -> str:
        """Who holds the lock, as its holder wrote it ('' when unknown)."""
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def acquire(self) -> None:
        """Take the lock, waiting for it or raising `LockBusyError` when `wait` is false."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            why = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
            raise StoreError(
                f"cannot create the lock file {self.path}: {why or exc}",
                hint="set data_dir to a folder that the user running Watcher can write to",
            ) from exc
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = self.holder() or "another Watcher process"
                if not self.wait:
                    raise LockBusyError(
                        f"another run holds {self.path} ({holder}); skipped",
                    ) from None
                if self.on_wait:
                    self.on_wait(f"waiting for {holder} to finish ({self.path})")
                fcntl.flock(fd, fcntl.LOCK_EX)
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{self.purpose} pid {os.getpid()} since {stamp}\n".encode(), 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Free the lock; the file stays, emptied, for the next holder."""
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def run_lock(
    data_dir: Path,
    *,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> RunLock:
    """The run lock of a data folder."""
    return RunLock(Path(data_dir) / LOCK_NAME, wait=wait, on_wait=on_wait)
