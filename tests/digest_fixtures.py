"""Digest test data: a real SQLite file filled through the schema, and a real SMTP server."""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.pg_fixtures import selected_database
from watcher import config as config_module
from watcher.config import Config
from watcher.store.db import Database
from watcher.store.schema import feeds, finding_sources, findings, open_database, runs

NOW = datetime(2026, 11, 22, 5, 0, tzinfo=UTC)  # 07:00 in Kyiv
RUN_ID = "r-20261121T0800Z"

#: Feed text written to run script if it is ever interpreted rather than shown.
HOSTILE_TEXT = (
    "Ukraine will <script>window.pwned=1</script> never join NATO "
    '<img src=x onerror="window.pwned=2">, the plan says.'
)
HOSTILE_OUTLET = '<b onmouseover="window.pwned=3">Evil News</b>'
HOSTILE_TITLE = '"><svg onload="window.pwned=4">'
HOSTILE_URL = "javascript:window.pwned=5"
#: Another sentence of the hostile entry taken as the same development: markup and a terminal
#: escape sequence.
HOSTILE_ALSO = (
    'Moscow agreed <iframe src="https://evil.example/" onload="window.pwned=7"></iframe>\x1b[2J,'
    " aides said."
)
#: The entry's lead, told as the same development as its title (the finding's text).
ALSO_TOLD = "Ministers in Kyiv said the clause would be struck out before any signing."


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


#: The feeds the sample runs report on; the digest lists failures of configured feeds only.
MONITORED = ("https://ok.example/rss", "https://down.example/rss", "https://flaky.example/rss")


def make_config(tmp_path: Path, **email: Any) -> Config:
    """A config whose database and reports live under tmp_path, monitoring `MONITORED`."""
    raw: dict[str, Any] = {"data_dir": str(tmp_path), "schedule": {"timezone": "Europe/Kyiv"}}
    raw["email"] = {"to": ["analyst@example.org"], "from": "watcher@example.org", **email}
    raw["feeds"] = [{"url": url} for url in MONITORED]
    if selected_database():
        raw["database"] = selected_database()
    return config_module.from_mapping(raw, tmp_path, source="test")


def engine_for(config: Config) -> Database:
    """The config's database, migrated."""
    return open_database(config.database_url)


def add_run(
    engine: Database,
    run_id: str = RUN_ID,
    started_at: datetime = NOW - timedelta(hours=21),
    outcomes: Sequence[dict[str, Any]] = (),
) -> None:
    """A finished run with its per-feed outcomes."""
    with engine.begin() as conn:
        conn.execute(
            runs.insert().values(
                id=run_id,
                started_at=started_at,
                finished_at=started_at + timedelta(minutes=1),
                state="ok",
                trigger="schedule",
                counts={},
                feeds=list(outcomes),
            )
        )


def set_feed_state(
    engine: Database, url: str, name: str, state: str, since: datetime | None
) -> None:
    """The feeds table row a check leaves behind."""
    with engine.begin() as conn:
        conn.execute(
            feeds.insert().values(
                url=url, name=name, last_state=state, failing_since=since, last_checked_at=NOW
            )
        )


@dataclass
class SourceRow:
    outlet: str
    url: str
    title: str = ""
    published: datetime | None = NOW - timedelta(hours=20)
    entry_key: str = ""
    #: The entry's sentences that carry the finding, as the check stores them.
    sentences: tuple[str, ...] = ()


def add_finding(
    engine: Database,
    fid: str,
    status: str,
    text: str,
    *,
    sources: Sequence[SourceRow] = (),
    cue: str = "",
    baseline_text: str = "",
    baseline_source: str = "",
    diff: Sequence[tuple[int, str]] = (),
    run_id: str = RUN_ID,
    first_seen: datetime = NOW - timedelta(hours=20),
    digest_id: str | None = None,
) -> None:
    """A stored finding and its sources, as a check writes them."""
    with engine.begin() as conn:
        conn.execute(
            findings.insert().values(
                id=fid,
                status=status,
                text=text,
                cue=cue,
                score=0.8,
                baseline_id="c-1" if baseline_text else "",
                baseline_text=baseline_text,
                baseline_source=baseline_source,
                diff=[list(d) for d in diff],
                run_id=run_id,
                first_seen=first_seen,
                last_seen=first_seen,
                source_count=len(sources),
                digest_id=digest_id,
            )
        )
        for i, src in enumerate(sources):
            conn.execute(
                finding_sources.insert().values(
                    finding_id=fid,
                    run_id=run_id,
                    feed_url=f"https://feeds.example/{i}",
                    entry_key=src.entry_key or f"{fid}-{i}",
                    outlet=src.outlet,
                    url=src.url,
                    title=src.title,
                    published=src.published,
                    seen_at=first_seen,
                    sentences=list(src.sentences) or None,
                )
            )


CONTRADICTION = (
    "Under the plan Ukraine would write into its constitution that it will never join NATO."
)


