"""Feed documents to entries: keys, dates, text, and what a broken document yields."""

from __future__ import annotations

import json

import pytest

from watcher.errors import FeedError
from watcher.feeds.parse import feed_headers, parse_feed

from .feeds_fixtures import rss


def _doc(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
        f"{items}</channel></rss>"
    ).encode()


def test_entry_fields_and_text() -> None:
    parsed = parse_feed(
        rss(
            ("g1", "NATO &amp; Kyiv", "<p>Allies met.</p><script>evil()</script><p>Then left.</p>")
        ),
        url="http://example.org/feed",
        name="",
    )
    (entry,) = parsed.entries
    assert parsed.title == "Test feed" and entry.outlet == "Test feed"
    assert entry.key == "g1" and entry.link == "https://example.org/g1"
    assert entry.title == "NATO & Kyiv"
    assert entry.text == "NATO & Kyiv\nAllies met.\nThen left."
    assert (
        entry.published is not None and entry.published.isoformat() == "2025-11-24T08:00:00+00:00"
    )


def test_key_falls_back_from_guid_to_link_to_content_hash() -> None:
    parsed = parse_feed(
        _doc(
            "<item><guid>id-1</guid><link>https://a/1</link><title>one</title></item>"
            "<item><link>https://a/2</link><title>two</title></item>"
            "<item><title>three</title></item>"
            "<item><description>four</description></item>"
        ),
        url="u",
    )
    keys = [e.key for e in parsed.entries]
    assert keys[:2] == ["id-1", "https://a/2"]
    assert keys[2].startswith("sha256:") and keys[3].startswith("sha256:") and keys[2] != keys[3]


def test_entries_sharing_a_key_are_all_kept() -> None:
    parsed = parse_feed(
        _doc(
            "<item><guid>same</guid><title>first</title></item>"
            "<item><guid>same</guid><title>second</title></item>"
            "<item><title>x</title></item><item><title>x</title></item>"
        ),
        url="u",
    )
    keys = [e.key for e in parsed.entries]
    assert len(parsed.entries) == 4 and len(set(keys)) == 4
    assert keys[:2] == ["same", "same#2"] and keys[3] == keys[2] + "#2"


def test_edit_changes_the_content_hash_but_not_the_key() -> None:
    before = parse_feed(rss(("g", "Title", "Old text.")), url="u").entries[0]
    after = parse_feed(rss(("g", "Title", "New text.")), url="u").entries[0]
    assert before.key == after.key and before.content_hash != after.content_hash


def test_configured_name_wins_over_the_feed_title() -> None:
    parsed = parse_feed(rss(("g", "t", "d")), url="u", name="Kyiv Desk")
    assert parsed.entries[0].outlet == "Kyiv Desk"


def test_unparseable_date_is_none() -> None:
    parsed = parse_feed(
        _doc("<item><title>t</title><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item>"),
        url="u",
    )
    assert parsed.entries[0].published is None


def test_content_is_preferred_to_a_shorter_summary() -> None:
    doc = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        "<entry><id>e1</id><title>T</title><summary>short</summary>"
        '<content type="html">&lt;p&gt;The long body of the article.&lt;/p&gt;</content>'
        "</entry></feed>"
    ).encode()
    (entry,) = parse_feed(doc, url="u").entries
    assert entry.text == "T\nThe long body of the article."


def test_malformed_feed_with_entries_is_kept_with_a_warning() -> None:
    broken = _doc("<item><title>kept &nbsp; one</title></item><item><title>two</title></item>")
    parsed = parse_feed(broken[:-10], url="u")
    assert [e.title for e in parsed.entries] == ["kept one", "two"]
    assert "malformed" in parsed.warning and "2 entries were recovered" in parsed.warning


def test_broken_document_without_entries_names_the_reason() -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(b"<rss><channel><title>x", url="http://f/x")
    assert info.value.kind == "malformed" and "http://f/x" in str(info.value)
    assert "SAXParseException" in str(info.value) or "not well-formed" in str(info.value)


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(
            b"<!doctype html><html><body><p>Hello</p></body></html>",
            url="u",
            headers={"content-type": "text/html"},
        )
    assert info.value.kind in ("not-a-feed", "malformed")


def test_wrong_declared_charset_is_recovered() -> None:
    body = _doc("<item><title>Zelensky café</title></item>").decode().encode("latin-1")
    parsed = parse_feed(body, url="u", headers={"content-type": "application/xml; charset=utf-8"})
    assert parsed.entries[0].title == "Zelensky café"
    assert parsed.warning


