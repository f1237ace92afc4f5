"""Feed bytes to `Entry` values with feedparser, losing none of the entries it finds."""

from __future__ import annotations

import calendar
import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import feedparser

from watcher.errors import FeedError
from watcher.feeds.entrytext import html_to_text
from watcher.models import Entry

#: Response headers feedparser uses to decode and resolve a document.
#: Longer guids or links are stored as their hash (the column holds 2,000 characters).
MAX_KEY = 1000
PASSED_HEADERS = ("content-type", "content-location", "content-language", "content-encoding")


@dataclass(frozen=True)
class ParsedFeed:
    """The entries of one feed document, its own title, and any warning about its form."""

    title: str
    entries: tuple[Entry, ...]
    warning: str = ""
    version: str = ""


def feed_headers(headers: Mapping[str, str], final_url: str) -> dict[str, str]:
    """The headers feedparser should see; the feed's URL becomes the base for relative links."""
    lowered = {k.lower(): v for k, v in headers.items()}
    out = {k: lowered[k] for k in PASSED_HEADERS if k in lowered}
    # httpx has already decoded the body; feedparser must not try again.
    out.pop("content-encoding", None)
    if final_url and "content-location" not in out:
        out["content-location"] = final_url
    return out


def parse_feed(
    body: bytes,
    *,
    url: str,
    name: str = "",
    headers: Mapping[str, str] | None = None,
) -> ParsedFeed:
    """Parse one document; a broken document with no entries raises `FeedError`."""
    result = feedparser.parse(body, response_headers=dict(headers or {}))
    reason = _bozo_reason(result)
    raw_entries = list(result.get("entries") or [])
    if not raw_entries:
        if reason:
            raise FeedError(f"{url}: malformed feed: {reason}", kind="malformed", url=url)
        if not result.get("version"):
            raise FeedError(
                f"{url}: not a feed (no RSS, Atom or JSON Feed document found)",
                kind="not-a-feed",
                url=url,
            )
    feed_info = result.get("feed") or {}
    title = html_to_text(_str(feed_info.get("title")))
    outlet = name or title or url
    entries = tuple(_unique_keys(_entry(raw, url, outlet) for raw in raw_entries))
    warning = (
        f"feed is malformed but {len(entries)} entries were recovered: {reason}" if reason else ""
    )
    return ParsedFeed(title, entries, warning, str(result.get("version") or ""))


def _bozo_reason(result: Mapping[str, Any]) -> str:
    if not result.get("bozo"):
        return ""
    exc = result.get("bozo_exception")
    if exc is None:
        return "feedparser flagged the document as malformed"
    text = str(exc).strip() or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {text}" if text != exc.__class__.__name__ else text


def _str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _body_html(raw: Mapping[str, Any]) -> str:
    """The fullest body an entry has: its longest content value, else its summary."""
    contents = [_str(c.get("value")) for c in raw.get("content") or () if isinstance(c, Mapping)]
    longest = max(contents, key=len, default="")
    summary = _str(raw.get("summary"))
    return longest if len(longest) >= len(summary) else summary


def _published(raw: Mapping[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if isinstance(value, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _repeats(body: str, title: str) -> bool:
    """The body already opens with the title (news search feeds often do this)."""
    if not title or not body.startswith(title):
        return False
    rest = body[len(title) : len(title) + 1]
    return not rest or not rest.isalnum()


def content_hash(title: str, text: str, link: str) -> str:
    """The hash that notices an edited entry."""
    return hashlib.sha256(f"{title}\x00{text}\x00{link}".encode()).hexdigest()


def _entry(raw: Mapping[str, Any], feed_url: str, outlet: str) -> Entry:
    title = html_to_text(_str(raw.get("title")))
    body = html_to_text(_body_html(raw))
    link = _str(raw.get("link")).strip()
    text = body if _repeats(body, title) else f"{title}\n{body}".strip()
    digest = content_hash(title, body, link)
    key = _str(raw.get("id")).strip() or link or f"sha256:{digest}"
    if len(key) > MAX_KEY:
        key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    return Entry(
        feed_url=feed_url,
        feed_name=outlet,
        key=key,
        content_hash=digest,
        title=title,
        link=link,
        published=_published(raw),
        text=text,
        outlet=outlet,
    )


def _unique_keys(entries: Any) -> list[Entry]:
    """Entries sharing a key within one document stay distinct: '#2', '#3' in document order."""
    seen: dict[str, int] = {}
    out: list[Entry] = []
    for entry in entries:
        count = seen.get(entry.key, 0) + 1
        seen[entry.key] = count
        if count > 1:
            entry = replace(entry, key=f"{entry.key}#{count}")
        out.append(entry)
    return out
