"""The digest's HTML part in headless Chromium: it reads right, fits 600 px, and runs nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from watcher.digest.run import run_digest

from .browser_fixtures import chromium
from .digest_fixtures import HOSTILE_OUTLET, NOW, engine_for, fill_sample, make_config

pytestmark = pytest.mark.browser

SAMPLE_PNG = Path(__file__).resolve().parent.parent / "docs" / "digest-sample.png"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as launched:
        yield launched


def html_part(tmp_path: Path, *, hostile: bool) -> Path:
    """The HTML part of a digest that arrived (the stored message), as a file to open."""
    config = make_config(tmp_path, base_url="https://watcher.example")
    fill_sample(engine_for(config), hostile=hostile)
    result = run_digest(config, send=True, now=NOW)
    message = message_from_bytes(Path(result.eml_path).read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("html",))
    assert body is not None
    page = tmp_path / "digest.html"
    page.write_text(body.get_content(), encoding="utf-8")
    return page


def open_page(browser: object, page_file: Path) -> object:
    page = browser.new_page(viewport={"width": 600, "height": 900})  # type: ignore[attr-defined]
    # Only the file itself may load: the email must not fetch anything.
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    page.goto(page_file.as_uri())
    return page


def test_digest_reads_right_and_fits_600px(browser: object, tmp_path: Path) -> None:
    page = open_page(browser, html_part(tmp_path, hostile=False))
    text = page.inner_text("body")  # type: ignore[attr-defined]
    assert "Ukraine-NATO path: 1 contradicted, 2 changed, 1 new (22 Nov 2026)" in text
    for expected in (
        "Under the plan Ukraine would write into its constitution that it will [[never join]] NATO.",
        "Sweden became the alliance's [[32nd]] member in March 2024.",
        "Foreign Policy, July 2023",
        "Feeds that failed since the last digest (1)",
        "Down Feed",
    ):
        assert expected in text
    assert text.index("Contradicted (1)") < text.index("Changed (2)") < text.index("New (1)")
    widths = page.evaluate(  # type: ignore[attr-defined]
        "[document.documentElement.scrollWidth, document.body.scrollWidth,"
        " Math.max(...[...document.querySelectorAll('body *')]"
        ".map(e => e.getBoundingClientRect().right))]"
    )
    assert max(widths) <= 600, widths
    links = page.eval_on_selector_all(  # type: ignore[attr-defined]
        "a[href*='/findings/']", "els => els.map(e => e.href)"
    )
    assert "https://watcher.example/findings/f-chg000000001" in links
    shot = tmp_path / "digest.png"
    page.screenshot(  # type: ignore[attr-defined]
        path=str(shot), full_page=True, clip={"x": 0, "y": 0, "width": 600, "height": 1300}
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        SAMPLE_PNG.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SAMPLE_PNG)


def test_hostile_feed_text_is_shown_not_run(browser: object, tmp_path: Path) -> None:
    page = open_page(browser, html_part(tmp_path, hostile=True))
    page.hover("text=Evil News")  # type: ignore[attr-defined]
    assert page.evaluate("window.pwned === undefined")  # type: ignore[attr-defined]
    assert page.evaluate("document.querySelectorAll('script, img, svg, iframe').length") == 0  # type: ignore[attr-defined]
    hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.href)")  # type: ignore[attr-defined]
    assert not [h for h in hrefs if not h.startswith("https://")]
    assert HOSTILE_OUTLET in page.inner_text("body")  # type: ignore[attr-defined]
