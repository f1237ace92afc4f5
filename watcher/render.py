"""One Jinja environment for every template: autoescaped, strict about undefined names.

Reports, the web view and the email share the partials under `templates/partials/`, so a
finding looks the same everywhere.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

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
    env.filters["source_dates"] = source_dates
    return env


def render(name: str, **context: Any) -> str:
    """Render one template by name."""
    return environment().get_template(name).render(**context)
