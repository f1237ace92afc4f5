"""Fetching against a real loopback server: conditional GET, limits, redirects, refusals."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

from watcher.errors import FeedError
from watcher.feeds.fetch import (
    Limits,
    Request,
    check_address,
    fetch,
    fetch_many,
    make_client,
)

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, http_date, rss

feed_server = feeds_fixtures.feed_server

LOCAL = Limits(timeout=5.0, max_bytes=100_000, max_redirects=3, allow_private=True)
BODY = rss(("g1", "NATO summit", "<p>Allies met.</p>"))


@pytest.fixture
def client() -> httpx.Client:
    with make_client("WatcherTest/1 (+tests)", 5.0) as c:
        yield c


def test_body_user_agent_and_validators(feed_server: FeedServer, client: httpx.Client) -> None:
    url = feed_server.add("/feed", Route(BODY, etag='"v1"', last_modified=http_date()))
    got = fetch(client, url, LOCAL)
    assert got.status == 200 and got.body == BODY
    assert got.etag == '"v1"' and got.last_modified == http_date()
    sent = feed_server.hits("/feed")[0]
    assert sent["user-agent"] == "WatcherTest/1 (+tests)"
    assert "application/rss+xml" in sent["accept"]
    assert "if-none-match" not in sent


def test_conditional_get_by_etag_gives_not_modified(
    feed_server: FeedServer, client: httpx.Client
) -> None:
    url = feed_server.add("/feed", Route(BODY, etag='"v1"'))
    first = fetch(client, url, LOCAL)
    second = fetch(client, url, LOCAL, etag=first.etag)
    assert second.not_modified and second.body == b""
    assert feed_server.hits("/feed")[1]["if-none-match"] == '"v1"'


def test_conditional_get_by_last_modified(feed_server: FeedServer, client: httpx.Client) -> None:
    url = feed_server.add("/feed", Route(BODY, last_modified=http_date()))
    got = fetch(client, url, LOCAL, last_modified=http_date())
    assert got.status == 304
    assert feed_server.hits("/feed")[0]["if-modified-since"] == http_date()


def test_server_error_is_an_http_feed_error(feed_server: FeedServer, client: httpx.Client) -> None:
    url = feed_server.add("/broken", Route(b"oops", status=500))
    with pytest.raises(FeedError) as info:
        fetch(client, url, LOCAL)
    assert info.value.kind == "http" and info.value.http_status == 500
    assert "HTTP 500" in str(info.value) and url in str(info.value)


def test_stalled_server_times_out(feed_server: FeedServer) -> None:
    url = feed_server.add("/stall", Route(BODY, delay=3.0))
    limits = Limits(timeout=0.4, max_bytes=100_000, allow_private=True)
    started = time.monotonic()
    with make_client("t", 0.4) as short, pytest.raises(FeedError) as info:
        fetch(short, url, limits)
    assert info.value.kind == "timeout"
    assert time.monotonic() - started < 2.5


def test_redirect_loop_stops_at_the_limit(feed_server: FeedServer, client: httpx.Client) -> None:
    feed_server.add("/a", Route(redirect_to="/b"))
    url = feed_server.add("/b", Route(redirect_to="/a"))
    with pytest.raises(FeedError) as info:
        fetch(client, url, LOCAL)
    assert info.value.kind == "redirects"
    assert len(feed_server.requests) == LOCAL.max_redirects + 1


def test_redirect_is_followed_to_the_final_url(
    feed_server: FeedServer, client: httpx.Client
) -> None:
    final = feed_server.add("/new", Route(BODY))
    url = feed_server.add("/old", Route(redirect_to=final))
    got = fetch(client, url, LOCAL)
    assert got.body == BODY and got.final_url == final and got.url == url


def test_declared_body_over_the_cap_is_refused(
    feed_server: FeedServer, client: httpx.Client
) -> None:
    url = feed_server.add("/big", Route(b"x" * 5000))
    with pytest.raises(FeedError) as info:
        fetch(client, url, Limits(max_bytes=1000, allow_private=True))
    assert info.value.kind == "too-large"


def test_gzip_bomb_is_capped_while_streaming(feed_server: FeedServer, client: httpx.Client) -> None:
    # 2 MB of zeros compresses to about 2 KB: the cap must apply to the decoded bytes.
    url = feed_server.add("/bomb", Route(b"\0" * 2_000_000, gzip=True))
    with pytest.raises(FeedError) as info:
        fetch(client, url, Limits(max_bytes=50_000, allow_private=True))
    assert info.value.kind == "too-large"


def test_gzip_body_is_decoded(feed_server: FeedServer, client: httpx.Client) -> None:
    url = feed_server.add("/gz", Route(BODY, gzip=True))
    got = fetch(client, url, LOCAL)
    assert got.body == BODY
    assert "gzip" in feed_server.hits("/gz")[0]["accept-encoding"]


def test_file_url_and_its_change_tag(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(BODY)
    url = path.as_uri()
    with make_client("t", 1.0) as c:
        first = fetch(c, url, LOCAL, allow_file=True)
        assert first.body == BODY and first.etag
        assert fetch(c, url, LOCAL, allow_file=True, etag=first.etag).not_modified
        path.write_bytes(BODY + b"\n")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 10_000_000))
        assert fetch(c, url, LOCAL, allow_file=True, etag=first.etag).status == 200
        with pytest.raises(FeedError) as info:
            fetch(c, (tmp_path / "missing.xml").as_uri(), LOCAL, allow_file=True)
        assert info.value.kind == "file"


def test_file_links_are_not_followed_from_articles(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("secret")
    with make_client("t", 1.0) as c, pytest.raises(FeedError) as info:
        fetch(c, path.as_uri(), LOCAL)
    assert info.value.kind == "refused"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/feed",
        "http://localhost:9/feed",
        "http://10.1.2.3/feed",
        "http://192.168.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:9/feed",
        "http://[::ffff:127.0.0.1]:9/feed",
        "javascript:alert(1)",
    ],
)
def test_private_and_odd_addresses_are_refused_by_default(url: str) -> None:
    with pytest.raises(FeedError) as info:
        check_address(url, allow_private=False)
    assert info.value.kind == "refused"


def test_refused_address_is_never_contacted(feed_server: FeedServer, client: httpx.Client) -> None:
    url = feed_server.add("/feed", Route(BODY))
    with pytest.raises(FeedError) as info:
        fetch(client, url, Limits(allow_private=False))
    assert info.value.kind == "refused" and "allow_private_links" in info.value.hint
    assert feed_server.requests == []


def test_fetch_many_keeps_to_the_bound_and_reports_each_feed(
    feed_server: FeedServer, client: httpx.Client
) -> None:
    urls = [feed_server.add(f"/f{i}", Route(BODY, delay=0.2)) for i in range(6)]
    urls.append(feed_server.add("/bad", Route(b"", status=503)))
    results = dict(fetch_many(client, [Request(u) for u in urls], LOCAL, concurrency=2))
    assert feed_server.max_in_flight == 2
    by_url = {req.url: res for req, res in results.items()}
    assert all(not isinstance(by_url[u], FeedError) for u in urls[:-1])
    bad = by_url[urls[-1]]
    assert isinstance(bad, FeedError) and bad.http_status == 503
