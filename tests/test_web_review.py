"""`watcher serve --review` over a real loopback socket: POST-only actions, CSRF token, Origin;
and the archive exactly as read-only as before without `--review`."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import feedparser
import pytest

from watcher.archive.web import ACCESS_ENV, ArchiveApp, ReviewMode, make_server
from watcher.config import Config
from watcher.errors import WatcherError
from watcher.store import reviews as rv
from watcher.store.schema import open_database

from .review_fixtures import T0, filled, review_config


@dataclass
class Served:
    config: Config
    port: int

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            all_headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
            conn.request(method, path, body=body or None, headers=all_headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            return response.status, {k.lower(): v for k, v in response.getheaders()}, text
        finally:
            conn.close()

    def token(self) -> str:
        _, _, body = self.request("GET", "/review")
        match = re.search(r'name="csrf" value="([^"]+)"', body)
        assert match
        return match.group(1)

    def post(self, fid: str, origin: str | None, **form: str) -> tuple[int, dict[str, str], str]:
        headers = {"Origin": origin} if origin is not None else {}
        return self.request("POST", f"/findings/{fid}/review", urlencode(form).encode(), headers)

    def state(self, fid: str) -> str:
        with open_database(self.config.database_url) as db:
            current = rv.current(db, fid)
        return current.state if current else rv.UNREVIEWED


def _serve(tmp_path: Path, review: bool) -> Iterator[Served]:
    config = review_config(tmp_path, reviewer="web analyst")
    filled(config)
    server = make_server(config, "127.0.0.1", 0, review=review)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(config, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def reviewing(tmp_path: Path) -> Iterator[Served]:
    yield from _serve(tmp_path, review=True)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Served]:
    yield from _serve(tmp_path, review=False)


def test_landing_page_lists_unreviewed_findings_newest_first_with_forms(reviewing: Served) -> None:
    status, headers, body = reviewing.request("GET", "/review")
    assert status == 200 and headers["referrer-policy"] == "same-origin"
    assert '<meta name="referrer" content="same-origin">' in body
    order = [body.index(f'id="f-{fid}"') for fid in ("f-denial", "f-hostile", "f-rutte")]
    assert order == sorted(order)
    assert body.count('<form class="review-form" method="post"') == 4
    assert "first seen 24 Nov 2026" in body and "Published 24 Nov 2026" in body
    assert "\x1b" not in body and "<script>" not in body


def test_a_form_post_from_our_page_decides_then_undoes(reviewing: Served) -> None:
    token = reviewing.token()
    status, headers, _ = reviewing.post(
        "f-rutte",
        reviewing.origin,
        csrf=token,
        action="dismiss",
        label="irrelevant",
        note="not about the path",
        next="/review",
    )
    assert status == 303 and headers["location"] == "/review"
    assert reviewing.state("f-rutte") == rv.DISMISSED
    _, _, page = reviewing.request("GET", "/findings/f-rutte")
    assert "dismissed</strong> as irrelevant" in page and "by web analyst" in page
    assert 'value="undo"' in page
    _, _, landing = reviewing.request("GET", "/review")
    assert 'id="f-f-rutte"' not in landing

    status, headers, _ = reviewing.post(
        "f-rutte",
        f"http://localhost:{reviewing.port}",
        csrf=token,
        action="undo",
        next="//evil.example/",
    )
    assert status == 303 and headers["location"] == "/findings/f-rutte"
    assert reviewing.state("f-rutte") == rv.UNREVIEWED
    status, _, body = reviewing.post("f-rutte", reviewing.origin, csrf=token, action="dismiss")
    assert status == 409 and "dismiss needs --label" in body
    assert reviewing.state("f-rutte") == rv.UNREVIEWED


@pytest.mark.parametrize(
    ("origin", "token"),
    [
        (None, "good"),  # no Origin at all
        ("null", "good"),  # a sandboxed frame or a no-referrer page
        ("http://evil.example", "good"),
        ("http://127.0.0.1:1", "good"),  # another port on this machine
        ("own", ""),  # our origin but no token
        ("own", "forged"),
    ],
)
def test_forged_or_cross_origin_posts_are_refused_and_change_nothing(
    reviewing: Served, origin: str | None, token: str
) -> None:
    real = reviewing.token()
    sent_origin = reviewing.origin if origin == "own" else origin
    sent_token = real if token == "good" else token
    status, _, body = reviewing.post("f-sweden", sent_origin, csrf=sent_token, action="accept")
    assert status == 403 and ("own pages" in body or "stale or forged" in body)
    assert reviewing.state("f-sweden") == rv.UNREVIEWED


def test_get_never_changes_state_and_other_methods_are_refused(reviewing: Served) -> None:
    token = reviewing.token()
    status, _, _ = reviewing.request("GET", f"/findings/f-sweden/review?csrf={token}&action=accept")
    assert status == 404 and reviewing.state("f-sweden") == rv.UNREVIEWED
    status, headers, _ = reviewing.request("PUT", "/findings/f-sweden/review")
    assert status == 405 and headers["allow"] == "GET, HEAD, POST"


def test_without_review_the_archive_stays_read_only(read_only: Served) -> None:
    status, headers, _ = read_only.request("GET", "/review")
    assert status == 404
    _, headers, page = read_only.request("GET", "/findings/f-sweden")
    assert headers["referrer-policy"] == "no-referrer"
    assert "<form" not in page and "Review:" not in page
    status, headers, _ = read_only.request(
        "POST", "/findings/f-sweden/review", b"action=accept", {"Origin": read_only.origin}
    )
    assert status == 413 and read_only.state("f-sweden") == rv.UNREVIEWED
    status, headers, _ = read_only.request("POST", "/findings/f-sweden/review")
    assert status == 405 and headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize("token", ["", "too-short"])
def test_review_off_loopback_needs_an_access_token_in_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    config = review_config(tmp_path)
    monkeypatch.setenv(ACCESS_ENV, token)
    with pytest.raises(WatcherError, match=f"needs an access token .* in {ACCESS_ENV}") as caught:
        make_server(config, "0.0.0.0", 0, review=True)
    assert "\n" not in str(caught.value)


ACCESS = "a-long-enough-access-token-for-tests"
ORIGIN = "http://192.0.2.10:8000"


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[ArchiveApp]:
    """The review app as served off loopback, with an access token (no socket is bound)."""
    config = review_config(tmp_path, reviewer="remote analyst")
    filled(config)
    mode = ReviewMode(access=ACCESS)
    mode.allow("192.0.2.10", 8000)
    with open_database(config.database_url) as db:
        yield ArchiveApp(config, db, mode)


def _form(**fields: str) -> bytes:
    return urlencode(fields).encode()


def test_off_loopback_the_review_pages_ask_for_the_token_first(remote: ArchiveApp) -> None:
    page = remote.respond("GET", "/review")
    assert page.status == 200 and b'name="access"' in page.body and b'name="csrf"' not in page.body
    assert b'class="review-form"' not in remote.respond("GET", "/findings/f-rutte").body
    assert remote.review is not None
    posted = remote.respond(
        "POST",
        "/findings/f-rutte/review",
        _form(csrf=remote.review.token, action="confirm", next="/review"),
        ORIGIN,
    )
    assert posted.status == 403
    wrong = remote.respond("POST", "/review/login", _form(access="not-it"), ORIGIN)
    assert wrong.status == 403 and "Set-Cookie" not in wrong.headers
    elsewhere = remote.respond("POST", "/review/login", _form(access=ACCESS), "http://evil.example")
    assert elsewhere.status == 403 and "Set-Cookie" not in elsewhere.headers


def test_the_token_given_once_opens_the_review_forms(remote: ArchiveApp) -> None:
    login = remote.respond("POST", "/review/login", _form(access=ACCESS), ORIGIN)
    assert login.status == 303 and login.headers["Location"] == "/review"
    cookie = login.headers["Set-Cookie"].split(";", 1)[0]
    assert ACCESS not in cookie and "HttpOnly" in login.headers["Set-Cookie"]
    page = remote.respond("GET", "/review", cookies=cookie)
    assert b'name="csrf"' in page.body
    assert remote.review is not None
    posted = remote.respond(
        "POST",
        "/findings/f-rutte/review",
        _form(csrf=remote.review.token, action="confirm", next="/review"),
        ORIGIN,
        cookies=cookie,
    )
    assert posted.status == 303
    assert rv.current(remote.db, "f-rutte") is not None


def test_findings_feed_filters_by_status_and_review_state(read_only: Served) -> None:
    status, headers, body = read_only.request("GET", "/findings.atom")
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(body)
    assert not feed.bozo
    assert [e.link for e in feed.entries][:2] == ["/findings/f-denial", "/findings/f-hostile"]
    assert len(feed.entries) == 4 and "\x1b" not in body
    _, _, changed = read_only.request("GET", "/findings.atom?status=changed")
    assert {e.id for e in feedparser.parse(changed).entries} == {
        "urn:watcher:finding:f-sweden",
        "urn:watcher:finding:f-rutte",
    }
    with open_database(read_only.config.database_url) as db:
        rv.decide(db, "f-rutte", rv.DISMISSED, reviewer="ana", at=T0, label="known")
    _, _, dismissed = read_only.request("GET", "/findings.atom?review=dismissed&status=changed")
    parsed = feedparser.parse(dismissed)
    assert [e.title for e in parsed.entries] == [
        "changed (dismissed): Mark Rutte is now NATO secretary general."
    ]
    assert parsed.feed.title == "Watcher findings (status=changed, review=dismissed)"
    _, _, unreviewed = read_only.request("GET", "/findings.atom?review=unreviewed")
    assert len(feedparser.parse(unreviewed).entries) == 3
    status, _, _ = read_only.request("GET", "/findings.atom?status=known")
    assert status == 400


def test_findings_first_seen_since_the_last_visit_are_marked(reviewing: Served) -> None:
    status, headers, body = reviewing.request("GET", "/review")
    assert status == 200 and "since your last visit" not in body  # a first visit: all is new
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/review" in cookie
    first = re.search(r"watcher_review_seen=(\d+)-(\d+);", cookie)
    assert first and first.group(1) == "0"

    ended = int((T0 + timedelta(seconds=90)).timestamp())  # between the 2nd and 3rd finding
    _, headers, body = reviewing.request(
        "GET", "/review", headers={"Cookie": f"watcher_review_seen=0-{ended}"}
    )
    assert "2 new since your last visit, 24 Nov 2026 10:01 EET." in body
    assert body.count("New since your last visit.") == 2
    marked = body.index("New since your last visit.")
    assert marked < body.index('id="f-f-denial"') < body.index('id="f-f-sweden"')
    again = re.search(r"watcher_review_seen=(\d+)-(\d+);", headers["set-cookie"])
    assert again and again.group(1) == str(ended)

    # Acting on a finding reloads the page within the same visit: the marks stay.
    _, _, body = reviewing.request(
        "GET",
        "/review",
        headers={"Cookie": f"watcher_review_seen={again.group(1)}-{again.group(2)}"},
    )
    assert body.count("New since your last visit.") == 2
    for junk in ("watcher_review_seen=x-y", 'watcher_review_seen="', "a" * 5000):
        status, _, body = reviewing.request("GET", "/review", headers={"Cookie": junk})
        assert status == 200 and "since your last visit" not in body
