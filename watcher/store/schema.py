"""The database schema and its named, recorded migrations (SQLite by default, PostgreSQL-ready).

Every store module uses these `Table` objects through a `Database` opened by `open_database`,
which applies any migration not yet recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    inspect,
    select,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import SQLAlchemyError

from watcher.errors import StoreError
from watcher.store.db import (
    DAMAGED_HINT,
    DATABASE_ERRORS,
    Database,
    check_sqlite_file,
    display_url,
    missing_driver,
    one_line,
)


class Bounded(TypeDecorator[str]):
    """A string column whose values always fit both databases.

    SQLite stores any text in any column; PostgreSQL refuses a NUL character anywhere and a
    value longer than a VARCHAR's length. Feed text and server headers can be either, and a
    refused write would lose the whole feed's results, so NUL becomes U+FFFD and an
    over-long value is cut to the column's length before either database sees it.
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        value = value.replace("\x00", "\ufffd")
        length = getattr(self.impl, "length", None)
        return value[:length] if length else value


class Unbounded(Bounded):
    """A text column: no length limit, and no NUL (see `Bounded`)."""

    impl = Text
    cache_ok = True


metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", Bounded(100), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", Bounded(2000), primary_key=True),
    Column("name", Bounded(300), nullable=False, default=""),
    Column("etag", Bounded(500)),
    Column("last_modified", Bounded(100)),
    Column("last_state", Bounded(20)),  # ok, not-modified, error
    Column("last_error", Unbounded),
    Column("last_checked_at", DateTime(timezone=True)),
    Column("last_ok_at", DateTime(timezone=True)),
    Column("failing_since", DateTime(timezone=True)),
    Column("next_due_at", DateTime(timezone=True)),
    Column("failures", Integer, nullable=False, default=0, server_default="0"),
    Column("retry_after_at", DateTime(timezone=True)),
)

#: Columns added to `feeds` by 0006_feed_schedule, for databases created before it.
FEED_SCHEDULE_COLUMNS = ("next_due_at", "failures", "retry_after_at")

entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_url", Bounded(2000), nullable=False),
    Column("entry_key", Bounded(2000), nullable=False),
    Column("content_hash", Bounded(64), nullable=False),
    Column("title", Unbounded, nullable=False, default=""),
    Column("link", Unbounded, nullable=False, default=""),
    Column("published", DateTime(timezone=True)),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    UniqueConstraint("feed_url", "entry_key", name="uq_entries_feed_key"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Bounded(64), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("state", Bounded(20), nullable=False),  # running, ok, failed
    Column("trigger", Bounded(20), nullable=False, default="manual"),  # manual, schedule
    Column("counts", JSON, nullable=False, default=dict),
    Column("feeds", JSON, nullable=False, default=list),  # FeedOutcome dicts
    Column("entries_read", Integer, nullable=False, default=0),
    Column("entries_processed", Integer, nullable=False, default=0),
    Column("findings_new", Integer, nullable=False, default=0),
    Column("report_path", Unbounded, nullable=False, default=""),
    Column("error", Unbounded),
)
Index("ix_runs_started_at", runs.c.started_at)

findings = Table(
    "findings",
    metadata,
    Column("id", Bounded(64), primary_key=True),
    Column("status", Bounded(20), nullable=False),
    Column("text", Unbounded, nullable=False),
    Column("cue", Unbounded, nullable=False, default=""),
    Column("score", Float, nullable=False, default=0.0),
    Column("baseline_id", Bounded(64), nullable=False, default=""),
    Column("baseline_text", Unbounded, nullable=False, default=""),
    Column("baseline_source", Unbounded, nullable=False, default=""),
    Column("diff", JSON, nullable=False, default=list),
    Column("run_id", Bounded(64), ForeignKey("runs.id"), nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("source_count", Integer, nullable=False, default=1),
    Column("digest_id", Bounded(64), ForeignKey("digests.id")),
)
Index("ix_findings_first_seen", findings.c.first_seen)
Index("ix_findings_status", findings.c.status)
Index("ix_findings_digest", findings.c.digest_id)

finding_sources = Table(
    "finding_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finding_id", Bounded(64), ForeignKey("findings.id"), nullable=False),
    Column("run_id", Bounded(64), nullable=False),
    Column("feed_url", Bounded(2000), nullable=False, default=""),
    Column("entry_key", Bounded(2000), nullable=False, default=""),
    Column("outlet", Bounded(300), nullable=False, default=""),
    Column("url", Unbounded, nullable=False, default=""),
    Column("title", Unbounded, nullable=False, default=""),
    Column("published", DateTime(timezone=True)),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    #: The entry's sentences that carry the finding (its title, lead, a quote ...), as a list.
    Column("sentences", JSON),
    UniqueConstraint("finding_id", "feed_url", "entry_key", name="uq_finding_source"),
)
Index("ix_finding_sources_finding", finding_sources.c.finding_id)
Index("ix_finding_sources_outlet", finding_sources.c.outlet)
#: The archive reads a run's findings and the sources a run added.
ARCHIVE_INDEXES = (
    Index("ix_findings_run", findings.c.run_id),
    Index("ix_finding_sources_run", finding_sources.c.run_id),
)

