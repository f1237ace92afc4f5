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


#: Dataclasses whose field defaults are settings: each must read `default("key")`.
DEFAULT_READERS = {
    ROOT / "watcher" / "config.py": (
        "FeedConfig",
        "EmailConfig",
        "ScheduleConfig",
        "TasksConfig",
        "Config",
    ),
    ROOT / "watcher" / "feeds" / "fetch.py": ("Limits",),
}
#: Fields that are not settings of their own (tables, the list of feeds, where it came from).
NOT_SETTINGS = {"url", "feeds", "email", "schedule", "tasks", "source"}


def _literal_defaults(path: Path, classes: tuple[str, ...]) -> list[str]:
    """Fields of `classes` whose default is written out instead of read from `SETTINGS`."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name in classes):
            continue
        for item in node.body:
            if not isinstance(item, ast.AnnAssign) or item.value is None:
                continue
            name = item.target.id if isinstance(item.target, ast.Name) else "?"
            calls = {
                n.func.id
                for n in ast.walk(item.value)
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            }
            if name not in NOT_SETTINGS and "default" not in calls:
                found.append(f"{path.name}:{node.name}.{name}")
    return found


def test_each_default_is_declared_once() -> None:
    repeated = [f for path, cls in DEFAULT_READERS.items() for f in _literal_defaults(path, cls)]
    assert repeated == [], "read these from watcher.config.default(...)"


def test_the_walk_catches_a_written_out_default(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("class Limits:\n    timeout: float = 20.0\n    n: int = default('x')\n")
    assert _literal_defaults(module, ("Limits",)) == ["m.py:Limits.timeout"]


def test_defaults_in_use_are_the_declared_ones() -> None:
    from watcher.config import Config, default
    from watcher.feeds.fetch import Limits

    cfg, limits = Config(), Limits()
    assert (limits.timeout, limits.max_bytes) == (cfg.timeout_seconds, cfg.max_bytes)
    assert limits.max_redirects == cfg.max_redirects == default("max_redirects")
    assert cfg.email.sender == default("email.from") and cfg.email.port == default("email.port")
    assert cfg.schedule.digest_at == default("schedule.digest_at")
