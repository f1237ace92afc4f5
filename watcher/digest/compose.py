"""A digest rendered twice from the same data: plain text, and HTML with CSS inlined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import css_inline

from watcher.config import MAX_ENTRY_AGE_DAYS
from watcher.models import REPORTED, Finding, Status, is_backlog
from watcher.render import render, xml_safe

LABELS: dict[Status, str] = {
    Status.CONTRADICTED: "Contradicted",
    Status.CHANGED: "Changed",
    Status.NEW: "New",
}
INTROS: dict[Status, str] = {
    Status.CONTRADICTED: "Says the opposite of a baseline claim.",
    Status.CHANGED: "Same subject as a baseline claim, with a new value.",
    Status.NEW: "On topic; no baseline claim covers it.",
}


@dataclass(frozen=True)
class FailedFeed:
    """A feed that failed in at least one run since the last digest."""

    url: str
    name: str
    failures: int
    runs: int
    last_error: str
    still_failing: bool
    failing_since: datetime | None


@dataclass(frozen=True)
class Item:
    """One finding as the digest shows it: numbered, with its archive link."""

    number: int
    finding: Finding
    label: str
    link: str


@dataclass(frozen=True)
class Section:
    """The findings of one status."""

    status: str
    label: str
    intro: str
    items: tuple[Item, ...]


def sections(found: list[Finding], links: dict[str, str], start: int = 0) -> tuple[Section, ...]:
    """Findings grouped by status, most severe group first, numbered on from `start`."""
    out: list[Section] = []
    number = start
    for status in REPORTED:
        items = []
        for finding in (f for f in found if f.status == status):
            number += 1
            items.append(Item(number, finding, LABELS[status], links.get(finding.id, "")))
        if items:
            out.append(Section(str(status), LABELS[status], INTROS[status], tuple(items)))
    return tuple(out)


def inline_css(html: str) -> str:
    """Move the stylesheet into style attributes; never fetch anything remote."""
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_link_tags=False)
    return inliner.inline(html)


def compose(
    *,
    subject: str,
    found: list[Finding],
    counts: dict[str, int],
    links: dict[str, str],
    failed: tuple[FailedFeed, ...],
    since: datetime | None,
    now: datetime,
    base_url: str,
    max_entry_age_days: int = MAX_ENTRY_AGE_DAYS,
) -> tuple[str, str]:
    """The plain-text and the HTML body of one digest.

    Findings whose every source was already old when seen (a new feed's back catalogue) come
    after the news, in a backlog part of their own, so old stories never read as today's.
    """
    news = [f for f in found if not is_backlog(f, max_entry_age_days)]
    backlog = [f for f in found if is_backlog(f, max_entry_age_days)]
    news_sections = sections(news, links)
    context = {
        "subject": subject,
        "sections": news_sections,
        "backlog": sections(backlog, links, start=len(news)),
        "backlog_total": len(backlog),
        "max_entry_age_days": max_entry_age_days,
        "total": len(found),
        "counts": [(LABELS[s], counts.get(str(s), 0), str(s)) for s in REPORTED],
        "failed": failed,
        "since": since,
        "now": now,
        "base_url": base_url,
    }
    text = render("email/digest.txt", **context)
    html = inline_css(xml_safe(render("email/digest.html", **context)))
    return text, html
