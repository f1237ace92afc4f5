"""Settings, declared once: type, default and help for each, validated when the file loads.

The README's settings table is checked against `SETTINGS` by the test suite, and unknown keys
are rejected with their key path (and the closest known key), so a typo never silently falls
back to a default. Numbers are range-checked here, not where they are used. This module must
stay cheap to import: every command loads it first.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watcher.errors import ConfigError
from watcher.fileio import read_regular_file

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

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
        "User-Agent sent to feeds; empty: `Watcher/<version> (+feed monitor; Ukraine-NATO path)`.",
    ),
    Setting(
        "timeout_seconds",
        (int, float),
        20.0,
        "Time limit for one feed or article fetch: connect, headers, body and redirects together.",
    ),
    Setting("max_bytes", int, 5_000_000, "Largest feed or article body accepted, in bytes."),
    Setting(
        "max_entry_chars",
        int,
        200_000,
        "Longest entry or article text judged (at most 200,000); a longer one is kept and judged "
        "by its start, with a warning.",
    ),
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
        "reviewer",
        str,
        "",
        "Name recorded with each review decision; empty: the operating-system user.",
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
    Setting(
        "feeds[].poll_minutes",
        (int, float),
        None,
        "Minutes between this feed's scheduled checks; unset: `schedule.poll_minutes`.",
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
        "Name of the environment variable that holds the SMTP password (not the password).",
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
    Setting(
        "schedule.max_backoff_minutes",
        (int, float),
        1440.0,
        "Longest wait before a failing feed is tried again, whatever its backoff or "
        "`Retry-After`/`max-age` asks (at least the feed's own interval).",
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
    Setting(
        "tasks.engine",
        str,
        "embedded",
        "`embedded`: `watcher run` checks the feeds itself; `procrastinate`: it queues one job "
        "per due feed in the PostgreSQL database for `watcher worker` processes.",
    ),
    Setting(
        "tasks.concurrency",
        int,
        1,
        "Jobs one `watcher worker` runs at once (`--concurrency` overrides it).",
    ),
    Setting(
        "tasks.stall_seconds",
        (int, float),
        60.0,
        "A worker silent this long is dead: its job goes back to the queue for another worker.",
    ),
)

SETTINGS_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def default(key: str) -> Any:
    """The declared default of setting `key`; every other default in the package reads this."""
    return SETTINGS_BY_KEY[key].default


@dataclass(frozen=True)
class Bounds:
    """The range a numeric setting must lie in; NaN and infinities never do."""

    low: float
    high: float
    low_allowed: bool = True

    def check(self, key: str, value: float) -> None:
        above = value >= self.low if self.low_allowed else value > self.low
        if math.isfinite(value) and above and value <= self.high:
            return
        low = f"at least {self.low:g}" if self.low_allowed else f"greater than {self.low:g}"
        raise ConfigError(
            f"{key}: {value!r} is out of range: must be {low} and at most {self.high:g}",
            hint="see the settings table in README.md",
        )


#: Ranges of the numeric settings, checked when the file loads.
BOUNDS: dict[str, Bounds] = {
    "timeout_seconds": Bounds(0, 86_400, low_allowed=False),
    "max_bytes": Bounds(1, 2**40),
    "max_entry_chars": Bounds(1, 200_000),
    "max_redirects": Bounds(0, 100),
    "concurrency": Bounds(1, 1_000),
    "max_entry_age_days": Bounds(1, 36_500),
    "email.port": Bounds(1, 65_535),
    "email.timeout_seconds": Bounds(0, 86_400, low_allowed=False),
    "schedule.poll_minutes": Bounds(0, 525_600, low_allowed=False),
    "feeds[].poll_minutes": Bounds(0, 525_600, low_allowed=False),
    "schedule.max_backoff_minutes": Bounds(0, 525_600, low_allowed=False),
    "schedule.misfire_grace_minutes": Bounds(0, 525_600),
    "tasks.concurrency": Bounds(1, 1_000),
    "tasks.stall_seconds": Bounds(1, 86_400),
}

#: Largest config file read; a real one is a few kilobytes.
MAX_CONFIG_BYTES = 1_000_000

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
    name: str = default("feeds[].name")
    full_text: bool = default("feeds[].full_text")
    poll_minutes: float | None = default("feeds[].poll_minutes")


#: A name in this form is safe to repeat in messages; others are treated as possibly secret.
_SHOWN_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]{0,127}")
#: Shorter strings are not redacted: they would blank out ordinary words.
MIN_SECRET = 4


@dataclass(frozen=True)
class EmailConfig:
    """Where and how the daily digest is sent."""

    to: tuple[str, ...] = tuple(default("email.to"))
    sender: str = default("email.from")
    host: str = default("email.host")
    port: int = default("email.port")
    starttls: bool = default("email.starttls")
    ssl: bool = default("email.ssl")
    username: str = default("email.username")
    password_env: str = default("email.password_env")
    send_empty: bool = default("email.send_empty")
    base_url: str = default("email.base_url")
    timeout_seconds: float = float(default("email.timeout_seconds"))

    def password(self) -> str:
        """Read the password from the named environment variable, never from the file."""
        if not self.password_env:
            return ""
        value = os.environ.get(self.password_env)
        if value is None:
            # Only a conventional NAME_IN_CAPITALS is repeated: anything else may be a password.
            named = (
                self.password_env
                if _SHOWN_ENV_NAME.fullmatch(self.password_env)
                else "the variable named by email.password_env"
            )
            raise ConfigError(
                f"email.password_env: {named} is not set in the environment",
                hint=f"export {named if named == self.password_env else 'it'} before running Watcher",
            )
        return value

    def secrets(self) -> tuple[str, ...]:
        """Text never to be stored or shown: the password, as typed and as SMTP AUTH encodes
        it, and a `password_env` that does not look like a variable's name."""
        found: list[str] = []
        if self.password_env and not _SHOWN_ENV_NAME.fullmatch(self.password_env):
            found.append(self.password_env)
        value = os.environ.get(self.password_env) if self.password_env else None
        if value:
            import base64  # only where a password is set

            found.append(value)
            for raw in (value, f"\0{self.username}\0{value}"):
                found.append(base64.b64encode(raw.encode("utf-8", "replace")).decode("ascii"))
        return tuple(s for s in found if len(s) >= MIN_SECRET)


