"""Classification speed: statements per second, and the cost of a ledger grown to 100,000 claims.

Run: python benchmarks/bench_differ.py
Targets: 10,000 statements in at most 10 s; against 100,000 ledger claims, at most 3x the
cost against the seed baseline alone. Both figures come from the same run.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ, finding_id_for
from watcher.models import Status

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
N = 10_000
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


def statements() -> list[str]:
    if DEV.exists():
        texts = [
            json.loads(line)["text"]
            for line in DEV.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    else:
        texts = [
            f"{s} {v} in {p} that {t} would move forward."
            for s, v, p, t in zip(SUBJECTS, VERBS * 2, PLACES, TOPICS * 2, strict=False)
        ]
    return [texts[i % len(texts)] for i in range(N)]


def ledger_sentences(rng: random.Random) -> list[str]:
    out = []
    for i in range(LEDGER):
        out.append(
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} in {rng.choice(PLACES)} on day {i % 997} "
            f"that {rng.choice(TOPICS)} and {rng.choice(TOPICS)} were discussed with code{i} partners."
        )
    return out


def timed(differ: Differ, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        differ.judge_text(text)
    return time.perf_counter() - start


def main() -> None:
    baseline = load_baseline(ROOT / "baselines" / "claims.json")
    texts = statements()
    differ = Differ(baseline)
    timed(differ, texts[:200])  # warm caches
    seed_time = timed(differ, texts)
    print(
        f"{N:,} statements against the seed baseline ({len(baseline.claims)} claims): "
        f"{seed_time:.2f} s = {N / seed_time:,.0f} statements/s"
    )

    rng = random.Random(7)
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
        f"{N:,} statements with the ledger: {grown_time:.2f} s = {N / grown_time:,.0f} statements/s"
    )
    print(
        f"cost ratio (100,000-claim ledger / seed baseline): {grown_time / seed_time:.2f}x (target <= 3x)"
    )


if __name__ == "__main__":
    main()
