"""Lexical similarity and retrieval: concept-mapped, lightly stemmed terms, TF-IDF cosine.

The index keeps postings per term and, for a query, only walks the postings of terms rare
enough to discriminate, so a ledger of 100,000 claims costs about what the seed baseline does.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .lexicon import CONCEPTS, STOPWORDS
from .text import tokens

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s")
_NUMERIC = re.compile(r"^\d+$")


def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'guarantees'/'guaranteed', cheap to run."""
    if len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ies", "ied") else base
    return word


_TERM_CACHE: dict[str, str | None] = {}


def _term(tok: str) -> str | None:
    cached = _TERM_CACHE.get(tok, "")
    if cached != "":
        return cached
    if tok in STOPWORDS or len(tok) < 2:
        term = None
    elif tok in CONCEPTS:
        term = CONCEPTS[tok]
    elif _NUMERIC.match(tok):
        term = tok
    else:
        s = stem(tok)
        term = CONCEPTS.get(s, s)
    if len(_TERM_CACHE) < 200_000:
        _TERM_CACHE[tok] = term
    return term


def terms(text: str) -> list[str]:
    """Content terms of a text: stop words dropped, synonyms and inflections folded."""
    out = []
    for tok in tokens(text):
        term = _term(tok)
        if term:
            out.append(term)
    return out


@dataclass
class Index:
    """An inverted TF-IDF index over documents (baseline claims, or reported findings)."""

    max_postings: int = 5_000
    _docs: list[dict[str, float]] = field(default_factory=list)
    _raw: list[Counter[str]] = field(default_factory=list)
    _df: Counter[str] = field(default_factory=Counter)
    _postings: dict[str, list[int]] = field(default_factory=dict)
    _norms: list[float] = field(default_factory=list)
    _fitted_n: int = -1
    _cosine_cache: dict[tuple[int, str], tuple[dict[str, float], float]] = field(
        default_factory=dict
    )

    def __len__(self) -> int:
        return len(self._raw)

    def add(self, text: str) -> int:
        """Add a document; returns its position."""
        counts = Counter(terms(text))
        pos = len(self._raw)
        self._raw.append(counts)
        for term in counts:
            self._df[term] += 1
            self._postings.setdefault(term, []).append(pos)
        self._docs.append({})
        self._norms.append(0.0)
        return pos

    def extend(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.add(text)

    def idf(self, term: str) -> float:
        n = max(len(self._raw), 1)
        return math.log(1 + (n + 1) / (self._df.get(term, 0) + 0.5))

    def _vector(self, counts: Counter[str]) -> tuple[dict[str, float], float]:
        vec = {t: (1 + math.log(c)) * self.idf(t) for t, c in counts.items()}
        return vec, math.sqrt(sum(w * w for w in vec.values())) or 1.0

    def _doc(self, pos: int) -> tuple[dict[str, float], float]:
        # Document vectors are computed lazily and recomputed only when the collection
        # has grown by a quarter, since idf barely moves below that.
        n = len(self._raw)
        if self._fitted_n < 0 or n > self._fitted_n * 1.25 + 10:
            self._docs = [{} for _ in range(n)]
            self._norms = [0.0] * n
            self._fitted_n = n
        if not self._docs[pos]:
            self._docs[pos], self._norms[pos] = self._vector(self._raw[pos])
        return self._docs[pos], self._norms[pos]

    def search(self, text: str, k: int = 5) -> list[tuple[int, float]]:
        """The k documents most similar to `text`, as (position, cosine) best first."""
        counts = Counter(terms(text))
        return self.search_terms(counts, k)

    def search_terms(self, counts: Counter[str], k: int = 5) -> list[tuple[int, float]]:
        if not counts or not self._raw:
            return []
        qvec, qnorm = self._vector(counts)
        candidates: Counter[int] = Counter()
        # Rare terms first; very common terms only add weight to candidates already found.
        for term, weight in sorted(qvec.items(), key=lambda kv: -kv[1]):
            posting = self._postings.get(term)
            if not posting:
                continue
            if len(posting) > self.max_postings:
                continue
            for pos in posting:
                candidates[pos] += weight
        scored: list[tuple[int, float]] = []
        for pos, _ in candidates.most_common(max(k * 8, 40)):
            dvec, dnorm = self._doc(pos)
            dot = sum(w * dvec.get(t, 0.0) for t, w in qvec.items())
            scored.append((pos, dot / (qnorm * dnorm)))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored[:k]

    def cosine(self, a: str, b: str) -> float:
        """Cosine of two texts under this index's idf (`b`'s vector is cached: it is the claim)."""
        va, na = self._vector(Counter(terms(a)))
        key = (len(self._raw), b)
        cached = self._cosine_cache.get(key)
        if cached is None:
            if len(self._cosine_cache) > 10_000:
                self._cosine_cache.clear()
            cached = self._cosine_cache[key] = self._vector(Counter(terms(b)))
        vb, nb = cached
        return sum(w * vb.get(t, 0.0) for t, w in va.items()) / (na * nb)


def overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the smaller term set found in the larger (a paraphrase check)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
