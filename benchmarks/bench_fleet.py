"""A fleet of loopback feeds checked by one process, then by 1, 2 and 4 workers on PostgreSQL.

Run: .venv/bin/python benchmarks/bench_fleet.py [--feeds 2000] [--workers 1,2,4] [--quick]
     [--seed 14] [--dump DIR]

1. Serves `--feeds` RSS feeds from a threaded loopback server. The feeds are made from a seed:
   entries on topic (statements of the labelled dev set and sentences of the article corpus,
   each entry opened by a varied lead-in sentence) mixed with off-topic entries; a few feeds
   answer slowly, and a few fail (HTTP 500, malformed XML, no answer before the timeout).
2. Starts a throwaway PostgreSQL cluster (Debian's binaries), as the test suite does.
3. Runs `watcher check` in one process over every feed: on SQLite (the default store), on
   SQLite with the feed list reversed, and on a fresh PostgreSQL database (the reference).
   Each gives feeds per second and CPU seconds.
4. For each worker count, on a fresh PostgreSQL database: `watcher enqueue` puts one check job
   per feed on the procrastinate queue, then that many `watcher worker --burst` processes start
   at once and are timed until the last one exits (the queue is empty). Where `watcher worker`
   is not a command of this Watcher, one line says so and this step is left out.
5. Proves each run against the reference, reading both through watcher's own store: every feed
   stored the same entries with the same content (none skipped), no development is stored twice,
   no source is listed twice, no finding changed status, and no development is missing
   outright. Then whether the set of findings and sources is the same. The ledger decides
   between a new finding and a further source by what it has seen already, so feeds judged in
   another order can word or file a few findings differently; the reversed one-process run
   shows how many for this fleet, and the proof names those differences apart from faults.
   The exit status is 1 when a worker run has a fault.

The closing lines say what bounds each run here (CPU seconds of the watcher processes, the feed
server, PostgreSQL and any other work on the machine, against wall time) and extrapolate, as an
estimate only, to N hosts sharing one PostgreSQL server.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tests.pg_fixtures import PostgresServer, _start, _stop, postgres_bindir  # noqa: E402
from watcher import config as config_mod  # noqa: E402
from watcher.check import one_line  # noqa: E402
from watcher.differ.core import finding_id_for  # noqa: E402
from watcher.store.ingest import Store  # noqa: E402
from watcher.store.schema import open_database  # noqa: E402

#: Seconds a fetch may take in every run; a feed of kind "timeout" never answers within it.
TIMEOUT_SECONDS = 3
#: How each feed behaves, with its share of the fleet (the rest answer at once).
KINDS: tuple[tuple[str, float], ...] = (
    ("slow", 0.05),
    ("http500", 0.02),
    ("malformed", 0.015),
    ("timeout", 0.005),
)
#: Share of entries that are on topic.
ON_TOPIC_SHARE = 0.35

LEAD_INS = (
    "Our correspondent in {city} sent this update on {day}.",
    "This report was filed from {city} on {day} and updated later.",
    "Reporting from {city}, {day}.",
    "The following summary was prepared by the {city} desk on {day}.",
    "Editors in {city} compiled these notes on {day}.",
    "Briefing notes, {city}, {day}.",
)
CITIES = ("Vienna", "Lisbon", "Oslo", "Prague", "Madrid", "Dublin", "Tallinn", "Sofia", "Rome")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OFF_TOPIC = (
    "The weather in {city} was mild on {day}, with light rain in the afternoon.",
    "Shares in European carmakers rose {n} percent after the quarterly figures were published.",
    "The museum in {city} reopened its east wing after a renovation that lasted {n} months.",
    "Farmers near {city} reported a strong harvest of wheat and sunflowers this year.",
    "The football club from {city} won its league match by {n} goals to one on {day}.",
    "City officials in {city} opened a new tram line connecting the station with the campus.",
    "A heatwave is expected to reach the south of the country by {day}.",
    "The central bank kept interest rates unchanged for the {n}th month in a row.",
    "Tickets for the {city} film festival sold out within {n} minutes on {day}.",
    "Researchers in {city} published a study of {n} species of alpine butterflies.",
    "The orchestra announced a season of {n} concerts, opening in {city} on {day}.",
    "Train services between {city} and the coast resumed after {n} hours of repairs.",
)


@dataclass(frozen=True)
class FeedPlan:
    """One served feed: how it behaves and the document it serves when it answers."""

    index: int
    kind: str
    delay: float
    body: bytes


def vocabulary(shared: Path = SHARED) -> list[str]:
    """On-topic sentences: the dev set's statements and the article corpus's sentences."""
    pool: list[str] = []
    dev = shared / "eval" / "dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pool.append(str(json.loads(line)["text"]))
    articles = shared / "eval" / "articles" / "articles.xml"
    if articles.exists():
        import feedparser

        for entry in feedparser.parse(articles.read_bytes()).entries:
            text = re.sub(r"<[^>]+>", " ", str(entry.get("summary", "")))
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", " ".join(text.split())):
                if 40 <= len(sentence) <= 400:
                    pool.append(sentence)
    if not pool:
        raise SystemExit(f"no on-topic texts under {shared / 'eval'}: the fleet needs them")
    return pool


def _fill(template: str, rng: random.Random) -> str:
    return template.format(city=rng.choice(CITIES), day=rng.choice(DAYS), n=rng.randint(2, 90))


def _entry(rng: random.Random, feed: int, item: int, pool: Sequence[str], when: int) -> str:
    """One RSS item: a lead-in sentence, then on-topic statements or off-topic news."""
    sentences = [_fill(rng.choice(LEAD_INS), rng)]
    if rng.random() < ON_TOPIC_SHARE:
        statements = rng.sample(list(pool), rng.randint(1, 2))
        title = statements[0]
        sentences += statements
    else:
        title = _fill(rng.choice(OFF_TOPIC), rng)
    sentences += [_fill(rng.choice(OFF_TOPIC), rng) for _ in range(rng.randint(2, 4))]
    body = "".join(f"<p>{escape(s)}</p>" for s in sentences)
    return (
        f'<item><guid isPermaLink="false">fleet-{feed}-{item}</guid>'
        f"<title>{escape(title)}</title>"
        f"<link>https://news.example/{feed}/{item}</link>"
        f"<pubDate>{formatdate(when - item * 600 - feed, usegmt=True)}</pubDate>"
        f"<description>{escape(body)}</description></item>"
    )


def plan_fleet(count: int, seed: int = 14, *, now: float | None = None) -> list[FeedPlan]:
    """`count` feeds made from `seed`: the same seed and day give the same documents."""
    pool = vocabulary()
    when = int((time.time() if now is None else now) // 3600 * 3600)
    rng = random.Random(seed)
    plans = []
    for index in range(count):
        roll = rng.random()
        kind, edge = "ok", 0.0
        for name, share in KINDS:
            edge += share
            if roll < edge:
                kind = name
                break
        delay = {"slow": rng.uniform(0.3, 1.0), "timeout": TIMEOUT_SECONDS * 2.0}.get(kind, 0.0)
        items = "".join(_entry(rng, index, j, pool, when) for j in range(rng.randint(4, 10)))
        doc = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Fleet feed {index}</title><link>https://news.example/{index}</link>"
            f"<description>Feed {index}</description>{items}</channel></rss>"
        )
        if kind == "malformed" and index % 2:
            doc = doc[: len(doc) // 3] + "<<&&\x00 cut off"  # the items before the cut survive
        elif kind == "malformed":
            doc = "<html><body><p>Moved: this is a web page, not a feed <<&&</body>"
        plans.append(FeedPlan(index, kind, delay, doc.encode("utf-8")))
    return plans


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True
    plans: Sequence[FeedPlan] = ()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that drops a kept-alive connection is normal here; anything else is not."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        match = re.fullmatch(r"/feed/(\d+)\.xml", self.path)
        plans = self.server.plans
        if not match or int(match.group(1)) >= len(plans):
            self._send(404, b"no such feed", "text/plain")
            return
        plan = plans[int(match.group(1))]
        if plan.delay:
            time.sleep(plan.delay)
        try:
            if plan.kind == "http500":
                self._send(500, b"internal error", "text/plain")
            else:
                self._send(200, plan.body, "application/rss+xml; charset=utf-8")
        except OSError:
            pass  # the client gave up (a timeout feed): nothing to answer

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def feed_server(plans: Sequence[FeedPlan]) -> Iterator[list[str]]:
    """Serve the planned feeds on a free loopback port; yields their URLs in plan order."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.plans = plans
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        yield [f"{base}/feed/{p.index}.xml" for p in plans]
    finally:
        server.shutdown()
        server.server_close()


