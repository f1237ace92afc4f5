"""Hostile answers on the fetch path: stacked codings, dripped headers, slow redirects, and
addresses that hide a private IPv4 address inside an IPv6 one."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from sqlalchemy import select

from watcher import config as config_mod
from watcher.check import run_check
from watcher.errors import FeedError
from watcher.feeds.fetch import Limits, check_address, fetch, make_client, non_public_reason
from watcher.store.schema import entries, open_database

from . import feed_fault_servers, feeds_fixtures
from .feed_fault_servers import (
    FaultServer,
    body,
    coded,
    dripped,
    encode,
    slow_redirect,
    zeros_gzip,
)
from .feeds_fixtures import rss, write_config

fault_server = feed_fault_servers.fault_server
baseline_file = feeds_fixtures.baseline_file

ROOT = Path(__file__).resolve().parent.parent
FEED = rss(("g1", "NATO summit", "<p>Allies met in Vilnius.</p>"))
LOCAL = Limits(timeout=5.0, max_bytes=200_000, max_redirects=6, allow_private=True)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client("WatcherTest/1 (+tests)", 5.0) as c:
        yield c


# --- content codings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "codings",
    [["gzip"], ["deflate"], ["gzip", "gzip"], ["deflate", "gzip"], ["gzip", "deflate"]],
)
def test_honest_codings_are_undone(
    fault_server: FaultServer, client: httpx.Client, codings: list[str]
) -> None:
    url = fault_server.add("/feed", coded(FEED, codings))
    got = fetch(client, url, LOCAL)
    assert got.body == FEED
    assert "content-encoding" not in got.headers


@pytest.mark.parametrize("codings", [["gzip", "gzip"], ["deflate", "gzip"], ["gzip", "deflate"]])
def test_a_stacked_bomb_stops_at_max_bytes(
    fault_server: FaultServer, client: httpx.Client, codings: list[str]
) -> None:
    # 50 MB of zeros under two codings is a few hundred bytes on the wire.
    inner = (
        zeros_gzip(50_000_000) if codings[0] == "gzip" else encode(bytes(50_000_000), ["deflate"])
    )
    wire = encode(inner, codings[1:])
    assert len(wire) < 60_000
    url = fault_server.add("/bomb", body(wire, **{"Content-Encoding": ", ".join(codings)}))
    with pytest.raises(FeedError) as info:
        fetch(client, url, LOCAL)
    assert info.value.kind == "too-large"
    assert "max_bytes" in str(info.value) and "\n" not in str(info.value)


def test_more_stacked_codings_than_any_server_sends_are_refused(
    fault_server: FaultServer, client: httpx.Client
) -> None:
    url = fault_server.add("/deep", coded(FEED, ["gzip", "gzip", "gzip"]))
    with pytest.raises(FeedError) as info:
        fetch(client, url, LOCAL)
    assert info.value.kind == "encoding" and "3 stacked content codings" in str(info.value)


def test_a_coding_never_asked_for_is_refused(
    fault_server: FaultServer, client: httpx.Client
) -> None:
    url = fault_server.add("/br", body(b"\x8b\x00\x80", **{"Content-Encoding": "br"}))
    with pytest.raises(FeedError) as info:
        fetch(client, url, LOCAL)
    assert info.value.kind == "encoding" and "'br'" in str(info.value)
    assert fault_server.hits == ["/br"]


def test_a_corrupt_gzip_body_is_a_feed_error(
    fault_server: FaultServer, client: httpx.Client
) -> None:
    url = fault_server.add("/bad", body(b"\x1f\x8b not gzip", **{"Content-Encoding": "gzip"}))
    with pytest.raises(FeedError) as info:
        fetch(client, url, LOCAL)
    assert info.value.kind == "encoding"


def test_a_stacked_bomb_under_a_memory_limit_is_one_failed_feed(
    tmp_path: Path, fault_server: FaultServer, baseline_file: Path
) -> None:
    """`watcher check` in a process that may map 1 GiB: a 1.5 GB bomb must not get near it."""
    wire = encode(zeros_gzip(1_500_000_000), ["gzip"])
    assert len(wire) < 10_000
    bomb = fault_server.add("/bomb.xml", body(wire, **{"Content-Encoding": "gzip, gzip"}))
    good = fault_server.add("/good.xml", body(FEED))
    config = write_config(
        tmp_path,
        baseline_file,
        [("Bomb", bomb), ("Good", good)],
        allow_private_links=True,
        timeout_seconds=20,
    )
    limit = 1 << 30
    script = (
        "import resource, runpy, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
        f"sys.argv = ['watcher', 'check', '--config', {str(config)!r}]\n"
        "runpy.run_module('watcher', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "MALLOC_ARENA_MAX": "2"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert "max_bytes" in done.stdout + done.stderr
    report = next((tmp_path / "data" / "reports").rglob("*.json"))
    feeds = {f["url"]: f for f in json.loads(report.read_text())["feeds"]}
    assert feeds[bomb]["state"] == "error" and feeds[bomb]["error_kind"] == "too-large"
    assert feeds[good]["state"] == "ok"
    engine = open_database(f"sqlite:///{tmp_path / 'data' / 'watcher.db'}")
    try:
        with engine.connect() as conn:
            stored = set(conn.execute(select(entries.c.feed_url)).scalars())
    finally:
        engine.close()
    assert stored == {good}


# --- one deadline for the whole request -----------------------------------------------------


def test_dripped_headers_end_at_the_deadline(
    fault_server: FaultServer, client: httpx.Client
) -> None:
    # About 300 header bytes at 0.2 s each: a minute of drip against a 2 s limit.
    url = fault_server.add("/drip", dripped(fault_server, FEED, 0.2))
    limits = Limits(timeout=2.0, max_bytes=200_000, allow_private=True)
    started = time.monotonic()
    with pytest.raises(FeedError) as info:
        fetch(client, url, limits)
    elapsed = time.monotonic() - started
    assert elapsed < 3 * limits.timeout, elapsed
    assert info.value.kind == "timeout"
    assert "timeout_seconds" in str(info.value)


def test_slow_redirects_share_one_deadline(fault_server: FaultServer, client: httpx.Client) -> None:
    final = fault_server.add("/final", body(FEED))
    url = final
    for hop in range(5, 0, -1):
        url = fault_server.add(f"/hop{hop}", slow_redirect(url, 1.5))
    limits = Limits(timeout=2.0, max_bytes=200_000, max_redirects=6, allow_private=True)
    started = time.monotonic()
    with pytest.raises(FeedError) as info:
        fetch(client, url, limits)
    elapsed = time.monotonic() - started
    assert elapsed < 3 * limits.timeout, elapsed
    assert info.value.kind == "timeout"
    assert "/final" not in fault_server.hits


def test_a_fetch_within_its_deadline_is_unaffected(
    fault_server: FaultServer, client: httpx.Client
) -> None:
    final = fault_server.add("/final", body(FEED))
    url = fault_server.add("/hop", slow_redirect(final, 0.2))
    got = fetch(client, url, Limits(timeout=2.0, allow_private=True))
    assert got.body == FEED and got.final_url == final
    # The deadline belongs to that fetch only: a later one on the same pooled client starts anew.
    time.sleep(2.1)
    assert fetch(client, final, Limits(timeout=2.0, allow_private=True)).body == FEED


@pytest.fixture
def tls_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[FaultServer, httpx.Client]]:
    """An HTTPS loopback server, and a `make_client` client that trusts its test CA."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    server = FaultServer(tls=context)
    with make_client("WatcherTest/1 (+tests)", 5.0) as tls_client:
        yield server, tls_client
    server.close()


