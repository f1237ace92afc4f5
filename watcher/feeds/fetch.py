"""Fetching feeds and articles: conditional GET, limits, and refusal of private addresses.

All network access goes through an injected `httpx.Client`, so tests pass a loopback client and
the pipeline shares one connection pool between threads.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

import httpx

from watcher.config import default
from watcher.errors import FeedError

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True)
class Limits:
    """What one fetch may cost: time, bytes, redirects, and where it may go."""

    timeout: float = float(default("timeout_seconds"))
    max_bytes: int = default("max_bytes")
    max_redirects: int = default("max_redirects")
    allow_private: bool = default("allow_private_links")


@dataclass(frozen=True)
class Fetched:
    """A response body (status 200) or a 'not modified' answer (status 304)."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Request:
    """One feed to fetch, with the validators stored from its last answer."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


def make_client(user_agent: str, timeout: float) -> httpx.Client:
    """The one client a run shares; redirects are followed by hand so each hop is checked."""
    return httpx.Client(
        headers={"User-Agent": user_agent},
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
    )


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse URLs whose host resolves to a private, loopback, link-local or reserved address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FeedError(f"{url}: only http(s) links are fetched", kind="refused", url=url)
    host = parts.hostname
    if not host:
        raise FeedError(f"{url}: no host name", kind="refused", url=url)
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError, UnicodeError) as exc:
        raise FeedError(f"{url}: cannot resolve {host}: {exc}", kind="dns", url=url) from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise FeedError(
                f"{url}: {host} resolves to the non-public address {address}",
                kind="refused",
                url=url,
                hint="set allow_private_links = true in watcher.toml to fetch local addresses",
            )


def fetch(
    client: httpx.Client,
    url: str,
    limits: Limits,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = FEED_ACCEPT,
    allow_file: bool = False,
) -> Fetched:
    """GET one URL within the limits; raises `FeedError` whose `kind` says what went wrong."""
    if urlsplit(url).scheme == "file":
        if not allow_file:
            raise FeedError(f"{url}: file links are not followed", kind="refused", url=url)
        return read_file_url(url, limits.max_bytes, etag=etag)
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + limits.timeout
    current = url
    for _hop in range(limits.max_redirects + 1):
        check_address(current, allow_private=limits.allow_private)
        try:
            result = _get_once(client, url, current, headers, limits, deadline)
        except httpx.TimeoutException as exc:
            raise FeedError(
                f"{url}: no answer within {limits.timeout:g} s", kind="timeout", url=url
            ) from exc
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            raise FeedError(
                f"{url}: {exc.__class__.__name__}: {exc}", kind="network", url=url
            ) from exc
        if isinstance(result, str):
            current = result
            continue
        return result
    raise FeedError(
        f"{url}: more than {limits.max_redirects} redirects",
        kind="redirects",
        url=url,
        hint="raise max_redirects in watcher.toml, or use the feed's final URL",
    )


def _get_once(
    client: httpx.Client,
    url: str,
    current: str,
    headers: dict[str, str],
    limits: Limits,
    deadline: float,
) -> Fetched | str:
    """One request: a `Fetched`, or the next URL when the answer is a redirect."""
    with client.stream("GET", current, headers=headers) as response:
        status = response.status_code
        if status in REDIRECT_CODES and "location" in response.headers:
            return urljoin(current, response.headers["location"])
        if status == 304:
            return Fetched(url, current, 304, headers=dict(response.headers))
        if status >= 400:
            raise FeedError(
                f"{url}: HTTP {status} {response.reason_phrase}",
                kind="http",
                url=url,
                http_status=status,
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise _too_large(url, limits.max_bytes)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limits.max_bytes:
                raise _too_large(url, limits.max_bytes)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("total time limit", request=response.request)
            chunks.append(chunk)
        return Fetched(
            url,
            current,
            status,
            b"".join(chunks),
            dict(response.headers),
            response.headers.get("etag"),
            response.headers.get("last-modified"),
        )


def _too_large(url: str, max_bytes: int) -> FeedError:
    return FeedError(
        f"{url}: body larger than max_bytes ({max_bytes:,} bytes)",
        kind="too-large",
        url=url,
        hint="raise max_bytes in watcher.toml if the feed is really that large",
    )


def read_file_url(url: str, max_bytes: int, *, etag: str | None = None) -> Fetched:
    """A `file://` feed; its size and mtime act as the ETag, so unchanged files cost nothing."""
    parts = urlsplit(url)
    path = Path(url2pathname(unquote(parts.path)))
    try:
        stat = path.stat()
        tag = f'"{stat.st_size}-{stat.st_mtime_ns}"'
        if etag == tag:
            return Fetched(url, url, 304, etag=tag)
        if stat.st_size > max_bytes:
            raise _too_large(url, max_bytes)
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FeedError(
            f"{url}: cannot read {path}: {os.strerror(exc.errno or 0) or exc}",
            kind="file",
            url=url,
        ) from exc
    if len(body) > max_bytes:
        raise _too_large(url, max_bytes)
    kind = "application/feed+json" if path.suffix == ".json" else "application/xml"
    return Fetched(url, url, 200, body, {"content-type": kind}, tag, None)


def fetch_many(
    client: httpx.Client,
    requests: Sequence[Request],
    limits: Limits,
    *,
    concurrency: int,
) -> Iterator[tuple[Request, Fetched | FeedError]]:
    """Fetch feeds on at most `concurrency` threads, yielding each as soon as it is done."""
    if not requests:
        return
    pool = ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(requests))))
    try:
        futures: dict[Future[Fetched], Request] = {
            pool.submit(
                fetch,
                client,
                req.url,
                limits,
                etag=req.etag,
                last_modified=req.last_modified,
                allow_file=True,
            ): req
            for req in requests
        }
        for future in as_completed(futures):
            yield futures[future], _outcome(future)
    finally:
        # A caller that stops early (the daemon on SIGTERM) closes this generator: fetches not
        # started yet are cancelled rather than waited for.
        pool.shutdown(wait=True, cancel_futures=True)


def _outcome(future: Future[Fetched]) -> Fetched | FeedError:
    try:
        return future.result()
    except FeedError as exc:
        return exc


def map_bounded(
    func: Callable[[str], str], items: Sequence[str], concurrency: int
) -> list[str | FeedError]:
    """Run `func` over `items` on a bounded pool; a `FeedError` takes the failed item's place."""
    if not items:
        return []

    def guarded(item: str) -> str | FeedError:
        try:
            return func(item)
        except FeedError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(items)))) as pool:
        return list(pool.map(guarded, items))
