"""`watcher serve`: the archive over HTTP, read-only (unless `--review` turns on the review
forms), on loopback unless told otherwise.

`ArchiveApp.respond` maps a request line to a `Response` without touching sockets, so every
route is testable directly; `ArchiveServer` puts it behind waitress, which reads each request
whole before one of a fixed number of workers answers it.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

from waitress import wasyncore
from waitress.server import create_server

from watcher.archive import publish as archive
from watcher.archive.pages import (
    STATUSES,
    WEB,
    ReviewView,
    css_hash,
    render_baseline,
    render_finding,
    render_findings,
    render_findings_atom,
    render_index,
    render_not_found,
    render_report,
    render_review,
    render_review_login,
    static_text,
)
from watcher.config import Config
from watcher.errors import ReviewError, WatcherError
from watcher.logs import log_event
from watcher.review.actions import logged
from watcher.store import queries as q
from watcher.store import reviews as rv
from watcher.store.db import Database
from watcher.store.schema import open_database

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger(__name__)

RUNS_PER_PAGE = 50
FINDINGS_PER_PAGE = 25
MAX_QUERY = 200
_FIRST_DAYS = date(1, 1, 2)
_LAST_DAYS = date(9999, 12, 30)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
STATIC_FILES = {"watcher.css": "text/css", "watcher.js": "text/javascript"}
ARCHIVE_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".atom": "application/atom+xml; charset=utf-8",
}
#: Largest review form accepted (a note is at most 2,000 characters).
MAX_FORM_BYTES = 16 * 1024
MAX_NOTE = 2000
TO_REVIEW = 100
FEED_FINDINGS = 50
VISIT_COOKIE = "watcher_review_seen"
VISIT_GAP_SECONDS = 30 * 60
_ACTIONS = {"confirm": rv.CONFIRMED, "dismiss": rv.DISMISSED, "accept": rv.ACCEPTED}
#: Folders under reports/ that are not part of the public archive (the digest outbox).
PRIVATE_DIRS = ("outbox",)


def security_headers() -> dict[str, str]:
    """Headers on every response: no inline script, styles only from us or our exact stylesheet."""
    csp = (
        "default-src 'none'; script-src 'self'; "
        f"style-src 'self' {css_hash()}; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cache-Control": "no-cache",
    }


@dataclass
class ReviewMode:
    """`watcher serve --review`: the form token of this process and the origins allowed to POST.

    The token is random per process and only ever sent inside our own pages; the origins are
    the server's own addresses, fixed when it binds, never taken from the request's Host header
    (which a rebound DNS name would control).
    """

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    origins: set[str] = field(default_factory=set)
    #: On an address other than loopback, the token a reviewer must give once (from the
    #: environment); None on loopback, where the forms need no more than their own token.
    access: str | None = None

    def access_cookie(self) -> str:
        """What the browser keeps once the access token was given: a keyed digest, never the
        token itself."""
        assert self.access is not None
        return hmac.new(self.access.encode(), b"watcher-review", "sha256").hexdigest()

    def admits(self, cookies: str) -> bool:
        """May this request see and use the review forms?"""
        if self.access is None:
            return True
        given = _cookie(cookies, ACCESS_COOKIE)
        return bool(given) and hmac.compare_digest(given.encode(), self.access_cookie().encode())

    def allow(self, host: str, port: int) -> None:
        """Accept forms from pages served at this address (and its loopback names)."""
        names = {host}
        if host in ("127.0.0.1", "::1", "localhost"):
            names |= {"127.0.0.1", "[::1]", "localhost"}
        for name in names:
            shown = f"[{name}]" if ":" in name and not name.startswith("[") else name
            self.origins.add(f"http://{shown}:{port}")


@dataclass(frozen=True)
class Response:
    """What the server sends back."""

    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


#: The review access cookie, and the environment variable that holds the access token.
ACCESS_COOKIE = "watcher_review_access"
ACCESS_ENV = "WATCHER_REVIEW_TOKEN"
#: An access token shorter than this is refused: it would be guessed.
MIN_ACCESS_TOKEN = 16


def _cookie(cookies: str, name: str) -> str:
    """One cookie's value from the request's Cookie header ('' when absent or unreadable)."""
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(cookies)
    except CookieError:
        return ""
    return jar[name].value if name in jar else ""


def _redirect(to: str) -> Response:
    return Response(303, b"", "text/plain; charset=utf-8", {"Location": to})


def _html(text: str, status: int = 200) -> Response:
    return Response(status, text.encode("utf-8"))


def _not_found(message: str = "There is no page at this address.") -> Response:
    return _html(render_not_found(message), 404)


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name) or [""]
    return values[0].strip()[:MAX_QUERY]


def _page_number(params: dict[str, list[str]]) -> int:
    raw = _one(params, "page")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 10**6 else 1


def parse_filter(
    params: dict[str, list[str]], tz: tzinfo = UTC
) -> tuple[q.FindingFilter, list[str]]:
    """The findings filter from query parameters, with a message for each value not understood.

    Dates name days in `tz`, the zone the pages show dates in.
    """
    errors: list[str] = []
    status = _one(params, "status")
    if status and status not in STATUSES:
        errors.append(f"Unknown status {status!r}: choose one of {', '.join(STATUSES)}.")
        status = ""
    dates: dict[str, date | None] = {}
    for name, label in (("since", "From"), ("until", "To")):
        raw = _one(params, name)
        dates[name] = None
        if raw:
            try:
                dates[name] = date.fromisoformat(raw)
            except ValueError:
                errors.append(f"{label} date {raw!r} is not a date like 2026-11-24.")
    # The first and last days there are, give or take a zone's offset, bound nothing.
    if dates["since"] is not None and dates["since"] <= _FIRST_DAYS:
        dates["since"] = None
    if dates["until"] is not None and dates["until"] >= _LAST_DAYS:
        dates["until"] = None
    flt = q.FindingFilter(
        status=status,
        since=dates["since"],
        until=dates["until"],
        outlet=_one(params, "outlet"),
        q=_one(params, "q"),
        tz=tz,
    )
    return flt, errors


class ArchiveApp:
    """The archive: routes to pages rendered from the database and the reports folder; read-only
    unless a `ReviewMode` is given."""

    def __init__(self, config: Config, db: Database, review: ReviewMode | None = None) -> None:
        self.config = config
        self.db = db
        self.review = review
        self.reports_dir = config.reports_dir.resolve()
        self.tz = config.schedule.tz
        self.headers = security_headers()
        self.routes: list[tuple[re.Pattern[str], Callable[..., Response]]] = [
            (re.compile(r"^/(?:index\.html)?$"), self.index),
            (re.compile(r"^/runs/([^/]+)$"), self.run),
            (re.compile(r"^/findings/?$"), self.findings),
            (re.compile(r"^/findings/([^/]+)$"), self.finding),
            (re.compile(r"^/baseline/?$"), self.baseline),
            (re.compile(r"^/feed\.atom$"), self.feed),
            (re.compile(r"^/findings\.atom$"), self.findings_feed),
            (re.compile(r"^/static/([^/]+)$"), self.static),
            (re.compile(r"^/favicon\.ico$"), self.no_icon),
        ]
        if review is not None:
            self.headers["Referrer-Policy"] = "same-origin"

    def respond(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        origin: str | None = None,
        cookies: str = "",
    ) -> Response:
        """Answer one request. Only GET and HEAD are allowed, unless `--review` turned on the
        review forms, which POST to `/findings/<id>/review`."""
        parts = urlsplit(target)
        review_post = re.match(r"^/findings/([^/]+)/review$", parts.path)
        if method == "POST" and self.review is not None and parts.path == "/review/login":
            return self.login(body, origin)
        if method == "POST" and self.review is not None and review_post:
            if not self.review.admits(cookies):
                return _refused("Give this server's access token at /review first.")
            return self.post_review(unquote(review_post.group(1)), body, origin)
        if method not in ("GET", "HEAD"):
            allow = "GET, HEAD, POST" if self.review is not None and review_post else "GET, HEAD"
            return Response(
                405, b"Method not allowed\n", "text/plain; charset=utf-8", {"Allow": allow}
            )
        params = parse_qs(parts.query, keep_blank_values=True)
        if self.review is not None and re.match(r"^/review/?$", parts.path):
            if not self.review.admits(cookies):
                return _html(render_review_login(failed=False))
            return self.to_review(params, cookies)
        for pattern, handler in self.routes:
            match = pattern.match(parts.path)
            if match:
                if handler == self.finding:
                    return self.finding(params, unquote(match.group(1)), cookies)
                return handler(params, *(unquote(g) for g in match.groups()))
        return self.archive_file(parts.path)

    def index(self, params: dict[str, list[str]]) -> Response:
        page = q.runs_page(self.db, _page_number(params), RUNS_PER_PAGE)
        totals = q.status_totals(self.db)
        return _html(render_index(page.items, totals, page.total, WEB, page, self.tz))

    def run(self, _params: dict[str, list[str]], run_id: str) -> Response:
        if not _ID.match(run_id):
            return _not_found("No run has that id.")
        report = archive.load_report(self.config, self.db, run_id)
        if report is None:
            return _not_found(f"No run {run_id!r} in the archive.")
        return _html(
            render_report(report, WEB, self.tz, max_entry_age_days=self.config.max_entry_age_days)
        )

    def findings(self, params: dict[str, list[str]]) -> Response:
        flt, errors = parse_filter(params, self.tz)
        page = q.search_findings(self.db, flt, _page_number(params), FINDINGS_PER_PAGE)
        body = render_findings(page, flt, q.outlets(self.db), errors, self.tz)
        return _html(body, 400 if errors else 200)

    def finding(
        self, _params: dict[str, list[str]], finding_id: str, cookies: str = ""
    ) -> Response:
        found = q.get_finding(self.db, finding_id) if _ID.match(finding_id) else None
        if found is None:
            return _not_found("No finding has that id.")
        view = None
        if self.review is not None and self.review.admits(cookies):
            view = ReviewView(self.review.token, rv.history(self.db, finding_id), rv.LABELS)
        return _html(render_finding(found, self.tz, view))

    def to_review(self, _params: dict[str, list[str]], cookies: str = "") -> Response:
        """Unreviewed findings, newest and most severe first, each with its buttons; those first
        seen since the last visit (a cookie holding its time) are marked."""
        assert self.review is not None
        items = rv.list_reviewed(self.db, rv.UNREVIEWED, limit=TO_REVIEW + 1)
        view = ReviewView(self.review.token, (), rv.LABELS)
        found = [i.finding for i in items[:TO_REVIEW]]
        now = int(datetime.now(UTC).timestamp())
        previous, latest = _visits(cookies)
        if now - latest > VISIT_GAP_SECONDS:
            previous = latest  # a new visit: the last one's end is what "new" is measured from
        last = datetime.fromtimestamp(previous, UTC) if previous else None
        page = render_review(found, view, self.tz, more=len(items) > TO_REVIEW, last_visit=last)
        response = _html(page)
        stamp = f"{previous}-{now}"
        response.headers["Set-Cookie"] = (
            f"{VISIT_COOKIE}={stamp}; Max-Age=31536000; Path=/review; HttpOnly; SameSite=Strict"
        )
        return response

    def login(self, body: bytes, origin: str | None) -> Response:
        """The access token given once: the browser keeps a digest of it for the review pages."""
        assert self.review is not None
        if self.review.access is None:
            return _redirect("/review")
        if origin is None or origin not in self.review.origins:
            return _refused("The request did not come from this server's own pages.")
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        given = (form.get("access") or [""])[0]
        if not hmac.compare_digest(given.encode(), self.review.access.encode()):
            return _html(render_review_login(failed=True), 403)
        response = _redirect("/review")
        response.headers["Set-Cookie"] = (
            f"{ACCESS_COOKIE}={self.review.access_cookie()}; Max-Age=86400; Path=/; HttpOnly; "
            "SameSite=Strict"
        )
        return response

    def post_review(self, finding_id: str, body: bytes, origin: str | None) -> Response:
        """One review action from a form: our own origin and token, else refused and nothing done."""
        assert self.review is not None
        if origin is None or origin not in self.review.origins:
            return _refused("The request did not come from this server's own pages.")
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        token = (form.get("csrf") or [""])[0]
        if not hmac.compare_digest(token.encode(), self.review.token.encode()):
            return _refused("The form is stale or forged: reload the page and try again.")
        if not _ID.match(finding_id):
            return _not_found("No finding has that id.")
        action = (form.get("action") or [""])[0]
        label = (form.get("label") or [""])[0]
        note = " ".join((form.get("note") or [""])[0].split())[:MAX_NOTE]
        reviewer = self.config.effective_reviewer
        now = datetime.now(UTC)
        try:
            if action == "undo":
                restored = rv.undo(self.db, finding_id, reviewer=reviewer, at=now)
                logged(finding_id, "undo", restored.state if restored else rv.UNREVIEWED, reviewer)
            elif action in _ACTIONS:
                state = _ACTIONS[action]
                made = rv.decide(
                    self.db,
                    finding_id,
                    state,
                    reviewer=reviewer,
                    at=now,
                    label=label if state == rv.DISMISSED else "",
                    note=note,
                )
                logged(finding_id, made.state, made.label, reviewer)
            else:
                return _html(render_not_found(f"Unknown action {action!r}."), 400)
        except ReviewError as exc:
            return _html(render_not_found(str(exc)), 409 if "no finding" not in str(exc) else 404)
        back = (form.get("next") or [""])[0]
        if not (back.startswith("/") and not back.startswith("//") and "\\" not in back):
            back = f"/findings/{finding_id}"
        return Response(303, b"", "text/plain; charset=utf-8", {"Location": back})

    def baseline(self, _params: dict[str, list[str]]) -> Response:
        path = self.config.baseline
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problem = f"The baseline file {path} does not exist; run `watcher baseline build`."
            return _html(render_baseline({}, problem), 404)
        except (OSError, ValueError) as exc:
            problem = f"The baseline file {path} cannot be read: {exc}"
            return _html(render_baseline({}, problem), 500)
        return _html(render_baseline(doc))

    def feed(self, _params: dict[str, list[str]]) -> Response:
        body = archive.feed_atom(self.db, tz=self.tz).encode("utf-8")
        return Response(200, body, ARCHIVE_TYPES[".atom"])

    def findings_feed(self, params: dict[str, list[str]]) -> Response:
        """Findings as Atom, newest first; `status` and `review` narrow it."""
        status, state = _one(params, "status"), _one(params, "review")
        if (status and status not in STATUSES) or (state and state not in rv.STATES):
            message = (
                f"Choose status from {', '.join(STATUSES)} and review from {', '.join(rv.STATES)}."
            )
            return Response(400, message.encode(), "text/plain; charset=utf-8")
        items = rv.list_reviewed(self.db, state, limit=FEED_FINDINGS, status=status)
        query = urlencode({k: v for k, v in (("status", status), ("review", state)) if v})
        updated = max((i.finding.first_seen for i in items), default=datetime.now(UTC))
        body = render_findings_atom(items, updated, query, self.tz).encode("utf-8")
        return Response(200, body, ARCHIVE_TYPES[".atom"])

    def static(self, _params: dict[str, list[str]], name: str) -> Response:
        if name not in STATIC_FILES:
            return _not_found()
        return Response(200, static_text(name).encode("utf-8"), STATIC_FILES[name])

    def no_icon(self, _params: dict[str, list[str]]) -> Response:
        """Browsers ask for an icon on every page; answering 'none' keeps their consoles clean."""
        return Response(204, b"", "image/x-icon")

    def archive_file(self, raw_path: str) -> Response:
        """A file written by `archive.publish`, never anything outside reports/ or in the outbox."""
        path = unquote(raw_path)
        segments = path.strip("/").split("/")
        if (
            "\x00" in path
            or "\\" in path
            or any(s in ("", ".", "..") or s.startswith(".") for s in segments)
            or segments[0] in PRIVATE_DIRS
        ):
            return _not_found()
        suffix = Path(segments[-1]).suffix
        if suffix not in ARCHIVE_TYPES:
            return _not_found()
        if _crosses_a_link(self.reports_dir, segments):
            return _not_found()
        target = self.reports_dir.joinpath(*segments).resolve()
        if not target.is_relative_to(self.reports_dir) or not target.is_file():
            return _not_found()
        try:
            return Response(200, target.read_bytes(), ARCHIVE_TYPES[suffix])
        except OSError:
            return _not_found()


def _visits(cookies: str) -> tuple[int, int]:
    """When the reader's previous visit ended and their latest page load, in Unix seconds, from
    our cookie (0: never).

    Loads less than `VISIT_GAP_SECONDS` apart are one visit, so acting on a finding (which
    reloads the page) does not make the others stop being new.
    """
    jar = SimpleCookie()
    try:
        jar.load(cookies)
    except CookieError:
        return 0, 0
    raw = jar[VISIT_COOKIE].value if VISIT_COOKIE in jar else ""
    parts = raw.split("-")
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 12 for p in parts):
        return 0, 0
    return int(parts[0]), int(parts[1])


def _refused(message: str) -> Response:
    return _html(render_not_found(message), 403)


def _crosses_a_link(root: Path, segments: list[str]) -> bool:
    """Whether any step from `root` down `segments` is a symlink.

    The archive writes only real files and folders, so a link under reports/ was put there by
    someone else and may lead anywhere (the outbox, /etc); none is followed, even one that
    stays inside.
    """
    path = root
    for segment in segments:
        path = path / segment
        if path.is_symlink():
            return True
    return False


def wsgi_app(app: ArchiveApp) -> WSGIApplication:
    """`app` as a WSGI application, so a pooled, timed-out server can carry it."""

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        method = str(environ.get("REQUEST_METHOD", "GET"))
        raw = str(environ.get("REQUEST_URI") or environ.get("PATH_INFO") or "/")
        target = raw.encode("latin-1", "replace").decode("utf-8", "replace")
        body = b""
        if method == "POST" and app.review is not None:
            raw_length = str(environ.get("CONTENT_LENGTH") or "0")
            length = int(raw_length) if raw_length.isdigit() else 0
            body = environ["wsgi.input"].read(min(length, MAX_FORM_BYTES))
        origin = environ.get("HTTP_ORIGIN")
        cookies = str(environ.get("HTTP_COOKIE", ""))[:4096]
        try:
            response = app.respond(
                method, target, body, None if origin is None else str(origin), cookies
            )
        except Exception as exc:  # one broken page must not stop the server
            log_event(log, logging.ERROR, "request failed", path=target, error=repr(exc))
            response = Response(500, b"The archive could not be read.\n", "text/plain")
        headers = {**app.headers, **response.headers}
        headers["Content-Type"] = response.content_type
        headers["Content-Length"] = str(len(response.body))
        phrase = HTTPStatus(response.status).phrase
        client = str(environ.get("REMOTE_ADDR", ""))
        log_event(log, logging.DEBUG, "request", client=client, line=f"{method} {target}")
        start_response(f"{response.status} {phrase}", list(headers.items()))
        return [] if method == "HEAD" else [response.body]

    return application


@dataclass(frozen=True)
class ServeLimits:
    """How much the server takes on at once, and how long it waits for a quiet client.

    Requests are read whole by one event loop before a worker sees them, so a slow or idle
    client holds a socket, never a worker; it is dropped after `idle_timeout` seconds quiet.
    """

    threads: int = 8
    backlog: int = 1024
    connection_limit: int = 500
    idle_timeout: int = 15
    cleanup_interval: int = 2
    max_header_bytes: int = 16 * 1024
    max_body_bytes: int = 0  # no request bodies: the archive is read-only unless --review


class ArchiveServer:
    """The archive behind waitress: a bounded worker pool, a deep backlog, idle clients dropped."""

    def __init__(self, app: ArchiveApp, host: str, port: int, limits: ServeLimits) -> None:
        # Requests waiting for a worker is the pool doing its job, not something to warn about.
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        self._map: dict[int, Any] = {}
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()
        try:
            self._server: Any = self._create(app, host, port, limits)
        except BaseException:
            # A failed bind leaves waitress's half-made socket in our map: close it here.
            wasyncore.close_all(self._map)
            raise
        listening = getattr(self._server, "effective_listen", None) or [
            (self._server.effective_host, self._server.effective_port)
        ]
        self.server_address: tuple[str, int] = (str(listening[0][0]), int(listening[0][1]))

    def _create(self, app: ArchiveApp, host: str, port: int, limits: ServeLimits) -> Any:
        return create_server(
            wsgi_app(app),
            map=self._map,
            host=host,
            port=port,
            threads=limits.threads,
            backlog=limits.backlog,
            connection_limit=limits.connection_limit,
            channel_timeout=limits.idle_timeout,
            cleanup_interval=limits.cleanup_interval,
            max_request_header_size=limits.max_header_bytes,
            max_request_body_size=limits.max_body_bytes,
            ident="Watcher",
            expose_tracebacks=False,
        )

    def serve_forever(self, poll_interval: float = 0.2) -> None:
        """Answer requests until `shutdown` is called from another thread."""
        self._stop.clear()
        self._stopped.clear()
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=poll_interval, map=self._map, use_poll=True, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` and wait until it has returned."""
        self._stop.set()
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the listening socket and every connection, and stop the workers."""
        self._server.task_dispatcher.shutdown()
        wasyncore.close_all(self._map)


def make_server(
    config: Config,
    host: str = "127.0.0.1",
    port: int = 8000,
    limits: ServeLimits | None = None,
    review: bool = False,
) -> ArchiveServer:
    """Bind the archive server (port 0 picks a free port); the caller runs `serve_forever`.

    With `review`, the review forms are on; only on a loopback address, since a form is
    authorised by nothing more than coming from the server's own pages.
    """
    if not 0 <= port <= 65535:
        raise WatcherError(
            f"cannot listen on port {port}: a port is a number from 0 to 65535",
            hint="choose a --port such as 8000, or 0 for any free port",
        )
    mode = ReviewMode() if review else None
    if mode is not None and not _loopback(host):
        access = os.environ.get(ACCESS_ENV, "")
        if len(access) < MIN_ACCESS_TOKEN:
            raise WatcherError(
                f"--review on {host}, not a loopback address, needs an access token of at least "
                f"{MIN_ACCESS_TOKEN} characters in {ACCESS_ENV}",
                hint=f"export {ACCESS_ENV}=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))'), "
                "or serve on 127.0.0.1",
            )
        mode.access = access
    db = open_database(config.database_url)
    app = ArchiveApp(config, db, mode)
    chosen = limits or ServeLimits()
    if mode is not None and chosen.max_body_bytes == 0:
        chosen = replace(chosen, max_body_bytes=MAX_FORM_BYTES)
    try:
        server = ArchiveServer(app, host, port, chosen)
    except ValueError as exc:  # waitress: the host does not resolve to an address
        db.close()
        raise WatcherError(
            f"cannot listen on {host or '(empty host)'}:{port}: not an address of this machine",
            hint="give --host an IP address such as 127.0.0.1 or ::1, or a name that resolves",
        ) from exc
    except OSError as exc:
        db.close()
        raise WatcherError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}",
            hint="choose another --port, or stop what is using it",
        ) from exc
    if mode is not None:
        mode.allow(host, server.server_address[1])
    return server


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"