def test_the_deadline_holds_over_tls(tls_server: tuple[FaultServer, httpx.Client]) -> None:
    server, tls_client = tls_server
    plain = server.add("/feed", coded(FEED, ["gzip"]))
    assert plain.startswith("https://")
    assert fetch(tls_client, plain, LOCAL).body == FEED
    url = server.add("/drip", dripped(server, FEED, 0.2))
    limits = Limits(timeout=2.0, max_bytes=200_000, allow_private=True)
    started = time.monotonic()
    with pytest.raises(FeedError) as info:
        fetch(tls_client, url, limits)
    assert time.monotonic() - started < 3 * limits.timeout
    assert info.value.kind == "timeout"


# --- addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "embedded"),
    [
        ("64:ff9b::a9fe:a9fe", "169.254.169.254"),  # NAT64, well-known prefix
        ("64:ff9b::7f00:1", "127.0.0.1"),
        ("64:ff9b::a00:1", "10.0.0.1"),
        ("64:ff9b:1::a9fe:a9fe", ""),  # NAT64, local-use prefix
        ("2002:a9fe:a9fe::1", "169.254.169.254"),  # 6to4
        ("2002:c0a8:1::1", "192.168.0.1"),
        ("2001:0:4136:e378:8000:63bf:5601:5656", ""),  # Teredo
        ("::ffff:169.254.169.254", "169.254.169.254"),  # IPv4-mapped
        ("::169.254.169.254", "169.254.169.254"),  # IPv4-compatible
        ("::ffff:0:a9fe:a9fe", "169.254.169.254"),  # IPv4-translated
        ("::1", ""),
        ("fe80::1", ""),
        ("fd00::1", ""),
        ("ff02::1", ""),
        ("100.64.0.1", ""),
        ("169.254.169.254", ""),
        ("0.0.0.0", ""),
    ],
)
def test_non_public_addresses_are_refused_even_inside_ipv6(address: str, embedded: str) -> None:
    reason = non_public_reason(ipaddress.ip_address(address))
    assert reason
    if embedded:
        assert embedded in reason


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8"],
)
def test_public_addresses_pass(address: str) -> None:
    assert non_public_reason(ipaddress.ip_address(address)) == ""


