"""A newcomer's first commands: the sample feed works offline, failures say so, messages read well."""

from __future__ import annotations

import json
import re
import socket
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.cli import main
from watcher.cli.check_cmd import SAMPLE_FEED

from .logs_fixtures import restore_logging  # noqa: F401

pytestmark = pytest.mark.usefixtures("restore_logging")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network at all: name lookups and connections fail as on a machine without internet."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("network is unreachable (test)")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def _config(tmp_path: Path, body: str = "") -> str:
    path = tmp_path / "watcher.toml"
    path.write_text(f'data_dir = "{tmp_path / "data"}"\n{body}', encoding="utf-8")
    return str(path)


def test_sample_check_shows_each_kind_of_finding_offline(
    tmp_path: Path, offline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)
    assert main(["-q", "check", "--sample", "--json", "--config", config]) == 0
    summary = json.loads(capsys.readouterr().out)
    counts = summary["counts"]
    assert counts["contradicted"] >= 1 and counts["changed"] >= 1 and counts["new"] >= 1
    assert counts["irrelevant"] >= 3  # the off-topic stories stay quiet
    assert summary["dry_run"] is True and summary["feeds"][0]["state"] == "ok"
    assert not (tmp_path / "data" / "watcher.db").exists()  # the archive is not touched

    assert main(["-q", "check", "--sample", "--config", config]) == 0
    out = capsys.readouterr().out
    assert "Most severe new findings" in out
    for status in ("contradicted", "changed", "new"):
        assert re.search(rf"^│ {status}\s+│", out, re.M), status


def test_sample_refuses_to_mix_with_other_feeds_or_sending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)
    assert main(["check", "--sample", "--send", "--config", config]) == 1
    assert "--sample checks only the sample feed" in capsys.readouterr().err


def test_sample_feed_is_well_formed_package_data() -> None:
    root = ET.parse(SAMPLE_FEED).getroot()
    assert len(root.findall("./channel/item")) >= 6
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "data/*" in pyproject["tool"]["setuptools"]["package-data"]["watcher"]


def test_readme_first_run_ends_with_the_sample_check() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme[readme.index("## Set up") : readme.index("## Commands")]
    first = re.search(r"```sh\n(.*?)\n```", setup, re.S)
    assert first is not None
    assert first.group(1).strip().endswith("watcher check --sample")


def test_every_feed_failing_exits_1_with_one_line(
    tmp_path: Path, offline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "".join(f'[[feeds]]\nurl = "https://feed{i}.example.invalid/rss"\n' for i in range(2))
    config = _config(tmp_path, body)
    assert main(["-qq", "check", "--config", config]) == 1
    captured = capsys.readouterr()
    assert "error (" in captured.out  # the table still shows each feed's failure
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("watcher: error: every feed failed (2 feeds)")
    assert "watcher check --sample" in lines[0]


def test_one_finding_is_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "one.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>One</title>'
        "<item><guid>1</guid><title>x</title><description>The alliance now has 32 members "
        "after Sweden completed its accession.</description></item></channel></rss>",
        encoding="utf-8",
    )
    assert (
        main(["-q", "check", "--dry-run", "--feed", str(feed), "--config", _config(tmp_path)]) == 0
    )
    out = " ".join(capsys.readouterr().out.split())
    assert "1 new finding," in out and "1 new findings" not in out
    assert "0 earlier findings corroborated" in out


@pytest.mark.parametrize(
    ("body", "suggestion"),
    [
        ("feed = []\n", "did you mean 'feeds'?"),
        ("timeout = 5\n", "did you mean 'timeout_seconds'?"),
        ("[email]\nhots = 'smtp.example.org'\n", "did you mean 'email.host'?"),
        ("[schedule]\ndigest_time = '07:00'\n", "did you mean 'schedule.digest_at'?"),
        ("[[feeds]]\nurl = 'https://a.example/rss'\nfull_txt = true\n", "'feeds[0].full_text'"),
    ],
)
def test_unknown_keys_suggest_the_close_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, suggestion: str
) -> None:
    assert main(["status", "--config", _config(tmp_path, body)]) == 1
    err = capsys.readouterr().err
    assert "unknown setting" in err and suggestion in err


def test_unknown_key_far_from_any_points_to_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--config", _config(tmp_path, "zzz = 1\n")]) == 1
    assert "see the settings table in README.md" in capsys.readouterr().err


def test_feed_option_takes_a_file_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLE_FEED.parent)
    config = _config(tmp_path)
    assert (
        main(["-q", "check", "--dry-run", "--json", "--feed", SAMPLE_FEED.name, "--config", config])
        == 0
    )
    feeds = json.loads(capsys.readouterr().out)["feeds"]
    assert feeds[0]["url"] == SAMPLE_FEED.as_uri() and feeds[0]["state"] == "ok"


def test_feed_option_with_neither_url_nor_file_says_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--feed", "news/rss.xml", "--config", _config(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "neither a URL nor an existing file" in err and "file:///" in err


def test_config_feed_url_that_is_a_path_gets_its_file_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, f'[[feeds]]\nurl = "{SAMPLE_FEED}"\n')
    assert main(["check", "--config", config]) == 1
    assert f"for that file write {SAMPLE_FEED.as_uri()}" in capsys.readouterr().err
