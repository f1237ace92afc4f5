"""Lexical similarity and retrieval: concept-mapped, lightly stemmed terms, TF-IDF cosine.

The index keeps postings per term and, for a query, only walks the postings of terms rare
enough to discriminate, so a ledger of 100,000 claims costs about what the seed baseline does.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from watcher.text.lexicon import CONCEPTS, STOPWORDS
from watcher.text.segment import tokens

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
        if len(term) > 4 and term.endswith("e"):
            # One form for a word with and without its ending, as the suffix stripper leaves
            # it: "agree"/"agreed" -> "agre", "decide"/"decided" -> "decid". A concept's name is
            # already its one form.
            term = term[:-1]
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
    """An inverted TF-IDF index over documents (baseline claims, or reported findings).

    Postings hold each document's length-normalised term weight, so a query's cosine with every
    document sharing a term is accumulated in one pass over those postings. Terms in more than
    `max_postings` documents are left out of that pass and added for the best candidates only.
    """

    max_postings: int = 5_000
    _raw: list[Counter[str]] = field(default_factory=list)
    _df: Counter[str] = field(default_factory=Counter)
    _postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    _vecs: list[dict[str, float]] = field(default_factory=list)
    _idf: dict[str, float] = field(default_factory=dict)
    _fitted_n: int = 0
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
        # idf barely moves until the collection grows by a quarter; refit then, else weight the
        # new document with the idf in force.
        if len(self._raw) > self._fitted_n * 1.25 + 10:
            self._refit()
        else:
            self._idf.clear()
            self._post(pos)
        return pos

    def extend(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.add(text)

    def _refit(self) -> None:
        self._idf = {}
        self._fitted_n = len(self._raw)
        self._postings = {}
        self._vecs = []
        self._cosine_cache.clear()
        for pos in range(len(self._raw)):
            self._post(pos)

    def _post(self, pos: int) -> None:
        vec, norm = self._vector(self._raw[pos])
        unit = {t: w / norm for t, w in vec.items()}
        self._vecs.append(unit)
        for term, weight in unit.items():
            self._postings.setdefault(term, []).append((pos, weight))

    def vocabulary_share(self, counts: Counter[str]) -> int:
        """How many of these terms occur in some document (a cheap bound on any overlap)."""
        return sum(1 for term in counts if term in self._df)

    def idf(self, term: str) -> float:
        cached = self._idf.get(term)
        if cached is None:
            n = max(len(self._raw), 1)
            cached = self._idf[term] = math.log(1 + (n + 1) / (self._df.get(term, 0) + 0.5))
        return cached

    def _vector(self, counts: Counter[str]) -> tuple[dict[str, float], float]:
        vec = {t: (1 + math.log(c)) * self.idf(t) for t, c in counts.items()}
        return vec, math.sqrt(sum(w * w for w in vec.values())) or 1.0

    def search(self, text: str, k: int = 5) -> list[tuple[int, float]]:
        """The k documents most similar to `text`, as (position, cosine) best first."""
        return self.search_terms(Counter(terms(text)), k)

    def search_terms(self, counts: Counter[str], k: int = 5) -> list[tuple[int, float]]:
        if not counts or not self._raw:
            return []
        qvec, qnorm = self._vector(counts)
        scores: dict[int, float] = {}
        common: list[tuple[str, float]] = []
        for term, weight in qvec.items():
            posting = self._postings.get(term)
            if not posting:
                continue
            if len(posting) > self.max_postings:
                common.append((term, weight))
                continue
            w = weight / qnorm
            for pos, dw in posting:
                scores[pos] = scores.get(pos, 0.0) + w * dw
        best = heapq.nlargest(
            max(k * 4, 20) if common else k, scores.items(), key=lambda kv: (kv[1], -kv[0])
        )
        if common:
            best = [
                (pos, score + sum(w / qnorm * self._vecs[pos].get(t, 0.0) for t, w in common))
                for pos, score in best
            ]
        best.sort(key=lambda item: (-item[1], item[0]))
        return best[:k]

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
