"""The review loop as an analyst uses it: `watcher serve --review` in Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser_fixtures import chromium, require_chromium
from tests.conftest import ROOT
from watcher.config import Config
from watcher.store import reviews as rv
from watcher.store.schema import open_database

from .review_fixtures import filled, review_config

pytestmark = pytest.mark.browser
SHOTS = {1280: ROOT / "docs" / "review-1280.png", 375: ROOT / "docs" / "review-375.png"}


@dataclass
class Site:
    base: str
    config: Config
    problems: list[str] = field(default_factory=list)

    def state(self, fid: str) -> tuple[str, str]:
        with open_database(self.config.database_url) as db:
            current = rv.current(db, fid)
        return (current.state, current.label) if current else (rv.UNREVIEWED, "")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    require_chromium()
    config_file = tmp_path / "watcher.toml"
    config_file.write_text(f'data_dir = "{tmp_path}"\nreviewer = "Ana"\n', encoding="utf-8")
    config = review_config(tmp_path, reviewer="Ana")
    filled(config)
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "serve", "--review", "--port", "0"]
        + ["--config", str(config_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, f"serve did not start: {line!r}"
        yield Site(match.group(0), config)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)  # reads and closes both pipes


def _page(browser: object, site: Site, width: int = 1280) -> object:
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and site.problems.append(m.text))
    page.on("pageerror", lambda e: site.problems.append(str(e)))
    return page


def test_dismiss_accept_and_undo_from_the_browser(site: Site, tmp_path: Path) -> None:
    with chromium() as browser:
        page = _page(browser, site)
        page.goto(f"{site.base}/review")  # type: ignore[attr-defined]
        assert page.locator("form.review-form").count() == 4  # type: ignore[attr-defined]

        rutte = page.locator("section.to-review", has=page.locator("#f-f-rutte"))  # type: ignore[attr-defined]
        rutte.locator("select[name=label]").select_option("irrelevant")
        rutte.locator("input[name=note]").fill("a <b>profile</b>, not news")
        rutte.locator("button[value=dismiss]").click()
        page.wait_for_url(f"{site.base}/review")  # type: ignore[attr-defined]
        assert page.locator("form.review-form").count() == 3  # type: ignore[attr-defined]
        assert site.state("f-rutte") == (rv.DISMISSED, "irrelevant")

        sweden = page.locator("section.to-review", has=page.locator("#f-f-sweden"))  # type: ignore[attr-defined]
        sweden.locator("button[value=accept]").click()
        page.wait_for_url(f"{site.base}/review")  # type: ignore[attr-defined]
        assert site.state("f-sweden") == (rv.ACCEPTED, "changed")
        with open_database(site.config.database_url) as db:
            assert [a.claim_id for a in rv.amendments(db)] == ["a-sweden"]

        page.goto(f"{site.base}/findings/f-rutte")  # type: ignore[attr-defined]
        state = page.locator(".review-state").inner_text()  # type: ignore[attr-defined]
        assert "dismissed as irrelevant" in state and "a <b>profile</b>, not news" in state
        page.locator("button[value=undo]").click()  # type: ignore[attr-defined]
        page.wait_for_url(f"{site.base}/findings/f-rutte")  # type: ignore[attr-defined]
        assert "unreviewed" in page.locator(".review-state").inner_text()  # type: ignore[attr-defined]
        assert site.state("f-rutte") == (rv.UNREVIEWED, "")
        history = page.locator(".review-history li.undone").inner_text()  # type: ignore[attr-defined]
        assert "undone by Ana" in history
        assert page.evaluate("document.querySelectorAll('b').length") == 0  # type: ignore[attr-defined]

        for width, golden in SHOTS.items():
            shot_page = _page(browser, site, width)
            shot_page.goto(f"{site.base}/review")  # type: ignore[attr-defined]
            overflow = shot_page.evaluate(  # type: ignore[attr-defined]
                "document.documentElement.scrollWidth"
            )
            assert overflow <= width, (width, overflow)
            shot = tmp_path / golden.name
            shot_page.screenshot(path=str(shot), full_page=False)  # type: ignore[attr-defined]
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            if os.environ.get("UPDATE_GOLDEN") == "1":
                shutil.copyfile(shot, golden)
        assert site.problems == []
