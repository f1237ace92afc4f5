"""Locks kept by a PostgreSQL server, so they hold across every host that shares the database.

A session advisory lock belongs to one connection: it is held on a connection opened for the
lock alone, for as long as the lock lives, and the server releases it when that connection
ends for any reason (the process exits, is killed, or its host goes away).
"""

from __future__ import annotations

import hashlib
import os
import socket
from collections.abc import Callable
from datetime import UTC
from types import TracebackType

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.pool import NullPool

from watcher.errors import LockBusyError, StoreError
from watcher.store.db import DATABASE_ERRORS, display_url, missing_driver, one_line

#: PostgreSQL keeps application_name to this many bytes.
NAME_LIMIT = 63
#: Asking who holds a lock is best effort: a missing driver or a lost server means 'unknown'.
PROBE_ERRORS: tuple[type[BaseException], ...] = (ImportError, *DATABASE_ERRORS)

_HOLDER = text(
    "SELECT a.application_name, a.query_start FROM pg_locks l "
    "JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND l.classid = :hi AND l.objid = :lo AND l.objsubid = 1 "
    "ORDER BY a.query_start LIMIT 1"
)


def lock_key(name: str) -> int:
    """The signed 64-bit advisory lock key of a lock name, the same on every host."""
    digest = hashlib.sha256(f"watcher:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


#: The advisory lock around catching up, deciding and writing findings when workers share a
#: database: a worker holds it for one feed's write, a manual check for its whole run.
LEDGER_LOCK = "watcher-ledger"


class AdvisoryLock:
    """An exclusive PostgreSQL advisory lock named `name`; use as a context manager."""

    def __init__(
        self,
        url: str | URL,
        name: str,
        *,
        wait: bool = True,
        on_wait: Callable[[str], None] | None = None,
        purpose: str = "check",
    ) -> None:
        self.url = make_url(url) if isinstance(url, str) else url
        self.name = name
        self.wait = wait
        self.on_wait = on_wait
        self.purpose = purpose
        self.key = lock_key(name)
        self.where = display_url(self.url.render_as_string(hide_password=False))
        self._engine: Engine | None = None
        self._conn: Connection | None = None

    def _connect(self) -> Connection:
        try:
            engine = create_engine(self.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        except ImportError as exc:
            raise missing_driver(self.where, exc) from exc
        try:
            conn = engine.connect()
        except DATABASE_ERRORS as exc:
            engine.dispose()
            raise StoreError(
                f"cannot take the {self.name} lock in database {self.where}: {one_line(exc)}",
                hint="check that the PostgreSQL server is running and the URL is right",
            ) from exc
        self._engine = engine
        return conn

    def _parts(self) -> dict[str, int]:
        unsigned = self.key & 0xFFFFFFFFFFFFFFFF
        return {"hi": unsigned >> 32, "lo": unsigned & 0xFFFFFFFF}

    def holder(self) -> str:
        """Who holds the lock, as its holder named itself ('' when free or unreachable)."""
        conn = self._conn
        try:
            if conn is None:
                engine = create_engine(self.url, poolclass=NullPool)
                try:
                    with engine.connect() as probe:
                        row = probe.execute(_HOLDER, self._parts()).first()
                finally:
                    engine.dispose()
            else:
                row = conn.execute(_HOLDER, self._parts()).first()
        except PROBE_ERRORS:
            return ""
        if row is None:
            return ""
        since = row.query_start.astimezone(UTC).isoformat(timespec="seconds")
        return f"{row.application_name or 'a Watcher process'} since {since}"

    def acquire(self) -> None:
        """Take the lock, waiting for it or raising `LockBusyError` when `wait` is false."""
        conn = self._connect()
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key})
            if not got.scalar():
                holder = self.holder() or "another Watcher process"
                if not self.wait:
                    raise LockBusyError(
                        f"another run holds the {self.name} lock in {self.where} ({holder}); "
                        "skipped",
                    )
                if self.on_wait:
                    self.on_wait(f"waiting for {holder} to finish ({self.where})")
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": self.key})
            me = f"{self.purpose} pid {os.getpid()} on {socket.gethostname()}"[:NAME_LIMIT]
            conn.execute(text("SELECT set_config('application_name', :me, false)"), {"me": me})
            self._conn = conn
        except BaseException as exc:
            conn.close()
            self._dispose()
            if isinstance(exc, DATABASE_ERRORS):
                raise StoreError(
                    f"cannot take the {self.name} lock in database {self.where}: {one_line(exc)}"
                ) from exc
            raise

    def release(self) -> None:
        """Free the lock and close its connection."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
        except DATABASE_ERRORS:
            pass  # a lost connection has already freed the lock on the server
        finally:
            conn.close()
            self._dispose()

    def _dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> AdvisoryLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def libpq_url(url: str) -> str:
    """The database URL as libpq (and so psycopg) reads it: no SQLAlchemy driver suffix."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(f"{display_url(url)} is not a PostgreSQL database")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)
