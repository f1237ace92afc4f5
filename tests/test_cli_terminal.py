"""Untrusted text reaches the terminal as text: every command that prints it neutralises
control and escape sequences (clear-screen, set-title, one-byte CSI, bidi overrides)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.cli import main
from watcher.render import terminal_json, terminal_text
from watcher.store.schema import feeds, open_database

from .digest_fixtures import SmtpServer, smtp_server
from .logs_fixtures import restore_logging  # noqa: F401

__all__ = ["smtp_server"]

pytestmark = pytest.mark.usefixtures("restore_logging")

#: What a terminal would act on: C0 but newline and tab, DEL, C1, bidi embeddings and isolates.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: Clear the screen, set the window title, a one-byte CSI and a right-to-left override.
CLEAR = "\x1b[2J"
TITLE = "\x1b]0;pwned\x07"
HOSTILE_NAME = f"Evil {TITLE} News"
HOSTILE_ENTRY = (
    f"The alliance now has 32 members {CLEAR}{TITLE} after Sweden completed its accession "
    "\x9b31m in March \u202egnp.exe today."
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain text, kept", "plain text, kept"),
        ("two\nlines\tand a tab", "two\nlines\tand a tab"),
        (CLEAR, "\\x1b[2J"),
        (TITLE, "\\x1b]0;pwned\\x07"),
        ("back\rspace\x08 del\x7f", "back\\x0dspace\\x08 del\\x7f"),
        ("\x9b31m one-byte CSI, \x9d0;t\x9c OSC", "\\x9b31m one-byte CSI, \\x9d0;t\\x9c OSC"),
        ("abc\u202edef\u2066x\u2069", "abc\\u202edef\\u2066x\\u2069"),
        ("line\u2028sep", "line\\u2028sep"),
        ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
        ("Київ, naïve, 北约", "Київ, naïve, 北约"),
    ],
)
def test_terminal_text_shows_every_control_as_a_visible_escape(raw: str, shown: str) -> None:
    assert terminal_text(raw) == shown
    assert not RAW_CONTROL.search(terminal_text(raw))


def test_terminal_json_decodes_to_the_same_data() -> None:
    value = {"text": HOSTILE_ENTRY, "n": [1, "\u2028", "\ud800"]}
    text = terminal_json(value)
    assert not RAW_CONTROL.search(text.replace("\n", ""))
    assert json.loads(text) == value


def _hostile_feed(tmp_path: Path) -> str:
    from xml.sax.saxutils import escape

    def refs(text: str) -> str:
        # Character references, the way a hostile feed smuggles controls past XML rules.
        return "".join(
            f"&#x{ord(c):x};" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 else c for c in escape(text)
        )

    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{refs(HOSTILE_NAME)}</title><link>https://example.org/</link>"
        "<item><title>x</title><link>https://example.org/a</link><guid>h-1</guid>"
        f"<description>{refs(HOSTILE_ENTRY)}</description></item></channel></rss>\n"
    )
    path = tmp_path / "hostile.xml"
    path.write_text(body, encoding="utf-8")
    return path.as_uri()


def _config(tmp_path: Path, extra: str = "") -> str:
    path = tmp_path / "watcher.toml"
    path.write_text(f'data_dir = "{tmp_path / "data"}"\n{extra}', encoding="utf-8")
    return str(path)


def _assert_safe(out: str) -> None:
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))
    assert "pwned" in out  # shown, not dropped


def test_check_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path)
    feed = _hostile_feed(tmp_path)
    assert main(["-q", "check", "--config", config, "--feed", feed, "--dry-run"]) == 0
    out = capsys.readouterr().out
    _assert_safe(out)
    assert "\\x1b" in out

    assert main(["-q", "check", "--config", config, "--feed", feed, "--dry-run", "--json"]) == 0
    out = capsys.readouterr().out
    _assert_safe(out.replace("\n", ""))
    texts = [f["text"] for f in json.loads(out)["findings"]]
    assert any(CLEAR in t for t in texts)  # the data itself is unchanged


def test_reports_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path)
    assert (
        main(["-q", "check", "--config", config, "--feed", _hostile_feed(tmp_path), "--json"]) == 0
    )
    run_id = json.loads(capsys.readouterr().out)["run_id"]
    assert main(["reports", "show", run_id, "--config", config]) == 0
    out = capsys.readouterr().out
    _assert_safe(out)
    assert "Evil" in out or "32 members" in out
    assert main(["reports", "list", "--json", "--config", config]) == 0
    _assert_safe(capsys.readouterr().out.replace("\n", "") + "pwned")


def test_status_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Status lists the configured feeds that fail, so the hostile one is configured.
    config = _config(tmp_path, '[[feeds]]\nurl = "https://example.org/feed"\n')
    (tmp_path / "data").mkdir()
    engine = open_database(f"sqlite:///{tmp_path / 'data' / 'watcher.db'}")
    since = datetime.now(UTC) - timedelta(days=3)
    with engine.begin() as conn:
        conn.execute(
            feeds.insert().values(
                url="https://example.org/feed",
                name=HOSTILE_NAME + " \u202eevil",
                last_state="error",
                last_error=f"HTTP 500: {CLEAR}{TITLE} \x9b2J",
                failing_since=since,
                last_checked_at=datetime.now(UTC),
            )
        )
    engine.close()
    main(["status", "--config", config])
    _assert_safe(capsys.readouterr().out)
    main(["status", "--json", "--config", config])
    out = capsys.readouterr().out
    _assert_safe(out.replace("\n", ""))
    assert json.loads(out)["failing_feeds"][0]["name"].endswith("\u202eevil")


def test_digest_send_shows_the_smtp_reply_safely(
    tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    smtp_server.handler.fail_data = f"451 try later {CLEAR}{TITLE}"
    config = _config(
        tmp_path,
        f'[email]\nto = ["analyst@example.org"]\nhost = "127.0.0.1"\n'
        f"port = {smtp_server.port}\nstarttls = false\n",
    )
    sample = (ROOT / "watcher" / "data" / "sample-feed.xml").as_uri()
    assert main(["-q", "check", "--config", config, "--feed", sample]) == 0
    capsys.readouterr()
    assert main(["-q", "digest", "--send", "--config", config]) == 1
    captured = capsys.readouterr()
    _assert_safe(captured.out + captured.err)
    assert "\\x1b]0;pwned" in captured.out + captured.err


def test_error_lines_are_safe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / f"watcher{TITLE}.toml"
    assert main(["status", "--config", str(missing)]) == 1
    err = capsys.readouterr().err
    _assert_safe(err)
    assert err.count("\n") == 1 and "does not exist" in err


def test_baseline_show_prints_claim_text_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = json.loads((ROOT / "baselines" / "claims.json").read_text(encoding="utf-8"))
    claims["claims"][0]["text"] = f"[red]markup[/red] {CLEAR}{TITLE}"
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(claims), encoding="utf-8")
    assert main(["baseline", "show", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    _assert_safe(out)
    assert "[red]markup[/red]" in out


def test_log_escape_uses_the_terminal_sanitiser() -> None:
    from watcher.logs import escape

    assert escape("a\nb\u202ec\x1b[2J\\") == "a\\nb\\u202ec\\x1b[2J\\\\"