@dataclass(frozen=True)
class ScheduleConfig:
    """When the daemon polls and sends the digest."""

    poll_minutes: float = float(default("schedule.poll_minutes"))
    max_backoff_minutes: float = float(default("schedule.max_backoff_minutes"))
    digest_at: str = default("schedule.digest_at")
    timezone: str = default("schedule.timezone")
    misfire_grace_minutes: float = float(default("schedule.misfire_grace_minutes"))

    @property
    def tz(self) -> ZoneInfo:
        from zoneinfo import ZoneInfo  # the scheduler's, not every command's

        return ZoneInfo(self.timezone)

    @property
    def digest_hour_minute(self) -> tuple[int, int]:
        hour, minute = self.digest_at.split(":")
        return int(hour), int(minute)


#: The task engines `tasks.engine` may name.
ENGINES = ("embedded", "procrastinate")


@dataclass(frozen=True)
class TasksConfig:
    """Who checks the feeds: the daemon itself, or workers fed by a task queue."""

    engine: str = default("tasks.engine")
    concurrency: int = default("tasks.concurrency")
    stall_seconds: float = float(default("tasks.stall_seconds"))

    @property
    def queued(self) -> bool:
        """Whether feeds are checked by `watcher worker` processes rather than in-process."""
        return self.engine != "embedded"


