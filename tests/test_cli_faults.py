"""Hostile and broken input at the command line: one-line errors, bounded reads, safe terminals.

Every case drives the real CLI (`main([...])`, or `python -m watcher` in a subprocess when a
memory limit or a redirected stdout is part of the case) and checks that nothing is lost.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.cli import main

from . import feeds_fixtures

baseline_file = feeds_fixtures.baseline_file

#: Address space for a child under a memory limit: enough for Watcher, far below what an
#: unbounded read of /dev/zero takes before it fails.
MEMORY_LIMIT = 1 << 30


def _one_line_error(code: int, err: str, *needles: str) -> None:
    """Exit status 1 and exactly one `watcher: error: ... (hint: ...)` line, no traceback."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 1, err
    assert "Traceback" not in err
    assert len(lines) == 1, err
    assert lines[0].startswith("watcher: error: ") and "(hint: " in lines[0], lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(body, encoding="utf-8")
    return path


# --- configuration ---------------------------------------------------------------------------


def test_config_option_naming_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["status", "--config", str(tmp_path)])
    _one_line_error(code, capsys.readouterr().err, f"config file {tmp_path} is a folder")


def test_config_variable_naming_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHER_CONFIG", str(tmp_path))
    code = main(["status"])
    _one_line_error(code, capsys.readouterr().err, "is a folder, not a file")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("timeout_seconds = inf\n", "timeout_seconds: inf is out of range"),
        ("timeout_seconds = nan\n", "timeout_seconds: nan is out of range"),
        ("timeout_seconds = -1\n", "timeout_seconds: -1 is out of range"),
        ("max_redirects = -1\n", "max_redirects: -1 is out of range"),
        ("max_bytes = 0\n", "max_bytes: 0 is out of range"),
        ("concurrency = 100000\n", "concurrency: 100000 is out of range"),
        ("[email]\nport = 70000\n", "email.port: 70000 is out of range"),
        ("[email]\ntimeout_seconds = nan\n", "email.timeout_seconds: nan is out of range"),
        ("[schedule]\npoll_minutes = inf\n", "schedule.poll_minutes: inf is out of range"),
        (
            "[schedule]\nmisfire_grace_minutes = -5\n",
            "schedule.misfire_grace_minutes: -5 is out of range",
        ),
    ],
)
def test_out_of_range_numbers_are_refused_at_load_with_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str
) -> None:
    code = main(["status", "--config", str(_write(tmp_path, text))])
    _one_line_error(code, capsys.readouterr().err, key)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[email]\nfrom = "watcher@example.org\\r\\nBcc: all@example.org"\n', "email.from"),
        ('[email]\nfrom = "watcher@example.org\\nX: y"\n', "email.from"),
        ('[email]\nto = ["a@example.org", "b@example.org\\r\\nBcc: c@example.org"]\n', "email.to"),
    ],
)
def test_line_breaks_in_addresses_are_refused_at_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str
) -> None:
    code = main(["digest", "--config", str(_write(tmp_path, text))])
    _one_line_error(code, capsys.readouterr().err, f"{key}: ", "contains a line break")


def test_data_dir_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("keep me", encoding="utf-8")
    config = _write(tmp_path, f'data_dir = "{blocker}"\n')
    code = main(["-q", "check", "--config", str(config), "--feed", _sample().as_uri()])
    _one_line_error(code, capsys.readouterr().err, "data_dir:", "is a file, not a folder")
    assert blocker.read_text(encoding="utf-8") == "keep me"


# --- baseline files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        '{"claims": [], "seeds": {}, "score": Infinity}',
        '{"claims": [{"id": "c-1", "text": "x", "sources": [], "attributes": {"numbers": [NaN]}}]}',
        '{"claims": [], "x": -Infinity}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_baseline_with_non_json_numbers_or_deep_nesting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    path = tmp_path / "claims.json"
    path.write_text(body, encoding="utf-8")
    code = main(["baseline", "show", "--file", str(path)])
    _one_line_error(code, capsys.readouterr().err, "not a valid baseline file")
    assert path.read_text(encoding="utf-8") == body


