"""A throwaway PostgreSQL cluster for the test run, and the database URL every store test uses.

The cluster lives in a temporary folder, listens on a free loopback port and is stopped when
the session ends. Each test gets an empty database: the same one with its schema dropped and
made again (a new database when something still holds it), not a new cluster, so tests never
see each other's rows and the suite stays quick.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from watcher.store.db import Database

#: The database settings a store test runs against: SQLite files, then a PostgreSQL server.
BACKENDS = ("sqlite", "postgresql")
#: Who runs the server when the tests run as root (PostgreSQL refuses to run as root).
SERVER_USER = "postgres"
STARTUP_SECONDS = 60


def postgres_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """A running throwaway cluster: makes empty databases and gives their URLs."""

    bindir: Path
    folder: Path
    port: int
    user: str = "watcher"

    def __post_init__(self) -> None:
        self._names = itertools.count(1)
        self._reused = ""

    def url(self, dbname: str) -> str:
        """The SQLAlchemy URL of one database on this server."""
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def empty_database(self) -> str:
        """An empty database: the last one with its schema dropped and made again, which is
        quicker than a new one; a new one if a connection left open still holds a table."""
        import psycopg

        if not self._reused:
            self._reused = self.create_database()
            return self._reused
        dbname = self._reused.rsplit("/", 1)[1]
        try:
            with psycopg.connect(
                f"host=127.0.0.1 port={self.port} user={self.user} dbname={dbname}",
                autocommit=True,
            ) as conn:
                conn.execute("SET lock_timeout = '3s'")
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
        except psycopg.errors.LockNotAvailable:
            self._reused = self.create_database()
        return self._reused


def _as_server_user(command: list[str]) -> list[str]:
    """The command run as the server's user when we are root, as ourselves otherwise."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _start(bindir: Path) -> PostgresServer:
    folder = Path(tempfile.mkdtemp(prefix="watcher-pg-"))
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(SERVER_USER)
        except KeyError:
            shutil.rmtree(folder)
            pytest.skip(
                f"PostgreSQL tests need a system user {SERVER_USER!r} to run the server as "
                "(the postgresql package creates it)"
            )
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data = folder / "data"
    server = PostgresServer(bindir, folder, _free_port())
    try:
        run = {"check": True, "capture_output": True, "text": True, "timeout": STARTUP_SECONDS}
        subprocess.run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    server.user,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--no-locale",
                    "--no-sync",
                ]
            ),
            **run,
        )
        options = (
            f"-p {server.port} -c listen_addresses=127.0.0.1 -k {folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            _as_server_user(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(folder / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    str(STARTUP_SECONDS),
                    "start",
                ]
            ),
            **run,
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


def _stop(server: PostgresServer) -> None:
    subprocess.run(
        _as_server_user(
            [str(server.bindir / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "fast", "stop"]
        ),
        capture_output=True,
        timeout=STARTUP_SECONDS,
        check=False,
    )
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster for the whole run, or a skip where PostgreSQL is not installed."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): "
            "apt-get install postgresql"
        )
    pytest.importorskip(
        "psycopg", reason="the psycopg driver is not installed: pip install -e '.[test]'"
    )
    try:
        server = _start(bindir)
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(
            f"the test PostgreSQL cluster did not start: {' '.join(exc.cmd)}: "
            f"{(exc.stderr or exc.stdout or '').strip()[-2000:]}"
        ) from exc
    try:
        yield server
    finally:
        _stop(server)


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest) -> str:
    """The `database` setting of one test: '' (a SQLite file in data_dir) or a fresh PostgreSQL
    database's URL."""
    if request.param == "sqlite":
        return ""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.empty_database()


#: The database the running test chose; the config helpers read it.
_SELECTED = {"database": ""}


def selected_database() -> str:
    """The `database` setting of the running test ('' for the default SQLite file)."""
    return _SELECTED["database"]


def database_toml() -> str:
    """The config file line that points at the running test's database ('' for SQLite)."""
    chosen = selected_database()
    return f'database = "{chosen}"\n' if chosen else ""


@pytest.fixture
def each_database(database: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Runs the test once on SQLite and once on PostgreSQL, through the config helpers.

    Tests and fixtures open databases freely; every one opened during the test is closed when
    it ends, so no server connection outlives its test (psycopg warns of one that does).
    """
    monkeypatch.setitem(_SELECTED, "database", database)
    opened: list[Database] = []
    original = Database.__init__

    def recording(self: Database, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        opened.append(self)

    monkeypatch.setattr(Database, "__init__", recording)
    yield database
    for db in opened:
        db.close()
