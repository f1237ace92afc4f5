"""The archive's pages rendered from plain data: the same templates serve the files and the web."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from watcher.archive.reportdoc import report_relpath
from watcher.config import MAX_ENTRY_AGE_DAYS
from watcher.models import REPORTED, Finding, FindingSource, RunReport, is_backlog
from watcher.render import render, xml_safe
from watcher.store.queries import FindingFilter, Page, RunRow

STATUSES: tuple[str, ...] = tuple(str(s) for s in REPORTED)


def zone_name(tz: tzinfo) -> str:
    """'Europe/Kyiv' for a zone from the tz database, else its abbreviation ('UTC')."""
    return str(getattr(tz, "key", None) or tz.tzname(None) or "UTC")


def _local(value: datetime | None, tz: tzinfo) -> datetime | None:
    if value is None or value == datetime.min:
        return value
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(tz)


def local_source(source: FindingSource, tz: tzinfo) -> FindingSource:
    """A source with its dates in the configured zone, as pages show them."""
    seen = _local(source.seen_at, tz)
    assert seen is not None
    return replace(source, published=_local(source.published, tz), seen_at=seen)


def local_finding(finding: Finding, tz: tzinfo) -> Finding:
    """A finding with every date in the configured zone."""
    first = _local(finding.first_seen, tz)
    assert first is not None
    return replace(
        finding, first_seen=first, sources=tuple(local_source(s, tz) for s in finding.sources)
    )


def local_report(report: RunReport, tz: tzinfo) -> RunReport:
    """A run report with every date in the configured zone."""
    started, finished = _local(report.started_at, tz), _local(report.finished_at, tz)
    assert started is not None and finished is not None
    return replace(
        report,
        started_at=started,
        finished_at=finished,
        findings=tuple(local_finding(f, tz) for f in report.findings),
        corroborated=tuple(local_finding(f, tz) for f in report.corroborated),
    )


def local_run(run: RunRow, tz: tzinfo) -> RunRow:
    """An index row with its dates in the configured zone."""
    started = _local(run.started_at, tz)
    assert started is not None
    return replace(run, started_at=started, finished_at=_local(run.finished_at, tz))


def _page(name: str, **context: Any) -> str:
    return xml_safe(render(name, **context))


@lru_cache(maxsize=None)
def static_text(name: str) -> str:
    """A file from `templates/static/` (package data)."""
    return (files("watcher") / "templates" / "static" / name).read_text(encoding="utf-8")


def css_hash() -> str:
    """The CSP source that allows exactly the stylesheet the static files inline."""
    digest = hashlib.sha256(static_text("watcher.css").encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass(frozen=True)
class Links:
    """Where pages link to: relative paths between static files, or the web server's routes."""

    web: bool
    depth: int = 0  # static files: how many folders below reports/ this page sits

    @property
    def _up(self) -> str:
        return "../" * self.depth

    def index(self, page: int = 1) -> str:
        if self.web:
            return "/" if page <= 1 else f"/?page={page}"
        return f"{self._up}index.html"

    def report(self, run_id: str, started_at: datetime) -> str:
        if self.web:
            return self.run(run_id)
        return self._up + report_relpath(run_id, started_at, ".html")

    def run(self, run_id: str) -> str:
        return f"/runs/{run_id}" if self.web else ""

    def finding(self, finding_id: str) -> str:
        return f"/findings/{finding_id}" if self.web else f"#f-{finding_id}"

    def findings(self, **params: Any) -> str:
        query = urlencode({k: v for k, v in params.items() if v not in ("", None)})
        return "/findings" + (f"?{query}" if query else "")

    def baseline(self) -> str:
        return "/baseline"

    def feed(self) -> str:
        return "/feed.atom" if self.web else f"{self._up}feed.atom"

    def static(self, name: str) -> str:
        return f"/static/{name}"


STATIC_INDEX = Links(web=False, depth=0)
STATIC_REPORT = Links(web=False, depth=3)
WEB = Links(web=True)