@dataclass(frozen=True)
class Config:
    """The whole configuration, with paths resolved against the config file's folder."""

    data_dir: Path = Path(default("data_dir"))
    database: str = default("database")
    baseline: Path = Path(default("baseline"))
    log_level: str = default("log_level")
    user_agent: str = default("user_agent")
    timeout_seconds: float = float(default("timeout_seconds"))
    max_bytes: int = default("max_bytes")
    max_entry_chars: int = default("max_entry_chars")
    max_redirects: int = default("max_redirects")
    concurrency: int = default("concurrency")
    max_entry_age_days: int = default("max_entry_age_days")
    allow_private_links: bool = default("allow_private_links")
    reviewer: str = default("reviewer")
    feeds: tuple[FeedConfig, ...] = field(
        default_factory=lambda: tuple(FeedConfig(url=u, name=n) for n, u in DEFAULT_FEEDS)
    )
    email: EmailConfig = field(default_factory=EmailConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    tasks: TasksConfig = field(default_factory=TasksConfig)
    source: str = "built-in defaults"

    @property
    def database_url(self) -> str:
        # Imported here so that loading the config never loads SQLAlchemy.
        from watcher.store.schema import database_url

        return database_url(self.database, self.data_dir)

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def outbox_dir(self) -> Path:
        return self.reports_dir / "outbox"

    @property
    def effective_reviewer(self) -> str:
        """Who a review decision is recorded as: the setting, else the operating-system user."""
        if self.reviewer:
            return self.reviewer
        import getpass

        try:
            return getpass.getuser()[:200] or "unknown"
        except (OSError, KeyError):  # no login name and no password-file entry (containers)
            return "unknown"

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
        shown = "" if key == "email.password_env" else f" {value!r}"  # it may be a password
        raise ConfigError(f"{key}: expected {names}, got {type(value).__name__}{shown}")
    if key in BOUNDS:
        BOUNDS[key].check(key, value)
    return value


def _unknown(path: str, known: Iterable[str]) -> ConfigError:
    """`unknown setting 'feed'` with `did you mean 'feeds'?` when a known key is close."""
    import difflib  # only for a mistyped key

    close = difflib.get_close_matches(path, list(known), n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else "see the settings table in README.md"
    return ConfigError(f"unknown setting {path!r}", hint=hint)


def _reject_unknown(table: dict[str, Any], prefix: str) -> None:
    known = [k for k in (*SETTINGS_BY_KEY, *_TABLES) if "[]" not in k]
    for key in table:
        path = f"{prefix}{key}"
        if path not in known:
            raise _unknown(path, known)


#: Settings tables (`[email]`, ...) besides `[[feeds]]`.
_TABLES = ("email", "schedule", "tasks")

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
#: What `email.password_env` may hold: a variable's name as shells accept it.
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")


#: Characters that would end a mail header early and start another one.
_HEADER_BREAKS = re.compile(r"[\r\n\x00\u2028\u2029\x85]")


def _header_safe(key: str, value: str) -> str:
    if _HEADER_BREAKS.search(value):
        raise ConfigError(
            f"{key}: {value!r} contains a line break",
            hint="an address is one line: name@example.org",
        )
    return value


#: TOML keys of `[email]` whose field name differs.
_EMAIL_FIELDS = {"from": "sender"}


def from_mapping(raw: dict[str, Any], base: Path, source: str = "") -> Config:
    """Validate a parsed TOML mapping and build a `Config`; paths resolve against `base`.

    Only keys present in the file are passed on: everything else takes the declared default.
    """
    _reject_unknown(raw, "")
    top = {k: _check_type(k, v) for k, v in raw.items() if k not in (*_TABLES, "feeds")}

    feeds: list[FeedConfig] = []
    if "feeds" in raw:
        if not isinstance(raw["feeds"], list):
            raise ConfigError("feeds: expected an array of tables [[feeds]]")
        feed_keys = [
            k.removeprefix("feeds[].") for k in SETTINGS_BY_KEY if k.startswith("feeds[].")
        ]
        for i, item in enumerate(raw["feeds"]):
            if not isinstance(item, dict):
                raise ConfigError(f"feeds[{i}]: expected a table with at least `url`")
            for key in item:
                if key not in feed_keys:
                    raise _unknown(f"feeds[{i}].{key}", [f"feeds[{i}].{k}" for k in feed_keys])
            if "url" not in item:
                raise ConfigError(f"feeds[{i}]: missing `url`")
            url = _check_type("feeds[].url", item["url"])
            if not re.match(r"^(https?|file)://", url):
                raise ConfigError(
                    f"feeds[{i}].url: {url!r} is not an http(s):// or file:// URL",
                    hint=file_url_hint(url),
                )
            values = {k: _check_type(f"feeds[].{k}", v) for k, v in item.items()}
            if "poll_minutes" in values:
                values["poll_minutes"] = float(values["poll_minutes"])
            feeds.append(FeedConfig(**values))

    email_raw = raw.get("email", {})
    schedule_raw = raw.get("schedule", {})
    tasks_raw = raw.get("tasks", {})
    for name, table in (("email", email_raw), ("schedule", schedule_raw), ("tasks", tasks_raw)):
        if not isinstance(table, dict):
            raise ConfigError(f"{name}: expected a table [{name}]")
        _reject_unknown(table, f"{name}.")
    e = {k: _check_type(f"email.{k}", v) for k, v in email_raw.items()}
    s = {k: _check_type(f"schedule.{k}", v) for k, v in schedule_raw.items()}
    t = {k: _check_type(f"tasks.{k}", v) for k, v in tasks_raw.items()}
    _check_engine(t, top.get("database", default("database")))

    if "to" in e:
        if not all(isinstance(x, str) for x in e["to"]):
            raise ConfigError("email.to: expected a list of addresses")
        e["to"] = tuple(_header_safe("email.to", x) for x in e["to"])
    if "from" in e:
        _header_safe("email.from", e["from"])
    if e.get("password_env") and not _ENV_NAME.fullmatch(e["password_env"]):
        raise ConfigError(
            "email.password_env: must be the name of an environment variable (letters, digits "
            "and _), not the password itself; the value is not repeated here",
            hint='export WATCHER_SMTP_PASSWORD=... and set password_env = "WATCHER_SMTP_PASSWORD"',
        )
    if "digest_at" in s and not _HHMM.match(s["digest_at"]):
        raise ConfigError(f"schedule.digest_at: {s['digest_at']!r} is not HH:MM (24-hour)")
    if "timezone" in s:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(s["timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"schedule.timezone: {s['timezone']!r} is not an IANA time zone",
                hint="use a name such as Europe/Kyiv or UTC",
            ) from exc
    if "reviewer" in top and (len(top["reviewer"]) > 200 or _HEADER_BREAKS.search(top["reviewer"])):
        raise ConfigError("reviewer: a name on one line, at most 200 characters")
    if "log_level" in top and top["log_level"] not in ("debug", "info", "warning", "error"):
        raise ConfigError(f"log_level: {top['log_level']!r} is not debug, info, warning or error")
    for table in (top, e, s):
        for key in (
            "timeout_seconds",
            "poll_minutes",
            "max_backoff_minutes",
            "misfire_grace_minutes",
        ):
            if key in table:
                table[key] = float(table[key])

    def resolve(value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else base / path

    for key in ("data_dir", "baseline"):
        top[key] = resolve(top.get(key, default(key)))
    if top["data_dir"].exists() and not top["data_dir"].is_dir():
        raise ConfigError(
            f"data_dir: {top['data_dir']} is a file, not a folder",
            hint="set data_dir to a folder (it is created if missing)",
        )
    if "baseline" not in raw and not top["baseline"].exists():
        top["baseline"] = PACKAGED_BASELINE
    if "feeds" in raw:
        top["feeds"] = tuple(feeds)
    return Config(
        **top,
        email=EmailConfig(**{_EMAIL_FIELDS.get(k, k): v for k, v in e.items()}),
        schedule=ScheduleConfig(**s),
        tasks=TasksConfig(**t),
        source=source,
    )


def _check_engine(tasks: dict[str, Any], database: str) -> None:
    """A known engine, and PostgreSQL under a queued one: the queue lives in that database."""
    if "stall_seconds" in tasks:
        tasks["stall_seconds"] = float(tasks["stall_seconds"])
    engine = tasks.get("engine", default("tasks.engine"))
    if engine not in ENGINES:
        raise ConfigError(
            f"tasks.engine: {engine!r} is not one of {', '.join(ENGINES)}",
            hint="leave it unset for the embedded default",
        )
    scheme = database.split("://", 1)[0].split("+", 1)[0] if "://" in database else "sqlite"
    if engine != "embedded" and scheme not in ("postgresql", "postgres"):
        raise ConfigError(
            f"tasks.engine: {engine!r} needs a PostgreSQL database; `database` is {scheme}",
            hint='set database = "postgresql+psycopg://user@host/db", or drop tasks.engine',
        )


def file_url_hint(value: str) -> str:
    """For a bare path where a URL belongs: the `file://` URL to write instead."""
    path = Path(value).expanduser()
    if "://" not in value and path.exists():
        return f"for that file write {path.resolve().as_uri()}"
    return "write https://host/path, http://host/path or file:///absolute/path"


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
    data = read_regular_file(
        file,
        MAX_CONFIG_BYTES,
        f"config file {file}",
        ConfigError,
        hint="give --config or WATCHER_CONFIG the path of a TOML file",
    )
    import tomllib  # only where a file is read: the defaults need no parser

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
    return from_mapping(raw, file.parent.resolve(), source=str(file))


#: Defaults that are not a value of their own, as the settings table names them.
_SHOWN_DEFAULTS = {"feeds": "built-in feeds", "feeds[].poll_minutes": "`schedule.poll_minutes`"}


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
        default = _SHOWN_DEFAULTS.get(s.key) or show(s.default)
        rows.append(f"| `{s.key}` | {type_name} | {default} | {s.help} |")
    return "\n".join(rows)