def write_config(
    folder: Path, urls: Sequence[str], *, database: str = "", engine: str = ""
) -> Path:
    """A config for one run: its own data_dir, the fleet, and the run's database and engine."""
    folder.mkdir(parents=True, exist_ok=True)
    baseline = ROOT / "baselines" / "claims.json"
    lines = [
        f'data_dir = "{folder / "data"}"',
        f'baseline = "{baseline}"',
        f"timeout_seconds = {TIMEOUT_SECONDS}",
        "allow_private_links = true",
        'log_level = "warning"',
    ]
    if database:
        lines.append(f'database = "{database}"')
    for i, url in enumerate(urls):
        lines += ["[[feeds]]", f'name = "Fleet {i}"', f'url = "{url}"']
    if engine:
        lines += ["[tasks]", f'engine = "{engine}"']
    path = folder / "watcher.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- proof --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """One stored finding as the proof compares it."""

    id: str
    status: str
    text: str
    #: (feed URL, entry key) of every source, in stored order; a repeat is a duplicate.
    sources: tuple[tuple[str, str], ...]


#: Feed URL -> entry key -> content hash: every entry a run judged and stored.
Seen = dict[str, dict[str, str]]


def collect(config_path: Path) -> tuple[list[Found], Seen]:
    """Every finding the run's database holds, and every entry it stored per feed, read
    through watcher's store."""
    cfg = config_mod.load(config_path)
    db = open_database(cfg.database_url, create=False)
    try:
        store = Store(db)
        ids = [fid for fid, _text, _status in store.ledger()]
        found = [
            Found(f.id, str(f.status), f.text, tuple((s.feed_url, s.entry_key) for s in f.sources))
            for f in store.findings_by_id(ids)
        ]
        return found, {feed.url: store.seen(feed.url) for feed in cfg.feeds}
    finally:
        db.close()


