"""The one door to the database: opening it, and one error policy for everything done through it.

Every store module reads through `Database.connect()` and writes through `Database.begin()`.
Any SQLAlchemy, sqlite3 or operating-system error raised there becomes a `StoreError` with a
one-line message and a hint, so no caller outside `watcher.store` sees a driver's traceback or
needs SQLAlchemy at all.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import SQLAlchemyError

from watcher.errors import StoreError, WatcherError

#: What a database error can be, whichever layer raised it.
DATABASE_ERRORS: tuple[type[BaseException], ...] = (SQLAlchemyError, sqlite3.Error, OSError)


def one_line(exc: BaseException) -> str:
    """The driver's own words on one line, without SQLAlchemy's statement dump and doc link."""
    orig = getattr(exc, "orig", None)
    base = orig if isinstance(orig, BaseException) else exc
    if isinstance(base, OSError) and base.strerror:
        text = base.strerror + (f": {base.filename}" if base.filename else "")
    else:
        text = str(base)
    text = text.split("\n", 1)[0].split("(Background on this error", 1)[0].strip()
    return text or base.__class__.__name__


#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
DAMAGED_HINT = "restore a backup, or move the file aside and Watcher starts a new, empty database"
#: Python module a SQLAlchemy dialect imports -> the package that provides it.
DRIVER_PACKAGES = {
    "psycopg2": "psycopg2-binary",
    "psycopg": "psycopg[binary]",
    "pg8000": "pg8000",
    "asyncpg": "asyncpg",
    "pymysql": "PyMySQL",
    "MySQLdb": "mysqlclient",
    "mysql": "mysql-connector-python",
    "oracledb": "oracledb",
    "pyodbc": "pyodbc",
}


#: SQLite files this process has open, by resolved path. SQLite's locks are POSIX advisory locks,
#: which belong to the process: closing any other descriptor of the same file drops them all, so
#: a file already open here is never read directly again.
_OPEN_FILES: Counter[str] = Counter()


def _file_key(database: str | None) -> str:
    if not database or database == ":memory:":
        return ""
    return str(Path(database).resolve())


def check_sqlite_file(path: Path) -> None:
    """Refuse a SQLite file that cannot be a whole database, before SQLite quietly reuses it.

    A missing file is fine (it is created, with its folder); an empty or zeroed one is not:
    SQLite would treat it as a new database and every old finding would be reported again.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise StoreError(
            f"cannot open database {path}: a file is in the way of its folder {folder}",
            hint="set data_dir (or database) to a folder, not a file",
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"cannot open database {path}: cannot create its folder: {one_line(exc)}",
            hint=hint_for(one_line(exc), str(folder)),
        ) from exc
    if not folder.is_dir():
        raise StoreError(
            f"cannot open database {path}: a file is in the way of its folder {folder}",
            hint="set data_dir (or database) to a folder, not a file",
        )
    if not path.exists():
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(
                f"cannot open database {path}: its folder is not writable, so it can't be made",
                hint=f"make {folder} writable by the user running Watcher",
            )
        return
    if path.is_dir():
        raise StoreError(
            f"cannot open database {path}: it is a folder, not a file",
            hint="point `database` at a file, or remove the folder",
        )
    if str(path.resolve()) in _OPEN_FILES:
        return  # open here already: checked then, and a direct read would drop SQLite's locks
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(
            f"cannot open database {path}: {one_line(exc)}",
            hint=f"make {path} readable and writable by the user running Watcher",
        ) from exc
    if not head:
        raise StoreError(
            f"cannot open database {path}: the file is empty (0 bytes), truncated or never written",
            hint=DAMAGED_HINT,
        )
    if head != SQLITE_HEADER:
        raise StoreError(
            f"cannot open database {path}: not a SQLite database (its header is wrong or zeroed)",
            hint=DAMAGED_HINT,
        )
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"cannot open database {path}: the file or its folder is read-only",
            hint=f"make {path} and {folder} writable by the user running Watcher",
        )


def missing_driver(shown_url: str, exc: ImportError) -> StoreError:
    """The one-line error for a database URL whose driver is not installed."""
    module = (exc.name or "").split(".")[0]
    package = DRIVER_PACKAGES.get(module, module or "its driver")
    return StoreError(
        f"cannot open database {shown_url}: it needs the Python package {package}, "
        "which is not installed",
        hint=f"pip install '{package}' into Watcher's environment, or use a SQLite file",
    )


def hint_for(detail: str, where: str) -> str:
    """What fixes the error, from the driver's words."""
    low = detail.lower()
    if "readonly" in low or "read-only" in low or "permission denied" in low:
        return f"make {where} writable by the user running Watcher"
    if "unable to open database file" in low:
        return f"check that {where} exists, is a folder and is writable"
    if "locked" in low or "busy" in low:
        return "another Watcher process is using the database; try again when it has finished"
    if "full" in low or "no space" in low:
        return f"free some disk space for {where}"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return DAMAGED_HINT
    return StoreError.hint


def display_url(url: str) -> str:
    """The URL with any password masked, for messages and `watcher status`."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return "(unparsable database URL)"


class Database:
    """An open database; the only holder of a SQLAlchemy engine outside `watcher.store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
        self.where = str(Path(database).parent) if database else self.url
        self._file = _file_key(database)
        if self._file:
            _OPEN_FILES[self._file] += 1

    @property
    def backend(self) -> str:
        """'sqlite', 'postgresql', ..."""
        return self.engine.url.get_backend_name()

    def connect(self) -> AbstractContextManager[Connection]:
        """A connection for reading; database errors become `StoreError`."""
        return _Guard(self, write=False)

    def begin(self) -> AbstractContextManager[Connection]:
        """A transaction, committed on success; database errors become `StoreError`."""
        return _Guard(self, write=True)

    def error(self, exc: BaseException, doing: str = "") -> StoreError:
        """The `StoreError` for a database error: one line, with a hint."""
        detail = one_line(exc)
        prefix = f"database {self.url}" + (f": {doing}" if doing else "")
        return StoreError(f"{prefix}: {detail}", hint=hint_for(detail, self.where))

    def table_names(self) -> set[str]:
        """The tables the database has now."""
        try:
            return set(inspect(self.engine).get_table_names())
        except DATABASE_ERRORS as exc:
            raise self.error(exc) from exc

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
        if self._file:
            _OPEN_FILES[self._file] -= 1
            if _OPEN_FILES[self._file] <= 0:
                del _OPEN_FILES[self._file]
            self._file = ""

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _Guard:
    """A connection (a transaction when writing) whose database errors become `StoreError`."""

    def __init__(self, db: Database, *, write: bool) -> None:
        self.db = db
        self.write = write
        self._ctx: AbstractContextManager[Connection] | None = None

    def __enter__(self) -> Connection:
        try:
            ctx: AbstractContextManager[Connection] = (
                self.db.engine.begin() if self.write else self.db.engine.connect()
            )
            conn = ctx.__enter__()
        except DATABASE_ERRORS as exc:
            raise self.db.error(exc) from exc
        self._ctx = ctx
        return conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._ctx is not None
        try:
            self._ctx.__exit__(exc_type, exc, tb)
        except DATABASE_ERRORS as db_exc:
            raise self.db.error(db_exc) from db_exc
        if isinstance(exc, DATABASE_ERRORS) and not isinstance(exc, WatcherError):
            raise self.db.error(exc) from exc
