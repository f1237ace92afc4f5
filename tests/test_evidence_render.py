"""Evidence looks the same on every surface: golden files for a diff, a pair and hostile text.

Surfaces: the terminal (`watcher diff`, the `watcher check` summary), the finding partial the
report and the web page share, and both parts of the digest. Run with UPDATE_GOLDEN=1 to accept
a deliberate change, then read the diff of tests/golden/evidence_*.
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from watcher.cli.check_cmd import print_summary
from watcher.digest.compose import compose
from watcher.models import Finding, FindingSource, Judgement, RunReport, Status
from watcher.render import evidence, judgement_text, render

GOLDEN = Path(__file__).parent / "golden"
T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
ESC = "\x1b[31m"
RLO = "\u202e"


def _finding(fid: str, status: Status, text: str, baseline: str, cue: str) -> Finding:
    return Finding(
        id=fid,
        status=status,
        text=text,
        cue=cue,
        score=0.9,
        first_seen=T0,
        run_id="20261120T060000Z-abc123",
        baseline_id="c-1" if baseline else "",
        baseline_text=baseline,
        baseline_source="Foreign Policy, July 2023" if baseline else "",
        sources=(
            FindingSource(
                outlet="Reuters",
                url=f"https://example.org/{fid}",
                title="A story",
                published=T0,
                seen_at=T0,
            ),
        ),
    )


DIFF = _finding(
    "f-diff",
    Status.CHANGED,
    "Mark Rutte is NATO secretary general.",
    "Jens Stoltenberg is NATO secretary general.",
    "office holder: NATO secretary general Stoltenberg -> Rutte",
)
PAIR = _finding(
    "f-pair",
    Status.CHANGED,
    "Hungary is the only one of NATO's 32 allies not sending staff to Wiesbaden.",
    "Zelensky said getting Kyiv into the 31-nation alliance is unlikely before the war ends.",
    "number (alliance-size): 31 -> 32",
)
NEGATION = _finding(
    "f-neg",
    Status.CONTRADICTED,
    "Trump said Ukraine joining NATO is off the table.",
    "At the summit, allies said Ukraine’s future “is in NATO”.",
    'negation: "off the table" vs "future is in NATO"',
)
HOSTILE_PAIR = _finding(
    "f-hostile-pair",
    Status.CONTRADICTED,
    f"Ukraine will <script>window.pwned=1</script> never join NATO {ESC}red{RLO}evil.",
    'Ukraine\'s future is in NATO <img src=x onerror="window.pwned=2">.',
    'negation: "never join" vs "future is in NATO"',
)
HOSTILE_DIFF = _finding(
    "f-hostile-diff",
    Status.CHANGED,
    "Mark Rutte, NATO secretary general, spoke in Brussels on Monday"
    f" <script>window.pwned=3</script> {ESC}about the summit{RLO}.",
    "Jens Stoltenberg, NATO secretary general, spoke in Brussels on Monday about the summit.",
    "office holder: NATO secretary general Stoltenberg -> Rutte",
)
NEW = _finding("f-new", Status.NEW, "Zelensky's victory plan puts an invitation first.", "", "")
FINDINGS = (HOSTILE_PAIR, NEGATION, HOSTILE_DIFF, DIFF, PAIR, NEW)


def _golden(name: str, got: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8"), "run with UPDATE_GOLDEN=1 to accept changes"


def _inert_html(html: str) -> None:
    low = html.lower()
    assert "<script" not in low and "<img" not in low
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def _inert_text(text: str) -> None:
    assert ESC not in text and RLO not in text and "\\x1b[31m" in text and "\\u202e" in text


def test_the_sample_covers_both_kinds() -> None:
    kinds = {f.id: ev.kind for f in FINDINGS if (ev := evidence(f)) is not None}
    assert kinds == {
        "f-hostile-pair": "pair",
        "f-neg": "pair",
        "f-hostile-diff": "diff",
        "f-diff": "diff",
        "f-pair": "pair",
    }


def test_terminal_golden() -> None:
    judged = [
        Judgement(
            status=f.status,
            sentence=f.text,
            cue=f.cue,
            score=f.score,
            baseline_ids=(f.baseline_id,) if f.baseline_id else (),
            baseline_text=f.baseline_text,
            baseline_source=f.baseline_source,
        )
        for f in FINDINGS
    ]
    diff_out = "\n".join(judgement_text(j) for j in judged) + "\n"
    buffer = io.StringIO()
    report = RunReport(
        run_id="20261120T060000Z-abc123",
        started_at=T0,
        finished_at=T0,
        feeds=(),
        entries_read=6,
        entries_processed=6,
        counts={"contradicted": 2, "changed": 3, "new": 1},
        findings=FINDINGS,
    )
    print_summary(report, Console(file=buffer, width=200, color_system=None))
    got = f"$ watcher diff ...\n{diff_out}\n$ watcher check\n{buffer.getvalue()}"
    _inert_text(got)
    assert "  diff:     [-Jens Stoltenberg-]{+Mark Rutte+} is NATO secretary general." in got
    assert "NATO's [[32]] allies" in got and "into the [[31]]-nation alliance" in got
    _golden("evidence_terminal.txt", got)


def test_finding_partial_golden() -> None:
    """The fragment the HTML report, the web finding page and the email all include."""
    got = "".join(render("partials/_finding.html", finding=f) for f in FINDINGS)
    _inert_html(got)
    assert got.count('<span class="diff">') == 2  # the two close pairs, and only they
    assert '<span class="mark">[[</span>off the table<span class="mark">]]</span>' in got
    _golden("evidence_finding.html", got)


@pytest.fixture(scope="module")
def digest_parts() -> tuple[str, str]:
    return compose(
        subject="Ukraine-NATO path: 3 contradicted, 2 changed, 1 new (20 Nov 2026)",
        found=list(FINDINGS),
        counts={"contradicted": 2, "changed": 3, "new": 1},
        links={},
        failed=(),
        since=None,
        now=T0,
        base_url="",
    )


def test_digest_text_part_golden(digest_parts: tuple[str, str]) -> None:
    text, _ = digest_parts
    _inert_text(text)
    assert "[-Jens Stoltenberg-]{+Mark Rutte+} is NATO secretary general." in text
    assert '"Trump said Ukraine joining NATO is [[off the table]]."' in text
    _golden("evidence_digest.txt", text)


def test_digest_html_part_golden(digest_parts: tuple[str, str]) -> None:
    _, html = digest_parts
    _inert_html(html)
    assert html.count('<span class="diff"') == 2  # the two close pairs, and only they
    assert html.count('<mark class="decisive"') == 2 * 3 + 1  # both sides of three pairs; legend
    _golden("evidence_digest.html", html)


def test_a_finding_stored_with_an_old_character_diff_renders_whole_words() -> None:
    """Stored findings keep their `diff` field; what is shown is computed from their texts."""
    from dataclasses import replace

    legacy = replace(
        DIFF, diff=((0, "M"), (-1, "ark Rutte"), (1, "ens Stoltenberg"), (0, " is NATO."))
    )
    html = render("partials/_finding.html", finding=legacy)
    assert "ark Rutte" not in html.replace("Mark Rutte", "")
    assert '<span class="mark">[-</span>Jens Stoltenberg<span class="mark">-]</span>' in html
    text, _ = compose(
        subject="s",
        found=[legacy],
        counts={},
        links={},
        failed=(),
        since=None,
        now=T0,
        base_url="",
    )
    assert "[-Jens Stoltenberg-]{+Mark Rutte+} is NATO secretary general." in text
