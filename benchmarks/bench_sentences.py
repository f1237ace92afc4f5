"""Sentence splitting + normalisation speed on the seeds repeated to 1 MB of text.

Run: python benchmarks/bench_sentences.py   (target: at least 20,000 sentences/s)
"""

from __future__ import annotations

import time
from pathlib import Path

from watcher.text.segment import normalise, sentences

ROOT = Path(__file__).resolve().parent.parent
SIZE = 1_000_000


def main() -> None:
    seeds = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    text = (seeds * (SIZE // len(seeds) + 1))[:SIZE]
    best = float("inf")
    count = 0
    for _ in range(3):
        start = time.perf_counter()
        found = sentences(text)
        for sentence in found:
            normalise(sentence)
        best = min(best, time.perf_counter() - start)
        count = len(found)
    print(f"text: {len(text):,} characters; sentences: {count:,}")
    print(
        f"split + normalise: {best * 1000:.0f} ms (best of 3) = {count / best:,.0f} sentences/s "
        f"({len(text) / best / 1e6:.1f} MB/s)"
    )
    try:
        import pysbd  # type: ignore[import-not-found]
    except ImportError:
        print("pysbd not installed: no comparison (pip install pysbd to add one)")
        return
    sample = text[:50_000]
    start = time.perf_counter()
    pysbd.Segmenter(language="en", clean=False).segment(sample)
    elapsed = time.perf_counter() - start
    ours = time.perf_counter()
    sentences(sample)
    ours = time.perf_counter() - ours
    print(
        f"pysbd on the first 50 KB: {elapsed * 1000:.0f} ms; ours: {ours * 1000:.1f} ms; ratio {elapsed / ours:.0f}x"
    )


if __name__ == "__main__":
    main()
