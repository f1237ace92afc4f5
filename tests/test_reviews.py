"""Review decisions in a real SQLite file: states, labels, history and exact undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from watcher.errors import ConfigError, ReviewError
from watcher.store import outbox
from watcher.store import reviews as rv
from watcher.store.db import Database
from watcher.store.schema import open_database, schema_migrations

from .pg_fixtures import PostgresServer
from .review_fixtures import T0, fill, review_config

LATER = T0 + timedelta(hours=1)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same decisions on a SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'w.db'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = server.create_database()
    with open_database(url) as opened:
        fill(opened)
        yield opened


def test_every_finding_starts_unreviewed(db: Database) -> None:
    listed = rv.list_reviewed(db)
    assert {i.state for i in listed} == {rv.UNREVIEWED}
    assert [i.finding.id for i in listed][:2] == ["f-denial", "f-hostile"]  # newest first
    assert len(rv.list_reviewed(db, rv.UNREVIEWED)) == 4
    assert rv.list_reviewed(db, rv.DISMISSED) == []
    with db.connect() as conn:
        names = set(conn.execute(select(schema_migrations.c.name)).scalars())
    assert "0004_reviews" in names


def test_decisions_set_state_label_note_who_and_when(db: Database) -> None:
    kept = rv.decide(db, "f-sweden", rv.CONFIRMED, reviewer="ana", at=T0)
    assert (kept.state, kept.label, kept.reviewer, kept.decided_at) == (
        rv.CONFIRMED,
        "changed",
        "ana",
        T0,
    )
    rv.decide(db, "f-rutte", rv.DISMISSED, reviewer="bo", at=LATER, label="known", note="old news")
    got = rv.current(db, "f-rutte")
    assert got is not None
    assert (got.state, got.label, got.note, got.reviewer, got.decided_at) == (
        rv.DISMISSED,
        "known",
        "old news",
        "bo",
        LATER,
    )
    assert [i.finding.id for i in rv.list_reviewed(db, rv.DISMISSED)] == ["f-rutte"]
    assert [i.finding.id for i in rv.list_reviewed(db, rv.CONFIRMED)] == ["f-sweden"]
    assert {i.finding.id for i in rv.list_reviewed(db, rv.UNREVIEWED)} == {"f-hostile", "f-denial"}


def test_undo_restores_the_previous_decision_exactly(db: Database) -> None:
    first = rv.decide(db, "f-denial", rv.DISMISSED, reviewer="ana", at=T0, label="irrelevant")
    rv.decide(db, "f-denial", rv.CONFIRMED, reviewer="bo", at=LATER)
    back = rv.undo(db, "f-denial", reviewer="cy", at=LATER + timedelta(minutes=5))
    assert back == first
    assert rv.undo(db, "f-denial", reviewer="cy", at=LATER) is None
    assert rv.current(db, "f-denial") is None
    with pytest.raises(ReviewError, match="no decision to undo"):
        rv.undo(db, "f-denial", reviewer="cy", at=LATER)
    steps = rv.history(db, "f-denial")
    assert [(r.state, r.undone_by) for r in steps] == [(rv.DISMISSED, "cy"), (rv.CONFIRMED, "cy")]
    assert all(r.undone_at is not None for r in steps)


@pytest.mark.parametrize(
    ("state", "label", "message"),
    [
        (rv.DISMISSED, "", "dismiss needs --label"),
        (rv.DISMISSED, "bogus", "is not a status"),
        (rv.DISMISSED, "changed", "already changed"),
        (rv.CONFIRMED, "known", "does not apply"),
        ("unreviewed", "", "not a decision"),
    ],
)
def test_wrong_decisions_are_refused_and_nothing_is_stored(
    db: Database, state: str, label: str, message: str
) -> None:
    with pytest.raises(ReviewError, match=message):
        rv.decide(db, "f-sweden", state, reviewer="ana", at=T0, label=label)
    assert rv.history(db, "f-sweden") == []


def test_an_unknown_finding_is_a_clear_error(db: Database) -> None:
    with pytest.raises(ReviewError, match="no finding 'f-nope'"):
        rv.decide(db, "f-nope", rv.CONFIRMED, reviewer="ana", at=T0)
    with pytest.raises(ReviewError, match="no finding"):
        rv.undo(db, "f-nope", reviewer="ana", at=T0)


def test_decisions_export_reads_every_current_decision_in_chunks(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rv, "CHUNK", 1)
    rv.decide(db, "f-sweden", rv.CONFIRMED, reviewer="ana", at=T0)
    rv.decide(db, "f-rutte", rv.ACCEPTED, reviewer="ana", at=T0)
    rv.decide(db, "f-denial", rv.DISMISSED, reviewer="ana", at=T0, label="known")
    rv.undo(db, "f-sweden", reviewer="ana", at=T0)
    got = [(i.finding.id, i.state, i.finding.sources[0].url) for i in rv.decisions(db)]
    assert got == [
        ("f-rutte", rv.ACCEPTED, "https://desk.example/f-rutte"),
        ("f-denial", rv.DISMISSED, "https://desk.example/f-denial"),
    ]


def test_reviewer_comes_from_the_config_else_the_os_user(tmp_path: Path) -> None:
    assert review_config(tmp_path, reviewer="Ana K").effective_reviewer == "Ana K"
    assert review_config(tmp_path).effective_reviewer not in ("", "Ana K")


def test_an_older_database_gains_the_reviews_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_database(url) as first, first.begin() as conn:
        conn.exec_driver_sql("DROP TABLE reviews")
        conn.execute(schema_migrations.delete().where(schema_migrations.c.name == "0004_reviews"))
    with open_database(url) as again:
        fill(again)
        assert "reviews" in again.table_names()
        rv.decide(again, "f-sweden", rv.CONFIRMED, reviewer="ana", at=T0)
        assert rv.current(again, "f-sweden") is not None


def test_a_reviewer_name_is_one_short_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="reviewer: a name on one line"):
        review_config(tmp_path, reviewer="ana\nBcc: x")


def test_an_amendment_holds_while_its_acceptance_is_the_current_decision(db: Database) -> None:
    rv.decide(db, "f-sweden", rv.ACCEPTED, reviewer="ana", at=T0)
    [amendment] = rv.amendments(db)
    assert (amendment.claim_id, amendment.finding_id, amendment.reviewer) == (
        "a-sweden",
        "f-sweden",
        "ana",
    )
    assert amendment.text.startswith("Sweden became") and amendment.accepted_at == T0
    assert [s.url for s in amendment.sources] == ["https://desk.example/f-sweden"]
    rv.decide(db, "f-sweden", rv.CONFIRMED, reviewer="bo", at=LATER)
    assert rv.amendments(db) == []
    rv.undo(db, "f-sweden", reviewer="bo", at=LATER)
    assert rv.amendments(db) == [amendment]
    rv.undo(db, "f-sweden", reviewer="bo", at=LATER)
    assert rv.amendments(db) == []


def test_the_digest_query_leaves_settled_findings_out(db: Database) -> None:
    rv.decide(db, "f-rutte", rv.DISMISSED, reviewer="ana", at=T0, label="known")
    rv.decide(db, "f-sweden", rv.ACCEPTED, reviewer="ana", at=T0)
    rv.decide(db, "f-denial", rv.CONFIRMED, reviewer="ana", at=T0)
    statuses = ["new", "changed", "contradicted"]
    assert sorted(outbox.unsent_finding_ids(db, statuses)) == ["f-denial", "f-hostile"]
    rv.undo(db, "f-rutte", reviewer="ana", at=LATER)
    assert sorted(outbox.unsent_finding_ids(db, statuses)) == ["f-denial", "f-hostile", "f-rutte"]