#: Faults no order of judging explains: an entry judged twice or not at all, a development
#: stored twice or under another status, or one that no finding of the other run carries.
FAULTS = (
    "entries_differ",
    "altered",
    "duplicate_findings",
    "duplicate_sources",
    "gone",
    "appeared",
)
#: Differences in the findings themselves, which feeds judged in another order also make.
SET_CHANGES = ("lost", "extra", "lost_sources", "extra_sources")


@dataclass
class Proof:
    """How one run's findings differ from the reference run's; empty lists mean equal."""

    reference: int
    found: int
    sources: int
    #: Feeds whose stored entries (key and content hash) differ: work lost or done apart.
    entries_differ: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    duplicate_findings: list[str] = field(default_factory=list)
    duplicate_sources: list[str] = field(default_factory=list)
    #: Reference findings none of whose sources any finding of the run carries, and the other
    #: way round: a development one run reported and the other did not report at all.
    gone: list[str] = field(default_factory=list)
    appeared: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    lost_sources: list[str] = field(default_factory=list)
    extra_sources: list[str] = field(default_factory=list)
    #: Order effects. The ledger decides between a new finding and a further source by what
    #: it has seen already, so feeds judged in another order can word a finding by another of
    #: its sources (`reworded`), file an entry under a neighbouring finding (`moved`), or
    #: file a whole development's entries under a neighbour (a `lost` finding not `gone`).
    reworded: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        """Every entry judged once, nothing stored twice, no development missing outright."""
        return not any(getattr(self, name) for name in FAULTS)

    @property
    def conserved(self) -> bool:
        """Sound, and the same set of findings and sources: none lost, none added."""
        return self.sound and not any(getattr(self, name) for name in SET_CHANGES)

    @property
    def equal(self) -> bool:
        """Conserved, and every finding worded and sourced as in the reference."""
        return self.conserved and not self.reworded and not self.moved

    def _parts(self, names: Sequence[str]) -> list[str]:
        parts = []
        for name in names:
            items: list[str] = getattr(self, name)
            if items:
                parts.append(f"{len(items)} {name.replace('_', ' ')} (first {items[0]})")
        return parts

    def line(self) -> str:
        """One line: 'equal' with the counts, or what differs with a first example of each."""
        head = f"{self.found} findings, {self.sources} sources; reference {self.reference}"
        order = self._parts((*SET_CHANGES, "reworded", "moved"))
        if self.equal:
            return f"equal ({head})"
        if self.conserved:
            return f"same set, none lost, no duplicates ({head}); order effects: " + "; ".join(
                order
            )
        if self.sound:
            return (
                f"all entries stored, no duplicates, no development missing ({head}); "
                "findings differ as feed order makes them: " + "; ".join(order)
            )
        return f"DIFFERS ({head}): " + "; ".join(self._parts(FAULTS) + order)