digests = Table(
    "digests",
    metadata,
    Column("id", Bounded(64), primary_key=True),
    Column("message_id", Bounded(300), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("subject", Unbounded, nullable=False),
    Column("recipients", JSON, nullable=False, default=list),
    Column("message", LargeBinary, nullable=False),  # the rendered RFC 5322 message
    Column("state", Bounded(20), nullable=False),  # pending, sent
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Unbounded),
    Column("last_attempt_at", DateTime(timezone=True)),
    Column("sent_at", DateTime(timezone=True)),
    Column("finding_count", Integer, nullable=False, default=0),
    Column("eml_path", Unbounded, nullable=False, default=""),
)
Index("ix_digests_state", digests.c.state)

#: The ledger snapshot a check may load instead of remembering every finding again: the file's
#: digest, and how far into the findings it reaches (see `watcher.store.ledgerstate`).
ledger_snapshots = Table(
    "ledger_snapshots",
    metadata,
    Column("name", String(50), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source_watermark", Integer, nullable=False),
    Column("findings", Integer, nullable=False),
    Column("written_at", DateTime(timezone=True), nullable=False),
)

#: Every review decision ever made, oldest first; undoing one stamps it, nothing is deleted.
#: A finding's state is its newest decision not undone (none: unreviewed).
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finding_id", String(64), ForeignKey("findings.id"), nullable=False),
    Column("state", String(20), nullable=False),  # confirmed, dismissed, accepted
    Column("label", String(20), nullable=False, default=""),  # the status the analyst says is right
    Column("note", Text, nullable=False, default=""),
    Column("reviewer", String(200), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Column("undone_by", String(200)),
)
Index("ix_reviews_finding", reviews.c.finding_id, reviews.c.id)

#: Accepted findings as baseline claims. An amendment holds while the acceptance that made it is
#: its finding's current decision, so undoing the acceptance withdraws it and nothing is deleted.
baseline_amendments = Table(
    "baseline_amendments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("review_id", Integer, ForeignKey("reviews.id"), nullable=False, unique=True),
    Column("claim_id", String(64), nullable=False),
    Column("finding_id", String(64), ForeignKey("findings.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("cites", String(64), nullable=False, default=""),  # the seed claim it was judged against
    Column("sources", JSON, nullable=False, default=list),
    Column("accepted_at", DateTime(timezone=True), nullable=False),
    Column("reviewer", String(200), nullable=False),
)


#: The longest development key stored: a longer one is neither stored nor looked up, so a cut
#: key can never stand for another development.
KEY_LENGTH = 500

#: Every development key a check attributed to a finding (each party of a list of agreements,
#: the keys its restatements carried), so a later check's sentence with any of them adds a
#: source to that finding. The first finding a key was stored for keeps it.
finding_keys = Table(
    "finding_keys",
    metadata,
    Column("key", Bounded(KEY_LENGTH), primary_key=True),
    Column("finding_id", Bounded(64), ForeignKey("findings.id"), nullable=False),
)


def _create_v1(conn: Connection) -> None:
    """The first schema: every table above."""
    metadata.create_all(conn)


def _archive_indexes(conn: Connection) -> None:
    """Indexes for the archive's per-run queries (already present when 0001 ran on this code)."""
    for index in ARCHIVE_INDEXES:
        index.create(conn, checkfirst=True)


def _ledger_snapshots(conn: Connection) -> None:
    """The ledger snapshot record (already present when 0001 ran on this code)."""
    ledger_snapshots.create(conn, checkfirst=True)


def _reviews(conn: Connection) -> None:
    """The review decisions (already present when 0001 ran on this code)."""
    reviews.create(conn, checkfirst=True)


def _baseline_amendments(conn: Connection) -> None:
    """Accepted findings as baseline claims (already present when 0001 ran on this code)."""
    baseline_amendments.create(conn, checkfirst=True)


def _feed_schedule(conn: Connection) -> None:
    """Each feed's next due time, consecutive failures and the server's `Retry-After`."""
    present = {c["name"] for c in inspect(conn).get_columns("feeds")}
    for name in FEED_SCHEDULE_COLUMNS:
        if name in present:
            continue
        column = feeds.c[name]
        ddl = column.type.compile(dialect=conn.dialect)
        extra = " NOT NULL DEFAULT 0" if name == "failures" else ""
        conn.exec_driver_sql(f"ALTER TABLE feeds ADD COLUMN {name} {ddl}{extra}")


def _finding_keys(conn: Connection) -> None:
    """Development keys with their findings (already present when 0001 ran on this code)."""
    finding_keys.create(conn, checkfirst=True)


def _source_sentences(conn: Connection) -> None:
    """Each source's sentences that carry its finding (present when 0001 ran on this code)."""
    if "sentences" in {c["name"] for c in inspect(conn).get_columns("finding_sources")}:
        return
    ddl = finding_sources.c.sentences.type.compile(dialect=conn.dialect)
    conn.exec_driver_sql(f"ALTER TABLE finding_sources ADD COLUMN sentences {ddl}")


#: Named migrations, applied in order and recorded in `schema_migrations`.
MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("0001_initial", _create_v1),
    ("0002_archive_indexes", _archive_indexes),
    ("0003_ledger_snapshots", _ledger_snapshots),
    ("0004_reviews", _reviews),
    ("0005_baseline_amendments", _baseline_amendments),
    ("0006_feed_schedule", _feed_schedule),
    ("0007_finding_keys", _finding_keys),
    ("0008_source_sentences", _source_sentences),
)


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def database_url(database: str, data_dir: Path) -> str:
    """A SQLAlchemy URL; a bare path or the empty string means a SQLite file under data_dir."""
    if not database:
        return f"sqlite:///{(data_dir / 'watcher.db').resolve()}"
    if "://" not in database:
        path = Path(database)
        if not path.is_absolute():
            path = data_dir / path
        return f"sqlite:///{path.resolve()}"
    return database


def open_database(url: str, *, create: bool = True) -> Database:
    """Open the database, check it is whole, and apply the migrations it has not recorded yet.

    A missing SQLite file is created. An empty, zeroed or damaged one is refused with a one-line
    error rather than used: starting over silently would report every old finding again.
    With `create` false, a SQLite file that does not exist yet is not made: a throwaway
    in-memory database stands in (for dry runs, which must leave nothing behind).
    """
    shown = display_url(url)
    try:
        parsed = make_url(url)
    except SQLAlchemyError as exc:
        raise StoreError(
            f"the database setting is not a valid URL: {shown}",
            hint="use a file path or a URL such as postgresql+psycopg://user@host/db",
        ) from exc
    sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "")
    if sqlite_file and parsed.database != ":memory:":
        path = Path(str(parsed.database))
        if not create and not path.exists():
            url, sqlite_file = "sqlite://", False
        else:
            check_sqlite_file(path)
    try:
        engine = create_engine(url, future=True)
    except ImportError as exc:
        raise missing_driver(shown, exc) from exc
    except DATABASE_ERRORS as exc:
        raise StoreError(f"cannot open database {shown}: {one_line(exc)}") from exc
    if engine.url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    db = Database(engine)
    try:
        migrate(db)
        if sqlite_file:
            _quick_check(db, Path(str(parsed.database)))
    except StoreError as exc:
        db.close()
        raise StoreError(f"cannot open {exc}", hint=exc.hint) from exc
    return db


def _quick_check(db: Database, path: Path) -> None:
    """SQLite's own consistency check, which finds zeroed or torn pages the header check can't."""
    with db.connect() as conn:
        problems = [str(r) for r in conn.exec_driver_sql("PRAGMA quick_check(3)").scalars()]
    if problems != ["ok"]:
        raise StoreError(
            f"database {path}: damaged ({problems[0][:200]})",
            hint=DAMAGED_HINT,
        )


#: The advisory lock PostgreSQL migrations run under.
MIGRATE_LOCK = "watcher-migrate"


def migrate(db: Database) -> list[str]:
    """Apply pending migrations in one transaction each; return the names applied.

    On PostgreSQL several processes (workers, the daemon) may start together on one database:
    pending migrations are then applied under an advisory lock, so exactly one process makes
    each table and the others find it recorded.
    """
    if db.engine.dialect.name != "postgresql" or not _pending(db):
        return _migrate(db)
    from watcher.store.locks import AdvisoryLock

    with AdvisoryLock(db.engine.url, MIGRATE_LOCK, purpose="migrate"):
        return _migrate(db)


def _pending(db: Database) -> bool:
    """Whether any migration is unrecorded (or the record itself is missing)."""
    with db.connect() as conn:
        if not inspect(conn).has_table(schema_migrations.name):
            return True
        done = set(conn.execute(select(schema_migrations.c.name)).scalars())
    return any(name not in done for name, _ in MIGRATIONS)


def _migrate(db: Database) -> list[str]:
    applied: list[str] = []
    with db.begin() as conn:
        schema_migrations.create(conn, checkfirst=True)
        done = set(conn.execute(select(schema_migrations.c.name)).scalars())
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with db.begin() as conn:
            step(conn)
            conn.execute(schema_migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
        applied.append(name)
    return applied


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything Watcher stores is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
