"""Settings, declared once: type, default and help for each, validated when the file loads.

The README's settings table is checked against `SETTINGS` by the test suite, and unknown keys
are rejected with their key path, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from watcher.errors import ConfigError
from watcher.store.schema import database_url

CONFIG_ENV = "WATCHER_CONFIG"
#: The committed baseline, shipped inside the package for runs outside a checkout.
PACKAGED_BASELINE = Path(__file__).resolve().parent / "data" / "claims.json"
DEFAULT_CONFIG_NAME = "watcher.toml"
#: Entries published longer ago than this when first seen are backlog, not news.
MAX_ENTRY_AGE_DAYS = 7


@dataclass(frozen=True)
class Setting:
    """One documented setting."""

    key: str  # dotted path: "email.host", "feeds[].url"
    type: type | tuple[type, ...]
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "data_dir",
        str,
        ".",
        "Folder for `reports/` and the SQLite state; relative to the config file.",
    ),
    Setting(
        "database",
        str,
        "",
        "SQLAlchemy URL, e.g. `postgresql+psycopg://...`; empty: `watcher.db` in `data_dir`.",
    ),
    Setting(
        "baseline",
        str,
        "baselines/claims.json",
        "Baseline claim set the differ compares with; relative to the config file.",
    ),
    Setting(
        "log_level", str, "info", "`debug`, `info`, `warning` or `error`; `-v`/`-q` override it."
    ),
    Setting(
        "user_agent",
        str,
        "",
        "User-Agent sent to feeds; empty: `Watcher/<version> (+feed monitor)`.",
    ),
    Setting("timeout_seconds", (int, float), 20.0, "Time limit for one feed or article fetch."),
    Setting("max_bytes", int, 5_000_000, "Largest feed or article body accepted, in bytes."),
    Setting("max_redirects", int, 5, "Redirects followed per fetch."),
    Setting("concurrency", int, 8, "Feeds fetched at once."),
    Setting(
        "max_entry_age_days",
        int,
        MAX_ENTRY_AGE_DAYS,
        "Entries published more than this many days before Watcher saw them (a new feed's "
        "back catalogue) are judged and stored, but listed as backlog, apart from the news.",
    ),
    Setting(
        "allow_private_links",
        bool,
        False,
        "Follow links to private, loopback or link-local addresses (`full_text`, and feed URLs).",
    ),
    Setting(
        "feeds",
        list,
        None,
        "Array of tables `[[feeds]]`; with none, the built-in public feeds apply.",
    ),
    Setting("feeds[].name", str, "", "Outlet name shown in reports; empty: the feed's own title."),
    Setting("feeds[].url", str, None, "Feed URL: `http(s)://` or `file://`."),
    Setting(
        "feeds[].full_text", bool, False, "Fetch each entry's linked article and use its main text."
    ),
    Setting("email.to", list, [], "Recipients of the daily digest."),
    Setting("email.from", str, "watcher@localhost", "Sender address."),
    Setting(
        "email.host",
        str,
        "",
        "SMTP host; empty: digests are written as `.eml` files to `reports/outbox/`.",
    ),
    Setting("email.port", int, 587, "SMTP port (587 for STARTTLS, 465 for SSL, 25 plain)."),
    Setting("email.starttls", bool, True, "Upgrade the connection with STARTTLS."),
    Setting("email.ssl", bool, False, "Connect with implicit TLS (SMTPS) instead."),
    Setting("email.username", str, "", "SMTP user for AUTH; empty: no AUTH."),
    Setting(
        "email.password_env",
        str,
        "",
        "Name of the environment variable that holds the SMTP password.",
    ),
    Setting("email.send_empty", bool, False, "Send a digest even when there are no findings."),
    Setting(
        "email.base_url",
        str,
        "",
        "Public URL of the archive, for links from the digest to each finding.",
    ),
    Setting("email.timeout_seconds", (int, float), 30.0, "SMTP connection and command timeout."),
    Setting(
        "schedule.poll_minutes",
        (int, float),
        60.0,
        "Minutes between scheduled checks (fractions allowed).",
    ),
    Setting("schedule.digest_at", str, "07:00", "Local time (HH:MM) of the daily digest."),
    Setting(
        "schedule.timezone",
        str,
        "Europe/Kyiv",
        "IANA time zone of `digest_at` and of times shown by `status`.",
    ),
    Setting(
        "schedule.misfire_grace_minutes",
        (int, float),
        720.0,
        "How late a missed digest may still run once after a restart.",
    ),
)

SETTINGS_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}

#: Real public feeds that cover the topic, used when no config names any.
DEFAULT_FEEDS: tuple[tuple[str, str], ...] = (
    ("NATO News", "https://www.nato.int/cps/rss/en/natohq/rssFeed.xsl/rssFeed.xml"),
    ("The Guardian: Ukraine", "https://www.theguardian.com/world/ukraine/rss"),
    ("BBC News: Europe", "https://feeds.bbci.co.uk/news/world/europe/rss.xml"),
    ("Kyiv Independent", "https://kyivindependent.com/news-archive/rss/"),
    ("DW: Europe", "https://rss.dw.com/rdf/rss-en-eu"),
    (
        "Google News: Ukraine NATO membership",
        "https://news.google.com/rss/search?q=Ukraine+NATO+membership&hl=en-GB&gl=GB&ceid=GB:en",
    ),
)


@dataclass(frozen=True)
class FeedConfig:
    """One subscribed feed."""

    url: str
    name: str = ""
    full_text: bool = False


@dataclass(frozen=True)
class EmailConfig:
    """Where and how the daily digest is sent."""

    to: tuple[str, ...] = ()
    sender: str = "watcher@localhost"
    host: str = ""
    port: int = 587
    starttls: bool = True
    ssl: bool = False
    username: str = ""
    password_env: str = ""
    send_empty: bool = False
    base_url: str = ""
    timeout_seconds: float = 30.0

    def password(self) -> str:
        """Read the password from the named environment variable, never from the file."""
        if not self.password_env:
            return ""
        value = os.environ.get(self.password_env)
        if value is None:
            raise ConfigError(
                f"email.password_env names {self.password_env!r}, which is not set",
                hint=f"export {self.password_env}=... before running Watcher",
            )
        return value


@dataclass(frozen=True)
class ScheduleConfig:
    """When the daemon polls and sends the digest."""

    poll_minutes: float = 60.0
    digest_at: str = "07:00"
    timezone: str = "Europe/Kyiv"
    misfire_grace_minutes: float = 720.0

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def digest_hour_minute(self) -> tuple[int, int]:
        hour, minute = self.digest_at.split(":")
        return int(hour), int(minute)


@dataclass(frozen=True)
class Config:
    """The whole configuration, with paths resolved against the config file's folder."""

    data_dir: Path = Path(".")
    database: str = ""
    baseline: Path = Path("baselines/claims.json")
    log_level: str = "info"
    user_agent: str = ""
    timeout_seconds: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    concurrency: int = 8
    max_entry_age_days: int = MAX_ENTRY_AGE_DAYS
    allow_private_links: bool = False
    feeds: tuple[FeedConfig, ...] = field(
        default_factory=lambda: tuple(FeedConfig(url=u, name=n) for n, u in DEFAULT_FEEDS)
    )
    email: EmailConfig = field(default_factory=EmailConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    source: str = "built-in defaults"

    @property
    def database_url(self) -> str:
        return database_url(self.database, self.data_dir)

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def outbox_dir(self) -> Path:
        return self.reports_dir / "outbox"

    @property
    def effective_user_agent(self) -> str:
        from watcher import __version__

        return self.user_agent or f"Watcher/{__version__} (+feed monitor; Ukraine-NATO path)"


def _check_type(key: str, value: Any) -> Any:
    setting = SETTINGS_BY_KEY[key]
    expected = setting.type
    ok = isinstance(value, expected) and not (
        isinstance(value, bool) and expected in (int, (int, float))
    )
    if not ok:
        human = {"str": "string", "int": "integer", "bool": "boolean", "list": "list"}
        names = "number" if isinstance(expected, tuple) else human[expected.__name__]
        raise ConfigError(f"{key}: expected {names}, got {type(value).__name__} {value!r}")
    return value


def _reject_unknown(table: dict[str, Any], prefix: str) -> None:
    for key in table:
        path = f"{prefix}{key}"
        if path not in SETTINGS_BY_KEY and path not in ("email", "schedule"):
            raise ConfigError(
                f"unknown setting {path!r}", hint="see the settings table in README.md"
            )


_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def from_mapping(raw: dict[str, Any], base: Path, source: str = "") -> Config:
    """Validate a parsed TOML mapping and build a `Config`; paths resolve against `base`."""
    _reject_unknown(raw, "")
    top = {k: _check_type(k, v) for k, v in raw.items() if k not in ("email", "schedule", "feeds")}

    feeds: list[FeedConfig] = []
    if "feeds" in raw:
        if not isinstance(raw["feeds"], list):
            raise ConfigError("feeds: expected an array of tables [[feeds]]")
        for i, item in enumerate(raw["feeds"]):
            if not isinstance(item, dict):
                raise ConfigError(f"feeds[{i}]: expected a table with at least `url`")
            for key in item:
                if f"feeds[].{key}" not in SETTINGS_BY_KEY:
                    raise ConfigError(f"unknown setting 'feeds[{i}].{key}'")
            if "url" not in item:
                raise ConfigError(f"feeds[{i}]: missing `url`")
            url = _check_type("feeds[].url", item["url"])
            if not re.match(r"^(https?|file)://", url):
                raise ConfigError(f"feeds[{i}].url: {url!r} is not an http(s):// or file:// URL")
            feeds.append(
                FeedConfig(
                    url=url,
                    name=_check_type("feeds[].name", item.get("name", "")),
                    full_text=_check_type("feeds[].full_text", item.get("full_text", False)),
                )
            )

    email_raw = raw.get("email", {})
    schedule_raw = raw.get("schedule", {})
    for name, table in (("email", email_raw), ("schedule", schedule_raw)):
        if not isinstance(table, dict):
            raise ConfigError(f"{name}: expected a table [{name}]")
        _reject_unknown(table, f"{name}.")
    e = {k: _check_type(f"email.{k}", v) for k, v in email_raw.items()}
    s = {k: _check_type(f"schedule.{k}", v) for k, v in schedule_raw.items()}

    if "to" in e and not all(isinstance(x, str) for x in e["to"]):
        raise ConfigError("email.to: expected a list of addresses")
    if "digest_at" in s and not _HHMM.match(s["digest_at"]):
        raise ConfigError(f"schedule.digest_at: {s['digest_at']!r} is not HH:MM (24-hour)")
    if "timezone" in s:
        try:
            ZoneInfo(s["timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"schedule.timezone: {s['timezone']!r} is not an IANA time zone",
                hint="use a name such as Europe/Kyiv or UTC",
            ) from exc
    if "poll_minutes" in s and s["poll_minutes"] <= 0:
        raise ConfigError("schedule.poll_minutes: must be greater than 0")
    for key in ("concurrency", "max_bytes", "timeout_seconds", "max_entry_age_days"):
        if key in top and top[key] <= 0:
            raise ConfigError(f"{key}: must be greater than 0")
    if "log_level" in top and top["log_level"] not in ("debug", "info", "warning", "error"):
        raise ConfigError(f"log_level: {top['log_level']!r} is not debug, info, warning or error")

    def resolve(value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else base / path

    defaults = Config()
    baseline = resolve(top.get("baseline", "baselines/claims.json"))
    if "baseline" not in top and not baseline.exists():
        baseline = PACKAGED_BASELINE
    return Config(
        data_dir=resolve(top.get("data_dir", ".")),
        database=top.get("database", ""),
        baseline=baseline,
        log_level=top.get("log_level", "info"),
        user_agent=top.get("user_agent", ""),
        timeout_seconds=float(top.get("timeout_seconds", 20.0)),
        max_bytes=top.get("max_bytes", 5_000_000),
        max_redirects=top.get("max_redirects", 5),
        concurrency=top.get("concurrency", 8),
        max_entry_age_days=top.get("max_entry_age_days", MAX_ENTRY_AGE_DAYS),
        allow_private_links=top.get("allow_private_links", False),
        feeds=tuple(feeds) if "feeds" in raw else defaults.feeds,
        email=EmailConfig(
            to=tuple(e.get("to", ())),
            sender=e.get("from", "watcher@localhost"),
            host=e.get("host", ""),
            port=e.get("port", 587),
            starttls=e.get("starttls", True),
            ssl=e.get("ssl", False),
            username=e.get("username", ""),
            password_env=e.get("password_env", ""),
            send_empty=e.get("send_empty", False),
            base_url=e.get("base_url", ""),
            timeout_seconds=float(e.get("timeout_seconds", 30.0)),
        ),
        schedule=ScheduleConfig(
            poll_minutes=float(s.get("poll_minutes", 60.0)),
            digest_at=s.get("digest_at", "07:00"),
            timezone=s.get("timezone", "Europe/Kyiv"),
            misfire_grace_minutes=float(s.get("misfire_grace_minutes", 720.0)),
        ),
        source=source,
    )


def load(path: str | Path | None = None, *, cwd: Path | None = None) -> Config:
    """Load `path`, else $WATCHER_CONFIG, else ./watcher.toml, else the built-in defaults."""
    cwd = cwd or Path.cwd()
    chosen = path or os.environ.get(CONFIG_ENV) or None
    if chosen is None:
        candidate = cwd / DEFAULT_CONFIG_NAME
        if not candidate.exists():
            return from_mapping({}, cwd, source="built-in defaults")
        chosen = candidate
    file = Path(chosen)
    if not file.is_absolute():
        file = cwd / file
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {file} does not exist") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
    return from_mapping(raw, file.parent.resolve(), source=str(file))


def settings_markdown() -> str:
    """The README's settings table, generated from `SETTINGS` (a test keeps them equal)."""

    def show(value: Any) -> str:
        if value is None:
            return "(required)" if not isinstance(value, list) else ""
        if isinstance(value, bool):
            return "`true`" if value else "`false`"
        if isinstance(value, str):
            return f'`"{value}"`' if value else '`""`'
        if isinstance(value, list):
            return "`[]`"
        return f"`{value:g}`" if isinstance(value, float) else f"`{value}`"

    rows = ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]
    for s in SETTINGS:
        names = {"str": "string", "int": "integer", "bool": "boolean", "list": "array"}
        type_name = "number" if isinstance(s.type, tuple) else names[s.type.__name__]
        default = "built-in feeds" if s.key == "feeds" else show(s.default)
        rows.append(f"| `{s.key}` | {type_name} | {default} | {s.help} |")
    return "\n".join(rows)
