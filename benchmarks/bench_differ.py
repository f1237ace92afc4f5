"""Classification speed: on-topic and off-topic statements per second, and a grown ledger's cost.

Run: python benchmarks/bench_differ.py [--profile | --against DIR]
Targets: 10,000 on-topic statements in at most 10 s on 2 cores (judged in one process, then by
one process per usable CPU as `watcher classify` and `watcher eval` judge), off-topic text no
slower than before;
against 100,000 ledger claims, at most 3x the cost against the seed baseline alone. The
on-topic statements are the labelled dev texts that are not `irrelevant`, each behind one of
many lead-ins (datelines, attributions), so no two in a row are the same string. `--profile`
prints the top functions of the on-topic run under cProfile. `--against DIR` judges the on-topic
statements with this tree and another (a worktree of an older commit) in turns of 100, in one
run, and prints both CPU totals and their ratio: on a shared machine the figures of separate
runs vary by a fifth. The feed path's own work per entry, as a ratio to feedparser's parse, is
`bench_articles.py`'s; `watcher diff`'s start-up, as a ratio to `python -c pass`, is
`bench_startup.py`'s; instructions per statement, which no load moves, `bench_instructions.py`'s.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import subprocess
import sys
import time
from pathlib import Path

from watcher.baseline.build import load_baseline
from watcher.differ import pool
from watcher.differ.core import Differ, finding_id_for
from watcher.models import Status

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
N = 10_000
CPU = [0.0]
LEDGER = 100_000

SUBJECTS = [
    "Ukraine",
    "Kyiv",
    "NATO",
    "The alliance",
    "Allies",
    "Zelensky",
    "Washington",
    "Berlin",
    "Poland",
    "Hungary",
    "Slovakia",
    "The Kremlin",
    "Rutte",
    "Sybiha",
    "Paris",
    "London",
]
VERBS = ["said", "argued", "warned", "insisted", "suggested", "announced", "confirmed", "denied"]
TOPICS = [
    "membership talks",
    "security guarantees",
    "a bilateral security agreement",
    "the accession timetable",
    "the NATO-Ukraine Council",
    "air defence deliveries",
    "the peace framework",
    "Article 5 style guarantees",
    "a reassurance force",
    "the invitation to join",
    "the summit communique",
    "reforms for membership",
]
PLACES = [
    "Brussels",
    "Vilnius",
    "Washington",
    "The Hague",
    "Kyiv",
    "Warsaw",
    "Berlin",
    "Rome",
    "Madrid",
    "Ankara",
    "Oslo",
    "Riga",
    "Tallinn",
    "Prague",
    "Bucharest",
    "Helsinki",
]


OFF_TOPIC = [
    "The weather in {p} was mild on Tuesday, with light rain in the afternoon.",
    "Shares in European carmakers rose {n} percent after the quarterly figures were published.",
    "The museum in {p} reopened its east wing after a renovation that lasted {n} months.",
    "Farmers near {p} reported a strong harvest of wheat and sunflowers this year.",
    "The national football team won its qualifying match in {p} by two goals to one.",
    "City officials opened a new tram line connecting the station with the university.",
]
MONTHS = ["January", "March", "May", "June", "July", "September", "October", "December"]
#: Opening words lower-cased after an attribution ("According to Reuters, the alliance ...").
LOWER_OPENERS = frozenset("The A An In On At After Before Under With Some Most".split())


def lead_ins(rng: random.Random) -> list[str]:
    """Datelines and attributions news copy puts before a statement."""
    out = []
    for place in PLACES:
        out.append(f"{place.upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} – ")
        out.append(f"{place} ({rng.choice(['Reuters', 'AP', 'AFP', 'dpa'])}) - ")
    for subject in SUBJECTS:
        out.append(f"According to officials in {rng.choice(PLACES)}, ")
        out.append(f"{subject} {rng.choice(VERBS)} on {rng.choice(MONTHS)} {rng.randint(1, 28)}: ")
    return out


def _dev_texts(on_topic: bool) -> list[str]:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows if (r["label"] != "irrelevant") == on_topic]


def statements(rng: random.Random) -> list[str]:
    """N on-topic statements: dev texts behind varied lead-ins."""
    if DEV.exists():
        texts = _dev_texts(on_topic=True)
    else:
        texts = [
            f"{s} {v} in {p} that {t} would move forward."
            for s, v, p, t in zip(SUBJECTS, VERBS * 2, PLACES, TOPICS * 2, strict=False)
        ]
    leads = lead_ins(rng)
    out = []
    for i in range(N):
        text = texts[i % len(texts)]
        lead = leads[rng.randrange(len(leads))]
        first = text.split(" ", 1)[0]
        if lead.endswith(", ") and first in LOWER_OPENERS:
            text = first.lower() + text[len(first) :]
        out.append(lead + text)
    return out


def off_topic(rng: random.Random) -> list[str]:
    """N off-topic statements, each with its own place and number."""
    return [
        rng.choice(OFF_TOPIC).format(p=rng.choice(PLACES), n=rng.randint(2, 90)) for _ in range(N)
    ]


def ledger_sentences(rng: random.Random) -> list[str]:
    out = []
    for i in range(LEDGER):
        out.append(
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} in {rng.choice(PLACES)} on day {i % 997} "
            f"that {rng.choice(TOPICS)} and {rng.choice(TOPICS)} were discussed with code{i} partners."
        )
    return out


def timed(differ: Differ, texts: list[str]) -> float:
    """Wall seconds; the process's CPU seconds go to CPU, shown beside them (the machine is shared)."""
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        differ.judge_text(text)
    CPU[0] = time.process_time() - cpu
    return time.perf_counter() - start


