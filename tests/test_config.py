"""Settings: declared once, validated at load, documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.config import DEFAULT_FEEDS, SETTINGS, load, settings_markdown
from watcher.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_built_in_defaults(tmp_path: Path) -> None:
    cfg = load(cwd=tmp_path)
    assert cfg.source == "built-in defaults"
    assert [f.url for f in cfg.feeds] == [u for _, u in DEFAULT_FEEDS]
    assert cfg.database_url == f"sqlite:///{(tmp_path / 'watcher.db').resolve()}"
    assert cfg.baseline.exists()  # falls back to the baseline shipped in the package
    assert cfg.schedule.timezone == "Europe/Kyiv" and cfg.schedule.digest_at == "07:00"


def test_file_in_cwd_then_env_then_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, 'data_dir = "cwd"\n')
    other = tmp_path / "other.toml"
    other.write_text('data_dir = "env"\n', encoding="utf-8")
    flag = tmp_path / "flag.toml"
    flag.write_text('data_dir = "flag"\n', encoding="utf-8")
    assert load(cwd=tmp_path).data_dir == tmp_path / "cwd"
    monkeypatch.setenv("WATCHER_CONFIG", str(other))
    assert load(cwd=tmp_path).data_dir == tmp_path / "env"
    assert load(flag, cwd=tmp_path).data_dir == tmp_path / "flag"


def test_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    sub = tmp_path / "etc"
    sub.mkdir()
    cfg = load(_write(sub, 'data_dir = "../data"\nbaseline = "b.json"\n'))
    assert cfg.data_dir.resolve() == (tmp_path / "data").resolve()
    assert cfg.baseline == sub / "b.json"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("dta_dir = 'x'\n", "unknown setting 'dta_dir'"),
        ("[email]\nhots = 'x'\n", "unknown setting 'email.hots'"),
        ("[[feeds]]\nurl = 'https://a'\nfull_txt = true\n", "unknown setting 'feeds[0].full_txt'"),
        ("[[feeds]]\nname = 'x'\n", "feeds[0]: missing `url`"),
        ("[[feeds]]\nurl = 'ftp://a'\n", "not an http(s):// or file:// URL"),
        ("concurrency = 'eight'\n", "concurrency: expected integer"),
        ("concurrency = true\n", "concurrency: expected integer"),
        ("concurrency = 0\n", "concurrency: 0 is out of range: must be at least 1"),
        ("[schedule]\ntimezone = 'Mars/Olympus'\n", "not an IANA time zone"),
        ("[schedule]\ndigest_at = '7am'\n", "not HH:MM"),
        ("[schedule]\npoll_minutes = 0\n", "greater than 0"),
        ("[email]\nto = 'a@b'\n", "email.to: expected list"),
        ("log_level = 'loud'\n", "log_level"),
        ("data_dir = [\n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=None) as info:
        load(_write(tmp_path, text))
    assert message in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load(tmp_path / "nope.toml")


def test_password_comes_from_the_named_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = load(_write(tmp_path, "[email]\npassword_env = 'W_PW'\n"))
    with pytest.raises(ConfigError, match="W_PW"):
        cfg.email.password()
    monkeypatch.setenv("W_PW", "s3cret")
    assert cfg.email.password() == "s3cret"


def test_fractional_poll_minutes_and_feed_tables(tmp_path: Path) -> None:
    cfg = load(
        _write(
            tmp_path,
            "[schedule]\npoll_minutes = 0.05\n[[feeds]]\nurl = 'file:///x.xml'\nfull_text = true\n",
        )
    )
    assert cfg.schedule.poll_minutes == 0.05
    assert cfg.feeds[0].url == "file:///x.xml" and cfg.feeds[0].full_text


def test_example_file_loads() -> None:
    cfg = load(ROOT / "watcher.example.toml")
    assert cfg.email.password_env == "WATCHER_SMTP_PASSWORD"
    assert len(cfg.feeds) == 3


def test_readme_settings_table_matches_the_declared_settings() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_markdown() in readme, (
        "regenerate the table with watcher.config.settings_markdown()"
    )
    for setting in SETTINGS:
        assert f"`{setting.key}`" in readme
