"""Stopping early: closing `fetch_many` cancels the fetches it has not started."""

from __future__ import annotations

from watcher.feeds.fetch import Limits, Request, fetch_many, make_client

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss

feed_server = feeds_fixtures.feed_server


def test_closing_the_generator_cancels_queued_fetches(feed_server: FeedServer) -> None:
    body = rss(("g1", "NATO summit", "<p>Allies met.</p>"))
    urls = [feed_server.add(f"/slow/{i}", Route(body=body, delay=0.3)) for i in range(6)]
    limits = Limits(timeout=5.0, max_bytes=100_000, allow_private=True)
    with make_client("test", 5.0) as client:
        results = fetch_many(client, [Request(u) for u in urls], limits, concurrency=1)
        first, _ = next(results)
        results.close()
    fetched = [p for p, _ in feed_server.requests if p.startswith("/slow/")]
    assert first.url in urls
    # One fetch done, at most the one already running when the generator closed; never all six.
    assert 1 <= len(fetched) <= 2, fetched
