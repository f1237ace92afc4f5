"""The run list folds stretches of runs that found nothing, so the runs that matter stand out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lxml import html

from watcher.archive.pages import fold_quiet, render_index
from watcher.store.rows import RunRow

T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def _run(i: int, *, new: int = 0, failed: int = 0, state: str = "ok") -> RunRow:
    return RunRow(
        id=f"20261120T0{i}0000Z-{i:06d}",
        started_at=T0 + timedelta(hours=i),
        finished_at=T0 + timedelta(hours=i, minutes=1),
        state=state,
        trigger="schedule",
        counts={"new": new, "known": 2},
        entries_read=5,
        entries_processed=5,
        findings_new=new,
        feeds_failed=failed,
        report_path="",
        error="",
    )


def test_two_or_more_quiet_runs_in_a_row_fold_into_one_row() -> None:
    runs = [_run(9, new=1), _run(8), _run(7), _run(6), _run(5, new=2), _run(4), _run(3, failed=1)]
    rows = fold_quiet([(r, r) for r in runs])
    assert [len(row.runs) for row in rows] == [1, 3, 1, 1, 1]
    assert [row.folded for row in rows] == [False, True, False, False, False]


def test_a_run_with_trouble_or_findings_is_never_folded() -> None:
    runs = [_run(3, state="failed"), _run(2, failed=1), _run(1, new=1)]
    assert all(not row.folded for row in fold_quiet([(r, r) for r in runs]))


def test_the_index_shows_the_folded_stretch_with_every_run_still_linked() -> None:
    runs = [_run(9, new=1), _run(8), _run(7), _run(6)]
    page = html.fromstring(render_index(runs, {"new": 1}, len(runs)))
    [quiet] = page.xpath("//tr[@class='quiet']")
    summary = quiet.xpath(".//summary")[0].text_content()
    assert summary.startswith("3 runs with nothing new")
    assert len(quiet.xpath(".//a")) == 3
    assert len(page.xpath("//table[@class='runs']/tbody/tr")) == 2
