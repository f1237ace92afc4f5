"""Digests against a real aiosmtpd server on loopback: what arrives, failures, retries, TLS, AUTH."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from sqlalchemy import select

from watcher.cli import main
from watcher.config import Config, from_mapping
from watcher.digest.run import pending_digests, retry_pending, run_digest
from watcher.errors import ConfigError
from watcher.store import outbox
from watcher.store.db import Database
from watcher.store.schema import digests

from .digest_fixtures import (
    NOW,
    PasswordAuthenticator,
    SmtpServer,
    engine_for,
    fill_sample,
    free_port,
    make_config,
    server_tls_context,
    silent_server,
    smtp_server,
    start_smtp,
)

__all__ = ["smtp_server"]

PASSWORD_ENV = "DIGEST_TEST_SMTP_PASSWORD"


def plain(tmp_path: Path, port: int, **email: object) -> Config:
    return make_config(
        tmp_path, host="127.0.0.1", port=port, starttls=False, timeout_seconds=5, **email
    )


def row(engine: Database, digest_id: str) -> dict[str, object]:
    with engine.connect() as conn:
        found = conn.execute(select(digests).where(digests.c.id == digest_id)).mappings().one()
        return dict(found)


def test_what_arrives(tmp_path: Path, smtp_server: SmtpServer) -> None:
    config = plain(tmp_path, smtp_server.port, base_url="https://watcher.example")
    engine = engine_for(config)
    fill_sample(engine)
    result = run_digest(config, send=True, now=NOW)

    assert result.via == "smtp" and result.sent == (result.digest_id,) and not result.errors
    [got] = smtp_server.handler.received
    assert got.mail_from == "watcher@example.org"
    assert got.rcpt_tos == ["analyst@example.org"]
    message = got.message
    stored = row(engine, result.digest_id)
    assert message["Message-ID"] == stored["message_id"] == f"<{result.digest_id}@example.org>"
    assert message["Subject"] == "Ukraine-NATO path: 1 contradicted, 2 changed, 1 new (22 Nov 2026)"
    assert message["To"] == "analyst@example.org" and message["Date"]
    assert message.get_content_type() == "multipart/alternative"
    kinds = [p.get_content_type() for p in message.iter_parts()]
    assert kinds == ["text/plain", "text/html"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert text.count("Sweden became the alliance's [[32nd]] member") == 1
    assert 'href="https://watcher.example/findings/f-new000000001"' in html
    assert "&lt;script&gt;" in html and "<script" not in html.lower()
    assert 'style="' in html and "<style" not in html  # CSS inlined for mail clients
    assert stored["state"] == "sent" and stored["attempts"] == 1 and stored["sent_at"]
    assert pending_digests(engine) == []


def test_server_down_then_up_sends_once(tmp_path: Path) -> None:
    port = free_port()
    config = plain(tmp_path, port)
    engine = engine_for(config)
    fill_sample(engine)

    down = run_digest(config, send=True, now=NOW)
    assert down.stored and not down.sent
    assert down.errors[down.digest_id].startswith("connection refused")
    [waiting] = pending_digests(engine)
    assert (waiting.id, waiting.attempts, waiting.finding_count) == (down.digest_id, 1, 4)
    assert "connection refused" in waiting.last_error

    server = start_smtp(port)
    try:
        up = run_digest(config, send=True, now=NOW + timedelta(hours=1))
        assert up.skipped == "no new findings"  # the findings are in the pending digest
        assert up.sent == (down.digest_id,)
        again = run_digest(config, send=True, now=NOW + timedelta(hours=2))
        assert again.sent == ()
        [got] = server.handler.received
    finally:
        server.stop()
    assert got.message["Message-ID"] == f"<{down.digest_id}@example.org>"
    assert row(engine, down.digest_id)["attempts"] == 2
    assert pending_digests(engine) == []


def test_retry_pending_is_what_the_scheduler_calls(tmp_path: Path) -> None:
    port = free_port()
    config = plain(tmp_path, port)
    fill_sample(engine_for(config))
    run_digest(config, send=True, now=NOW)
    server = start_smtp(port)
    try:
        result = retry_pending(config, now=NOW + timedelta(minutes=5))
        assert result is not None and len(result.sent) == 1 and result.pending == ()
        assert retry_pending(config) is None
        assert len(server.handler.received) == 1
    finally:
        server.stop()


def test_refused_data_keeps_digest_pending_with_reason(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    config = plain(tmp_path, smtp_server.port)
    engine = engine_for(config)
    fill_sample(engine)
    smtp_server.handler.fail_data = "451 4.3.0 try again later"
    refused = run_digest(config, send=True, now=NOW)
    assert refused.errors[refused.digest_id] == "refused: 451 4.3.0 try again later"
    assert smtp_server.handler.received == []
    smtp_server.handler.fail_data = ""
    retried = run_digest(config, send=True, now=NOW + timedelta(hours=1))
    assert retried.sent == (refused.digest_id,)
    assert len(smtp_server.handler.received) == 1


def test_timeout_keeps_digest_pending(tmp_path: Path) -> None:
    listener, port = silent_server()
    try:
        config = make_config(
            tmp_path, host="127.0.0.1", port=port, starttls=False, timeout_seconds=0.3
        )
        fill_sample(engine_for(config))
        result = run_digest(config, send=True, now=NOW)
    finally:
        listener.close()
    assert result.errors[result.digest_id].startswith("timeout")
    assert [p.id for p in result.pending] == [result.digest_id]


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Path]]:
    """A CA the test makes, and a certificate for 127.0.0.1 signed by it."""
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ca_pem, cert_pem, key_pem = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca.cert_pem.write_to_path(str(ca_pem))
    cert.cert_chain_pems[0].write_to_path(str(cert_pem))
    cert.private_key_pem.write_to_path(str(key_pem))
    yield ca_pem, cert_pem, key_pem


def starttls_server(tls_files: tuple[Path, Path, Path]) -> tuple[SmtpServer, PasswordAuthenticator]:
    _ca, cert_pem, key_pem = tls_files
    auth = PasswordAuthenticator("watcher", "s3cret-from-env")
    server = start_smtp(
        tls_context=server_tls_context(cert_pem, key_pem),
        require_starttls=True,
        auth_require_tls=True,
        auth_required=True,
        authenticator=auth,
    )
    return server, auth


def test_auth_over_starttls_with_password_from_env(
    tmp_path: Path, tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-from-env")
    server, auth = starttls_server(tls_files)
    try:
        config = make_config(
            tmp_path,
            host="127.0.0.1",
            port=server.port,
            starttls=True,
            username="watcher",
            password_env=PASSWORD_ENV,
            timeout_seconds=5,
        )
        fill_sample(engine_for(config))
        result = run_digest(config, send=True, now=NOW)
        assert result.sent == (result.digest_id,), result.errors
        assert auth.attempts == [(b"watcher", b"s3cret-from-env")]
        assert len(server.handler.received) == 1
    finally:
        server.stop()


def test_wrong_password_is_an_auth_failure_and_nothing_is_sent(
    tmp_path: Path, tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    server, _auth = starttls_server(tls_files)
    try:
        config = make_config(
            tmp_path,
            host="127.0.0.1",
            port=server.port,
            username="watcher",
            password_env=PASSWORD_ENV,
            timeout_seconds=5,
        )
        fill_sample(engine_for(config))
        result = run_digest(config, send=True, now=NOW)
    finally:
        server.stop()
    assert result.errors[result.digest_id].startswith("auth failed: 535")
    assert server.handler.received == []


def test_untrusted_certificate_is_refused(
    tmp_path: Path, tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-from-env")
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-ca.pem"))
    server, auth = starttls_server(tls_files)
    try:
        config = make_config(
            tmp_path,
            host="127.0.0.1",
            port=server.port,
            username="watcher",
            password_env=PASSWORD_ENV,
            timeout_seconds=5,
        )
        fill_sample(engine_for(config))
        result = run_digest(config, send=True, now=NOW)
    finally:
        server.stop()
    assert result.errors[result.digest_id].startswith("TLS error")
    assert auth.attempts == [] and server.handler.received == []


def test_password_is_never_read_from_the_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown setting 'email.password'"):
        from_mapping({"email": {"password": "hunter2"}}, tmp_path)


def test_missing_password_variable_keeps_digest_pending(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    config = plain(tmp_path, smtp_server.port, username="watcher", password_env=PASSWORD_ENV)
    fill_sample(engine_for(config))
    result = run_digest(config, send=True, now=NOW)
    assert PASSWORD_ENV in result.errors[result.digest_id]
    assert smtp_server.handler.received == []


def test_send_empty(tmp_path: Path, smtp_server: SmtpServer) -> None:
    quiet = run_digest(plain(tmp_path, smtp_server.port), send=True, now=NOW)
    assert quiet.skipped and smtp_server.handler.received == []
    eager = run_digest(plain(tmp_path, smtp_server.port, send_empty=True), send=True, now=NOW)
    assert eager.sent == (eager.digest_id,)
    [got] = smtp_server.handler.received
    assert got.message["Subject"] == "Ukraine-NATO path: nothing new (22 Nov 2026)"


def test_claimed_digest_is_not_sent_twice_within_the_lease(tmp_path: Path) -> None:
    config = plain(tmp_path, free_port())
    engine = engine_for(config)
    fill_sample(engine)
    run_digest(config, send=True, now=NOW)  # server down: pending
    lease = timedelta(minutes=5)
    first = outbox.claim(engine, NOW, lease)
    assert len(first) == 1
    assert outbox.claim(engine, NOW + timedelta(minutes=1), lease) == []
    # A sender that died holding the claim: after the lease another run may retry it.
    assert [o.id for o in outbox.claim(engine, NOW + timedelta(minutes=6), lease)] == [first[0].id]


def test_cli_send_exit_status_follows_the_outbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    config_file = tmp_path / "watcher.toml"
    config_file.write_text(
        f'data_dir = "{tmp_path}"\n[email]\nto = ["a@example.org"]\nhost = "127.0.0.1"\n'
        f"port = {port}\nstarttls = false\ntimeout_seconds = 5\n",
        encoding="utf-8",
    )
    fill_sample(engine_for(make_config(tmp_path)))
    assert main(["digest", "--config", str(config_file), "--send"]) == 1
    assert "not sent, kept in the outbox" in capsys.readouterr().out
    server = start_smtp(port)
    try:
        assert main(["digest", "--config", str(config_file), "--send"]) == 0
        assert "sent: d-" in capsys.readouterr().out
    finally:
        server.stop()


def test_cli_send_exits_1_while_a_digest_waits_refused_then_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = start_smtp()
    config_file = tmp_path / "watcher.toml"
    config_file.write_text(
        f'data_dir = "{tmp_path}"\n[email]\nto = ["a@example.org"]\nhost = "127.0.0.1"\n'
        f"port = {server.port}\nstarttls = false\ntimeout_seconds = 5\n",
        encoding="utf-8",
    )
    engine = engine_for(make_config(tmp_path))
    fill_sample(engine)
    send = ["digest", "--config", str(config_file), "--send"]
    try:
        server.handler.fail_data = "451 4.3.0 try again later"
        assert main(send) == 1
        assert "1 digest waiting in the outbox" in capsys.readouterr().out
        [waiting] = pending_digests(engine)

        # Another sender holds it (within its lease): nothing is attempted, and it still waits.
        server.handler.fail_data = ""
        assert outbox.claim(engine, datetime.now(UTC), timedelta(minutes=5))
        assert main(send) == 1
        out = capsys.readouterr().out
        assert "not sent" not in out and "1 digest waiting in the outbox" in out
        assert server.handler.received == []

        # The lease runs out; the server now accepts, and the outbox empties.
        outbox.release(engine, waiting.id, "the other sender stopped")
        assert main(send) == 0
        assert f"sent: {waiting.id}" in capsys.readouterr().out
        assert pending_digests(engine) == []
        assert len(server.handler.received) == 1
    finally:
        server.stop()
        engine.close()


def test_implicit_tls(
    tmp_path: Path, tls_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
    server = start_smtp(ssl_context=server_tls_context(tls_files[1], tls_files[2]))
    try:
        config = make_config(
            tmp_path, host="127.0.0.1", port=server.port, ssl=True, timeout_seconds=5
        )
        fill_sample(engine_for(config))
        result = run_digest(config, send=True, now=NOW)
        assert result.sent == (result.digest_id,), result.errors
        assert len(server.handler.received) == 1
    finally:
        server.stop()


def test_server_without_starttls_is_not_used_in_clear(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    config = make_config(tmp_path, host="127.0.0.1", port=smtp_server.port, timeout_seconds=5)
    fill_sample(engine_for(config))
    result = run_digest(config, send=True, now=NOW)
    assert "STARTTLS" in result.errors[result.digest_id]
    assert smtp_server.handler.received == []


def test_host_without_recipients_is_a_config_error_that_loses_nothing(tmp_path: Path) -> None:
    raw = {"data_dir": str(tmp_path), "email": {"host": "127.0.0.1", "port": free_port()}}
    config = from_mapping(raw, tmp_path)
    engine = engine_for(config)
    fill_sample(engine)
    with pytest.raises(ConfigError, match=r"email\.to is empty"):
        run_digest(config, send=True, now=NOW)
    assert pending_digests(engine) == []
    assert len(outbox.unsent_finding_ids(engine, ["contradicted", "changed", "new"])) == 4
