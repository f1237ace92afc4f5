"""Every corpus document through Watcher's ingestion path, with feedparser as the oracle.

The corpus is read in place from ../shared/corpus (never copied into the repository). The
`Expect:` strings are never evaluated: only the `Header:` lines are used, to serve the files
the way upstream's harness does. feedparser 6 reads no JSON Feed, so for those documents the
oracle is the number of items in the JSON itself.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
from collections import defaultdict
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from sqlalchemy import func, select

from watcher import config as config_mod
from watcher.baseline.build import load_baseline
from watcher.check import run_check
from watcher.differ.core import Differ
from watcher.errors import FeedError
from watcher.feeds.parse import parse_feed
from watcher.models import Entry, FeedOutcome
from watcher.store.ingest import FeedBatch, Store
from watcher.store.schema import entries, open_database

from . import feeds_fixtures
from .conftest import shared_path
from .feeds_fixtures import FeedServer, Route, write_config

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

HEADER = re.compile(r"^Header:\s+([^:]+):(.*)$", re.M)
_UTF_PATTERNS = {
    b"\x00\x00\x00<": "utf-32-be",
    b"<\x00\x00\x00": "utf-32-le",
    b"\x00<\x00?": "utf-16-be",
    b"<\x00?\x00": "utf-16-le",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
T0 = datetime(2026, 11, 24, tzinfo=UTC)


def oracle_entries(data: bytes, headers: dict[str, str]) -> int:
    """How many entries the document holds: feedparser's count, or a JSON Feed's items."""
    if data.lstrip()[:1] == b"{":
        return len(json.loads(data)["items"])
    return len(feedparser.parse(data, response_headers=headers).entries)


def corpus_files() -> list[Path]:
    """Every feed document of both corpus folders (licences and READMEs left out)."""
    root = shared_path("corpus")
    out = []
    for folder in ("feedparser", "real-feeds"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "licenses" not in path.parts:
                if not path.name.startswith(("LICENSE", "README")):
                    out.append(path)
    return out


def _header_text(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, "ignore")
    return data.decode(_UTF_PATTERNS.get(data[:4], "utf-8"), "ignore")


def needs_http(path: Path) -> bool:
    """Upstream serves a file over HTTP when its path under the corpus contains 'http'."""
    return "http" in path.as_posix().split("/corpus/", 1)[1]


def served_headers(path: Path, data: bytes) -> dict[str, str]:
    """The headers upstream sends with an `http` file; other files get plain XML."""
    if not needs_http(path):
        return {"Content-Type": "application/xml"}
    headers = {"Content-Type": "text/xml"}
    for name, value in HEADER.findall(_header_text(data)):
        name = name.strip()
        for existing in list(headers):
            if existing.lower() == name.lower():
                del headers[existing]
        headers[name] = value.strip()
    return headers


def _lower(headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def test_corpus_is_complete() -> None:
    files = corpus_files()
    assert len([p for p in files if "/feedparser/" in str(p)]) == 2107
    assert len([p for p in files if "/real-feeds/" in str(p)]) == 19


def test_every_document_is_ingested_and_no_entry_is_lost(
    tmp_path: Path, baseline_file: Path
) -> None:
    differ = Differ(load_baseline(baseline_file))
    engine = open_database(f"sqlite:///{tmp_path / 'corpus.db'}")
    store = Store(engine)
    lost: list[str] = []
    unexplained_errors: list[str] = []
    errors_by_kind: dict[str, int] = defaultdict(int)
    expected_total = 0
    warned = 0
    for path in corpus_files():
        data = path.read_bytes()
        headers = _lower(served_headers(path, data)) if needs_http(path) else {}
        expected = oracle_entries(data, headers)
        expected_total += expected
        url = path.as_uri()
        try:
            parsed = parse_feed(data, url=url, headers=headers)
        except FeedError as exc:
            errors_by_kind[exc.kind] += 1
            if expected or url not in str(exc) or not str(exc).split(": ", 1)[1]:
                unexplained_errors.append(f"{path}: {exc}")
            store.save_feed(FeedBatch(FeedOutcome(url, "", "error", exc.kind, str(exc)), T0))
            continue
        warned += bool(parsed.warning)
        if len(parsed.entries) != expected:
            lost.append(f"{path}: {len(parsed.entries)} of {expected}")
        judge = "/real-feeds/" not in url  # those are judged in the HTTP sample below
        for entry in parsed.entries:
            if judge:
                differ.judge_text(entry.text)
            for f in fields(Entry):
                value = getattr(entry, f.name)
                assert value is None or isinstance(value, str | datetime), (path, f.name)
        outcome = FeedOutcome(url, "", "ok", entries_read=len(parsed.entries))
        store.save_feed(FeedBatch(outcome, T0, inserted=parsed.entries))
    with engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(entries)).scalar_one()
    engine.close()
    assert lost == [] and unexplained_errors == []
    assert stored == expected_total
    assert errors_by_kind["malformed"] > 0 and warned > 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("techcrunch-feedburner.rss.xml", 20),
        ("le-cercle-psy-undeclared-latin1.rss.xml", 10),
        ("uol-noticias-undeclared-latin1.rss", 15),
    ],
)
def test_bozo_publisher_feeds_keep_every_item(name: str, expected: int) -> None:
    data = (shared_path("corpus", "real-feeds") / name).read_bytes()
    parsed = parse_feed(data, url=name)
    assert len(parsed.entries) == expected and parsed.warning
    titled = [bool(e.get("title", "").strip()) for e in feedparser.parse(data).entries]
    assert [bool(e.title) for e in parsed.entries] == titled


def test_gzip_body_without_its_header_is_not_a_feed() -> None:
    data = (shared_path("corpus", "real-feeds") / "oren-ru-gzip-body.xml.gz").read_bytes()
    with pytest.raises(FeedError) as info:
        parse_feed(data, url="oren")
    assert info.value.kind in ("malformed", "not-a-feed") and "oren" in str(info.value)


def test_undeclared_latin1_dates_do_not_break_entries() -> None:
    data = (shared_path("corpus", "real-feeds") / "uol-noticias-undeclared-latin1.rss").read_bytes()
    parsed = parse_feed(data, url="uol")
    assert all(e.published is None for e in parsed.entries)
    assert any("ç" in e.text or "ã" in e.text for e in parsed.entries)


def _http_sample() -> list[Path]:
    """All of illformed/, encoding/, wellformed/http/, real-feeds/, and 5 of each other folder."""
    whole = ("/illformed/", "/encoding/", "/wellformed/http/", "/real-feeds/", "/json/")
    picked: list[Path] = []
    per_folder: dict[Path, int] = defaultdict(int)
    for path in corpus_files():
        if any(part in str(path) for part in whole):
            picked.append(path)
        elif per_folder[path.parent] < 5:
            per_folder[path.parent] += 1
            picked.append(path)
    return picked


def test_sample_served_over_http_through_run_check(
    tmp_path: Path, feed_server: FeedServer, baseline_file: Path
) -> None:
    sample = _http_sample()
    expected: dict[str, int] = {}
    for i, path in enumerate(sample):
        data = path.read_bytes()
        headers = served_headers(path, data)
        if path.suffix == ".gz":
            headers["Content-Encoding"] = "gzip"
        url = feed_server.add(f"/{i}/{path.name}", Route(data, headers=headers))
        body = gzip.decompress(data) if path.suffix == ".gz" else data
        lowered = {k: v for k, v in _lower(headers).items() if k != "content-encoding"}
        expected[url] = oracle_entries(body, lowered)
    cfg = config_mod.load(
        write_config(
            tmp_path,
            baseline_file,
            [(f"corpus {i}", url) for i, url in enumerate(expected)],
            allow_private_links=True,
            concurrency=8,
        )
    )
    report = run_check(cfg)
    assert len(report.feeds) == len(sample) >= 200
    mismatched = []
    for outcome in report.feeds:
        if outcome.state == "error":
            if expected[outcome.url] or not outcome.error:
                mismatched.append(
                    f"{outcome.url}: error {outcome.error} vs {expected[outcome.url]}"
                )
        elif outcome.entries_read != expected[outcome.url]:
            mismatched.append(f"{outcome.url}: {outcome.entries_read} vs {expected[outcome.url]}")
    assert mismatched == []
    gz = next(f for f in report.feeds if f.url.endswith(".gz"))
    assert gz.state == "ok" and gz.entries_read == 10
    assert report.entries_read == sum(expected.values())
    assert Path(report.report_path).is_file()
