"""compose.yaml's promises, read from the file (no Docker engine runs the tests): every Watcher
service runs a real subcommand with options it accepts, on a config that loads, and the image
installs what the workers need."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from watcher.cli import COMMANDS_BY_NAME, build_parser
from watcher.config import load

yaml = pytest.importorskip("yaml", reason="PyYAML is not installed: pip install -e '.[test]'")

ROOT = Path(__file__).resolve().parent.parent
CONFIG_IN_IMAGE = "/app/watcher.toml"


def _compose() -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _watcher_services() -> dict[str, dict[str, Any]]:
    services = _compose()["services"]
    return {name: s for name, s in services.items() if s.get("build") == "."}


def _mounted_config(service: dict[str, Any]) -> Path:
    for volume in service["volumes"]:
        source, _, rest = volume.partition(":")
        if rest.split(":")[0] == CONFIG_IN_IMAGE:
            return ROOT / source
    raise AssertionError(f"no config mounted at {CONFIG_IN_IMAGE}")


def test_the_roles_are_postgres_one_daemon_workers_and_the_archive() -> None:
    services = _compose()["services"]
    assert services["postgres"]["image"].startswith("postgres:")
    roles = {name: s["command"][0] for name, s in _watcher_services().items()}
    assert sorted(roles.values()) == ["run", "serve", "worker"]
    worker = next(s for s in _watcher_services().values() if s["command"][0] == "worker")
    assert worker["deploy"]["replicas"] >= 2
    daemons = [s for s in _watcher_services().values() if s["command"][0] == "run"]
    assert len(daemons) == 1 and "replicas" not in daemons[0].get("deploy", {})


@pytest.mark.parametrize("name", sorted(_watcher_services()))
def test_each_service_runs_a_real_subcommand_on_a_config_that_loads(name: str) -> None:
    service = _watcher_services()[name]
    command = service["command"]
    assert command[0] in COMMANDS_BY_NAME
    args = build_parser(command[0]).parse_args(command)
    assert args.func is not None
    config_file = _mounted_config(service)
    config = load(config_file)
    assert config.tasks.engine == "procrastinate"
    assert config.database.startswith("postgresql+psycopg://")
    assert str(config.data_dir) == "/data"
    assert "watcher-data:/data" in service["volumes"]
    # The password reaches libpq from the environment, never from the file.
    assert "PGPASSWORD" in service["environment"]
    user = config.database.split("://", 1)[1].split("@", 1)[0]
    assert user == "watcher" and ":" not in user
    assert service["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_the_image_installs_the_workers_extra_and_runs_any_role() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r'pip wheel\b[^\n]*"\.\[workers\]"', text)
    assert re.search(r'pip install\b[^\n]*"watcher\[workers\]"', text)
    assert 'ENTRYPOINT ["watcher"]' in text
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^workers = \[.*"procrastinate', pyproject, re.MULTILINE)