def _page_context(links: Links, tz: tzinfo) -> dict[str, Any]:
    css = "" if links.web else Markup(static_text("watcher.css"))
    return {"links": links, "inline_css": css, "statuses": STATUSES, "zone": zone_name(tz)}


def render_report(
    report: RunReport,
    links: Links = STATIC_REPORT,
    tz: tzinfo = UTC,
    *,
    max_entry_age_days: int = MAX_ENTRY_AGE_DAYS,
) -> str:
    """A run's report: findings grouped by status, the backlog apart, the feeds that failed."""
    shown = local_report(report, tz)
    news = [f for f in shown.findings if not is_backlog(f, max_entry_age_days)]
    backlog = [f for f in shown.findings if is_backlog(f, max_entry_age_days)]
    return _page(
        "archive/report.html",
        report=shown,
        groups=_by_status(news),
        backlog_groups=_by_status(backlog),
        backlog_total=len(backlog),
        max_entry_age_days=max_entry_age_days,
        failed=[f for f in shown.feeds if f.state == "error"],
        **_page_context(links, tz),
    )


def _by_status(found: Sequence[Finding]) -> list[tuple[str, list[Finding]]]:
    groups = [(status, [f for f in found if str(f.status) == status]) for status in STATUSES]
    return [(s, g) for s, g in groups if g]


def _quiet(run: RunRow) -> bool:
    """A run that found nothing to report and had no trouble: one of many, not worth a row."""
    return (
        run.state == "ok"
        and run.feeds_failed == 0
        and not any(run.counts.get(str(s), 0) for s in REPORTED)
    )


@dataclass(frozen=True)
class IndexRow:
    """One row of the run list: a run, or a stretch of quiet runs folded together."""

    runs: tuple[tuple[RunRow, RunRow], ...]  # (run, run in the shown time zone), newest first

    @property
    def folded(self) -> bool:
        return len(self.runs) > 1


def fold_quiet(runs: Sequence[tuple[RunRow, RunRow]]) -> list[IndexRow]:
    """Runs as rows, with each stretch of two or more quiet runs folded into one row."""
    out: list[IndexRow] = []
    stretch: list[tuple[RunRow, RunRow]] = []
    for item in [*runs, None]:
        if item is not None and _quiet(item[0]):
            stretch.append(item)
            continue
        if len(stretch) >= 2:
            out.append(IndexRow(tuple(stretch)))
        else:
            out.extend(IndexRow((one,)) for one in stretch)
        stretch = []
        if item is not None:
            out.append(IndexRow((item,)))
    return out


def render_index(
    runs: Sequence[RunRow],
    totals: Mapping[str, int],
    total_runs: int,
    links: Links = STATIC_INDEX,
    page: Page | None = None,
    tz: tzinfo = UTC,
) -> str:
    """The list of runs, newest first, with counts per status and a link to each report.

    Each run keeps its UTC start for the report's link (folders are UTC days) and shows
    its local one.
    """
    page_url: Callable[[int], str] = links.index
    return _page(
        "archive/index.html",
        runs=fold_quiet([(run, local_run(run, tz)) for run in runs]),
        totals=totals,
        total_runs=total_runs,
        page=page,
        page_url=page_url,
        **_page_context(links, tz),
    )


def render_findings(
    page: Page,
    flt: FindingFilter,
    outlets: Sequence[str],
    errors: Sequence[str] = (),
    tz: tzinfo = UTC,
) -> str:
    """The findings view: the GET filter form and one page of results."""
    if flt.outlet and flt.outlet not in outlets:
        outlets = [flt.outlet, *outlets]
    params = {
        "status": flt.status,
        "since": flt.since.isoformat() if flt.since else "",
        "until": flt.until.isoformat() if flt.until else "",
        "outlet": flt.outlet,
        "q": flt.q,
    }

    def page_url(n: int) -> str:
        return WEB.findings(**params, page=n if n > 1 else "")

    shown = replace(page, items=[local_finding(f, tz) for f in page.items])
    return _page(
        "archive/findings.html",
        page=shown,
        filter=flt,
        outlets=outlets,
        errors=errors,
        page_url=page_url,
        **_page_context(WEB, tz),
    )


