"""The digest follows the analyst's reviews: dismissed and accepted findings stay out of it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from watcher.config import Config
from watcher.digest.run import run_digest
from watcher.review import actions
from watcher.store import reviews as rv

from .digest_fixtures import NOW, SmtpServer, engine_for, fill_sample, make_config, smtp_server

__all__ = ["smtp_server"]


def _config(tmp_path: Path, port: int) -> Config:
    return make_config(
        tmp_path,
        host="127.0.0.1",
        port=port,
        starttls=False,
        timeout_seconds=5,
        base_url="https://watcher.example/",
    )


def test_dismissed_and_accepted_findings_are_left_out_until_undone(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    config = _config(tmp_path, smtp_server.port)
    with engine_for(config) as db:
        fill_sample(db, hostile=False)
    actions.decide(config, "f-chg000000002", rv.DISMISSED, label="known", now=NOW)
    actions.decide(config, "f-new000000001", rv.ACCEPTED, now=NOW)
    actions.decide(config, "f-con000000001", rv.CONFIRMED, now=NOW)

    first = run_digest(config, send=True, now=NOW)
    assert first.sent and not first.errors
    [got] = smtp_server.handler.received
    message = got.message
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert message["Subject"].startswith("Ukraine-NATO path: 1 contradicted, 1 changed (")
    for body in (text, html):
        assert "https://watcher.example/findings/f-con000000001" in body  # its review page
        assert "https://watcher.example/findings/f-chg000000001" in body
        assert "f-chg000000002" not in body and "f-new000000001" not in body
    assert "Mark Rutte" not in text and "victory plan" not in text

    actions.undo(config, "f-chg000000002", now=NOW + timedelta(hours=1))
    second = run_digest(config, send=True, now=NOW + timedelta(days=1))
    assert second.sent
    later = smtp_server.handler.received[1].message
    assert later["Subject"].startswith("Ukraine-NATO path: 1 changed (")
    body = later.get_body(("plain",)).get_content()
    assert "https://watcher.example/findings/f-chg000000002" in body
    assert "f-new000000001" not in body  # still accepted: never news again