def test_feed_headers_pass_charset_and_base_but_not_encoding() -> None:
    headers = feed_headers(
        {"Content-Type": "text/xml; charset=koi8-r", "Content-Encoding": "gzip", "X-Other": "1"},
        "https://example.org/feed",
    )
    assert headers == {
        "content-type": "text/xml; charset=koi8-r",
        "content-location": "https://example.org/feed",
    }


def test_relative_links_resolve_against_the_feed_url() -> None:
    body = _doc("<item><title>t</title><link>/story/1</link></item>")
    parsed = parse_feed(body, url="u", headers=feed_headers({}, "https://news.example/rss"))
    assert parsed.entries[0].link == "https://news.example/story/1"


def _json_feed(version: str, *items: dict[str, object], **feed: object) -> bytes:
    doc = {"version": f"https://jsonfeed.org/version/{version}", "title": "Desk", **feed}
    return json.dumps({**doc, "items": list(items)}).encode()


JSON = {"content-type": "application/feed+json"}


def test_json_feed_1_1_entries_keys_dates_and_text() -> None:
    body = _json_feed(
        "1.1",
        {
            "id": "tag:desk,2026:1",
            "url": "/2026/plan",
            "title": "Plan <b>B</b> & more",
            "content_html": "<p>Allies met.</p><script>evil()</script>",
            "date_published": "2026-11-24T08:00:00+02:00",
        },
        {"id": 2, "content_text": "Plain <text> & more", "date_modified": "2026-11-25T10:00:00Z"},
        title="Kyiv <Desk>",
    )
    parsed = parse_feed(body, url="https://example.org/feed.json", headers=JSON)
    assert parsed.version == "json11" and parsed.warning == ""
    assert parsed.title == "Kyiv <Desk>"
    first, second = parsed.entries
    assert first.key == "tag:desk,2026:1" and first.link == "https://example.org/2026/plan"
    assert first.title == "Plan <b>B</b> & more"
    assert first.text == "Plan <b>B</b> & more\nAllies met."
    assert (
        first.published is not None and first.published.isoformat() == "2026-11-24T06:00:00+00:00"
    )
    assert second.key == "2" and second.text == "Plain <text> & more"
    assert second.published is not None and second.published.day == 25


def test_json_feed_1_0_from_the_feedparser_corpus_shape() -> None:
    body = _json_feed(
        "1",
        {
            "id": "2",
            "title": "post 2",
            "content_text": "This is a second item.",
            "url": "https://example.org/second-item",
        },
        {
            "id": "1",
            "content_html": "<p>Hello, world!</p>\n\n<script>alert();</script>",
            "url": "https://example.org/initial-post",
        },
        title="My Example Feed",
    )
    parsed = parse_feed(body, url="https://example.org/feed.json")  # no header: sniffed
    assert parsed.version == "json1" and parsed.title == "My Example Feed"
    assert [e.text for e in parsed.entries] == ["post 2\nThis is a second item.", "Hello, world!"]


@pytest.mark.parametrize(
    ("body", "kind", "reason"),
    [
        (
            b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
            "malformed",
            "malformed JSON Feed",
        ),
        (b'{"title": "no version", "items": []}', "not-a-feed", "jsonfeed.org version"),
        (
            b'{"version": "https://jsonfeed.org/version/1", "items": {}}',
            "malformed",
            "`items` is not a list",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "malformed", "nested too deeply"),
        (
            b'{"version": "https://jsonfeed.org/version/1", "items": []}\xff',
            "malformed",
            "not UTF-8",
        ),
    ],
)
def test_broken_json_feeds_name_the_reason(body: bytes, kind: str, reason: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(body, url="https://example.org/feed.json", headers=JSON)
    assert info.value.kind == kind and reason in str(info.value)
    assert "\n" not in str(info.value)


def test_json_feed_text_is_always_text() -> None:
    body = (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
        b'{"id": "a", "content_text": "lone \\ud800 surrogate"}, 7, '
        b'{"id": ["odd"], "title": {"x": 1}, "content_html": "<p>Kept.</p>"}]}'
    )
    parsed = parse_feed(body, url="https://example.org/feed.json", headers=JSON)
    first, second = parsed.entries
    assert first.text == "lone \ufffd surrogate"
    first.text.encode("utf-8")  # storable
    assert second.text == "Kept." and second.key.startswith("sha256:")
    assert "1 item(s) are not JSON objects" in parsed.warning


def test_an_xml_feed_served_as_json_is_still_read() -> None:
    parsed = parse_feed(rss(("g1", "T", "Body.")), url="https://example.org/f", headers=JSON)
    assert [e.key for e in parsed.entries] == ["g1"]
