"""`watcher check --send`: a manual check on loopback feeds, then its digest through a real SMTP server."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.cli import main

from . import feeds_fixtures
from .digest_fixtures import SmtpServer, smtp_server
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file
__all__ = ["smtp_server"]

CHANGED = "Sweden became the alliance's 32nd member in March 2024."


def test_check_send_mails_the_new_findings_once(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = feed_server.add(
        "/feed", Route(rss(("a", "Alliance grows <b>today</b>", f"<p>{CHANGED}</p>")))
    )
    config_file = write_config(
        tmp_path, baseline_file, [("Good <Outlet>", url)], allow_private_links=True
    )
    with config_file.open("a", encoding="utf-8") as handle:
        handle.write(
            f'[email]\nto = ["analyst@example.org"]\nhost = "127.0.0.1"\n'
            f"port = {smtp_server.port}\nstarttls = false\ntimeout_seconds = 5\n"
        )

    assert main(["check", "--config", str(config_file), "--send"]) == 0
    assert "sent: d-" in capsys.readouterr().out
    [got] = smtp_server.handler.received
    message = got.message
    assert message["Subject"].startswith("Ukraine-NATO path: 1 changed (")
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert CHANGED[:33] in text and "Good <Outlet>" in text  # then the marked decisive word
    assert "Good &lt;Outlet&gt;" in html

    assert main(["check", "--config", str(config_file), "--send"]) == 0
    assert "no digest: no new findings" in capsys.readouterr().out
    assert len(smtp_server.handler.received) == 1
