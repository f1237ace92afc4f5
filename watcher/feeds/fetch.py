"""Fetching feeds and articles: conditional GET, limits, and refusal of private addresses.

All network access goes through an injected `httpx.Client`, so tests pass a loopback client and
the pipeline shares one connection pool between threads. Clients from `make_client` hold every
fetch to one wall-clock deadline (connect, headers, body and redirects together), and bodies are
inflated here, in bounded steps, rather than by httpx, so no content coding can outgrow
`max_bytes` before it is counted.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import getproxies, url2pathname

import httpcore
import httpx

from watcher.config import default
from watcher.errors import FeedError

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
#: Content codings inflated here; anything else is refused rather than passed on undecoded.
ACCEPT_ENCODING = "gzip, deflate"
#: More stacked codings than this is no real server's doing, only a bomb's.
MAX_CODINGS = 2
#: Largest piece any inflate step may produce at once.
INFLATE_STEP = 64 * 1024
ALLOW_PRIVATE_HINT = "set allow_private_links = true in watcher.toml to fetch local addresses"
#: NAT64's well-known prefix carries an IPv4 address in its last 32 bits (RFC 6052).
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
#: The local-use NAT64 prefix (RFC 8215) is never globally reachable.
NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
#: IPv4-compatible (deprecated) and IPv4-translated forms also end in an IPv4 address.
IPV4_TAILED = (ipaddress.IPv6Network("::/96"), ipaddress.IPv6Network("::ffff:0:0:0/96"))


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
    """The one client a run shares; redirects are followed by hand so each hop is checked.

    With a proxy named in the environment (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`), httpx's
    own transports are kept, since only they honour those and `NO_PROXY`; the deadline is then
    checked between body chunks only.
    """
    proxied = any(scheme in getproxies() for scheme in ("http", "https", "all"))
    return httpx.Client(
        headers={"User-Agent": user_agent},
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
        transport=None if proxied else _DeadlineTransport(),
    )


#: When the fetch running in this thread must be over (`time.monotonic()`), or None.
_DEADLINE: ContextVar[float | None] = ContextVar("watcher_fetch_deadline", default=None)
#: Whether the fetch running in this thread refuses non-public peers (no allow_private_links).
_PUBLIC_ONLY: ContextVar[bool] = ContextVar("watcher_fetch_public_only", default=False)


def _bounded(timeout: float | None, late: type[httpcore.TimeoutException]) -> float | None:
    """A socket operation's timeout, cut to what is left of the fetch's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise late("the fetch's time limit has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the current fetch's deadline.

    Per-operation timeouts alone let a server that sends one byte at a time hold a fetch for
    ever; the deadline bounds the whole exchange, headers included.
    """

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, wrapped so the fetch deadline reaches each operation."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host,
            port,
            _bounded(timeout, httpcore.ConnectTimeout),
            local_address=local_address,
            socket_options=socket_options,
        )
        if _PUBLIC_ONLY.get():
            _refuse_private_peer(stream, host)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_unix_socket(path, bounded, socket_options=socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _refuse_private_peer(stream: httpcore.NetworkStream, host: str) -> None:
    """The address actually connected to is checked too: a DNS answer that changed after
    `check_address` looked (DNS rebinding) cannot lead to a private address."""
    peer = stream.get_extra_info("server_addr")
    if not peer:
        return
    reason = non_public_reason(ipaddress.ip_address(str(peer[0]).split("%")[0]))
    if reason:
        stream.close()
        raise FeedError(
            f"{host} connected to {reason}; allow_private_links = true permits it",
            kind="refused",
            hint=ALLOW_PRIVATE_HINT,
        )


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses `_DeadlineBackend`."""

    def __init__(self) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=64,
            max_keepalive_connections=16,
            keepalive_expiry=5.0,
            network_backend=_DeadlineBackend(),
        )


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries: mapped, NAT64, 6to4, Teredo and older forms."""
    found: list[ipaddress.IPv4Address] = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    if address in NAT64 or any(address in net for net in IPV4_TAILED):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not (address.is_multicast or address.is_reserved)


def non_public_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """Why an address must not be fetched from, or '' when it is public.

    An IPv6 address that embeds an IPv4 one is judged by both: a NAT64 or 6to4 address in front
    of 169.254.169.254 reaches the same metadata service the IPv4 address does.
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address in NAT64_LOCAL:
            return f"the local-use NAT64 address {address}"
        inner = embedded_ipv4(address)
        for v4 in inner:
            if not _public(v4):
                return f"{address}, which embeds the non-public address {v4}"
        if inner and (
            address.ipv4_mapped is not None or address.sixtofour is not None or address in NAT64
        ):
            return ""
    if not _public(address):
        return f"the non-public address {address}"
    return ""


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
        reason = non_public_reason(address)
        if reason:
            raise FeedError(
                f"{url}: {host} resolves to {reason}; allow_private_links = true permits it",
                kind="refused",
                url=url,
                hint=ALLOW_PRIVATE_HINT,
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
    headers = {"Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + limits.timeout
    token = _DEADLINE.set(deadline)
    guard = _PUBLIC_ONLY.set(not limits.allow_private)
    try:
        current = url
        for _hop in range(limits.max_redirects + 1):
            check_address(current, allow_private=limits.allow_private)
            try:
                result = _get_once(client, url, current, headers, limits, deadline)
            except httpx.TimeoutException as exc:
                raise FeedError(
                    f"{url}: not fetched within timeout_seconds ({limits.timeout:g} s)",
                    kind="timeout",
                    url=url,
                ) from exc
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
                raise FeedError(
                    f"{url}: {exc.__class__.__name__}: {exc}", kind="network", url=url
                ) from exc
            except FeedError as exc:
                if exc.url:
                    raise
                raise FeedError(f"{url}: {exc}", kind=exc.kind, url=url, hint=exc.hint) from exc
            if isinstance(result, str):
                current = result
                continue
            return result
    finally:
        _PUBLIC_ONLY.reset(guard)
        _DEADLINE.reset(token)
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
                retry_after=response.headers.get("retry-after"),
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise _too_large(url, limits.max_bytes)
        layers = content_codings(url, response.headers.get("content-encoding", ""))

        def raw() -> Iterator[bytes]:
            for chunk in response.iter_raw():
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("total time limit", request=response.request)
                yield chunk

        chunks = list(_decoded(raw(), layers, url, limits.max_bytes))
        headers = dict(response.headers)
        headers.pop("content-encoding", None)
        return Fetched(
            url,
            current,
            status,
            b"".join(chunks),
            headers,
            response.headers.get("etag"),
            response.headers.get("last-modified"),
        )


def content_codings(url: str, header: str) -> list[str]:
    """The codings to undo, outermost first; refuses unknown codings and deep stacks."""
    names = [c.strip().lower() for c in header.split(",") if c.strip()]
    names = [n for n in names if n != "identity"]
    for name in names:
        if name not in ("gzip", "x-gzip", "deflate"):
            raise FeedError(
                f"{url}: unsupported Content-Encoding {name!r} (only gzip and deflate are asked for)",
                kind="encoding",
                url=url,
            )
    if len(names) > MAX_CODINGS:
        raise FeedError(
            f"{url}: {len(names)} stacked content codings; at most {MAX_CODINGS} are undone",
            kind="encoding",
            url=url,
        )
    return list(reversed(names))


class _Inflater:
    """One gzip or deflate layer, inflated at most `INFLATE_STEP` bytes at a time."""

    def __init__(self, url: str, coding: str) -> None:
        self.url = url
        self.coding = coding
        self.gzip = coding != "deflate"
        self.wbits = 16 + zlib.MAX_WBITS if self.gzip else zlib.MAX_WBITS
        self.obj = zlib.decompressobj(self.wbits)
        self.started = False
        self.members = 0
        self.ended = False

    def _step(self, data: bytes) -> bytes:
        try:
            out = self.obj.decompress(data, INFLATE_STEP)
        except zlib.error as exc:
            if not self.gzip and not self.started and self.wbits > 0:
                # Some servers send raw deflate without the zlib wrapper the name promises.
                self.wbits = -zlib.MAX_WBITS
                self.obj = zlib.decompressobj(self.wbits)
                return self._step(data)
            if self.members:
                self.ended = True  # bytes after a whole gzip member: ignored, as browsers do
                return b""
            raise FeedError(
                f"{self.url}: body is not valid {self.coding} data: {exc}",
                kind="encoding",
                url=self.url,
            ) from exc
        self.started = True
        return out

    def feed(self, data: bytes) -> Iterator[bytes]:
        drain = False
        while (data or drain) and not self.ended:
            out = self._step(data)
            if out:
                yield out
            if self.ended:
                return
            if self.obj.eof:
                rest = self.obj.unused_data
                self.members += 1
                if not (self.gzip and rest):
                    self.ended = True
                    return
                self.obj = zlib.decompressobj(self.wbits)  # a further gzip member follows
                data, drain = rest, False
                continue
            data = self.obj.unconsumed_tail
            drain = len(out) == INFLATE_STEP


def _decoded(raw: Iterator[bytes], layers: list[str], url: str, max_bytes: int) -> Iterator[bytes]:
    """The body with its codings undone; every layer's output counts against `max_bytes`."""

    def capped(pieces: Iterator[bytes]) -> Iterator[bytes]:
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > max_bytes:
                raise _too_large(url, max_bytes)
            yield piece

    def inflate(pieces: Iterator[bytes], coding: str) -> Iterator[bytes]:
        inflater = _Inflater(url, coding)
        for piece in pieces:
            yield from inflater.feed(piece)

    stream = capped(raw)
    for coding in layers:
        stream = capped(inflate(stream, coding))
    return stream


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
