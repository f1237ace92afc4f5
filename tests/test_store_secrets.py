"""A password never reaches the terminal, the JSON status or the database.

Through the real CLI, a real aiosmtpd server and the SQLite file: a password typed into
`password_env` by mistake is refused at load without being repeated; a password that looks
like a variable's name is never echoed; a server that echoes the password back has it redacted
before it is stored or shown.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import select

from watcher.cli import main
from watcher.store.schema import digests

from .digest_fixtures import NOW, engine_for, fill_sample, make_config, start_smtp

VIEWS = (["status"], ["status", "--json"], ["digest", "--send"])


def _config(tmp_path: Path, port: int, password_env: str) -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(
        f'data_dir = "{tmp_path}"\n[email]\nto = ["a@example.org"]\nhost = "127.0.0.1"\n'
        f'port = {port}\nstarttls = false\ntimeout_seconds = 5\nusername = "watcher"\n'
        f'password_env = "{password_env}"\n',
        encoding="utf-8",
    )
    return path


def _run(capsys: pytest.CaptureFixture[str], config: Path, *argv: str) -> tuple[int, str]:
    code = main(["--config", str(config), *argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def _stored_errors(tmp_path: Path) -> list[str]:
    db = engine_for(make_config(tmp_path))
    try:
        with db.connect() as conn:
            return [str(e) for e in conn.execute(select(digests.c.last_error)).scalars()]
    finally:
        db.close()


@pytest.mark.parametrize("typed", ["hunter2!Correct-Horse", "pass word", "s3cr=t"])
def test_a_password_typed_into_password_env_is_refused_without_repeating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    config = _config(tmp_path, 2525, typed)
    for argv in (*VIEWS, ["check"]):
        code, output = _run(capsys, config, *argv)
        assert code == 1
        assert "email.password_env: must be the name of an environment variable" in output
        assert typed not in output
    assert not (tmp_path / "watcher.db").exists()


def test_a_password_that_looks_like_a_name_is_never_echoed_or_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = "Tr0ub4dorAndHorse9"
    fill_sample(engine_for(make_config(tmp_path)))
    server = start_smtp(auth_require_tls=False)
    try:
        config = _config(tmp_path, server.port, typed)
        code, output = _run(capsys, config, "digest", "--send")
        assert code == 1
        assert "the variable named by email.password_env is not set" in output
        for argv in VIEWS:
            assert typed not in _run(capsys, config, *argv)[1]
    finally:
        server.stop()
    [stored] = _stored_errors(tmp_path)
    assert "is not set" in stored and typed not in stored
    assert server.handler.received == []


class EchoingAuthenticator:
    """A server that refuses the login and quotes the password back in its reply."""

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        password = data.password.decode()
        return AuthResult(
            success=False, handled=False, message=f"535 5.7.8 bad password {password} for you"
        )


def test_a_password_echoed_by_the_server_is_redacted_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "S3cret-Pass-Value"
    monkeypatch.setenv("WATCHER_TEST_SMTP_PASSWORD", secret)
    fill_sample(engine_for(make_config(tmp_path)))
    server = start_smtp(auth_require_tls=False, authenticator=EchoingAuthenticator())
    try:
        config = _config(tmp_path, server.port, "WATCHER_TEST_SMTP_PASSWORD")
        code, output = _run(capsys, config, "digest", "--send")
        assert code == 1
        assert "auth failed: 535 5.7.8 bad password *** for you" in output
        for argv in VIEWS:
            assert secret not in _run(capsys, config, *argv)[1]
    finally:
        server.stop()
    [stored] = _stored_errors(tmp_path)
    assert stored == "auth failed: 535 5.7.8 bad password *** for you"


def test_status_redacts_a_password_stored_by_an_earlier_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Old-Leaked-Secret"
    monkeypatch.setenv("WATCHER_TEST_SMTP_PASSWORD", secret)
    db = engine_for(make_config(tmp_path))
    try:
        fill_sample(db)
        with db.begin() as conn:
            conn.execute(
                digests.insert().values(
                    id="d-old",
                    message_id="<d-old@example.org>",
                    created_at=NOW - timedelta(days=2),
                    subject="s",
                    recipients=["a@example.org"],
                    message=b"x",
                    state="pending",
                    attempts=1,
                    last_error=f"auth failed: 535 wrong password {secret}",
                    finding_count=0,
                )
            )
    finally:
        db.close()
    config = _config(tmp_path, 2525, "WATCHER_TEST_SMTP_PASSWORD")
    for argv in (["status"], ["status", "--json"]):
        output = _run(capsys, config, *argv)[1]
        assert "auth failed: 535 wrong password ***" in output
        assert secret not in output