def test_baseline_that_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["baseline", "show", "--file", str(tmp_path)])
    _one_line_error(code, capsys.readouterr().err, "is a folder, not a file")


def test_baseline_build_into_a_folder_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("keep", encoding="utf-8")
    code = main(["baseline", "build", "--seeds", str(ROOT / "seeds"), "--out", str(out)])
    _one_line_error(code, capsys.readouterr().err, "is not a regular file")
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


# --- unbounded reads, under a memory limit ---------------------------------------------------


def _limited(*argv: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m watcher ARGV` with its address space capped at `MEMORY_LIMIT`."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("WATCHER_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "watcher", *argv],
        cwd=cwd,
        env=env,
        preexec_fn=cap,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ("baseline", "build", "--seeds", "seeds", "--out", "/dev/full"),
        ("baseline", "build", "--seeds", "seeds", "--out", "/dev/zero"),
        ("baseline", "show", "--file", "/dev/zero"),
        ("diff", "Ukraine joined NATO", "--baseline", "/dev/zero"),
        ("status", "--config", "/dev/zero"),
    ],
)
def test_devices_are_refused_before_they_are_read(argv: tuple[str, ...]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    proc = _limited(*argv)
    _one_line_error(proc.returncode, proc.stderr, "regular file")


def test_an_oversized_baseline_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "claims.json"
    with big.open("wb") as handle:
        handle.truncate(5 << 30)  # sparse: 5 GiB of zeros that take no disk
    proc = _limited("baseline", "show", "--file", str(big))
    _one_line_error(proc.returncode, proc.stderr, "larger than")


# --- file systems that refuse writes ---------------------------------------------------------


@pytest.fixture
def mount_tmpfs(tmp_path: Path) -> Iterator[object]:
    """`mount(size, read_only)` -> a fresh tmpfs folder; skips where mounting is not allowed."""
    mounted: list[Path] = []

    def mount(size: str, read_only: bool = False) -> Path:
        target = tmp_path / f"mnt{len(mounted)}"
        target.mkdir()
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip("cannot mount a tmpfs here (needs root)")
        mounted.append(target)
        return target

    yield mount
    for target in reversed(mounted):
        subprocess.run(["umount", str(target)], check=False)


def test_read_only_data_dir(
    tmp_path: Path, mount_tmpfs: object, capsys: pytest.CaptureFixture[str]
) -> None:
    data = mount_tmpfs("1m", True)  # type: ignore[operator]
    config = _write(tmp_path, f'data_dir = "{data}"\n')
    code = main(["-q", "check", "--config", str(config), "--feed", _sample().as_uri()])
    _one_line_error(code, capsys.readouterr().err, "Read-only file system", "can write to")


def test_full_disk_keeps_the_previous_baseline(
    tmp_path: Path, mount_tmpfs: object, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = mount_tmpfs("2m")  # type: ignore[operator]
    out = disk / "claims.json"
    shutil.copyfile(ROOT / "baselines" / "claims.json", out)
    before = out.read_bytes()
    with (disk / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
    code = main(["baseline", "build", "--seeds", str(ROOT / "seeds"), "--out", str(out)])
    _one_line_error(code, capsys.readouterr().err, "No space left on device", "disk is full")
    assert out.read_bytes() == before
    assert sorted(p.name for p in disk.iterdir()) == ["claims.json", "filler"]


def test_output_to_a_full_device_is_one_line() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "watcher", "baseline", "show", "--json"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    _one_line_error(proc.returncode, proc.stderr, "No space left on device")


def _sample() -> Path:
    return ROOT / "watcher" / "data" / "sample-feed.xml"


def test_json_outputs_stay_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The terminal-safe JSON still decodes to the same data."""
    assert main(["-q", "check", "--sample", "--json", "--config", str(_write(tmp_path, ""))]) == 0
    assert json.loads(capsys.readouterr().out)["dry_run"] is True


def test_a_terminal_without_unicode_gets_escapes_not_a_crash() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "baseline", "show"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii"},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode("ascii", "replace")[-500:]
    assert b"Traceback" not in proc.stderr
    assert b"\\u2019" in proc.stdout  # the seeds' curly apostrophe, shown as an escape
