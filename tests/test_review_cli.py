"""`watcher review` as an analyst runs it, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.cli import main

from .review_fixtures import filled, review_config


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(f'data_dir = "{tmp_path}"\nreviewer = "Ana \\u001b[31mK"\n', encoding="utf-8")
    filled(review_config(tmp_path))
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _listed(
    capsys: pytest.CaptureFixture[str], config: Path, *extra: str
) -> list[dict[str, object]]:
    code, out, _ = _run(capsys, "review", "list", "--config", str(config), "--json", *extra)
    assert code == 0
    got: list[dict[str, object]] = json.loads(out)
    return got


def test_list_shows_every_finding_unreviewed_with_feed_text_inert(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "review", "list", "--config", str(config_file))
    assert code == 0
    assert out.count("[unreviewed]") == 4
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "Kyiv \\x1b[2J\\x1b]0;pwned\\x07 said \\u202eevil\\u202c things." in out
    assert "first seen 24 Nov 2026" in out and "cue: cue f-sweden" in out


def test_dismiss_list_and_undo_round_trip(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "review",
        "dismiss",
        "f-rutte",
        "--label",
        "known",
        "--note",
        "Rutte took office in October",
        "--config",
        str(config_file),
    )
    assert code == 0
    assert out.startswith("f-rutte: dismissed as known by Ana \\x1b[31mK on ")
    assert "(note: Rutte took office in October)" in out
    [item] = _listed(capsys, config_file, "--status", "dismissed")
    assert (item["id"], item["label"], item["note"], item["reviewer"]) == (
        "f-rutte",
        "known",
        "Rutte took office in October",
        "Ana \x1b[31mK",
    )
    assert [i["id"] for i in _listed(capsys, config_file, "--unreviewed")] == [
        "f-denial",
        "f-hostile",
        "f-sweden",
    ]
    assert _run(capsys, "review", "confirm", "f-rutte", "--config", str(config_file))[0] == 0
    code, out, _ = _run(capsys, "review", "undo", "f-rutte", "--config", str(config_file))
    assert code == 0 and out.startswith("undone; now f-rutte: dismissed as known by Ana")
    code, out, _ = _run(capsys, "review", "show", "f-rutte", "--config", str(config_file))
    assert "dismissed as known by Ana \\x1b[31mK: Rutte took office" in out
    assert "confirmed by Ana \\x1b[31mK  (undone by Ana \\x1b[31mK" in out
    assert _run(capsys, "review", "undo", "f-rutte", "--config", str(config_file))[1].endswith(
        "now f-rutte: unreviewed\n"
    )
    assert len(_listed(capsys, config_file, "--unreviewed")) == 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("dismiss", "f-sweden"), "dismiss needs --label"),
        (("dismiss", "f-sweden", "--label", "changed"), "already changed"),
        (("confirm", "f-sweden", "--label", "new"), "does not apply"),
        (("accept", "f-nope"), "no finding 'f-nope'"),
        (("undo", "f-sweden"), "no decision to undo"),
    ],
)
def test_wrong_actions_are_one_line_errors_that_change_nothing(
    config_file: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = _run(capsys, "review", *argv, "--config", str(config_file))
    assert code == 1 and out == ""
    assert err.startswith("watcher: error: ") and message in err and err.count("\n") == 1
    assert len(_listed(capsys, config_file, "--unreviewed")) == 4


def test_without_a_database_nothing_is_listed_or_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "watcher.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    code, out, _ = _run(capsys, "review", "list", "--config", str(config))
    assert code == 0 and out == "No findings yet. Run `watcher check`.\n"
    assert not (tmp_path / "data" / "watcher.db").exists()
