"""One Jinja environment for every template: autoescaped, strict about undefined names.

Reports, the web view and the email share the partials under `templates/partials/`, so a
finding looks the same everywhere.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from watcher.differ.evidence import Evidence, evidence_for
from watcher.models import Judgement, Status

SAFE_SCHEMES = ("http", "https")


def safe_url(value: object) -> str:
    """A feed's link, only if it is http(s); anything else (javascript:, data:) becomes ''."""
    text = str(value or "").strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return ""
    return text if scheme in SAFE_SCHEMES else ""


def human_date(value: datetime | None, fmt: str = "%d %b %Y") -> str:
    """'22 Nov 2026', or '' for an unknown date."""
    return value.strftime(fmt).lstrip("0") if value else ""


def source_dates(source: Any) -> str:
    """'published 24 Nov 2025, seen 26 Nov 2026': when the outlet dated it, and when Watcher saw it.

    Both, because a new feed's back catalogue is seen today but may be months old.
    """
    seen = human_date(source.seen_at)
    if source.published is None:
        return f"seen {seen} (no publication date)"
    return f"published {human_date(source.published)}, seen {seen}"


def diff_text(diff: Any) -> str:
    """A word diff readable without colour: [-deleted-] and {+inserted+}."""
    out = []
    for op, text in diff or ():
        if op < 0:
            out.append(f"[-{text}-]")
        elif op > 0:
            out.append(f"{{+{text}+}}")
        else:
            out.append(text)
    return "".join(out)


#: Plain-text marks around a decisive word: ASCII like the diff's, and unlike the « » that
#: Ukrainian and Russian sources quote with.
MARK_OPEN, MARK_CLOSE = "[[", "]]"


def marked_text(segments: Iterable[tuple[str, bool]]) -> str:
    """A sentence with its decisive words in [[double brackets]]."""
    return "".join(f"{MARK_OPEN}{t}{MARK_CLOSE}" if marked else t for t, marked in segments)


def evidence(item: Any) -> Evidence | None:
    """The evidence of a finding (or a judgement), from its sentence, baseline claim and cue.

    Computed when shown, from fields every stored finding has, so findings stored before
    evidence had kinds render the same way as new ones.
    """
    new = getattr(item, "text", None)
    if not isinstance(new, str):
        new = getattr(item, "sentence", "")
    return evidence_for(str(item.baseline_text or ""), str(new or ""), str(item.cue or ""))


@dataclass(frozen=True)
class PlainEvidence:
    """Evidence as plain text: the sentence and the claim (marked for a pair), and the diff."""

    claim: str
    baseline: str
    diff: str


def plain_evidence(new: str, old: str, cue: str) -> PlainEvidence:
    """The text surfaces' evidence: a diff when it reads well, else both sentences marked."""
    ev = evidence_for(old, new, cue)
    if ev is None:
        return PlainEvidence(new, old, "")
    if ev.kind == "diff":
        return PlainEvidence(new, old, diff_text(ev.ops))
    return PlainEvidence(marked_text(ev.new_segments), marked_text(ev.old_segments), "")


#: Characters that steer a terminal or reorder text rather than show it.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def terminal_safe(text: str) -> str:
    """Control and bidirectional-override characters as visible escapes (newlines kept).

    For every plain-text surface (terminal, the digest's text part): feed text can hold escape
    sequences that recolour, retitle or rewrite a terminal, or reorder what a reader sees.
    """
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch in _BIDI or unicodedata.category(ch) == "Cc":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def judgement_text(j: Judgement) -> str:
    """One judged sentence for the terminal: status, cue, score, baseline claim and evidence.

    Evidence is shown for what would be reported (changed, contradicted); other verdicts show
    the claim they were compared with, unmarked.
    """
    shown = (
        plain_evidence(j.sentence, j.baseline_text, j.cue)
        if j.status in (Status.CHANGED, Status.CONTRADICTED)
        else PlainEvidence(j.sentence, j.baseline_text, "")
    )
    lines = [f"{j.status.value.upper()}: {shown.claim}", f"  cue:      {j.cue}"]
    lines.append(f"  score:    {j.score}")
    if j.baseline_ids:
        lines.append(f"  baseline: {j.baseline_ids[0]} ({j.baseline_source}): {shown.baseline}")
    if shown.diff:
        lines.append(f"  diff:     {shown.diff}")
    return terminal_safe("\n".join(lines))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared environment; templates are package data in `watcher/templates/`."""
    env = Environment(
        loader=PackageLoader("watcher", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "xml", "atom"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["human_date"] = human_date
    env.filters["diff_text"] = diff_text
    env.filters["marked_text"] = marked_text
    env.filters["evidence"] = evidence
    env.filters["visible"] = terminal_safe
    env.filters["source_dates"] = source_dates
    return env


def render(name: str, **context: Any) -> str:
    """Render one template by name."""
    return environment().get_template(name).render(**context)