def fill_sample(engine: Database, *, hostile: bool = True) -> None:
    """One run with a failed feed, and 1 contradicted, 2 changed, 1 new finding.

    With `hostile`, the contradicted finding's text, outlet, title and link are attacks.
    """
    add_run(
        engine,
        outcomes=[
            {"url": "https://ok.example/rss", "name": "OK Feed", "state": "ok"},
            {
                "url": "https://down.example/rss",
                "name": "Down Feed",
                "state": "error",
                "error_kind": "timeout",
                "error": "no answer in 20 s",
            },
        ],
    )
    set_feed_state(
        engine, "https://down.example/rss", "Down Feed", "error", NOW - timedelta(hours=21)
    )
    add_finding(
        engine,
        "f-new000000001",
        "new",
        "Zelensky's victory plan puts an invitation to NATO first.",
        sources=[
            SourceRow("Kyiv Independent", "https://kyivindependent.example/a", "Victory plan")
        ],
        cue="no baseline claim covers it",
    )
    add_finding(
        engine,
        "f-chg000000001",
        "changed",
        "Sweden became the alliance's 32nd member in March 2024.",
        sources=[
            SourceRow("Reuters", "https://reuters.example/sweden", "Sweden joins"),
            SourceRow("BBC News", "https://bbc.example/sweden", "Sweden in NATO"),
        ],
        cue="31 -> 32",
        baseline_text="NATO has 31 members; Sweden is waiting on Turkey.",
        baseline_source="Foreign Policy, July 2023",
        diff=[
            (-1, "NATO has 31 members; Sweden is waiting on Turkey."),
            (1, "Sweden became the alliance's 32nd member in March 2024."),
        ],
    )
    add_finding(
        engine,
        "f-chg000000002",
        "changed",
        "Mark Rutte is NATO secretary general.",
        sources=[SourceRow("NATO News", "https://nato.example/rutte", "Rutte takes office")],
        cue="nato secretary general: stoltenberg -> rutte",
        baseline_text="Jens Stoltenberg is NATO secretary general.",
        baseline_source="Carnegie Endowment, April 2024",
        diff=[(-1, "Jens Stoltenberg"), (1, "Mark Rutte"), (0, " is NATO secretary general.")],
    )
    add_finding(
        engine,
        "f-con000000001",
        "contradicted",
        HOSTILE_TEXT if hostile else CONTRADICTION,
        sources=[
            SourceRow(
                HOSTILE_OUTLET,
                HOSTILE_URL,
                HOSTILE_TITLE,
                sentences=(HOSTILE_TEXT, HOSTILE_ALSO),
            )
            if hostile
            else SourceRow(
                "The Guardian",
                "https://guardian.example/plan",
                "The peace plan",
                sentences=(CONTRADICTION, ALSO_TOLD),
            )
        ],
        cue='"never join" vs "future is in NATO"',
        baseline_text="Ukraine's future is in NATO.",
        baseline_source="NATO Washington Summit Declaration, July 2024",
        diff=[
            (-1, "Ukraine's future is in NATO."),
            (1, "<script>window.pwned=6</script>" if hostile else CONTRADICTION),
        ],
    )


@dataclass
class Received:
    """One message the server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    """Keeps what arrives; `fail_data` makes the server refuse DATA with a 4xx."""

    received: list[Received] = field(default_factory=list)
    fail_data: str = ""

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.fail_data:
            return self.fail_data
        content = envelope.original_content or envelope.content or b""
        assert isinstance(content, bytes)
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), content))
        return "250 Message accepted for delivery"


class PasswordAuthenticator:
    """Accepts one user and password; records every attempt."""

    def __init__(self, user: str, password: str) -> None:
        self.user = user.encode()
        self.password = password.encode()
        self.attempts: list[tuple[bytes, bytes]] = []

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        self.attempts.append((data.login, data.password))
        ok = data.login == self.user and data.password == self.password
        # handled=False: the server answers a failure with 535 itself.
        return AuthResult(success=ok, handled=False)


@dataclass
class SmtpServer:
    """A running aiosmtpd server on loopback."""

    controller: Controller
    handler: RecordingHandler
    port: int

    def stop(self) -> None:
        self.controller.stop()


def start_smtp(port: int | None = None, **kwargs: Any) -> SmtpServer:
    """Start aiosmtpd on 127.0.0.1 (the given port, else a free one)."""
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter per connection
    handler = RecordingHandler()
    port = port or free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    return SmtpServer(controller, handler, port)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server (no TLS, no AUTH) for one test."""
    server = start_smtp()
    try:
        yield server
    finally:
        server.stop()


def silent_server() -> tuple[socket.socket, int]:
    """A listener that accepts connections and never says a word: an SMTP timeout."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    return sock, int(sock.getsockname()[1])


def server_tls_context(cert_pem: Path, key_pem: Path) -> ssl.SSLContext:
    """The server side of TLS with a test certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert_pem), str(key_pem))
    return context
