"""Feed checks queued in PostgreSQL (procrastinate) and taken by `watcher worker` processes.

Real parts throughout: a throwaway PostgreSQL cluster, loopback feed servers, worker processes
started as the operator starts them. The findings of queued checks must equal those of one
embedded check of the same feeds: one finding per development, however many workers.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from watcher.check import run_check
from watcher.cli import main
from watcher.config import load
from watcher.daemon.scheduler import poll_job
from watcher.digest.run import run_digest
from watcher.errors import ConfigError, LockBusyError
from watcher.store.locks import LEDGER_LOCK, AdvisoryLock
from watcher.store.schema import finding_sources, findings, open_database, runs

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss
from .pg_fixtures import PostgresServer

pytest.importorskip(
    "procrastinate", reason="the workers extra is not installed: pip install -e '.[workers]'"
)

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

ROOT = Path(__file__).resolve().parent.parent

#: Two developments, each told by several outlets in other entries, and off-topic noise.
INVITE = "NATO allies agreed to invite Ukraine to join the alliance at the summit in 2027."
BLOCK = "Hungary announced it will block Ukraine's accession talks with NATO."
NOISE = "Weather in Kyiv was sunny and the markets were calm."


def _feeds(server: FeedServer, count: int) -> list[str]:
    urls = []
    for i in range(count):
        story = INVITE if i % 2 == 0 else BLOCK
        body = rss(
            (f"s{i}", f"Story {i}", f"<p>{story}</p>"),
            (f"n{i}", f"Noise {i}", f"<p>{NOISE}</p>"),
            title=f"Outlet {i}",
        )
        urls.append(server.add(f"/feed{i}.xml", Route(body)))
    return urls


def _config(
    tmp_path: Path,
    baseline: Path,
    database: str,
    urls: list[str],
    *,
    engine: str = "procrastinate",
    stall_seconds: float = 60,
    name: str = "watcher.toml",
) -> Path:
    lines = [
        f'data_dir = "{tmp_path / "data"}"',
        f'baseline = "{baseline}"',
        f'database = "{database}"',
        "allow_private_links = true",
        "timeout_seconds = 30",
        "[tasks]",
        f'engine = "{engine}"',
        f"stall_seconds = {stall_seconds}",
    ]
    for i, url in enumerate(urls):
        lines += ["[[feeds]]", f'name = "Outlet {i}"', f"url = {json.dumps(url)}"]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _worker(config: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "watcher", "worker", "--config", str(config), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finished(proc: subprocess.Popen[str], seconds: float = 120) -> str:
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"worker did not finish: {err[-2000:]}")
    assert proc.returncode == 0, err[-2000:]
    return err


def _findings(database: str) -> dict[str, tuple[str, int]]:
    """Stored findings: id -> (status, sources counted)."""
    db = open_database(database)
    try:
        with db.connect() as conn:
            rows = conn.execute(select(findings.c.id, findings.c.status, findings.c.source_count))
            return {fid: (status, n) for fid, status, n in rows}
    finally:
        db.close()


def _source_rows(database: str) -> int:
    db = open_database(database)
    try:
        with db.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(finding_sources)).scalar_one())
    finally:
        db.close()


def _jobs(database: str) -> Counter[str]:
    """procrastinate's jobs by status."""
    db = open_database(database)
    try:
        with db.connect() as conn:
            rows = conn.execute(text("SELECT status FROM procrastinate_jobs"))
            return Counter(str(r) for r in rows.scalars())
    finally:
        db.close()


def test_the_engine_needs_postgresql(tmp_path: Path, baseline_file: Path) -> None:
    config = _config(tmp_path, baseline_file, "", ["http://127.0.0.1:1/f.xml"])
    config.write_text(config.read_text().replace('database = ""\n', ""), encoding="utf-8")
    with pytest.raises(ConfigError, match="needs a PostgreSQL database; `database` is sqlite"):
        load(config)
    unknown = _config(
        tmp_path, baseline_file, "", ["http://127.0.0.1:1/f.xml"], engine="celery", name="u.toml"
    )
    with pytest.raises(ConfigError, match="'celery' is not one of embedded, procrastinate"):
        load(unknown)
    assert load(_config(tmp_path, baseline_file, "", [], engine="embedded", name="e.toml"))


