"""The archive against what probing found: odd characters, killed runs, read-only folders,
glued words and the wrong clock."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import pytest
from lxml import etree, html
from sqlalchemy import select

from tests.archive_fixtures import (
    T0,
    build_archive,
    engine_for,
    hostile_report,
    store_report,
    write_baseline,
)
from watcher import config as config_mod
from watcher.archive import publish as archive
from watcher.archive.pages import STATIC_INDEX, render_atom, render_finding, render_report
from watcher.archive.web import ArchiveApp
from watcher.check import run_check
from watcher.config import Config
from watcher.models import RunReport
from watcher.store import queries as q
from watcher.store.recovery import INTERRUPTED
from watcher.store.schema import findings, open_database, runs

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file
ROOT = Path(__file__).resolve().parent.parent

CONTROL = "ESC\x1b[2J BEL\x07 DEL\x7f NUL\x00 VT\x0b FF\x0c C1\x85\x9b NONCHAR\ufffe"
SURROGATE = "lone \ud800 surrogate"


def _with_text(run_id: str, started: datetime, text: str) -> RunReport:
    report = hostile_report(run_id, started)
    first = report.findings[0]
    source = replace(first.sources[1], title=f"Title {text}", outlet=f"Outlet {text}")
    changed = replace(
        first, text=f"Claim {text}", cue=f"cue {text}", sources=(first.sources[0], source)
    )
    return replace(report, findings=(changed, *report.findings[1:]))


def _parse_strict(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(recover=False, resolve_entities=False))


def test_control_characters_in_feed_text_leave_the_atom_feed_well_formed(tmp_path: Path) -> None:
    config, engine, _ = build_archive(tmp_path, days=1)
    report = _with_text("20261121T060000Z-ctrl01", T0 + timedelta(days=1), CONTROL)
    store_report(engine, report)
    archive.publish(config, engine, report)

    data = (config.reports_dir / "feed.atom").read_bytes()
    root = _parse_strict(data)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 2
    newest = parsed.entries[0]
    assert "Claim ESC\ufffd[2J BEL\ufffd DEL\ufffd NUL\ufffd" in newest.summary
    assert "\x1b" not in data.decode("utf-8") and "\x00" not in data.decode("utf-8")


def test_control_characters_never_reach_the_html_pages(tmp_path: Path) -> None:
    config, engine, _ = build_archive(tmp_path, days=1)
    report = _with_text("20261121T060000Z-ctrl02", T0 + timedelta(days=1), CONTROL)
    store_report(engine, report)
    json_path = archive.publish(config, engine, report)
    app = ArchiveApp(config, engine)

    pages = [
        json_path.with_suffix(".html").read_text(encoding="utf-8"),
        (config.reports_dir / "index.html").read_text(encoding="utf-8"),
        app.respond("GET", "/runs/20261121T060000Z-ctrl02").body.decode("utf-8"),
        app.respond("GET", "/findings?q=Claim").body.decode("utf-8"),
        app.respond("GET", "/findings/contra-ctrl02").body.decode("utf-8"),
    ]
    for page in pages:
        assert not any(ch in page for ch in "\x1b\x07\x7f\x00\x0b\x0c\x85\x9b\ufffe")
    assert "Claim ESC\ufffd[2J" in pages[0]
    # The JSON report keeps the text exactly: JSON can carry any character.
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert doc["findings"][0]["text"] == f"Claim {CONTROL}"


def test_lone_surrogates_are_replaced_in_every_output() -> None:
    report = _with_text("20261121T060000Z-surr01", T0, SURROGATE)
    run = q.RunRow(
        id=report.run_id,
        started_at=T0,
        finished_at=T0,
        state="ok",
        trigger="manual",
        counts={"contradicted": 1},
        entries_read=1,
        entries_processed=1,
        findings_new=3,
        feeds_failed=0,
        report_path="",
        error="",
    )
    atom = render_atom([run], {run.id: list(report.findings)}, T0, STATIC_INDEX)
    page = render_report(report)
    finding_page = render_finding(report.findings[0])

    for text in (atom, page, finding_page):
        text.encode("utf-8")  # a lone surrogate would raise here
        assert "lone \ufffd surrogate" in text
    assert not feedparser.parse(atom.encode("utf-8")).bozo
    _parse_strict(atom.encode("utf-8"))


def test_lone_surrogates_do_not_stop_a_report_being_written(tmp_path: Path) -> None:
    config, engine, _ = build_archive(tmp_path, days=1)
    report = _with_text("20261121T060000Z-surr02", T0 + timedelta(days=1), SURROGATE)

    path = archive.write_report(config, report)

    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["findings"][0]["text"] == "Claim lone \ufffd surrogate"
    assert "lone \ufffd surrogate" in path.with_suffix(".html").read_text(encoding="utf-8")


# -- a check killed with SIGKILL ------------------------------------------------------------

CHANGED = "Sweden became the alliance's 32nd member in March 2024."


def _running_run_with_findings(db_url: str) -> str | None:
    engine = open_database(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                select(runs.c.id)
                .where(runs.c.state == "running")
                .where(select(findings.c.id).where(findings.c.run_id == runs.c.id).exists())
            ).first()
    finally:
        engine.close()
    return None if row is None else str(row.id)


def test_a_killed_checks_findings_reach_its_report_the_index_and_the_feed(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    fast = feed_server.add("/fast", Route(rss(("a", "Alliance grows", f"<p>{CHANGED}</p>"))))
    slow = feed_server.add(
        "/slow", Route(rss(("b", "Summit", "<p>Allies met in Vilnius.</p>")), delay=30)
    )
    config_path = write_config(
        tmp_path,
        baseline_file,
        [("Fast", fast), ("Slow", slow)],
        allow_private_links=True,
        timeout_seconds=60,
    )
    cfg = config_mod.load(config_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "check", "--config", str(config_path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        killed_id = None
        while killed_id is None and time.monotonic() < deadline and proc.poll() is None:
            killed_id = _running_run_with_findings(cfg.database_url)
            time.sleep(0.1)
        assert killed_id, "the check never stored the fast feed's finding"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not list(cfg.reports_dir.rglob(f"{killed_id}.json"))

    feed_server.routes["/slow"].delay = 0
    later = run_check(cfg)

    engine = open_database(cfg.database_url)
    run = q.get_run(engine, killed_id)
    stored = q.run_findings(engine, [killed_id])[killed_id]
    engine.close()
    assert run is not None and (run.state, run.error) == ("failed", INTERRUPTED)
    assert stored and run.findings_new == len(stored)
    assert sum(run.counts.values()) == len(stored)
    [json_path] = cfg.reports_dir.rglob(f"{killed_id}.json")
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert {f["id"] for f in doc["findings"]} == {f.id for f in stored}
    assert doc["extra"]["interrupted"] == INTERRUPTED
    report_html = json_path.with_suffix(".html").read_text(encoding="utf-8")
    assert "stopped before it finished" in report_html
    # The finding's sentence is on the page (its decisive words may be marked inside it).
    page_text = html.fromstring(report_html.encode()).text_content()
    assert CHANGED in page_text.replace("[[", "").replace("]]", "")
    index = html.fromstring((cfg.reports_dir / "index.html").read_bytes())
    rel = json_path.with_suffix(".html").relative_to(cfg.reports_dir).as_posix()
    [row] = [
        r for r in index.xpath("//table[@class='runs']/tbody/tr") if r.xpath(f".//a[@href='{rel}']")
    ]
    changed_cell = row.xpath("./td")[2]
    assert changed_cell.text_content().strip().endswith(str(run.counts.get("changed", 0)))
    parsed = feedparser.parse((cfg.reports_dir / "feed.atom").read_bytes())
    ids = [e.id for e in parsed.entries]
    assert f"urn:watcher:run:{killed_id}" in ids
    assert later.run_id != killed_id


# -- folders that cannot be written ------------------------------------------------------------


def _without_write_override() -> list[str]:
    """A command prefix under which the read-only bits hold, even for root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root ignores read-only folders, and setpriv is not there to drop that")
    return [setpriv, "--bounding-set", "-dac_override,-fowner"]


