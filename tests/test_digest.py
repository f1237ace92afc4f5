"""The digest without a mail server: what it collects, how it reads, and the outbox bookkeeping."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.pg_fixtures import database_toml
from watcher.cli import main
from watcher.digest.run import collect, render_next, run_digest, subject_for
from watcher.store import outbox
from watcher.store.db import Database
from watcher.store.schema import digests, findings

from .digest_fixtures import (
    HOSTILE_ALSO,
    NOW,
    SourceRow,
    add_finding,
    add_run,
    engine_for,
    fill_sample,
    make_config,
    set_feed_state,
)

#: Each test runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.usefixtures("each_database")

GOLDEN = Path(__file__).parent / "golden" / "digest_sample.eml"


def parse(data: bytes) -> EmailMessage:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def parts(data: bytes) -> tuple[EmailMessage, str, str]:
    message = parse(data)
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    return message, text.get_content(), html.get_content()


def digest_ids(engine: Database) -> dict[str, str | None]:
    with engine.connect() as conn:
        return dict(conn.execute(select(findings.c.id, findings.c.digest_id)).all())


def digest_rows(engine: Database) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(digests)).scalar_one())


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        (
            {"contradicted": 1, "changed": 2, "new": 4},
            "Ukraine-NATO path: 1 contradicted, 2 changed, 4 new (22 Nov 2026)",
        ),
        ({"contradicted": 0, "changed": 3, "new": 0}, "Ukraine-NATO path: 3 changed (22 Nov 2026)"),
        ({}, "Ukraine-NATO path: nothing new (22 Nov 2026)"),
    ],
    ids=["all", "zero-counts-left-out", "empty"],
)
def test_subject_names_topic_counts_and_date(counts: dict[str, int], expected: str) -> None:
    assert subject_for(counts, NOW) == expected


def test_subject_date_is_the_local_day_of_the_configured_zone(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    fill_sample(engine_for(config))
    late_evening_utc = NOW.replace(hour=22, day=21)  # already 22 Nov in Kyiv
    result = run_digest(config, send=False, now=late_evening_utc)
    assert result.subject.endswith("(22 Nov 2026)")


def test_collect_puts_most_severe_first_and_skips_known_and_digested(tmp_path: Path) -> None:
    engine = engine_for(make_config(tmp_path))
    fill_sample(engine)
    add_finding(engine, "f-known", "known", "Allies promised membership in 2008.")
    add_finding(engine, "f-old", "contradicted", "Already sent.", digest_id=None)
    with engine.begin() as conn:
        conn.execute(
            digests.insert().values(
                id="d-old",
                message_id="<d-old@x>",
                created_at=NOW - timedelta(days=1),
                subject="old",
                recipients=[],
                message=b"",
                state="sent",
            )
        )
        conn.execute(findings.update().where(findings.c.id == "f-old").values(digest_id="d-old"))
    order = [f.id for f in collect(engine)]
    # The two changed findings: the one with more sources comes first.
    assert order == ["f-con000000001", "f-chg000000001", "f-chg000000002", "f-new000000001"]


def test_preview_writes_eml_and_html_and_stores_nothing(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    fill_sample(engine)
    result = run_digest(config, send=False, preview_dir=tmp_path / "preview", now=NOW)
    eml, page = (Path(p) for p in result.preview)
    assert eml.suffix == ".eml" and page.suffix == ".html"
    message, text, _html = parts(eml.read_bytes())
    assert message["Subject"] == "Ukraine-NATO path: 1 contradicted, 2 changed, 1 new (22 Nov 2026)"
    assert "Sweden became the alliance's <mark" in page.read_text(encoding="utf-8")
    assert "Sweden became the alliance's [[32nd]] member" in text
    assert not result.stored and result.digest_id == ""
    assert set(digest_ids(engine).values()) == {None}
    assert digest_rows(engine) == 0
    assert not config.outbox_dir.exists()


def test_without_host_send_writes_eml_to_outbox_once(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    fill_sample(engine)
    first = run_digest(config, send=True, now=NOW)
    assert first.via == "eml" and first.sent == (first.digest_id,)
    eml = Path(first.eml_path)
    assert eml.parent == config.outbox_dir and eml.is_file()
    assert "email.host is not set" in str(first)
    assert set(digest_ids(engine).values()) == {first.digest_id}
    assert outbox.pending_digests(engine) == []

    second = run_digest(config, send=True, now=NOW + timedelta(days=1))
    assert second.skipped == "no new findings" and second.digest_id == ""
    assert list(config.outbox_dir.glob("*.eml")) == [eml]
    assert digest_rows(engine) == 1


def test_each_part_shows_evidence_and_archive_links(tmp_path: Path) -> None:
    config = make_config(tmp_path, base_url="https://watcher.example/archive/")
    fill_sample(engine_for(config), hostile=False)
    result = run_digest(config, send=True, now=NOW)
    _message, text, html = parts(Path(result.eml_path).read_bytes())
    for body in (text, html):
        assert "https://watcher.example/archive/findings/f-chg000000001" in body
        assert "Foreign Policy, July 2023" in body
        assert "31 -&gt; 32" in body or "31 -> 32" in body
        assert "https://reuters.example/sweden" in body
    assert "[-Jens Stoltenberg-]{+Mark Rutte+} is NATO secretary general." in text
    # The entry's other sentence taken as the same development is shown with the finding.
    assert 'Also in this entry: "Ministers in Kyiv said the clause would be struck out' in text
    assert re.search(
        r"<dt[^>]*>Also in this entry</dt>\s*<dd[^>]*><ul[^>]*><li[^>]*>“Ministers in Kyiv", html
    )
    assert text.count("Also in this entry") == html.count("Also in this entry") == 1
    assert re.search(r"<del[^>]*>.*Jens Stoltenberg.*</del>", html)
    # Most severe first: the contradiction before the changes, the changes before the new one.
    positions = [text.index(s) for s in ("CONTRADICTED (1)", "CHANGED (2)", "NEW (1)")]
    assert positions == sorted(positions)
    assert text.index("FEEDS THAT FAILED") > positions[-1]


def test_without_base_url_no_archive_links(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    fill_sample(engine_for(config), hostile=False)
    result = run_digest(config, send=True, now=NOW)
    _message, text, html = parts(Path(result.eml_path).read_bytes())
    assert "/findings/" not in text and "/findings/" not in html


def test_hostile_feed_text_arrives_escaped_and_inert(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    fill_sample(engine_for(config))
    result = run_digest(config, send=True, now=NOW)
    _message, text, html = parts(Path(result.eml_path).read_bytes())
    assert "<script" not in html.lower()
    assert "<img" not in html.lower() and "<svg" not in html.lower()
    assert not re.search(r"<[a-z]+[^>]*\son(error|load|mouseover)=", html, re.I)
    assert "javascript:" not in html.lower()
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert "<iframe" not in html.lower() and "&lt;iframe" in html
    # The entry's other sentence arrives as text too, its escape sequence shown, not sent; the
    # HTML part carries no character XML forbids.
    assert "\x1b" not in text and "\x1b" not in html
    assert "\ufffd[2J, aides said." in html
    assert HOSTILE_ALSO.replace("\x1b", "\\x1b").split("<iframe")[0] in text
    assert "\\x1b[2J" in text
    # Plain text is shown, never interpreted: the words stay as they were, the link is dropped.
    assert "<script>window.pwned=1</script>" in text
    assert "javascript:" not in text


def test_failed_feeds_since_the_last_digest_only(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    fill_sample(engine, hostile=False)
    first = run_digest(config, send=True, now=NOW)
    assert [f.name for f in first.failed_feeds] == ["Down Feed"]
    assert first.failed_feeds[0].still_failing

    later = NOW + timedelta(hours=2)
    add_run(
        engine,
        "r-later",
        later,
        [
            {"url": "https://down.example/rss", "name": "Down Feed", "state": "ok"},
            {
                "url": "https://flaky.example/rss",
                "name": "Flaky <Feed>",
                "state": "error",
                "error_kind": "http",
                "error": "HTTP 503",
            },
        ],
    )
    set_feed_state(engine, "https://flaky.example/rss", "Flaky <Feed>", "ok", None)
    add_finding(engine, "f-later", "new", "A later claim.", run_id="r-later", first_seen=later)
    second = run_digest(config, send=True, now=NOW + timedelta(days=1))
    assert second.findings == ("f-later",)  # each finding in exactly one digest
    assert digest_ids(engine)["f-later"] == second.digest_id != first.digest_id
    assert [(f.name, f.still_failing, f.failures, f.runs) for f in second.failed_feeds] == [
        ("Flaky <Feed>", False, 1, 1)
    ]
    _message, text, html = parts(Path(second.eml_path).read_bytes())
    assert "Flaky <Feed>: failed in 1 of 1 run; working again." in text
    assert "Flaky &lt;Feed&gt;" in html and "http: HTTP 503" in html
    assert "Down Feed" not in text


def test_findings_taken_by_another_digest_roll_the_whole_digest_back(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    fill_sample(engine, hostile=False)
    ours = render_next(config, engine, NOW).draft
    theirs = render_next(config, engine, NOW + timedelta(seconds=1)).draft
    outbox.store(engine, theirs)
    with pytest.raises(outbox.FindingsTaken):
        outbox.store(engine, ours)
    assert digest_rows(engine) == 1
    assert set(digest_ids(engine).values()) == {theirs.id}


def test_send_empty_false_means_no_digest_and_true_means_one(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    quiet = run_digest(config, send=True, now=NOW)
    assert quiet.skipped and not quiet.sent and digest_rows(engine) == 0
    eager = make_config(tmp_path, send_empty=True)
    result = run_digest(eager, send=True, now=NOW)
    assert result.sent == (result.digest_id,)
    message, text, _html = parts(Path(result.eml_path).read_bytes())
    assert message["Subject"] == "Ukraine-NATO path: nothing new (22 Nov 2026)"
    assert "Nothing new, changed or contradicted so far." in text


def test_cli_digest_preview_and_send(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config_file = tmp_path / "watcher.toml"
    config_file.write_text(
        f'data_dir = "{tmp_path}"\n{database_toml()}[email]\nto = ["analyst@example.org"]\n',
        encoding="utf-8",
    )
    fill_sample(engine_for(make_config(tmp_path)), hostile=False)
    assert main(["digest", "--config", str(config_file), "--preview", str(tmp_path / "p")]) == 0
    out = capsys.readouterr().out
    assert "would send: Ukraine-NATO path: 1 contradicted, 2 changed, 1 new" in out
    assert len(list((tmp_path / "p").glob("*.eml"))) == 1
    assert main(["digest", "--config", str(config_file), "--send"]) == 0
    out = capsys.readouterr().out
    assert "email.host is not set, so nothing was emailed" in out
    assert len(list((tmp_path / "reports" / "outbox").glob("*.eml"))) == 1


def scrub(data: bytes) -> str:
    """The message with what changes on every run (Message-ID, Date, boundaries) replaced."""
    text = data.decode("ascii")
    boundaries = set(re.findall(r'boundary="([^"]+)"', text))
    for boundary in boundaries:
        text = text.replace(boundary, "BOUNDARY")
    text = re.sub(r"(?m)^Message-ID: .*$", "Message-ID: <SCRUBBED>", text)
    text = re.sub(r"(?m)^Date: .*$", "Date: SCRUBBED", text)
    text = re.sub(r"d-\d{8}T\d{6}Z-[0-9a-f]{8}", "DIGEST-ID", text)
    return text.replace("\r\n", "\n")


def test_golden_digest(tmp_path: Path) -> None:
    config = make_config(tmp_path, base_url="https://watcher.example")
    fill_sample(engine_for(config))
    result = run_digest(config, send=True, now=NOW)
    got = scrub(Path(result.eml_path).read_bytes())
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8"), "run with UPDATE_GOLDEN=1 to accept changes"


def test_source_without_date_shows_when_it_was_seen(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = engine_for(config)
    add_run(engine)
    add_finding(
        engine,
        "f-undated",
        "new",
        "An undated claim.",
        sources=[SourceRow("Undated", "https://u.example/", "t", published=None)],
    )
    result = run_digest(config, send=True, now=NOW)
    _message, text, _html = parts(Path(result.eml_path).read_bytes())
    assert "- Undated, seen 21 Nov 2026 (no publication date): t" in text
