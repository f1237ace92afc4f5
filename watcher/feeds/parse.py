"""Feed bytes to `Entry` values, losing none of the entries found.

RSS, Atom and RDF go through feedparser; JSON Feed 1.0 and 1.1, which feedparser 6 does not
read, are mapped here onto the same fields, so both kinds share one path to `Entry`.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from watcher.errors import FeedError
from watcher.feeds.entrytext import html_to_text
from watcher.models import Entry

#: Response headers feedparser uses to decode and resolve a document.
#: Longer guids or links are stored as their hash (the column holds 2,000 characters).
MAX_KEY = 1000
PASSED_HEADERS = ("content-type", "content-location", "content-language", "content-encoding")
JSON_FEED_VERSION = "https://jsonfeed.org/version/"
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


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
    if is_json(body, headers or {}):
        result: Mapping[str, Any] = parse_json_feed(body, url, headers or {})
    else:
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


def is_json(body: bytes, headers: Mapping[str, str]) -> bool:
    """A JSON document: by its first character, else by its declared type."""
    first = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first in (b"{", b"<"):
        return first == b"{"
    kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "").lower()
    return "json" in kind


def parse_json_feed(body: bytes, url: str, headers: Mapping[str, str]) -> dict[str, Any]:
    """A JSON Feed as the mapping feedparser would give: `feed`, `entries`, `version`."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FeedError(
            f"{url}: malformed JSON Feed: not UTF-8 ({exc.reason})", kind="malformed", url=url
        ) from exc
    except json.JSONDecodeError as exc:
        raise FeedError(f"{url}: malformed JSON Feed: {exc}", kind="malformed", url=url) from exc
    except RecursionError as exc:
        raise FeedError(
            f"{url}: malformed JSON Feed: nested too deeply", kind="malformed", url=url
        ) from exc
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith(JSON_FEED_VERSION):
        raise FeedError(
            f"{url}: not a feed (JSON without a jsonfeed.org version)", kind="not-a-feed", url=url
        )
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError(
            f"{url}: malformed JSON Feed: `items` is not a list", kind="malformed", url=url
        )
    lowered = {k.lower(): v for k, v in headers.items()}
    base = lowered.get("content-location") or url
    entries = [_json_item(item, base) for item in items if isinstance(item, dict)]
    skipped = len(items) - len(entries)
    number = version.removeprefix(JSON_FEED_VERSION).replace(".", "")
    return {
        "feed": {"title": html.escape(_text(doc.get("title")))},
        "entries": entries,
        "version": f"json{number}",
        "bozo": bool(skipped),
        "bozo_exception": ValueError(f"{skipped} item(s) are not JSON objects")
        if skipped
        else None,
    }


def _text(value: Any) -> str:
    """A JSON string field as text; other types count as absent, lone surrogates become U+FFFD."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return _LONE_SURROGATE.sub("\ufffd", str(value))


def _json_item(item: Mapping[str, Any], base: str) -> dict[str, Any]:
    """One JSON Feed item under feedparser's entry keys."""
    content: list[dict[str, str]] = []
    if item.get("content_html"):
        content.append({"value": _text(item["content_html"])})
    if item.get("content_text"):
        content.append({"value": html.escape(_text(item["content_text"]))})
    link = _text(item.get("url")).strip()
    raw: dict[str, Any] = {
        "id": _text(item.get("id")),
        "title": html.escape(_text(item.get("title"))),
        "link": urljoin(base, link) if link else "",
        "summary": html.escape(_text(item.get("summary"))),
        "content": content,
    }
    for field_name, key in (
        ("date_published", "published_parsed"),
        ("date_modified", "updated_parsed"),
    ):
        when = _rfc3339(_text(item.get(field_name)))
        if when is not None:
            raw[key] = when.utctimetuple()
    return raw


def _rfc3339(value: str) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


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