@dataclass(frozen=True)
class ReviewView:
    """What the review controls need: the form token, and the finding's decisions (newest last)."""

    token: str
    history: Sequence[Any] = ()
    labels: Sequence[str] = ()

    def local(self, tz: tzinfo) -> list[Any]:
        return [
            replace(r, decided_at=_local(r.decided_at, tz), undone_at=_local(r.undone_at, tz))
            for r in self.history
        ]


def _review_context(review: ReviewView | None, tz: tzinfo) -> dict[str, Any]:
    if review is None:
        return {"review": None, "referrer": ""}
    history = review.local(tz)
    current = next((r for r in reversed(history) if r.undone_at is None), None)
    return {
        "review": review,
        "history": history,
        "current": current,
        "state": current.state if current else "unreviewed",
        "labels": review.labels,
        # A form's POST carries its Origin only when the referrer policy lets it (not "null").
        "referrer": "same-origin",
    }


def render_finding(finding: Finding, tz: tzinfo = UTC, review: ReviewView | None = None) -> str:
    """One finding's page: the claim, its sources over time, its baseline claim; with `review`,
    its review state, decisions and buttons."""
    return _page(
        "archive/finding.html",
        finding=local_finding(finding, tz),
        **_page_context(WEB, tz),
        **_review_context(review, tz),
    )


@dataclass(frozen=True)
class ToReview:
    """One unreviewed finding on the landing page, with the date its first source published it."""

    finding: Finding
    published: datetime | None
    fresh: bool = False  # first seen since the reader's last visit


def render_review(
    items: Sequence[Finding],
    review: ReviewView,
    tz: tzinfo = UTC,
    more: bool = False,
    last_visit: datetime | None = None,
) -> str:
    """The landing page of `watcher serve --review`: unreviewed findings with their buttons,
    those first seen since `last_visit` marked."""
    shown = []
    for f in items:
        local = local_finding(f, tz)
        published = min((s.published for s in local.sources if s.published), default=None)
        fresh = last_visit is not None and f.first_seen > last_visit
        shown.append(ToReview(local, published, fresh))
    return _page(
        "archive/review.html",
        items=shown,
        more=more,
        last_visit=_local(last_visit, tz),
        fresh=sum(1 for i in shown if i.fresh),
        **_page_context(WEB, tz),
        **_review_context(review, tz),
    )


def render_review_login(failed: bool, links: Links = WEB) -> str:
    """The form that takes the review access token once, off loopback."""
    return _page("archive/review_login.html", failed=failed, **_page_context(links, UTC))


def render_not_found(message: str, links: Links = WEB) -> str:
    """The 404 page."""
    return _page("archive/not_found.html", message=message, **_page_context(links, UTC))


def _attribute_pairs(raw: Any) -> list[tuple[str, str]]:
    if not isinstance(raw, Mapping):
        return []
    pairs = []
    for key, value in raw.items():
        if value in (None, "", [], {}, ()):
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
        pairs.append((str(key), shown))
    return pairs


