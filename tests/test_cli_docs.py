"""Every command the CLI offers works and is documented; nothing documented is missing."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from watcher.cli import build_parser, main


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[arg-type]


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for name in _commands():
        assert re.search(rf"^\s+{name}\s", out, re.M), name


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_and_is_in_the_readme(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([name, "--help"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("usage: watcher ")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`watcher {name}" in readme, f"watcher {name} is not documented in README.md"


def test_readme_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Commands") : readme.index("## The baseline claim set")]
    documented = set(re.findall(r"`watcher (\w+)", table))
    assert documented == set(_commands())


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_a_reader_that_goes_away_gets_no_traceback() -> None:
    """`watcher baseline show --json | head -1`: the command stops quietly."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "baseline", "show", "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"{")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert "Traceback" not in err