def _source_name(source: tuple[str, str]) -> str:
    """A source as the proof names it: the feed's last path segment and the entry key."""
    return f"{source[0].rsplit('/', 1)[-1]} {source[1]}"


def compare(
    reference: Sequence[Found],
    run: Sequence[Found],
    reference_seen: Seen | None = None,
    run_seen: Seen | None = None,
) -> Proof:
    """Check a run's findings against the reference: same set, none lost, no duplicates.

    Every feed must have stored the same entries, whatever order the feeds were judged in.
    Findings are matched by id (a development's id, whoever reports it) and each matched pair
    must agree on status. Every (feed, entry) source is counted in all, and per finding.
    Within the run, two findings with one status and normalised text, or one source listed
    twice under a finding, are duplicates whatever the reference holds. What feeds judged in
    another order also change is reported apart (see `Proof`).
    """
    ref = {f.id: f for f in reference}
    got: dict[str, Found] = {}
    proof = Proof(len(reference), len(run), sum(len(f.sources) for f in run))
    if reference_seen is not None and run_seen is not None:
        proof.entries_differ = sorted(
            url
            for url in set(reference_seen) | set(run_seen)
            if reference_seen.get(url, {}) != run_seen.get(url, {})
        )
    for f in run:
        if f.id in got:
            proof.duplicate_findings.append(f.id)
        got[f.id] = f
    proof.lost = sorted(set(ref) - set(got))
    proof.extra = sorted(set(got) - set(ref))
    for fid in sorted(set(ref) & set(got)):
        a, b = ref[fid], got[fid]
        if a.status != b.status:
            proof.altered.append(fid)
        if a.text != b.text:
            proof.reworded.append(fid)
        if Counter(a.sources) != Counter(b.sources):
            proof.moved.append(fid)
    carried = Counter(s for f in reference for s in f.sources)
    now = Counter(s for f in run for s in f.sources)
    proof.lost_sources = sorted(_source_name(s) for s in carried - now)
    proof.extra_sources = sorted(_source_name(s) for s in now - carried)
    proof.gone = [fid for fid in proof.lost if not any(s in now for s in ref[fid].sources)]
    proof.appeared = [fid for fid in proof.extra if not any(s in carried for s in got[fid].sources)]
    wording = Counter((f.status, finding_id_for(f.text)) for f in run)
    proof.duplicate_findings += sorted(
        f.id for f in run if wording[(f.status, finding_id_for(f.text))] > 1
    )
    proof.duplicate_sources = sorted(f.id for f in run if len(set(f.sources)) < len(f.sources))
    return proof


# -- runs ---------------------------------------------------------------------------------------


