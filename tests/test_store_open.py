"""Opening the database: a damaged, empty or unreachable one is a one-line error, never reused.

Every case runs through the real CLI on real files; the file that was refused is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from watcher.cli import main
from watcher.errors import StoreError
from watcher.store.db import SQLITE_HEADER
from watcher.store.ingest import Store
from watcher.store.schema import open_database

COMMANDS = (["status"], ["status", "--json"], ["digest", "--send"], ["reports", "list"], ["check"])


def _config(tmp_path: Path, data_dir: str = "data", database: str = "") -> Path:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    )
    lines = [f'data_dir = "{data_dir}"']
    if database:
        lines.append(f'database = "{database}"')
    lines += ["[[feeds]]", f'url = "{feed.as_uri()}"']
    path = tmp_path / "watcher.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _one_line_error(capsys: pytest.CaptureFixture[str], config: Path, *argv: str) -> str:
    """Run a command that must fail with exactly one line on stderr; return that line."""
    assert main(["--config", str(config), "-q", *argv]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("watcher: error: ") and "(hint: " in lines[0]
    return lines[0]


def _fresh_db(path: Path, rows: int = 0) -> None:
    db = open_database(f"sqlite:///{path}")
    try:
        if rows:
            with db.begin() as conn:
                conn.execute(text("CREATE TABLE filler (body TEXT)"))
                conn.execute(
                    text("INSERT INTO filler VALUES (:b)"), [{"b": "x" * 900} for _ in range(rows)]
                )
            with db.begin() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.close()


def test_a_missing_database_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "watcher.db"
    db = open_database(f"sqlite:///{path}")
    db.close()
    assert path.read_bytes()[:16] == SQLITE_HEADER
    Store(open_database(f"sqlite:///{path}")).ledger()  # and it opens again


def test_an_empty_database_file_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)
    db_file = tmp_path / "data" / "watcher.db"
    db_file.parent.mkdir()
    db_file.write_bytes(b"")
    for argv in COMMANDS:
        line = _one_line_error(capsys, config, *argv)
        assert f"cannot open database {db_file}: the file is empty (0 bytes)" in line
        assert "move the file aside" in line
    assert db_file.read_bytes() == b""


def test_a_zeroed_header_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path)
    db_file = tmp_path / "data" / "watcher.db"
    db_file.parent.mkdir()
    _fresh_db(db_file)
    before = bytearray(db_file.read_bytes())
    before[:100] = bytes(100)
    db_file.write_bytes(bytes(before))
    line = _one_line_error(capsys, config, "status")
    assert f"cannot open database {db_file}: not a SQLite database" in line
    assert db_file.read_bytes() == bytes(before)


def test_zeroed_pages_inside_the_file_are_found_before_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)
    db_file = tmp_path / "data" / "watcher.db"
    db_file.parent.mkdir()
    _fresh_db(db_file, rows=400)
    data = bytearray(db_file.read_bytes())
    assert len(data) > 40 * 4096
    data[20 * 4096 : 30 * 4096] = bytes(10 * 4096)  # pages of the filler table, header intact
    db_file.write_bytes(bytes(data))
    for argv in (["status"], ["check"]):
        line = _one_line_error(capsys, config, *argv)
        assert str(db_file) in line
        assert "damaged" in line or "malformed" in line
    with pytest.raises(StoreError) as caught:
        open_database(f"sqlite:///{db_file}")
    assert "\n" not in str(caught.value)
    assert db_file.read_bytes() == bytes(data)


@pytest.mark.parametrize(
    ("url", "package"),
    [
        # SQLAlchemy's default PostgreSQL driver is psycopg2 in 2.0 and psycopg in 2.1
        ("postgresql://watcher:s3cret-pw@db.example/watcher", "psycopg"),
        ("postgresql+psycopg://watcher:s3cret-pw@db.example/watcher", "psycopg[binary]"),
    ],
)
def test_a_database_url_without_its_driver_names_the_package(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    package: str,
) -> None:
    for module in ("psycopg", "psycopg2"):  # as on a machine without them: importing fails
        monkeypatch.setitem(sys.modules, module, None)
    config = _config(tmp_path, database=url)
    for argv in (["status"], ["digest", "--send"], ["check"]):
        line = _one_line_error(capsys, config, *argv)
        assert line.startswith("watcher: error: cannot open database postgresql")
        assert f"needs the Python package {package}" in line
        assert "pip install 'psycopg" in line
        assert "s3cret-pw" not in line


def test_a_data_dir_that_is_a_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").write_text("not a folder")
    config = _config(tmp_path)
    for argv in COMMANDS:
        line = _one_line_error(capsys, config, *argv)
        assert "is a file, not a folder" in line or "a file is in the way" in line
    assert (tmp_path / "data").read_text() == "not a folder"


@contextlib.contextmanager
def _read_only(*paths: Path) -> Iterator[None]:
    """Make paths unwritable for real: mode bits, and for root (who ignores them) the immutable flag."""
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    flagged: list[Path] = []
    try:
        if os.geteuid() == 0 and shutil.which("chattr"):
            for p in paths:
                if subprocess.run(["chattr", "+i", str(p)], capture_output=True).returncode == 0:
                    flagged.append(p)
        if any(os.access(p, os.W_OK) for p in paths):
            pytest.skip("cannot make a path read-only for this user on this file system")
        yield
    finally:
        for p in flagged:
            subprocess.run(["chattr", "-i", str(p)], check=True)
        for p in paths:
            p.chmod(0o755 if p.is_dir() else 0o644)


def test_a_read_only_data_folder_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)
    folder = tmp_path / "data"
    folder.mkdir()
    with _read_only(folder):
        for argv in COMMANDS:
            line = _one_line_error(capsys, config, *argv)
            assert str(folder) in line and "writ" in line
    assert list(folder.iterdir()) == []


def test_a_read_only_database_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)
    db_file = tmp_path / "data" / "watcher.db"
    db_file.parent.mkdir()
    _fresh_db(db_file)
    before = db_file.read_bytes()
    with _read_only(db_file):
        for argv in COMMANDS:
            line = _one_line_error(capsys, config, *argv)
            assert f"cannot open database {db_file}: the file or its folder is read-only" in line
    assert db_file.read_bytes() == before


def test_a_database_error_later_on_is_one_line_with_a_hint(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        with db.begin() as conn:
            conn.execute(text("DROP TABLE findings"))
        with pytest.raises(StoreError) as caught:
            Store(db).ledger()
    finally:
        db.close()
    message = str(caught.value)
    assert "no such table: findings" in message
    assert "\n" not in message and "sqlalche.me" not in message and "SELECT" not in message
    assert caught.value.hint


def test_a_file_this_process_has_open_is_not_read_behind_sqlites_back(tmp_path: Path) -> None:
    """SQLite's locks belong to the process: opening the same file again must not read and
    close it directly, or the first connection would lose its locks."""
    from watcher.store import db as db_module

    url = f"sqlite:///{tmp_path / 'w.db'}"
    first = open_database(url)
    try:
        reads: list[Path] = []
        original = Path.open

        def recording(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == "w.db":
                reads.append(self)
            return original(self, *args, **kwargs)  # type: ignore[arg-type]

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Path, "open", recording)
            second = open_database(url)
            second.close()
        assert reads == []
        assert str((tmp_path / "w.db").resolve()) in db_module._OPEN_FILES
    finally:
        first.close()
    assert str((tmp_path / "w.db").resolve()) not in db_module._OPEN_FILES
    reopened = open_database(url)  # the file is read again once nothing here holds it
    reopened.close()
