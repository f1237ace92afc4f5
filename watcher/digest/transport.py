"""Transports for stored digests: SMTP (STARTTLS, SSL, AUTH) or `.eml` files in the outbox folder.

A transport reports each message's fate through a callback as soon as it is known, so the
caller can commit "sent" right after the server accepted DATA, keeping the resend window short.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Sequence
from pathlib import Path

from watcher.config import EmailConfig
from watcher.errors import WatcherError
from watcher.fileio import atomic_write_bytes
from watcher.store.outbox import Outgoing

#: on_result(digest_id, error, note): error "" means accepted; note lists refused recipients.
OnResult = Callable[[str, str, str], None]


def reason(exc: BaseException) -> str:
    """A short, stable description of why a send failed, for the outbox and `watcher status`."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"auth failed: {exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(f"{r} ({c} {_text(m)})" for r, (c, m) in exc.recipients.items())
        return f"recipients refused: {refused}"
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return f"sender refused: {exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"refused: {exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"not supported by the server: {exc}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, TimeoutError):
            return f"timeout: no answer within the timeout ({exc})"
        return f"disconnected: {exc}"
    if isinstance(exc, TimeoutError):
        return f"timeout: {exc or 'no answer'}"
    if isinstance(exc, ConnectionRefusedError):
        return f"connection refused: {exc}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc}"
    if isinstance(exc, OSError):
        return f"network error: {exc}"
    if isinstance(exc, WatcherError):
        return f"{exc}" + (f" ({exc.hint})" if exc.hint else "")
    return f"{exc.__class__.__name__}: {exc}"


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def tls_context() -> ssl.SSLContext:
    """The system's trust store (SSL_CERT_FILE adds a private CA); certificates are verified."""
    return ssl.create_default_context()


def connect(config: EmailConfig, context: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """An SMTP session, upgraded to TLS and logged in as the config asks."""
    context = context or tls_context()
    timeout = config.timeout_seconds
    smtp: smtplib.SMTP
    if config.ssl:
        smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=timeout)
    try:
        smtp.ehlo()
        if config.starttls and not config.ssl:
            smtp.starttls(context=context)
            smtp.ehlo()
        if config.username:
            smtp.login(config.username, config.password())
    except BaseException:
        smtp.close()
        raise
    return smtp


def send_smtp(
    config: EmailConfig,
    sender: str,
    messages: Sequence[Outgoing],
    on_result: OnResult,
    context: ssl.SSLContext | None = None,
) -> None:
    """Send every message in one session; report each one's fate the moment it is known."""
    if not messages:
        return
    try:
        smtp = connect(config, context)
    except (smtplib.SMTPException, OSError, WatcherError) as exc:
        for message in messages:
            on_result(message.id, reason(exc), "")
        return
    try:
        for i, message in enumerate(messages):
            try:
                refused = smtp.sendmail(sender, list(message.recipients), message.message)
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                for rest in messages[i:]:
                    on_result(rest.id, reason(exc), "")
                return
            except smtplib.SMTPException as exc:
                on_result(message.id, reason(exc), "")
                _reset(smtp)
                continue
            note = ""
            if refused:
                note = "accepted, but refused for: " + ", ".join(
                    f"{r} ({c} {_text(m)})" for r, (c, m) in refused.items()
                )
            on_result(message.id, "", note)
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def _reset(smtp: smtplib.SMTP) -> None:
    try:
        smtp.rset()
    except (smtplib.SMTPException, OSError):
        pass


def write_eml(folder: Path, message: Outgoing) -> Path:
    """Write the message as `<digest id>.eml`, atomically, for a mail client or a person to read."""
    path = folder / f"{message.id}.eml"
    atomic_write_bytes(path, message.message)
    return path
