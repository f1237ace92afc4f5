"""A development's keys outlive the check that found them: a later check's sentence keyed only by
a finding's second party adds a source to it, a failed feed leaves no keys, a dry run writes none,
and a database from before the keys were stored upgrades with its findings. On SQLite files and
a real PostgreSQL server."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text

from tests.conftest import ROOT
from watcher import check as pipeline
from watcher import config as config_mod
from watcher import ledger as ledger_mod
from watcher.baseline.build import load_baseline
from watcher.check import run_check
from watcher.differ.core import Differ, finding_id_for
from watcher.errors import StoreError
from watcher.models import Entry, FeedOutcome, Finding, FindingSource, Status
from watcher.store import ledgerstate
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, Store
from watcher.store.schema import (
    KEY_LENGTH,
    finding_keys,
    finding_sources,
    findings,
    open_database,
    schema_migrations,
)

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

#: Each test runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.usefixtures("each_database")

#: One sentence, two developments: keyed `agreement:canada` first, `agreement:italy` second.
BOTH = "Canada and Italy signed bilateral security agreements with Ukraine."
#: Another outlet's report of the second party alone: keyed `agreement:italy` only.
ITALY = "Italy concluded a bilateral security pact with Kyiv in Rome."
CANADA_ID = finding_id_for("agreement:canada")
ITALY_ID = finding_id_for("agreement:italy")
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _stored_keys(url: str) -> dict[str, str]:
    db = open_database(url)
    try:
        with db.connect() as conn:
            rows = conn.execute(select(finding_keys.c.key, finding_keys.c.finding_id))
            return {key: fid for key, fid in rows}
    finally:
        db.close()


def _findings(url: str) -> dict[str, list[tuple[str, str]]]:
    """Each stored finding's id with its sources' (outlet, entry key's last segment)."""
    db = open_database(url)
    try:
        with db.connect() as conn:
            out: dict[str, list[tuple[str, str]]] = {
                fid: [] for fid in conn.execute(select(findings.c.id)).scalars()
            }
            for fid, outlet, key in conn.execute(
                select(
                    finding_sources.c.finding_id,
                    finding_sources.c.outlet,
                    finding_sources.c.entry_key,
                ).order_by(finding_sources.c.id)
            ):
                out[fid].append((outlet, key.rsplit("/", 1)[-1]))
            return out
    finally:
        db.close()


def _check_in_new_process(config: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "check", "--config", str(config)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_the_sentences_carry_the_keys_these_tests_rely_on(baseline_file: Path) -> None:
    differ = Differ(load_baseline(baseline_file))
    [both] = differ.judge_text(BOTH).sentences
    assert (both.status, both.keys) == (Status.CHANGED, ("agreement:canada", "agreement:italy"))
    [italy] = differ.judge_text(ITALY).sentences
    assert (italy.status, italy.keys) == (Status.CHANGED, ("agreement:italy",))
    # Remembering the finding is not enough: the differ alone would call the second one news.
    differ.remember(CANADA_ID, BOTH, Status.CHANGED)
    [again] = differ.judge_text(ITALY).sentences
    assert (again.status, again.finding_id) == (Status.CHANGED, "")


def _wire_then_desk(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path, sentence: str
) -> tuple[Path, str]:
    """Two feeds, Wire with `sentence` and Desk empty, checked once in a process of its own:
    the config file and the database URL, for the test to give Desk its story and check again."""
    wire = feed_server.add("/wire", Route(rss(("w1", "Story", f"<p>{sentence}</p>"), title="Wire")))
    desk = feed_server.add("/desk", Route(rss(title="Desk")))
    path = write_config(
        tmp_path, baseline_file, [("Wire", wire), ("Desk", desk)], allow_private_links=True
    )
    _check_in_new_process(path)
    return path, config_mod.load(path).database_url


def test_a_later_check_adds_another_outlets_report_of_the_second_party_as_a_source(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    path, url = _wire_then_desk(tmp_path, feed_server, baseline_file, BOTH)
    assert _findings(url) == {CANADA_ID: [("Wire", "w1")]}
    assert _stored_keys(url) == {"agreement:canada": CANADA_ID, "agreement:italy": CANADA_ID}

    feed_server.routes["/desk"].body = rss(("d1", "Rome", f"<p>{ITALY}</p>"), title="Desk")
    _check_in_new_process(path)
    # No second finding: the Italian pact is a further source of the first check's finding.
    assert _findings(url) == {CANADA_ID: [("Wire", "w1"), ("Desk", "d1")]}
    assert _stored_keys(url) == {"agreement:canada": CANADA_ID, "agreement:italy": CANADA_ID}
    db = open_database(url)
    try:
        with db.connect() as conn:
            assert conn.execute(select(findings.c.source_count)).scalar_one() == 2
    finally:
        db.close()


#: One `new` development in two outlets' words, published the same day (the fixtures' date).
OFFER = "Washington could offer Kyiv Article 5-like protection, the envoy said."
OFFER_RETOLD = (
    "Allies discussed a guarantee modelled on NATO's collective defence clause for Ukraine."
)


def test_a_later_check_adds_another_outlets_new_development_in_other_words_as_a_source(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    path, url = _wire_then_desk(tmp_path, feed_server, baseline_file, OFFER)
    (first,) = _findings(url)
    # What it asserts is stored for the week it was published in and the next.
    assert (
        sorted(k.rsplit("@", 1)[0] for k in _stored_keys(url))
        == ["asserts:article-5-like-protection"] * 2
    )

    feed_server.routes["/desk"].body = rss(
        ("d1", "Guarantee", f"<p>{OFFER_RETOLD}</p>"), title="Desk"
    )
    _check_in_new_process(path)
    assert _findings(url) == {first: [("Wire", "w1"), ("Desk", "d1")]}


def test_a_feed_that_fails_while_judging_leaves_no_keys_behind(
    tmp_path: Path,
    feed_server: FeedServer,
    baseline_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = feed_server.add("/bad", Route(rss(("b1", "Pacts", f"<p>{BOTH}</p>"))))
    good = feed_server.add("/good", Route(rss(("g1", "Rome", f"<p>{ITALY}</p>"))))
    real = pipeline.judge_entries

    def failing(ledger, judged, judge=None):  # type: ignore[no-untyped-def]
        result = real(ledger, judged, judge)  # keys enter the ledger, then the feed fails
        if any(e.feed_url == bad for e in judged):
            raise RuntimeError("judging broke")
        return result

    monkeypatch.setattr(pipeline, "judge_entries", failing)
    cfg = config_mod.load(
        write_config(
            tmp_path,
            baseline_file,
            [("Bad", bad), ("Good", good)],
            allow_private_links=True,
            concurrency=1,
        )
    )
    report = run_check(cfg)
    assert [f.state for f in report.feeds] == ["error", "ok"]
    # The later feed's pact is its own development, not the failed feed's (never stored) one.
    assert [(f.id, f.text) for f in report.findings] == [(ITALY_ID, ITALY)]
    assert _findings(cfg.database_url) == {ITALY_ID: [("Good", "g1")]}
    assert _stored_keys(cfg.database_url) == {"agreement:italy": ITALY_ID}

    monkeypatch.setattr(pipeline, "judge_entries", real)
    ledger_mod._KEPT.clear()
    again = run_check(cfg)  # the failed feed's entry is judged again: Italy's pact is known
    assert (again.findings, [f.id for f in again.corroborated]) == ((), [ITALY_ID])
    assert _findings(cfg.database_url) == {ITALY_ID: [("Good", "g1"), ("Bad", "b1")]}
    assert _stored_keys(cfg.database_url) == {
        "agreement:italy": ITALY_ID,
        "agreement:canada": ITALY_ID,
    }


def test_a_dry_run_reads_the_stored_keys_and_writes_none(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    wire = feed_server.add("/wire", Route(rss(("w1", "Pacts", f"<p>{BOTH}</p>"), title="Wire")))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Wire", wire)], allow_private_links=True)
    )
    run_check(cfg)
    keys = _stored_keys(cfg.database_url)
    feed_server.routes["/wire"].body = rss(
        ("w1", "Pacts", f"<p>{BOTH}</p>"),
        ("w2", "Rome", f"<p>{ITALY}</p>"),
        ("w3", "Oslo", "<p>Norway concluded a bilateral security pact with Kyiv in Oslo.</p>"),
        title="Wire",
    )
    report = run_check(cfg, dry_run=True)
    assert [f.id for f in report.corroborated] == [CANADA_ID]  # the Italian pact: a source
    assert [f.id for f in report.findings] == [finding_id_for("agreement:norway")]
    assert _stored_keys(cfg.database_url) == keys


# The store's part, without the differ.


def _db(tmp_path: Path, each_database: str) -> Database:
    return open_database(each_database or f"sqlite:///{tmp_path / 'w.db'}")


def _batch(
    fid: str, entry_key: str, keys: list[tuple[str, str]], sentences: tuple[str, ...] = ()
) -> FeedBatch:
    source = FindingSource(
        "Desk",
        f"https://x.example/{entry_key}",
        "t",
        T0,
        T0,
        "https://f/rss",
        entry_key,
        "r1",
        sentences,
    )
    finding = Finding(
        id=fid,
        status=Status.CHANGED,
        text=BOTH,
        cue="agreement",
        score=0.7,
        first_seen=T0,
        run_id="r1",
        sources=(source,),
    )
    entry = Entry("https://f/rss", "Desk", entry_key, "h", "t", source.url, T0, BOTH)
    return FeedBatch(
        FeedOutcome("https://f/rss", "Desk", "ok", entries_read=1, entries_new=1),
        T0,
        inserted=[entry],
        new_findings=[finding],
        new_keys=keys,
    )


def test_keys_are_stored_with_their_finding_and_the_first_writer_keeps_each(
    tmp_path: Path, each_database: str
) -> None:
    db = _db(tmp_path, each_database)
    try:
        store = Store(db)
        store.start_run("r1", T0, "manual")
        assert ledgerstate.key_owners(db, ["agreement:canada"]) == {}
        keys = [("agreement:canada", "f-1"), ("agreement:italy", "f-1")]
        store.save_feed(_batch("f-1", "e1", keys))
        store.save_feed(_batch("f-1", "e1", keys))  # a job delivered twice
        # Another writer that took Italy for a development of its own does not take the key.
        store.save_feed(
            _batch("f-2", "e2", [("agreement:italy", "f-2"), ("agreement:peru", "f-2")])
        )
        assert ledgerstate.key_owners(db, ["agreement:italy", "agreement:peru", "nothing"]) == {
            "agreement:italy": "f-1",
            "agreement:peru": "f-2",
        }
        long = "office:" + "x" * KEY_LENGTH  # would be cut: neither stored nor looked up
        store.save_feed(_batch("f-3", "e3", [(long, "f-3")]))
        assert ledgerstate.key_owners(db, [long]) == {}
        with db.connect() as conn:
            assert conn.execute(select(func.count()).select_from(finding_keys)).scalar_one() == 3
        # The ledger asks per key and remembers the answer.
        asked = ledger_mod.StoredKeys(db)
        assert (asked.owner("agreement:canada"), asked.owner("agreement:chile")) == ("f-1", "")
    finally:
        db.close()


def test_a_key_without_its_finding_is_refused_with_the_whole_batch(
    tmp_path: Path, each_database: str
) -> None:
    db = _db(tmp_path, each_database)
    try:
        Store(db).start_run("r1", T0, "manual")
        batch = _batch("f-1", "e1", [("agreement:canada", "f-missing")])
        with pytest.raises(StoreError, match="(?i)foreign key"):
            Store(db).save_feed(batch)
        assert _count(db) == (0, 0)
    finally:
        db.close()


def _count(db: Database) -> tuple[int, int]:
    with db.connect() as conn:
        return (
            conn.execute(select(func.count()).select_from(findings)).scalar_one(),
            conn.execute(select(func.count()).select_from(finding_keys)).scalar_one(),
        )


def _downgraded(url: str, undo: str, migration: str) -> Database:
    """A database holding finding f-1 as the schema stood before `migration` (`undo` takes out
    what it added, and its record goes), opened again: the migration has run."""
    db = open_database(url)
    try:
        Store(db).start_run("r1", T0, "manual")
        Store(db).save_feed(_batch("f-1", "e1", []))
        with db.begin() as conn:
            conn.execute(text(undo))
            conn.execute(delete(schema_migrations).where(schema_migrations.c.name == migration))
    finally:
        db.close()
    db = open_database(url)
    with db.connect() as conn:
        assert migration in set(conn.execute(select(schema_migrations.c.name)).scalars())
    return db


def test_a_database_from_before_finding_keys_upgrades_and_keeps_its_findings(
    tmp_path: Path, each_database: str
) -> None:
    url = each_database or f"sqlite:///{tmp_path / 'old.db'}"
    # As the schema stood at 0006_feed_schedule: no table, no record of 0007.
    db = _downgraded(url, "DROP TABLE finding_keys", "0007_finding_keys")
    try:
        assert [f.text for f in Store(db).findings_by_id(["f-1"])] == [BOTH]
        assert _count(db) == (1, 0)
        Store(db).save_feed(_batch("f-1", "e2", [("agreement:canada", "f-1")]))
        assert ledgerstate.key_owners(db, ["agreement:canada"]) == {"agreement:canada": "f-1"}
    finally:
        db.close()


LEAD = "Rome and Ottawa each signed a ten-year pact with Kyiv on Friday, officials said."


def test_a_source_keeps_the_sentences_of_its_entry_that_carry_the_finding(
    tmp_path: Path, each_database: str
) -> None:
    db = _db(tmp_path, each_database)
    try:
        Store(db).start_run("r1", T0, "manual")
        Store(db).save_feed(_batch("f-1", "e1", [], (BOTH, LEAD)))
        Store(db).save_feed(_batch("f-1", "e2", []))  # a source told in one sentence
        [finding] = Store(db).findings_by_id(["f-1"])
        assert [src.sentences for src in finding.sources] == [(BOTH, LEAD), ()]
    finally:
        db.close()


def test_a_database_from_before_source_sentences_upgrades_and_keeps_its_sources(
    tmp_path: Path, each_database: str
) -> None:
    url = each_database or f"sqlite:///{tmp_path / 'old.db'}"
    # As the schema stood at 0007_finding_keys: no column, no record of 0008.
    db = _downgraded(
        url, "ALTER TABLE finding_sources DROP COLUMN sentences", "0008_source_sentences"
    )
    try:
        Store(db).save_feed(_batch("f-1", "e2", [], (BOTH, LEAD)))
        [finding] = Store(db).findings_by_id(["f-1"])
        assert [src.sentences for src in finding.sources] == [(), (BOTH, LEAD)]
    finally:
        db.close()
