"""Start-up: a command loads only its own code, so `watcher diff` answers without the database,
the web client, the scheduler, the templates or the article extractor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: Heavy libraries the differ's commands never need (rich draws only `watcher eval`'s tables).
HEAVY = (
    "sqlalchemy",
    "httpx",
    "apscheduler",
    "jinja2",
    "trafilatura",
    "aiosmtpd",
    "smtplib",
    "rich",
)


def imported_by(*argv: str, stdin: str = "") -> set[str]:
    """Top-level names of every module `python -m watcher ARGV` imports (from -X importtime)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "watcher", *argv],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "watcher" in names  # the walk saw the imports at all
    return names


BASELINE = str(ROOT / "baselines" / "claims.json")


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (("diff", "Ukraine joined NATO", "--baseline", BASELINE), ""),
        (("diff", "x", "--json"), ""),
        (("classify", "--baseline", BASELINE), '{"id": "1", "text": "Ukraine joined NATO"}\n'),
        (("--help",), ""),
    ],
)
def test_differ_commands_import_nothing_heavy(argv: tuple[str, ...], stdin: str) -> None:
    heavy = imported_by(*argv, stdin=stdin) & set(HEAVY)
    assert heavy == set(), f"`watcher {' '.join(argv)}` imports {sorted(heavy)}"


def test_config_alone_does_not_load_sqlalchemy() -> None:
    code = "import sys, watcher.config; print('sqlalchemy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["status", "--help"], {"status_cmd"}),
        (["diff", "--help"], {"classify_cmd"}),
        (["--help"], set()),
    ],
)
def test_only_the_chosen_command_module_is_loaded(argv: list[str], loaded: set[str]) -> None:
    code = (
        "import sys\n"
        "from watcher.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "names = sorted(n for n in sys.modules if n.startswith('watcher.cli.'))\n"
        "print(' '.join(names), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    names = set(proc.stderr.split())
    assert {n.removeprefix("watcher.cli.") for n in names if n.endswith("_cmd")} == loaded


def test_every_command_still_parses(tmp_path: Path) -> None:
    """Each command's own options are known once it is chosen (`--help` lists them)."""
    from watcher.cli import COMMANDS

    for command in COMMANDS:
        proc = subprocess.run(
            [sys.executable, "-m", "watcher", command.name, "--help"],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, (command.name, proc.stderr)
        assert proc.stdout.startswith(f"usage: watcher {command.name}")
        assert "--config" in proc.stdout


def test_a_second_diff_loads_only_what_judging_needs(tmp_path: Path) -> None:
    """With the derived state kept, `watcher diff` loads no TOML parser, no time zones, and
    neither the scoring code nor the seed splitter."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("WATCHER_CONFIG", None)
    argv = [sys.executable, "-X", "importtime", "-m", "watcher", "diff", "Ukraine joined NATO"]
    for _ in range(2):  # the first run writes the derived state, the second reads it
        proc = subprocess.run(
            argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=True
        )
    names = {
        line.rsplit("|", 1)[1].strip()
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    assert "watcher.differ.core" in names  # the walk saw the differ's imports
    unneeded = {"tomllib", "zoneinfo", "watcher.evaluate", "watcher.baseline.candidates"}
    assert names & unneeded == set()
