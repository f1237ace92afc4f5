"""The package tree shows the architecture, and an import walk keeps it honest.

Pure stages (text, baseline, differ) work on plain data: they never reach the store, the web,
SQL, SMTP, HTTP or the clock, so each can be tested on literals and a run can be replayed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "watcher"

#: What each stage may not import (module prefixes), besides what the stage itself owns.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "text": (
        "watcher.baseline",
        "watcher.differ",
        "watcher.feeds",
        "watcher.store",
        "watcher.archive",
        "watcher.digest",
        "watcher.daemon",
        "watcher.workers",
        "watcher.cli",
        "watcher.check",
        "watcher.config",
        "sqlalchemy",
        "smtplib",
        "httpx",
    ),
    "baseline": (
        "watcher.differ",
        "watcher.feeds",
        "watcher.store",
        "watcher.archive",
        "watcher.digest",
        "watcher.daemon",
        "watcher.workers",
        "watcher.cli",
        "watcher.check",
        "sqlalchemy",
        "smtplib",
        "httpx",
    ),
    "differ": (
        "watcher.feeds",
        "watcher.store",
        "watcher.archive",
        "watcher.digest",
        "watcher.daemon",
        "watcher.workers",
        "watcher.cli",
        "watcher.check",
        "watcher.config",
        "sqlalchemy",
        "smtplib",
        "httpx",
    ),
    "feeds": (
        "watcher.store",
        "watcher.archive",
        "watcher.digest",
        "watcher.daemon",
        "watcher.workers",
        "watcher.cli",
        "watcher.check",
        "sqlalchemy",
        "smtplib",
    ),
}

#: Calls that read the clock; pure stages are handed `now` instead.
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time")}


def _modules(stage: str | None = None) -> list[Path]:
    root = PACKAGE / stage if stage else PACKAGE
    return sorted(root.rglob("*.py"))


def _imports(path: Path, *, relative_ok: bool = False) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level and not relative_ok:
                pytest.fail(f"{path}: use absolute imports (from watcher.x import ...)")
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _clock_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in CLOCK_CALLS
        ):
            found.append(f"{node.value.id}.{node.attr} at line {node.lineno}")
    return found


def _violations(stage: str) -> list[str]:
    bad = []
    for path in _modules(stage):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[stage]):
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return bad


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_stage_imports_point_one_way(stage: str) -> None:
    assert (PACKAGE / stage).is_dir(), f"watcher/{stage}/ is part of the layout"
    assert _violations(stage) == []


@pytest.mark.parametrize("stage", ["text", "baseline", "differ"])
def test_pure_stages_never_read_the_clock(stage: str) -> None:
    found = [f"{p.relative_to(PACKAGE)}: {c}" for p in _modules(stage) for c in _clock_calls(p)]
    assert found == []


def test_the_walk_catches_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from watcher.store.ingest import Store\nimport sqlalchemy\n")
    names = _imports(module)
    assert any(n.startswith("watcher.store") for n in names)
    assert "sqlalchemy" in names
    clock = tmp_path / "clock.py"
    clock.write_text("from datetime import datetime\nx = datetime.now()\n")
    assert _clock_calls(clock) == ["datetime.now at line 2"]


def _sql_importers(root: Path) -> list[str]:
    """Modules under `root`, outside its store/ folder, that import SQLAlchemy in any form."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] == "store":
            continue
        for name in _imports(path, relative_ok=True):
            if name == "sqlalchemy" or name.startswith("sqlalchemy.") or ".sqlalchemy" in name:
                bad.append(f"{path.relative_to(root)} imports {name}")
    return bad


def test_all_sql_lives_in_the_store() -> None:
    """Only watcher/store speaks SQL; every other stage calls its typed functions."""
    assert _sql_importers(PACKAGE) == []


def test_the_sql_walk_catches_sqlalchemy_outside_the_store(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "db.py").write_text("from sqlalchemy import select\n")
    (tmp_path / "digest").mkdir()
    (tmp_path / "digest" / "run.py").write_text("from sqlalchemy.exc import SQLAlchemyError\n")
    (tmp_path / "daemon.py").write_text(
        "from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore\n"
    )
    assert _sql_importers(tmp_path) == [
        "daemon.py imports apscheduler.jobstores.sqlalchemy",
        "daemon.py imports apscheduler.jobstores.sqlalchemy.SQLAlchemyJobStore",
        "digest/run.py imports sqlalchemy.exc",
        "digest/run.py imports sqlalchemy.exc.SQLAlchemyError",
    ]


#: Records read from the database; only store/rows.py builds them from rows.
RECORDS = {"Finding", "FindingSource", "RunRow", "FeedRow", "PendingDigest", "Outgoing"}


def _record_builders(folder: Path) -> list[str]:
    """Calls constructing a record, in store modules other than rows.py."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path.name == "rows.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in RECORDS
            ):
                found.append(f"{path.name}: {node.func.id} at line {node.lineno}")
    return found


def test_each_record_type_is_mapped_from_rows_in_one_place(tmp_path: Path) -> None:
    assert _record_builders(PACKAGE / "store") == []
    (tmp_path / "queries.py").write_text("def f(row):\n    return RunRow(id=row.id)\n")
    assert _record_builders(tmp_path) == ["queries.py: RunRow at line 2"]


def test_no_flat_stage_modules_are_left_behind() -> None:
    """Stage code lives in its package; the top level keeps only what every stage shares."""
    shared = {
        "__init__",
        "__main__",
        "models",
        "errors",
        "config",
        "logs",
        "fileio",
        "lock",
        "render",
        "check",
        "ledger",
        "evaluate",
        "evaluate_articles",
    }
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top <= shared, f"move {sorted(top - shared)} into a stage package"
