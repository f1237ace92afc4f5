"""The archive as a person sees it: `watcher serve` in a subprocess, driven by headless Chromium."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

from tests.archive_fixtures import HOSTILE_CLAIM, SEED_LABEL, build_archive
from tests.browser_fixtures import chromium, require_chromium
from watcher.models import RunReport

pytestmark = pytest.mark.browser


@dataclass
class Site:
    base: str
    reports: list[RunReport]
    problems: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    require_chromium()
    tmp = tmp_path_factory.mktemp("browser")
    _, _, reports = build_archive(tmp, days=3)
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "serve", "--config", str(tmp / "watcher.toml")]
        + ["--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, f"serve did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
        yield Site(match.group(0).rstrip("/"), reports)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(site: Site) -> Iterator[object]:
    with chromium() as launched:
        yield launched


def _page(browser: object, site: Site, **options: object) -> object:
    """A page that records console errors and uncaught exceptions into site.problems."""
    site.problems.clear()
    context = browser.new_context(**options)  # type: ignore[attr-defined]
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and site.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: site.problems.append(f"pageerror: {e}"))
    return page


def _assert_clean(page: object, site: Site) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"  # type: ignore[attr-defined]
    assert site.problems == []


def test_filter_then_open_a_finding(browser: object, site: Site) -> None:
    page = _page(browser, site)
    page.goto(f"{site.base}/findings")
    assert page.locator("form.filters[data-enhanced=true]").count() == 1
    assert page.locator("#results .count").inner_text() == "9 findings."
    page.evaluate("window.__samePage = true")

    page.select_option("select[name=status]", "changed")
    expect(page.locator("#results .count")).to_have_text("3 findings match the filter.")
    assert "status=changed" in page.url
    page.fill("input[name=q]", "day 2")
    expect(page.locator("#results .count")).to_have_text("1 finding matches the filter.")
    link = page.locator("#results a.finding-link")
    assert page.evaluate("window.__samePage") is True
    assert link.inner_text() == "Sweden became the alliance's 32nd member in March 2024. (day 2)"

    link.click()
    page.wait_for_url(re.compile(r"/findings/changed-d00002$"))
    assert page.locator("h1").inner_text() == "Changed finding"
    assert "NATO has [[31]] members." in page.locator("article.finding").inner_text()
    assert "House of Commons Library briefing, July 2024" in page.content()
    # Too different for a readable diff: the decisive words are marked in both sentences.
    assert page.locator("mark.decisive").all_inner_texts() == ["[[32nd]]", "[[31]]"]
    assert page.locator("del.diff-del").count() == 0
    assert page.locator("table.sources-over-time tbody tr").count() == 1
    _assert_clean(page, site)


def test_hostile_feed_text_is_shown_as_text_and_never_runs(browser: object, site: Site) -> None:
    page = _page(browser, site)
    run = site.reports[0]
    page.goto(site.base + "/")
    page.click(f"a[href='/runs/{run.run_id}']")
    page.wait_for_url(re.compile(f"/runs/{run.run_id}$"))

    claim = page.locator("#contradicted blockquote.claim-text").inner_text()
    assert claim == f"“{HOSTILE_CLAIM.replace('never join', '[[never join]]')}”"
    assert page.locator("#contradicted .byline").inner_text().startswith("Evil Outlet <img")
    assert page.locator("#contradicted .byline a").count() == 0
    assert f"({SEED_LABEL})" in page.locator("#contradicted .seed").inner_text()
    assert page.locator("img").count() == 0
    assert "HTTP 503" in page.locator("#feeds").inner_text()

    page.goto(f"{site.base}/findings/contra-d00000")
    page.goto(f"{site.base}/baseline")
    assert "NATO has 31 members <script>" in page.locator("#c-0002").inner_text()
    _assert_clean(page, site)


def test_published_report_file_is_styled_under_the_csp(browser: object, site: Site) -> None:
    page = _page(browser, site)
    run = site.reports[0]
    page.goto(f"{site.base}/2026/11/20/{run.run_id}.html")

    badge = page.locator(".badge-contradicted").first
    assert badge.evaluate("e => getComputedStyle(e).textTransform") == "uppercase"
    assert badge.inner_text() == "CONTRADICTED"
    page.click("header.site a.brand")
    page.wait_for_url(re.compile(r"/index\.html$"))
    assert page.locator("table.runs tbody tr").count() == 3
    _assert_clean(page, site)


def test_filtering_works_without_javascript(browser: object, site: Site) -> None:
    page = _page(browser, site, java_script_enabled=False)
    page.goto(f"{site.base}/findings")
    page.select_option("select[name=status]", "contradicted")
    page.select_option("select[name=outlet]", "Reuters")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=contradicted"))

    assert page.locator("#results .count").inner_text() == "1 finding matches the filter."
    assert page.locator("select[name=outlet]").input_value() == "Reuters"
    page.locator("#results a.finding-link").click()
    assert page.locator("h1").inner_text() == "Contradicted finding"
    assert site.problems == []


@pytest.mark.parametrize(
    "path",
    ["/", "/runs/20261120T060000Z-d00000", "/findings", "/findings/contra-d00000", "/baseline"]
    + ["/2026/11/20/20261120T060000Z-d00000.html"],
)
def test_no_horizontal_scroll_on_a_phone(browser: object, site: Site, path: str) -> None:
    page = _page(browser, site, viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(site.base + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    _assert_clean(page, site)


def test_print_style_hides_navigation_and_filters(browser: object, site: Site) -> None:
    page = _page(browser, site)
    page.goto(f"{site.base}/findings")
    assert page.locator("form.filters").is_visible()
    page.emulate_media(media="print")
    assert page.locator("form.filters").is_hidden()
    assert page.locator("header.site nav").is_hidden()
    assert page.locator("#results").is_visible()


#: Words split across lines: each word of a visible header or label must sit on one line.
_BROKEN_WORDS_JS = """
sel => {
  const broken = [];
  for (const el of document.querySelectorAll(sel)) {
    if (!el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}
"""


@pytest.mark.parametrize("path", ["/", "/index.html"])
def test_the_index_on_a_phone_shows_every_column_with_whole_words(
    browser: object, site: Site, path: str
) -> None:
    page = _page(browser, site, viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(site.base + path)

    rows = page.locator("table.runs tbody tr")
    assert rows.count() == 3
    for i in range(3):
        row = rows.nth(i)
        for cell, expected in (
            (row.locator("td.failed"), "Feeds failed"),
            (row.locator("td.state"), "State"),
        ):
            assert cell.is_visible()
            box = cell.bounding_box()
            assert box is not None and box["width"] > 0 and box["x"] + box["width"] <= 375
            assert expected in cell.inner_text()
        assert row.locator("td.state").inner_text().split()[-1] == "ok"
        assert row.locator("td.failed").inner_text().split()[-1] in ("0", "1")
    assert page.evaluate(_BROKEN_WORDS_JS, "table.runs th, table.runs .label") == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    _assert_clean(page, site)


def test_the_index_on_a_desktop_keeps_its_headers_whole(browser: object, site: Site) -> None:
    page = _page(browser, site, viewport={"width": 800, "height": 700})
    page.goto(site.base + "/")
    headers = page.locator("table.runs thead th")
    assert headers.all_inner_texts() == [
        "Started",
        "Contradicted",
        "Changed",
        "New",
        "Known",
        "Feeds failed",
        "State",
    ]
    assert page.evaluate(_BROKEN_WORDS_JS, "table.runs th") == []
    assert page.locator("table.runs .label").first.is_hidden()


def test_no_phrases_are_glued_in_what_a_reader_sees(browser: object, site: Site) -> None:
    page = _page(browser, site)
    page.goto(f"{site.base}/findings/changed-d00001")
    text = page.locator("main").inner_text()
    assert "July 2024) c-0002 in the baseline" in text
    assert not re.search(r"\)[A-Za-z]", text), text
