"""Archive test data: run reports and database rows carrying hostile feed text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.pg_fixtures import database_toml
from watcher import config as config_module
from watcher.archive import publish as archive
from watcher.config import Config
from watcher.models import FeedOutcome, Finding, FindingSource, RunReport, Status
from watcher.store.db import Database
from watcher.store.schema import finding_sources, findings, open_database, runs

SCRIPT = "<script>window.__pwned=1</script>"
ONERROR = '<img src=x onerror="window.__pwned=1">'
JS_LINK = "javascript:window.__pwned=1"
HOSTILE_OUTLET = f"Evil Outlet {ONERROR}"
HOSTILE_TITLE = f"Ukraine NATO {SCRIPT} headline"
HOSTILE_CLAIM = f"Ukraine will never join NATO {SCRIPT} says the plan"
#: The hostile entry's lead, taken as the same development: markup and a terminal escape.
HOSTILE_LEAD = f"Kyiv must renounce the bid {ONERROR}\x1b[2J, the draft says."
BASELINE_TEXT = "Ukraine's future is in NATO."
SEED_LABEL = "Foreign Policy, July 2023"
T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def make_config(tmp_path: Path, baseline: Path | None = None) -> Config:
    """A config file in tmp_path whose data_dir is tmp_path/data."""
    lines = ['data_dir = "data"', "feeds = []", *database_toml().splitlines()]
    if baseline is not None:
        lines.append(f'baseline = "{baseline}"')
    path = tmp_path / "watcher.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config_module.load(path)


def source(
    n: int,
    *,
    outlet: str = "Kyiv Post",
    url: str = "",
    title: str = "",
    run_id: str = "r1",
    sentences: tuple[str, ...] = (),
) -> FindingSource:
    """One source of a finding, published n hours after T0."""
    return FindingSource(
        outlet=outlet,
        url=url or f"https://example.org/story/{n}",
        title=title or f"Story {n}",
        published=T0 + timedelta(hours=n),
        seen_at=T0 + timedelta(hours=n, minutes=5),
        feed_url="https://example.org/feed.xml",
        entry_key=f"entry-{n}",
        run_id=run_id,
        sentences=sentences,
    )


def hostile_report(run_id: str = "20261120T060000Z-abc123", started: datetime = T0) -> RunReport:
    """A run with one finding of each reported status, hostile text in every feed-held field."""
    contradicted = Finding(
        id=f"contra-{run_id[-6:]}",
        status=Status.CONTRADICTED,
        text=HOSTILE_CLAIM,
        cue='"never join" vs "future is in NATO"',
        score=0.81,
        first_seen=started,
        run_id=run_id,
        baseline_id="c-0001",
        baseline_text=BASELINE_TEXT,
        baseline_source=SEED_LABEL,
        diff=((-1, "Ukraine's future is in"), (1, "Ukraine will never join"), (0, " NATO.")),
        sources=(
            source(
                1,
                outlet=HOSTILE_OUTLET,
                url=JS_LINK,
                title=HOSTILE_TITLE,
                run_id=run_id,
                sentences=(HOSTILE_CLAIM, HOSTILE_LEAD),
            ),
            source(2, outlet="Reuters", run_id=run_id),
        ),
    )
    changed = Finding(
        id=f"changed-{run_id[-6:]}",
        status=Status.CHANGED,
        text="Sweden became the alliance's 32nd member in March 2024.",
        cue='"31" -> "32"',
        score=0.7,
        first_seen=started,
        run_id=run_id,
        baseline_id="c-0002",
        baseline_text="NATO has 31 members.",
        baseline_source="House of Commons Library briefing, July 2024",
        diff=((-1, "31"), (1, "32"), (0, " members")),
        sources=(source(3, outlet="BBC", run_id=run_id),),
    )
    new = Finding(
        id=f"new-{run_id[-6:]}",
        status=Status.NEW,
        text="Zelensky's victory plan puts an invitation to NATO first.",
        cue="no baseline claim covers it",
        score=0.2,
        first_seen=started,
        run_id=run_id,
        sources=(source(4, outlet="DW", run_id=run_id),),
    )
    return RunReport(
        run_id=run_id,
        started_at=started,
        finished_at=started + timedelta(seconds=42),
        feeds=(
            FeedOutcome(
                url="https://example.org/feed.xml",
                name="Example",
                state="ok",
                entries_read=9,
                entries_new=4,
            ),
            FeedOutcome(
                url="https://bad.example/rss",
                name=f"Broken {SCRIPT}",
                state="error",
                error_kind="http",
                error=f"HTTP 503 {ONERROR}",
                http_status=503,
            ),
        ),
        entries_read=9,
        entries_processed=4,
        counts={"contradicted": 1, "changed": 1, "new": 1, "known": 2, "irrelevant": 5},
        findings=(contradicted, changed, new),
    )


def store_report(engine: Database, report: RunReport, state: str = "ok") -> None:
    """Insert a run with its findings and sources the way the check stores them."""
    with engine.begin() as conn:
        conn.execute(
            runs.insert().values(
                id=report.run_id,
                started_at=report.started_at,
                finished_at=report.finished_at,
                state=state,
                trigger="manual",
                counts=dict(report.counts),
                feeds=[{"url": f.url, "name": f.name, "state": f.state} for f in report.feeds],
                entries_read=report.entries_read,
                entries_processed=report.entries_processed,
                findings_new=len(report.findings),
                report_path="",
            )
        )
        for f in report.findings:
            conn.execute(
                findings.insert().values(
                    id=f.id,
                    status=str(f.status),
                    text=f.text,
                    cue=f.cue,
                    score=f.score,
                    baseline_id=f.baseline_id,
                    baseline_text=f.baseline_text,
                    baseline_source=f.baseline_source,
                    diff=[list(d) for d in f.diff],
                    run_id=f.run_id,
                    first_seen=f.first_seen,
                    last_seen=max((s.seen_at for s in f.sources), default=f.first_seen),
                    source_count=len(f.sources),
                )
            )
            for s in f.sources:
                conn.execute(
                    finding_sources.insert().values(
                        finding_id=f.id,
                        run_id=s.run_id,
                        feed_url=s.feed_url,
                        entry_key=s.entry_key,
                        outlet=s.outlet,
                        url=s.url,
                        title=s.title,
                        published=s.published,
                        seen_at=s.seen_at,
                        sentences=list(s.sentences) or None,
                    )
                )


def engine_for(config: Config) -> Database:
    """The config's database, migrated."""
    return open_database(config.database_url)