def test_a_check_by_hand_takes_the_lock_workers_write_findings_under(
    tmp_path: Path,
    postgres_server: PostgresServer,
    feed_server: FeedServer,
    baseline_file: Path,
) -> None:
    urls = _feeds(feed_server, 2)
    config = load(_config(tmp_path, baseline_file, postgres_server.create_database(), urls))
    with AdvisoryLock(config.database_url, LEDGER_LOCK, purpose="findings"):
        # A worker is writing findings: a check that will not wait is skipped.
        with pytest.raises(LockBusyError, match=LEDGER_LOCK):
            run_check(config, wait_for_lock=False)
    report = run_check(config, wait_for_lock=False)
    assert {f.state for f in report.feeds} == {"ok"} and report.findings
    # The check let both locks go: a worker (here, the test) takes the findings lock at once.
    with AdvisoryLock(config.database_url, LEDGER_LOCK, wait=False, purpose="findings"):
        pass


def test_worker_refuses_an_embedded_config(
    tmp_path: Path, baseline_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, baseline_file, "", [], engine="embedded")
    assert main(["worker", "--config", str(config), "--burst"]) == 1
    assert "tasks.engine is embedded" in capsys.readouterr().err


@pytest.mark.slow
def test_two_workers_find_what_one_embedded_check_finds(
    tmp_path: Path,
    postgres_server: PostgresServer,
    feed_server: FeedServer,
    baseline_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    urls = _feeds(feed_server, 8)
    queued_db = postgres_server.create_database()
    (tmp_path / "q").mkdir()
    queued = _config(tmp_path / "q", baseline_file, queued_db, urls)

    assert main(["enqueue", "--config", str(queued)]) == 0
    assert "queued 8 feed check(s)" in capsys.readouterr().out
    # A second enqueue while the jobs wait adds none: one waiting job per feed.
    assert main(["enqueue", "--config", str(queued), "--feed", urls[0]]) == 0
    assert "queued 0 feed check(s); 1 already waiting" in capsys.readouterr().out
    assert _jobs(queued_db) == Counter({"todo": 8})

    workers = [_worker(queued, "--burst"), _worker(queued, "--burst", "--concurrency", "2")]
    logs = [_finished(w) for w in workers]
    assert _jobs(queued_db) == Counter()  # every job done and cleared
    assert any("locked_share" in log for log in logs)

    embedded_db = postgres_server.create_database()
    (tmp_path / "e").mkdir()
    embedded = load(_config(tmp_path / "e", baseline_file, embedded_db, urls, engine="embedded"))
    report = run_check(embedded)
    assert {f.state for f in report.feeds} == {"ok"}

    got, want = _findings(queued_db), _findings(embedded_db)
    assert len(want) == 2  # the invitation and the block, each from four outlets
    assert got == want
    assert sorted(n for _, n in got.values()) == [4, 4]
    assert _source_rows(queued_db) == _source_rows(embedded_db) == 8

    # Each job is a run of its own, with its report, as `watcher check --feed URL` makes.
    db = open_database(queued_db)
    try:
        with db.connect() as conn:
            rows = conn.execute(select(runs.c.id, runs.c.state, runs.c.trigger, runs.c.report_path))
            made = list(rows)
    finally:
        db.close()
    assert len(made) == 8
    assert {(state, trigger) for _, state, trigger, _ in made} == {("ok", "worker")}
    assert all(Path(path).is_file() for _, _, _, path in made)


@pytest.mark.slow
def test_run_with_the_engine_queues_due_feeds_and_fetches_none(
    tmp_path: Path, postgres_server: PostgresServer, feed_server: FeedServer, baseline_file: Path
) -> None:
    urls = _feeds(feed_server, 3)
    database = postgres_server.create_database()
    config = _config(tmp_path, baseline_file, database, urls)
    assert main(["enqueue", "--config", str(config), "--feed", urls[0]]) == 0
    poll_job(str(config))
    assert _jobs(database) == Counter({"todo": 3})  # the first feed's waiting job counts
    assert feed_server.requests == []  # the daemon checked nothing itself
    poll_job(str(config))
    assert _jobs(database) == Counter({"todo": 3})
    _finished(_worker(config, "--burst"))
    assert len(_findings(database)) == 2
    # Checked feeds are not due again: the next poll queues nothing.
    poll_job(str(config))
    assert _jobs(database) == Counter()


def test_the_same_feed_job_delivered_twice_at_once_writes_each_development_once(
    tmp_path: Path, postgres_server: PostgresServer, feed_server: FeedServer, baseline_file: Path
) -> None:
    """Two deliveries of one job run side by side (a worker taken for dead that was only
    slow): both fetch and judge, and the store still holds one finding per development."""
    from watcher.workers.feedjob import WorkerDiffer, check_feed

    gate = threading.Event()
    body = rss(("a", "Invite", f"<p>{INVITE}</p>"), ("b", "Block", f"<p>{BLOCK}</p>"))
    url = feed_server.add("/twice.xml", Route(body, gate=gate))
    database = postgres_server.create_database()
    config = load(_config(tmp_path, baseline_file, database, [url]))
    db = open_database(database)
    reports = []
    errors: list[BaseException] = []

    def deliver(kept: WorkerDiffer) -> None:
        try:
            reports.append(check_feed(config, db, url, job_id=7, kept=kept))
        except BaseException as exc:  # pragma: no cover - shown by the assertion below
            errors.append(exc)

    kept = [WorkerDiffer(), WorkerDiffer()]
    try:
        threads = [threading.Thread(target=deliver, args=(k,)) for k in kept]
        for t in threads:
            t.start()
        deadline = 50
        while len(feed_server.hits("/twice.xml")) < 2 and deadline:
            threading.Event().wait(0.1)
            deadline -= 1
        gate.set()
        for t in threads:
            t.join(60)
        assert errors == []
        assert sorted(len(r.findings) for r in reports) == [0, 2]
        assert sorted(status for status, _ in _findings(database).values()) == [
            "changed",
            "contradicted",
        ]
        assert all(n == 1 for _, n in _findings(database).values())
        with db.connect() as conn:
            entries = conn.execute(text("SELECT count(*) FROM entries")).scalar_one()
        assert entries == 2
    finally:
        gate.set()
        for k in kept:
            k.close()
        db.close()


def test_a_later_job_adds_another_outlets_report_of_the_second_party_as_a_source(
    tmp_path: Path, postgres_server: PostgresServer, feed_server: FeedServer, baseline_file: Path
) -> None:
    """Two workers, one job each: the second job's sentence is keyed only by the second party
    of the first job's finding, which it finds stored and adds a source to."""
    from watcher.workers.feedjob import WorkerDiffer, check_feed

    both = "Canada and Italy signed bilateral security agreements with Ukraine."
    italy = "Italy concluded a bilateral security pact with Kyiv in Rome."
    wire = feed_server.add("/wire.xml", Route(rss(("w1", "Pacts", f"<p>{both}</p>"))))
    desk = feed_server.add("/desk.xml", Route(rss(("d1", "Rome", f"<p>{italy}</p>"))))
    database = postgres_server.create_database()
    config = load(_config(tmp_path, baseline_file, database, [wire, desk]))
    db = open_database(database)
    kept = [WorkerDiffer(), WorkerDiffer()]
    try:
        first = check_feed(config, db, wire, job_id=1, kept=kept[0])
        second = check_feed(config, db, desk, job_id=2, kept=kept[1])
    finally:
        for k in kept:
            k.close()
        db.close()
    [finding] = first.findings
    assert second.findings == ()
    assert [f.id for f in second.corroborated] == [finding.id]
    assert _findings(database) == {finding.id: ("changed", 2)}


def _until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _runs(database: str) -> list[tuple[str, str, str | None, str]]:
    db = open_database(database)
    try:
        with db.connect() as conn:
            rows = conn.execute(
                select(runs.c.id, runs.c.state, runs.c.error, runs.c.report_path).order_by(
                    runs.c.started_at
                )
            )
            return [(r.id, r.state, r.error, r.report_path) for r in rows]
    finally:
        db.close()


@pytest.mark.slow
def test_a_job_whose_worker_is_killed_midway_goes_to_another_and_counts_once(
    tmp_path: Path, postgres_server: PostgresServer, feed_server: FeedServer, baseline_file: Path
) -> None:
    gate = threading.Event()
    body = rss(
        ("a", "Invite", f"<p>{INVITE}</p>"),
        ("b", "Block", f"<p>{BLOCK}</p>"),
        ("c", "Retold", f"<p>{INVITE}</p>"),
    )
    url = feed_server.add("/stalls.xml", Route(body, gate=gate))
    database = postgres_server.create_database()
    config = _config(tmp_path, baseline_file, database, [url], stall_seconds=2)
    assert main(["enqueue", "--config", str(config)]) == 0

    first = _worker(config)
    second: subprocess.Popen[str] | None = None
    try:
        _until(lambda: bool(feed_server.hits("/stalls.xml")), 60, "the first worker's fetch")
        assert _jobs(database) == Counter({"doing": 1})
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
        assert [state for _, state, _, _ in _runs(database)] == ["running"]
        gate.set()  # the feed answers again, for whoever asks next

        second = _worker(config)
        _until(lambda: not _jobs(database), 60, "the job to be redelivered and done")
        second.send_signal(signal.SIGTERM)
        log = _finished(second, 60)
        assert "job of a silent worker put back in the queue" in log
    finally:
        gate.set()
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.communicate()

    assert len(feed_server.hits("/stalls.xml")) == 2
    stored = _findings(database)
    assert sorted(status for status, _ in stored.values()) == ["changed", "contradicted"]
    assert sorted(n for _, n in stored.values()) == [1, 2]  # the retelling is a second source
    (killed, *_), (redone, *_) = [r for r in _runs(database)]
    states = {run_id: (state, error, path) for run_id, state, error, path in _runs(database)}
    assert states[killed][0] == "failed" and "interrupted" in (states[killed][1] or "")
    assert states[redone][0] == "ok" and Path(states[redone][2]).is_file()

    loaded = load(config)
    sent = run_digest(loaded, send=True)
    assert sorted(sent.findings) == sorted(stored)  # each development once

    # The same feed job again after its write completed: nothing new, nothing counted twice.
    assert main(["enqueue", "--config", str(config)]) == 0
    _finished(_worker(config, "--burst"))
    assert _findings(database) == stored
    again = run_digest(loaded, send=True)
    assert again.findings == () and again.skipped == "no new findings"


def test_a_broken_feed_is_the_jobs_outcome_not_a_failed_job(
    tmp_path: Path, postgres_server: PostgresServer, feed_server: FeedServer, baseline_file: Path
) -> None:
    from watcher.workers.feedjob import WorkerDiffer, check_feed

    broken = feed_server.add("/broken.xml", Route(b"<html>not a feed</html>", status=500))
    junk = feed_server.add("/junk.xml", Route(b"\x00\x01 not xml at all"))
    database = postgres_server.create_database()
    config = load(_config(tmp_path, baseline_file, database, [broken, junk]))
    db = open_database(database)
    kept = WorkerDiffer()
    try:
        reports = [
            check_feed(config, db, url, job_id=i, kept=kept) for i, url in enumerate((broken, junk))
        ]
    finally:
        kept.close()
        db.close()
    outcomes = [r.feeds[0] for r in reports]
    assert [o.state for o in outcomes] == ["error", "error"]
    assert outcomes[0].error_kind == "http" and outcomes[1].error_kind not in ("", "internal")
    assert {state for _, state, _, _ in _runs(database)} == {"ok"}
    assert _findings(database) == {}