def baseline_view(doc: Any) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Claims and seeds from a baseline JSON document, tolerant of extra or missing keys."""
    doc = doc if isinstance(doc, Mapping) else {}
    seeds_raw = doc.get("seeds") if isinstance(doc.get("seeds"), Mapping) else {}
    labels = {
        str(name): str(meta.get("label") or meta.get("publisher") or name)
        if isinstance(meta, Mapping)
        else str(name)
        for name, meta in seeds_raw.items()
    }
    claims = []
    for raw in doc.get("claims") or ():
        if not isinstance(raw, Mapping) or not raw.get("text"):
            continue
        sources = []
        for s in raw.get("sources") or ():
            if not isinstance(s, Mapping):
                continue
            name = str(s.get("doc", ""))
            start, end = s.get("start"), s.get("end")
            span = f"characters {start}-{end}" if start is not None and end is not None else ""
            sources.append({"label": labels.get(name, name), "span": span})
        claims.append(
            {
                "id": str(raw.get("id", "")),
                "text": str(raw["text"]),
                "sources": sources,
                "attributes": _attribute_pairs(raw.get("attributes")),
            }
        )
    return claims, sorted(labels.items())


def render_baseline(doc: Any, problem: str = "") -> str:
    """The baseline claim set with each claim's seed sources and attributes."""
    claims, seeds = baseline_view(doc)
    return _page(
        "archive/baseline.html",
        claims=claims,
        seeds=seeds,
        problem=problem,
        **_page_context(WEB, UTC),
    )


def atom_entry(
    run: RunRow, run_findings: Sequence[Finding], links: Links, tz: tzinfo = UTC
) -> dict[str, str]:
    """One Atom entry for a run: a title with its counts, the findings as escaped HTML."""
    parts = [f"{run.counts.get(s, 0)} {s}" for s in STATUSES if run.counts.get(s, 0)]
    n = run.findings_new
    title = f"{n} finding{'' if n == 1 else 's'}" + (f": {', '.join(parts)}" if parts else "")
    title += f" ({local_run(run, tz).started_at:%d %b %Y %H:%M %Z})"
    summary = "; ".join(f"{f.status}: {f.text}" for f in run_findings[:5])
    shown = [local_finding(f, tz) for f in run_findings]
    content = str(render("archive/atom_content.html", findings=shown))
    return {
        "id": f"urn:watcher:run:{run.id}",
        "title": title,
        "updated": (run.finished_at or run.started_at).isoformat(),
        "href": links.report(run.id, run.started_at),
        "summary": summary,
        "content": content,
    }


def render_atom(
    runs: Sequence[RunRow],
    findings_by_run: Mapping[str, Sequence[Finding]],
    updated: datetime,
    links: Links = STATIC_INDEX,
    tz: tzinfo = UTC,
) -> str:
    """The Atom feed: one entry per run that found something, newest first.

    Feed text is cleaned of characters XML cannot carry, so one odd entry cannot make the
    whole feed unreadable.
    """
    entries = [atom_entry(r, findings_by_run.get(r.id, ()), links, tz) for r in runs]
    return _page(
        "archive/feed.atom",
        feed_id="urn:watcher:archive",
        updated=updated.isoformat(),
        entries=entries,
    )


def render_findings_atom(
    items: Sequence[Any], updated: datetime, query: str = "", tz: tzinfo = UTC
) -> str:
    """A feed of findings, one entry each, newest first; `items` carry `.finding` and `.state`.

    `query` is the filter the feed was asked for (`status=new&review=unreviewed`), kept in its
    self link and named in its title.
    """
    entries = []
    for item in items:
        f = local_finding(item.finding, tz)
        text = f.text if len(f.text) <= 120 else f.text[:119] + "\u2026"
        entries.append(
            {
                "id": f"urn:watcher:finding:{f.id}",
                "title": f"{f.status} ({item.state}): {text}",
                "updated": item.finding.first_seen.isoformat(),
                "href": WEB.finding(f.id),
                "summary": f.cue,
                "content": str(render("archive/atom_content.html", findings=[f])),
            }
        )
    self_href = "/findings.atom" + (f"?{query}" if query else "")
    return _page(
        "archive/feed.atom",
        feed_id="urn:watcher:findings" + (f"?{query}" if query else ""),
        title="Watcher findings" + (f" ({query.replace('&', ', ')})" if query else ""),
        subtitle="Findings, newest first, with their review state",
        self_href=self_href,
        alternate_href=WEB.findings(),
        updated=updated.isoformat(),
        entries=entries,
    )