#: Statements a tree judges before the other takes its turn (`--against`).
BATCH = 100


def serve_batches() -> None:
    """`--serve`: judge the batches named on stdin ("start end"), print each one's CPU seconds."""
    texts = statements(random.Random(7))
    differ = Differ(load_baseline(Path.cwd() / "baselines" / "claims.json"))
    for text in texts[:200]:
        differ.judge_text(text)  # warm caches
    print("ready", flush=True)
    for line in sys.stdin:
        start, end = map(int, line.split())
        cpu = time.process_time()
        for text in texts[start:end]:
            differ.judge_text(text)
        print(time.process_time() - cpu, flush=True)


def interleaved(other: Path) -> None:
    """This tree and `other` judge the on-topic statements in turns of BATCH, in one run, so that
    a busy machine (or time stolen from it) slows both alike; the first turn alternates."""
    trees = [ROOT, other.resolve()]
    workers = []
    for tree in trees:
        worker = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve"],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdin is not None and worker.stdout is not None
        if worker.stdout.readline().strip() != "ready":
            raise SystemExit(f"{tree}: the differ did not start")
        workers.append((worker, worker.stdin, worker.stdout))
    spent = [0.0, 0.0]
    for turn, start in enumerate(range(0, N, BATCH)):
        for i in (0, 1) if turn % 2 == 0 else (1, 0):
            _, stdin, stdout = workers[i]
            stdin.write(f"{start} {start + BATCH}\n")
            stdin.flush()
            spent[i] += float(stdout.readline())
    for worker, stdin, _ in workers:
        stdin.close()
        worker.wait()
    print(f"{N:,} on-topic statements in turns of {BATCH}, CPU:")
    print(f"  this tree  {spent[0]:.2f} s (target <= 10 s)")
    print(f"  {other}  {spent[1]:.2f} s")
    print(f"ratio, this tree / {other}: {spent[0] / spent[1]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile the on-topic run")
    parser.add_argument(
        "--against", type=Path, help="another tree of the project, judged in turns with this one"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_batches()
        return
    if args.against is not None:
        interleaved(args.against)
        return
    baseline = load_baseline(ROOT / "baselines" / "claims.json")
    rng = random.Random(7)
    texts = statements(rng)
    others = off_topic(rng)
    differ = Differ(baseline)
    timed(differ, texts[:200])  # warm caches
    seed_time = timed(differ, texts)
    seed_cpu = CPU[0]
    print(
        f"{N:,} on-topic statements against the seed baseline ({len(baseline.claims)} claims): "
        f"{seed_time:.2f} s (CPU {CPU[0]:.2f} s) = {N / seed_time:,.0f} statements/s in one process"
    )
    workers = pool.usable_cpus()
    start = time.perf_counter()
    for _ in pool.judged(differ, texts, _status, workers=workers):
        pass
    pooled = time.perf_counter() - start
    print(
        f"the same {N:,} judged by {workers} processes, as `watcher classify` and `watcher eval` "
        f"judge: {pooled:.2f} s wall = {N / pooled:,.0f} statements/s (target <= 10 s on 2 cores)"
    )
    off_time = timed(differ, others)
    print(
        f"{N:,} off-topic statements: {off_time:.2f} s (CPU {CPU[0]:.2f} s) = "
        f"{N / off_time:,.0f} statements/s"
    )
    if args.profile:
        profile(differ, texts)

    start = time.perf_counter()
    for sentence in ledger_sentences(rng):
        differ.remember(
            finding_id_for(sentence),
            sentence,
            rng.choice([Status.NEW, Status.CHANGED, Status.CONTRADICTED]),
        )
    load_time = time.perf_counter() - start
    timed(differ, texts[:200])
    grown_time = timed(differ, texts)
    print(f"ledger of {LEDGER:,} reported claims loaded in {load_time:.1f} s")
    print(
        f"{N:,} statements with the ledger: {grown_time:.2f} s (CPU {CPU[0]:.2f} s) = "
        f"{N / grown_time:,.0f} statements/s"
    )
    print(
        f"cost ratio (100,000-claim ledger / seed baseline): {grown_time / seed_time:.2f}x wall, "
        f"{CPU[0] / seed_cpu:.2f}x CPU (target <= 3x)"
    )


def _status(differ: Differ, text: str) -> str:
    return differ.judge_text(text).status.value


def profile(differ: Differ, texts: list[str]) -> None:
    """The on-topic run under cProfile: the 25 functions with the most time of their own."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        differ.judge_text(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    print(out.getvalue())


if __name__ == "__main__":
    main()