def test_a_read_only_reports_folder_is_one_line_and_loses_no_finding(
    tmp_path: Path, baseline_file: Path
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(("a", "Alliance grows", f"<p>{CHANGED}</p>")))
    config_path = write_config(tmp_path, baseline_file, [("Local", feed.as_uri())])
    cfg = config_mod.load(config_path)
    cfg.reports_dir.mkdir(parents=True)
    cfg.reports_dir.chmod(0o555)
    try:
        done = subprocess.run(
            [*_without_write_override(), sys.executable, "-m", "watcher", "check"]
            + ["--config", str(config_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        cfg.reports_dir.chmod(0o755)

    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    [line] = [ln for ln in done.stderr.splitlines() if ln.startswith("watcher: error:")]
    assert "cannot write the report archive" in line and "hint:" in line
    engine = open_database(cfg.database_url)
    with engine.connect() as conn:
        texts = list(conn.execute(select(findings.c.text)).scalars())
    [stopped] = q.list_runs(engine)
    engine.close()
    assert texts == [CHANGED]
    assert stopped.state == "failed" and "cannot write the report archive" in stopped.error

    # Once the folder can be written, the next check writes the stopped run's report too.
    run_check(cfg)

    engine = open_database(cfg.database_url)
    run = q.get_run(engine, stopped.id)
    engine.close()
    assert run is not None and run.findings_new == 1 and run.counts["changed"] == 1
    [json_path] = cfg.reports_dir.rglob(f"{stopped.id}.json")
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert [f["text"] for f in doc["findings"]] == [CHANGED]
    assert "cannot write the report archive" in doc["extra"]["interrupted"]
    atom = feedparser.parse((cfg.reports_dir / "feed.atom").read_bytes())
    assert f"urn:watcher:run:{stopped.id}" in [e.id for e in atom.entries]


# -- words glued together, and the clock ----------------------------------------------------


def _text(markup: str) -> str:
    return " ".join(html.fromstring(markup).text_content().split())


def test_rendered_pages_keep_spaces_between_phrases(tmp_path: Path) -> None:
    config, engine, reports = build_archive(tmp_path, days=1)
    report = reports[0]
    earlier = replace(report.findings[1], text="Ukraine's future is in NATO.")
    report = replace(report, corroborated=(earlier,))
    app = ArchiveApp(config, engine)

    finding_page = _text(app.respond("GET", f"/findings/{report.findings[1].id}").body.decode())
    report_page = _text(render_report(report))

    assert "(House of Commons Library briefing, July 2024) c-0002 in the baseline" in finding_page
    assert "Ukraine's future is in NATO. (1 source)" in report_page


def test_page_links_keep_spaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config, engine, _ = build_archive(tmp_path, days=3)
    monkeypatch.setattr("watcher.archive.web.FINDINGS_PER_PAGE", 2)
    body = ArchiveApp(config, engine).respond("GET", "/findings?page=2").body.decode()
    assert "← Newer Page 2 of 5 Older →" in _text(body)


def _tokyo_config(tmp_path: Path) -> Config:
    path = tmp_path / "watcher.toml"
    baseline = write_baseline(tmp_path / "claims.json")
    path.write_text(
        f'data_dir = "data"\nfeeds = []\nbaseline = "{baseline}"\n'
        '[schedule]\ntimezone = "Asia/Tokyo"\n',
        encoding="utf-8",
    )
    return config_mod.load(path)


def test_pages_and_reports_show_the_configured_time_zone(tmp_path: Path) -> None:
    cfg = _tokyo_config(tmp_path)
    engine = engine_for(cfg)
    report = hostile_report("20261120T060000Z-tokyo1", T0)
    store_report(engine, report)
    json_path = archive.publish(cfg, engine, report)
    app = ArchiveApp(cfg, engine)
    tokyo = ZoneInfo("Asia/Tokyo")
    start = T0.astimezone(tokyo)
    local = f"{start:%d %b %Y %H:%M}".lstrip("0")

    static_report = _text(json_path.with_suffix(".html").read_text(encoding="utf-8"))
    static_index = _text((cfg.reports_dir / "index.html").read_text(encoding="utf-8"))
    served = {
        path: _text(app.respond("GET", path).body.decode())
        for path in (
            "/",
            f"/runs/{report.run_id}",
            "/findings",
            f"/findings/{report.findings[0].id}",
        )
    }
    atom = feedparser.parse((cfg.reports_dir / "feed.atom").read_bytes())

    assert local == "20 Nov 2026 15:00"
    assert "Run of 20 Nov 2026, 15:00 JST" in static_report
    assert "finished 20 Nov 2026 15:00:42 JST" in static_report
    assert local in static_index and "Times in Asia/Tokyo" in static_index
    assert local in served["/"] and "Times in Asia/Tokyo" in served["/"]
    assert "15:00 JST" in served[f"/runs/{report.run_id}"]
    assert "First seen 20 Nov 2026 15:00 JST" in served[f"/findings/{report.findings[0].id}"]
    assert "Seen (Asia/Tokyo)" in served[f"/findings/{report.findings[0].id}"]
    assert "(20 Nov 2026 15:00 JST)" in atom.entries[0].title
    for text in (static_report, static_index, *served.values()):
        assert "UTC" not in text
    # The report still lives in its UTC day's folder.
    assert json_path.parent == cfg.reports_dir / "2026" / "11" / "20"


def test_the_findings_filter_reads_dates_as_days_in_the_configured_zone(tmp_path: Path) -> None:
    cfg = _tokyo_config(tmp_path)
    engine = engine_for(cfg)
    late = T0.replace(hour=20)  # 20 Nov 20:00 UTC is 21 Nov 05:00 in Tokyo
    store_report(engine, hostile_report("20261120T060000Z-tokyo1", T0))
    store_report(engine, hostile_report("20261120T200000Z-tokyo2", late))
    app = ArchiveApp(cfg, engine)

    def count(query: str) -> str:
        response = app.respond("GET", f"/findings?{query}")
        assert response.status == 200
        return _text(response.body.decode()).split(" finding")[0].rsplit(" ", 1)[-1]

    assert count("since=2026-11-21") == "3"
    assert count("until=2026-11-20") == "3"
    assert count("since=0001-01-01&until=9999-12-31") == "6"
    assert count("since=0001-01-02&until=9999-12-30") == "6"
