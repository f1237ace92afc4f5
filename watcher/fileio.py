"""Atomic file writes (a reader sees the old file or the new one, never half of either), and
bounded reads of small files that must be regular files, never a device, pipe or folder.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from watcher.errors import WatcherError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, then rename over `path`."""
    import tempfile  # loaded by the commands that write, not by every start-up (`watcher diff`)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Atomically write UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path, payload: Any) -> None:
    """Atomically write JSON (UTF-8, indented, stable key order as given)."""
    atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def read_regular_file(
    path: Path, limit: int, what: str, error: type[WatcherError], *, hint: str | None = None
) -> bytes:
    """At most `limit` bytes of the regular file `path`, else `error` naming `what`.

    The type is checked on the open descriptor before any read, so `/dev/zero`, a FIFO or a
    folder is refused at once and memory stays bounded whatever the path points at.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise error(f"{what} does not exist", hint=hint) from exc
    except IsADirectoryError as exc:
        raise error(f"{what} is a folder, not a file", hint=hint) from exc
    except OSError as exc:
        raise error(f"{what}: cannot read: {exc.strerror}", hint=hint) from exc
    chunks: list[bytes] = []
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{what} is a folder, not a file", hint=hint)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{what} is not a regular file", hint=hint)
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise error(f"{what}: cannot read: {exc.strerror}", hint=hint) from exc
    finally:
        os.close(fd)
    if sum(map(len, chunks)) > limit:
        raise error(f"{what} is larger than {limit:,} bytes", hint=hint)
    return b"".join(chunks)