@pytest.mark.parametrize(
    "url",
    [
        "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
        "http://[2002:a9fe:a9fe::1]/",
        "http://127.0.0.1:9/",
    ],
)
def test_the_refusal_names_the_setting_that_allows_it(url: str) -> None:
    with pytest.raises(FeedError) as info:
        check_address(url, allow_private=False)
    assert info.value.kind == "refused"
    assert "allow_private_links" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_stacked_bomb_behind_a_full_text_link_costs_only_that_article(
    tmp_path: Path, fault_server: FaultServer, baseline_file: Path
) -> None:
    wire = encode(zeros_gzip(200_000_000), ["gzip"])
    article = fault_server.add(
        "/story", body(wire, "text/html", **{"Content-Encoding": "gzip, gzip"})
    )
    new = "Zelensky's victory plan puts an invitation to NATO first."
    feed = rss(("s1", "Plan", new)).replace(b"https://example.org/s1", article.encode())
    url = fault_server.add("/desk.xml", body(feed))
    cfg = config_mod.load(
        write_config(tmp_path, baseline_file, [("Desk", url, True)], allow_private_links=True)
    )
    report = run_check(cfg)
    (outcome,) = report.feeds
    assert outcome.state == "ok" and outcome.entries_new == 1
    assert "max_bytes" in outcome.warning and "\n" not in outcome.warning
    assert [f.text for f in report.findings] == [new]  # judged on the feed's own text
    assert "/story" in fault_server.hits


def test_an_answer_that_changes_after_the_check_cannot_reach_a_private_address(
    fault_server: FaultServer, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DNS rebinding: the name resolves to a public address when checked, to loopback when used.
    url = fault_server.add("/secret", body(b"internal"))
    port = fault_server.httpd.server_address[1]
    real = socket.getaddrinfo
    answers = iter([[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port))]])

    def rebinding(host: str, *args: object, **kwargs: object) -> object:
        if host == "rebind.example":
            return next(answers, None) or real("127.0.0.1", *args, **kwargs)  # type: ignore[arg-type]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(FeedError) as info:
        fetch(client, url.replace("127.0.0.1", "rebind.example"), Limits(allow_private=False))
    assert info.value.kind == "refused"
    assert "connected to the non-public address 127.0.0.1" in str(info.value)
    assert "allow_private_links" in str(info.value)
    assert fault_server.hits == []  # connected, refused before a byte of the request was sent


def test_a_proxy_from_the_environment_is_still_used(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", fault_server.url(""))
    fault_server.add("http://feeds.example/feed.xml", body(FEED))  # a proxy sees the whole URL
    with make_client("WatcherTest/1 (+tests)", 5.0) as proxied:
        got = fetch(proxied, "http://feeds.example/feed.xml", LOCAL)
    assert got.body == FEED
    assert fault_server.hits == ["http://feeds.example/feed.xml"]