@dataclass
class Measured:
    """One timed run and what it left in its database."""

    label: str
    processes: int
    wall: float
    cpu: float  # user + sys seconds of the watcher processes
    server_cpu: float  # the feed server (this process) over the same time
    db_cpu: float | None  # PostgreSQL's processes, when the cluster is ours
    machine_cpu: float | None  # every process on the machine, ours and anyone else's
    feeds: int
    findings: list[Found] = field(default_factory=list)
    seen: Seen = field(default_factory=dict)
    errors: int = 0
    note: str = ""

    @property
    def feeds_per_s(self) -> float:
        return self.feeds / self.wall if self.wall else 0.0

    @property
    def ours(self) -> float:
        """CPU seconds of everything the run needed: watcher, feed server, PostgreSQL."""
        return self.cpu + self.server_cpu + (self.db_cpu or 0.0)


def _watcher(*args: str) -> list[str]:
    return [sys.executable, "-m", "watcher", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def postgres_cpu(data_dir: Path | None) -> float | None:
    """CPU seconds of a PostgreSQL cluster so far: the postmaster and every backend it reaped.

    Backends exit when their connection closes, so after the watcher processes have exited
    their work is in the postmaster's children figures.
    """
    if data_dir is None:
        return None
    try:
        pid = int((data_dir / "postmaster.pid").read_text().split()[0])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return None
    ticks = sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def start_postgres() -> PostgresServer | None:
    """The test suite's throwaway cluster, or None with one line saying why there is none."""
    bindir = postgres_bindir()
    if bindir is None:
        print("PostgreSQL is not installed (no initdb): the PostgreSQL runs are left out")
        return None
    try:
        return _start(bindir)
    except (Exception, pytest.skip.Exception) as exc:
        print(f"PostgreSQL did not start, its runs are left out: {one_line(exc)}")
        return None


def stop_postgres(server: PostgresServer) -> None:
    """Stop the cluster and delete its folder."""
    _stop(server)


def machine_cpu() -> float | None:
    """CPU seconds every process on the machine has used since boot (busy, not idle or
    waiting on I/O), so other work sharing the cores shows up next to the run's own."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    busy = sum(fields[:8]) - idle  # guest time is already counted in user time
    return busy / os.sysconf("SC_CLK_TCK")


def worker_command_available() -> bool:
    """Whether this Watcher has `watcher worker` (and so the task engine)."""
    done = subprocess.run(
        _watcher("worker", "--help"), env=_env(), capture_output=True, text=True, check=False
    )
    return done.returncode == 0


class _Meter:
    """Wall time and CPU seconds (watcher subprocesses, this process, PostgreSQL, the whole
    machine) from its making until `stop`."""

    def __init__(self, pg_data: Path | None) -> None:
        self.pg_data = pg_data
        self.start = (_children_cpu(), _self_cpu(), postgres_cpu(pg_data), machine_cpu())
        self.started = time.perf_counter()

    def stop(self) -> tuple[float, float, float, float | None, float | None]:
        wall = time.perf_counter() - self.started
        cpu0, self0, db0, all0 = self.start
        db1, all1 = postgres_cpu(self.pg_data), machine_cpu()
        return (
            wall,
            _children_cpu() - cpu0,
            _self_cpu() - self0,
            None if db0 is None or db1 is None else db1 - db0,
            None if all0 is None or all1 is None else all1 - all0,
        )


def run_single(label: str, config_path: Path, feeds: int, pg_data: Path | None) -> Measured:
    """One `watcher check` process over every feed."""
    meter = _Meter(pg_data)
    done = subprocess.run(
        _watcher("--config", str(config_path), "-q", "check", "--json"),
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    measured = meter.stop()
    if done.returncode != 0:
        raise SystemExit(f"{label}: watcher check failed ({done.returncode}): {done.stderr[-800:]}")
    states = Counter(f["state"] for f in json.loads(done.stdout)["feeds"])
    return Measured(
        label,
        1,
        *measured,
        feeds,
        *collect(config_path),
        errors=states.get("error", 0),
        note=", ".join(f"{n} {s}" for s, n in sorted(states.items())),
    )


def run_workers(
    label: str, config_path: Path, feeds: int, workers: int, pg_data: Path | None
) -> Measured:
    """`watcher enqueue`, then `workers` x `watcher worker --burst` started at once, timed
    until the last exits."""
    common = ("--config", str(config_path), "-q")
    started = time.perf_counter()
    enqueued = subprocess.run(
        _watcher(*common, "enqueue"), env=_env(), capture_output=True, text=True, check=False
    )
    enqueue_s = time.perf_counter() - started
    if enqueued.returncode != 0:
        raise SystemExit(f"{label}: watcher enqueue failed: {enqueued.stderr[-800:]}")
    meter = _Meter(pg_data)
    # Each worker's log goes to a file: a pipe nobody reads while waiting for another
    # worker could fill and stall it.
    logs = [config_path.parent / f"worker-{i}.log" for i in range(workers)]
    procs = []
    for log in logs:
        with log.open("w", encoding="utf-8") as sink:
            procs.append(
                subprocess.Popen(
                    _watcher(*common, "worker", "--burst"),
                    env=_env(),
                    stdout=subprocess.DEVNULL,
                    stderr=sink,
                )
            )
    codes = [proc.wait() for proc in procs]
    measured = meter.stop()
    failures = [
        f"exit {code}: {log.read_text(encoding='utf-8', errors='replace').strip()[-300:]}"
        for code, log in zip(codes, logs, strict=True)
        if code != 0
    ]
    if failures:
        raise SystemExit(f"{label}: {len(failures)} worker(s) failed; first: {failures[0]}")
    return Measured(
        label,
        workers,
        *measured,
        feeds,
        *collect(config_path),
        note=f"enqueue {enqueue_s:.1f} s before",
    )


# -- report -------------------------------------------------------------------------------------


def table(rows: Sequence[Measured], reference: Measured) -> str:
    """The compact table: throughput, CPU seconds (watcher, feed server, PostgreSQL, anything
    else on the machine) and the proof against the reference run."""
    one = next((r for r in rows if r.label == "workers x1"), None)
    lines = [
        f"{'run':<28} {'wall s':>6} {'feeds/s':>7} {'vs x1':>6} {'cpu s':>6} {'server':>6} "
        f"{'pg':>5} {'other':>6}  findings against {reference.label}",
    ]
    for row in rows:
        ratio = f"{row.feeds_per_s / one.feeds_per_s:.2f}x" if one and row.processes > 1 else ""
        if row is one:
            ratio = "1.00x"
        pg = f"{row.db_cpu:.1f}" if row.db_cpu is not None else "-"
        other = f"{row.machine_cpu - row.ours:.1f}" if row.machine_cpu is not None else "-"
        proof = (
            "(the reference)"
            if row is reference
            else compare(reference.findings, row.findings, reference.seen, row.seen).line()
        )
        lines.append(
            f"{row.label:<28} {row.wall:6.1f} {row.feeds_per_s:7.1f} {ratio:>6} {row.cpu:6.1f} "
            f"{row.server_cpu:6.1f} {pg:>5} {other:>6}  {proof}"
        )
        if row.note:
            lines.append(f"{'':<28} {row.note}")
    return "\n".join(lines)


def bound(row: Measured, cores: int) -> str:
    """What limited one run: the machine's CPU, its own processes' CPU, or waiting."""
    own = row.cpu / (row.wall * min(row.processes, cores))
    busy = (row.machine_cpu if row.machine_cpu is not None else row.ours) / (row.wall * cores)
    others = (row.machine_cpu - row.ours) / row.wall if row.machine_cpu is not None else 0.0
    if busy > 0.85:
        return (
            f"CPU: the {cores} cores were {busy:.0%} busy, {others:.2f} cores of that other "
            f"work on the machine; watcher kept {row.cpu / row.wall:.2f} cores"
        )
    if own > 0.8:
        return f"CPU of its {row.processes} watcher process(es), one core each ({own:.0%} of that)"
    return f"waiting, not CPU: watcher used {own:.0%} of its cores, the machine {busy:.0%}"


def analysis(rows: Sequence[Measured], cores: int) -> list[str]:
    """What bounds the runs on this machine, and an estimate for N hosts."""
    out = [f"bound: {row.label}: {bound(row, cores)}" for row in rows]
    # Hosts would run workers, so their cost per feed is the one to scale; without worker
    # runs the one-process cost stands in (a lower bound: jobs add their own overhead).
    workers = [r for r in rows if r.label.startswith("workers")]
    measured = workers or [r for r in rows if r.db_cpu is not None] or list(rows)
    best = max(measured, key=lambda r: r.feeds_per_s)
    per_feed = best.cpu / best.feeds
    db_per_feed = (best.db_cpu or 0.0) / best.feeds
    out.append(
        f"cost per feed ({best.label}): watcher {per_feed * 1000:.1f} ms CPU, feed server "
        f"{best.server_cpu / best.feeds * 1000:.1f} ms, PostgreSQL "
        + (f"{db_per_feed * 1000:.1f} ms" if best.db_cpu is not None else "not measured")
    )
    if per_feed > 0:
        cap = (
            f"one PostgreSQL server of {cores} cores saturates near {cores / db_per_feed:.0f} "
            "feeds/s at this cost per feed"
            if db_per_feed > 0
            else "the PostgreSQL server saturates (its cost was not measured)"
        )
        basis = "" if workers else " (from the one-process cost; workers add their own)"
        out.append(
            f"estimate, not measured: N hosts of {cores} free cores, each running {cores} "
            f"workers, about N x {cores / per_feed:.0f} feeds/s{basis} (their CPU is the "
            f"bound) until {cap}"
        )
    return out


def dump(rows: Sequence[Measured], folder: Path) -> None:
    """Each run's findings as JSON Lines, for a closer look at what differs."""
    folder.mkdir(parents=True, exist_ok=True)
    for row in rows:
        name = re.sub(r"[^a-z0-9]+", "-", row.label.lower()).strip("-")
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for f in row.findings:
                out.write(json.dumps(asdict(f), ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--quick", action="store_true", help="200 feeds: a quick smoke run")
    parser.add_argument("--dump", metavar="DIR", help="write each run's findings here as JSON")
    args = parser.parse_args()
    feeds = 200 if args.quick else args.feeds
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    if not (ROOT / "baselines" / "claims.json").exists():
        raise SystemExit("baselines/claims.json is missing: run `watcher baseline build` first")

    plans = plan_fleet(feeds, args.seed)
    kinds = Counter(p.kind for p in plans)
    size = sum(len(p.body) for p in plans)
    print(
        f"fleet: {feeds} feeds, {size / 1e6:.1f} MB, seed {args.seed}; "
        + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        + f"; {os.cpu_count()} cores"
    )
    rows: list[Measured] = []
    with tempfile.TemporaryDirectory(prefix="watcher-fleet-") as tmp, feed_server(plans) as urls:
        work = Path(tmp)
        server = start_postgres()
        try:
            rows.append(
                run_single("one process, SQLite", write_config(work / "sqlite", urls), feeds, None)
            )
            rows.append(
                run_single(
                    "one process, feeds reversed",
                    write_config(work / "reversed", urls[::-1]),
                    feeds,
                    None,
                )
            )
            if server is not None:
                pg_data = server.folder / "data"
                cfg = write_config(work / "pg", urls, database=server.create_database())
                rows.append(run_single("one process, PostgreSQL", cfg, feeds, pg_data))
                if not worker_command_available():
                    print(
                        "workers: `watcher worker` is not a command of this Watcher; "
                        "the worker runs are left out"
                    )
                else:
                    for n in counts:
                        cfg = write_config(
                            work / f"w{n}",
                            urls,
                            database=server.create_database(),
                            engine="procrastinate",
                        )
                        rows.append(run_workers(f"workers x{n}", cfg, feeds, n, pg_data))
        finally:
            if server is not None:
                stop_postgres(server)
    reference = rows[2] if len(rows) > 2 else rows[0]
    print(table(rows, reference))
    for line in analysis(rows, os.cpu_count() or 1):
        print(line)
    if args.dump:
        dump(rows, Path(args.dump))
    workers = [r for r in rows if r.label.startswith("workers")]
    proofs = [compare(reference.findings, r.findings, reference.seen, r.seen) for r in workers]
    return 0 if all(p.sound for p in proofs) else 1


if __name__ == "__main__":
    sys.exit(main())
