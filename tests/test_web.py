"""`watcher serve` over a real loopback socket: routes, filters, escaping, headers, traversal."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import feedparser
import pytest

from tests.archive_fixtures import SEED_LABEL, build_archive
from watcher.archive.pages import css_hash
from watcher.archive.web import make_server
from watcher.config import Config
from watcher.models import RunReport


@dataclass
class Served:
    config: Config
    reports: list[RunReport]
    port: int

    def get(self, path: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.putrequest(method, path, skip_accept_encoding=True)
            conn.endheaders()
            response = conn.getresponse()
            body = response.read().decode("utf-8", "replace")
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            conn.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("web")
    config, _engine, reports = build_archive(tmp / "site", days=3)
    (config.reports_dir / "outbox").mkdir(parents=True, exist_ok=True)
    (config.reports_dir / "outbox" / "digest.eml").write_text("To: analyst@example.org\n")
    (tmp / "site" / "secret.html").write_text("SECRET-OUTSIDE-REPORTS")
    server = make_server(config, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(config, reports, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def test_index_lists_runs_newest_first_with_security_headers(served: Served) -> None:
    status, headers, body = served.get("/")

    assert status == 200
    ids = re.findall(r'href="/runs/([^"]+)"', body)
    assert ids == [r.run_id for r in reversed(served.reports)]
    assert "3 runs" in body and "contradicted: 3" in body
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert '<script src="/static/watcher.js" defer></script>' in body


def test_report_page_links_findings_and_keeps_feed_text_inert(served: Served) -> None:
    run = served.reports[0]
    status, _, body = served.get(f"/runs/{run.run_id}")

    assert status == 200
    assert f'href="/findings/contra-{run.run_id[-6:]}"' in body
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body
    assert "<script>" not in body and "<img" not in body and "javascript:" not in body
    assert "(Foreign Policy, July 2023)" in body
    assert "HTTP 503" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 9),
        ("?status=contradicted", 3),
        ("?status=new&since=2026-11-21", 2),
        ("?since=2026-11-21&until=2026-11-21", 3),
        ("?outlet=Reuters", 1),
        ("?outlet=Outlet+2", 3),
        ("?q=SWEDEN", 3),
        ("?q=victory+plan&until=2026-11-20", 1),
        ("?q=100%25", 0),
    ],
)
def test_findings_view_filters(served: Served, query: str, expected: int) -> None:
    status, _, body = served.get(f"/findings{query}")

    assert status == 200
    assert len(re.findall(r'<a class="finding-link"', body)) == expected
    assert re.search(rf"\b{expected} finding", body)


def test_findings_view_keeps_filters_in_the_form_and_escapes_the_query(served: Served) -> None:
    status, _, body = served.get("/findings?status=changed&q=%22%3E%3Cscript%3E")

    assert status == 200
    assert '<option value="changed" selected>' in body
    assert 'value="&#34;&gt;&lt;script&gt;"' in body
    assert "<script>" not in body


def test_findings_view_paginates(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("watcher.archive.web.FINDINGS_PER_PAGE", 4)
    first = served.get("/findings?status=")[2]
    third = served.get("/findings?page=3")[2]

    assert len(re.findall(r'class="finding-link"', first)) == 4
    assert "Page 1 of 3" in first and 'href="/findings?page=2"' in first
    assert len(re.findall(r'class="finding-link"', third)) == 1
    assert 'rel="prev" href="/findings?page=2"' in third


def test_bad_filter_values_get_a_clear_message(served: Served) -> None:
    status, _, body = served.get("/findings?since=yesterday&status=bogus")

    assert status == 400
    assert "From date &#39;yesterday&#39; is not a date like 2026-11-24." in body
    assert "Unknown status &#39;bogus&#39;" in body
    assert "9 findings" in body


def test_finding_page_shows_sources_over_time_and_its_baseline_claim(served: Served) -> None:
    run = served.reports[0]
    status, _, body = served.get(f"/findings/contra-{run.run_id[-6:]}")

    assert status == 200
    assert "Sources over time (2)" in body
    assert body.index("Evil Outlet") < body.index("Reuters")
    assert SEED_LABEL in body and 'href="/baseline#c-0001"' in body
    assert f'href="/runs/{run.run_id}"' in body
    assert "<img" not in body and "javascript:" not in body


def test_baseline_page_names_seeds_and_escapes_claims(served: Served) -> None:
    status, _, body = served.get("/baseline")

    assert status == 200
    assert 'id="c-0001"' in body and "Ukraine&#39;s future is in NATO." in body
    assert "Foreign Policy, July 2023 (characters 10-38)" in body
    assert "NATO has 31 members &lt;script&gt;" in body and "<script>" not in body


@pytest.mark.parametrize(
    "path",
    ["/runs/no-such-run", "/findings/nope", "/2026/11/20/missing.html", "/static/missing.js"],
)
def test_missing_things_are_404(served: Served, path: str) -> None:
    status, _, body = served.get(path)
    assert status == 404
    assert "Not found" in body


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.html",
        "/%2e%2e/secret.html",
        "/2026/../../secret.html",
        "/2026/%2E%2E/%2E%2E/secret.html",
        "/..%2fsecret.html",
        "/%2e%2e%5csecret.html",
        "/outbox/digest.eml",
        "/static/..%2f..%2fweb.py",
        "//etc/passwd",
        "/.%00./secret.html",
    ],
)
def test_path_traversal_is_refused(served: Served, path: str) -> None:
    status, _, body = served.get(path)
    assert status == 404
    assert "SECRET-OUTSIDE-REPORTS" not in body and "analyst@example.org" not in body


def test_published_files_are_served_and_their_inline_style_is_allowed(served: Served) -> None:
    run = served.reports[0]
    status, headers, body = served.get(f"/2026/11/20/{run.run_id}.html")

    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert css_hash() in headers["content-security-policy"]
    assert served.get(f"/2026/11/20/{run.run_id}.json")[1]["content-type"] == "application/json"


def test_atom_feed_is_served_and_valid(served: Served) -> None:
    status, headers, body = served.get("/feed.atom")

    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(body)
    assert not parsed.bozo
    assert len(parsed.entries) == 3


def test_the_server_is_read_only(served: Served) -> None:
    status, headers, _ = served.get("/", method="POST")
    assert status == 405 and headers["allow"] == "GET, HEAD"
    assert served.get("/findings", method="HEAD")[0] == 200


def test_static_assets_have_their_types(served: Served) -> None:
    status, headers, body = served.get("/static/watcher.js")
    assert status == 200 and headers["content-type"] == "text/javascript"
    assert "form.filters" in body
    assert served.get("/static/watcher.css")[1]["content-type"] == "text/css"


def test_missing_baseline_file_says_how_to_build_it(tmp_path: Path) -> None:
    config, _, _ = build_archive(tmp_path, days=1)
    config.baseline.unlink()
    from watcher.archive.web import ArchiveApp
    from watcher.store.schema import open_database

    response = ArchiveApp(config, open_database(config.database_url)).respond("GET", "/baseline")

    assert response.status == 404
    assert b"watcher baseline build" in response.body
