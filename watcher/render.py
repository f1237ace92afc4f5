"""How findings become text: one Jinja environment for every template, and terminal-safe text.

Reports, the web view and the email share the partials under `templates/partials/`, so a
finding looks the same everywhere. Jinja is imported only when a template is rendered, so
commands that print to the terminal start quickly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from jinja2 import Environment

from watcher.differ.evidence import Evidence, evidence_for
from watcher.models import Finding, Judgement, Status

SAFE_SCHEMES = ("http", "https")

#: What a terminal may act on instead of showing: C0 controls but newline and tab (ESC starts
#: clear-screen and set-title sequences, CR overwrites a line), DEL, C1 controls (0x9B is a
#: one-byte CSI), bidirectional overrides and isolates that reorder what is shown, line and
#: paragraph separators, and lone surrogates that cannot be encoded at all.
UNSAFE_FOR_TERMINAL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
    "\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


#: Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/F)
#: or discourages (DEL and the C1 controls); HTML treats them as parse errors, terminals as
#: commands, and a lone surrogate cannot even be encoded.
_NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """`text` with every character XML cannot carry replaced by U+FFFD, so a feed cannot break
    a page, a feed or a message."""
    return _NOT_XML.sub("\ufffd", text)


def terminal_text(value: object) -> str:
    """Untrusted text made safe to print: every unsafe character shown as a visible escape.

    Nothing is dropped, so an analyst still sees that the feed held `\\x1b[2J`, but the
    terminal receives no escape character to act on.
    """
    return UNSAFE_FOR_TERMINAL.sub(_visible, str(value))


def terminal_json(value: Any) -> str:
    """`value` as indented JSON whose strings are terminal-safe and still decode to the same data.

    `json.dumps` already escapes C0 controls; C1 controls, bidi controls and separators pass
    raw with `ensure_ascii=False`, so those are escaped as `\\uXXXX` too.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return UNSAFE_FOR_TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def plural(count: int, noun: str, plural_form: str = "") -> str:
    """`1 new finding`, `2 new findings`: the count with the noun in the form it takes."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural_form or noun + 's'}"


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


def also_told(finding: Finding) -> list[str]:
    """The other sentences of a finding's first entry that the differ took as its development
    (a lead, a quote, a follow-up), so what was joined to it is read, not only counted."""
    if not finding.sources:
        return []
    own = " ".join(finding.text.split())
    told: list[str] = []
    for sentence in finding.sources[0].sentences:
        if " ".join(sentence.split()) != own and sentence not in told:
            told.append(sentence)
    return told


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
    return terminal_text("\n".join(lines))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared environment; templates are package data in `watcher/templates/`."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

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
    env.filters["also_told"] = also_told
    env.filters["visible"] = terminal_text
    env.filters["source_dates"] = source_dates
    return env


def render(name: str, **context: Any) -> str:
    """Render one template by name."""
    return environment().get_template(name).render(**context)
