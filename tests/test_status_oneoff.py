"""Status and the digest report on the feeds being monitored, the ones in the config.

A URL tried once with `watcher check --feed URL` fails there and then, in that command's own
output; a feed removed from the config is no longer being watched. Neither is listed as
failing in a later `watcher status` or digest.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.cli import main
from watcher.config import load
from watcher.daemon.status import collect_status
from watcher.digest.run import run_digest


def _write(tmp_path: Path, feeds: list[str]) -> Path:
    path = tmp_path / "watcher.toml"
    lines = [f'data_dir = "{tmp_path / "data"}"', "[schedule]", 'timezone = "UTC"']
    for url in feeds:
        lines += ["[[feeds]]", f'url = "{url}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_one_off_feed_failure_is_not_listed_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monitored = (tmp_path / "monitored-missing.xml").as_uri()
    one_off = (tmp_path / "tried-once-missing.xml").as_uri()
    config_file = _write(tmp_path, [monitored])

    main(["--config", str(config_file), "check", "--feed", one_off])
    main(["--config", str(config_file), "check"])
    capsys.readouterr()

    config = load(config_file)
    later = datetime.now(UTC) + timedelta(days=2)
    failing = [f.url for f in collect_status(config, now=later).failing_feeds]
    assert failing == [monitored]
    digest = run_digest(config, send=False, now=later)
    assert [f.url for f in digest.failed_feeds] == [monitored]

    assert main(["--config", str(config_file), "status", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert one_off not in json.dumps(shown)  # not yet a day: nothing listed, and never one_off

    # Taken out of the config, the monitored feed is no longer anyone's to fix either.
    unwatched = load(_write(tmp_path, [(tmp_path / "other.xml").as_uri()]))
    assert collect_status(unwatched, now=later).failing_feeds == ()
    assert run_digest(unwatched, send=False, now=later).failed_feeds == ()