def write_baseline(path: Path) -> Path:
    """A baseline file shaped like `baselines/claims.json`, with an extra key and hostile text."""
    doc = {
        "version": 1,
        "generated_by": "tests",
        "claims": [
            {
                "id": "c-0001",
                "text": BASELINE_TEXT,
                "sources": [{"doc": "000.txt", "start": 10, "end": 38}],
                "attributes": {"actors": ["NATO", "Ukraine"], "polarity": "asserted"},
                "variants": [],
            },
            {
                "id": "c-0002",
                "text": f"NATO has 31 members {SCRIPT}",
                "sources": [{"doc": "003.txt", "start": 5, "end": 30}],
                "attributes": {"numbers": [31]},
            },
        ],
        "seeds": {
            "000.txt": {"label": SEED_LABEL},
            "003.txt": {"label": "House of Commons Library briefing, July 2024"},
        },
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def build_archive(tmp_path: Path, days: int = 3) -> tuple[Config, Database, list[RunReport]]:
    """A config and an archive of `days` daily runs, each published, the first one hostile."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    config = make_config(tmp_path, baseline=write_baseline(tmp_path / "claims.json"))
    engine = engine_for(config)
    reports = []
    for day in range(days):
        started = T0 + timedelta(days=day)
        run_id = f"{started:%Y%m%dT%H%M%SZ}-d{day:05d}"
        report = hostile_report(run_id, started)
        if day:
            findings_ = tuple(
                replace(
                    f,
                    text=f"{f.text} (day {day})",
                    sources=tuple(
                        replace(s, outlet=f"Outlet {day}", url=f"https://example.org/{day}/{i}")
                        for i, s in enumerate(f.sources)
                    ),
                )
                for f in report.findings
            )
            report = replace(report, findings=findings_, feeds=report.feeds[:1])
        store_report(engine, report)
        archive.publish(config, engine, report)
        reports.append(report)
    return config, engine, reports
