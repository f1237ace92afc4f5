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
from operator import neg
from typing import Any

from watcher.text.lexicon import CONCEPTS, STOPWORDS
from watcher.text.segment import tokens

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s")
_NUMERIC = re.compile(r"^\d+$")
#: Up to this many scored documents a full sort is cheaper than a heap.
_SORT_ALL = 1_000


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


#: The last text's terms: a sentence is compared with its baseline claims right after its own
#: terms were taken.
_LAST_TERMS: tuple[str, tuple[str, ...]] = ("", ())


def terms(text: str) -> list[str]:
    """Content terms of a text: stop words dropped, synonyms and inflections folded."""
    global _LAST_TERMS
    last_text, last_terms = _LAST_TERMS
    if text == last_text:
        return list(last_terms)
    out = []
    known = _TERM_CACHE.get  # most tokens were seen before: no call for them
    for tok in tokens(text):
        term = known(tok, "")
        if term == "":
            term = _term(tok)
        if term:
            out.append(term)
    _LAST_TERMS = (text, tuple(out))
    return out


def _refit_due(size: int, fitted: int) -> bool:
    """idf barely moves until the collection grows by a quarter (and ten) since the last fit."""
    return size > fitted * 1.25 + 10


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
    _last_query: tuple[tuple[int, str], tuple[dict[str, float], float]] = (
        (-1, ""),
        ({}, 1.0),
    )

    def __len__(self) -> int:
        return len(self._raw)

    def add(self, text: str) -> int:
        """Add a document; returns its position."""
        pos = self._count(text)
        # Refit when due, else weight the new document with the idf in force.
        if _refit_due(len(self._raw), self._fitted_n):
            self._refit()
        else:
            self._idf.clear()
            self._post(pos)
        return pos

    def state(self) -> dict[str, Any]:
        """The index as plain data: each document's term counts and the weights it was posted
        with (those of the idf in force then), so that `from_state` gives back the same index."""
        return {
            "max_postings": self.max_postings,
            "fitted": self._fitted_n,
            "docs": [[dict(raw), vec] for raw, vec in zip(self._raw, self._vecs, strict=True)],
        }

    @classmethod
    def from_state(cls, state: Any) -> Index:
        """The index `state` describes; `ValueError` when it is not one."""
        try:
            index = cls(max_postings=int(state["max_postings"]))
            index._fitted_n = int(state["fitted"])
            docs = state["docs"]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not an index: {exc}") from exc
        if not isinstance(docs, list):
            raise ValueError("not an index: no list of documents")
        postings = index._postings
        for pos, doc in enumerate(docs):
            pair: list[Any] = doc if isinstance(doc, list) and len(doc) == 2 else [None, None]
            raw, vec = pair
            try:
                # `sum` refuses anything but numbers, in one pass of C.
                sum(raw.values())
                sum(vec.values())
            except (AttributeError, TypeError):
                raise ValueError(
                    f"not an index: document {pos} is not term counts and weights"
                ) from None
            index._raw.append(Counter(raw))
            index._df.update(raw.keys())
            index._vecs.append(vec)
            for term, weight in vec.items():
                postings.setdefault(term, []).append((pos, weight))
        return index

    def extend(self, texts: Iterable[str]) -> None:
        """Add documents, weighted exactly as one `add` each would weight them.

        A refit reweights every document, so only the last refit those adds would make is
        made: a fresh index of n documents costs n weightings, not several times n.
        """
        batch = list(texts)
        size, fitted, last = len(self._raw), self._fitted_n, -1
        for i in range(len(batch)):
            size += 1
            if _refit_due(size, fitted):
                fitted, last = size, i
        for i, text in enumerate(batch):
            if i < last:
                self._count(text)
            elif i == last:
                self._count(text)
                self._refit()
            else:
                self.add(text)

    def _count(self, text: str) -> int:
        counts = Counter(terms(text))
        self._raw.append(counts)
        for term in counts:
            self._df[term] += 1
        return len(self._raw) - 1

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

    def counts(self, pos: int) -> Counter[str]:
        """The term counts of the document at `pos` (not to be changed)."""
        return self._raw[pos]

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
        idf = self._idf
        vec = {
            t: (1 + math.log(c)) * (idf[t] if t in idf else self.idf(t)) for t, c in counts.items()
        }
        return vec, math.sqrt(sum(w * w for w in vec.values())) or 1.0

    def search(self, text: str, k: int = 5) -> list[tuple[int, float]]:
        """The k documents most similar to `text`, as (position, cosine) best first."""
        return self.search_terms(Counter(terms(text)), k)

    def search_terms(self, counts: Counter[str], k: int = 5) -> list[tuple[int, float]]:
        if not counts or not self._raw:
            return []
        qvec, qnorm = self._vector(counts)
        if len(self._raw) <= self.max_postings:
            return self._search_dense(qvec, qnorm, k)
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
            get = scores.get
            for pos, dw in posting:
                scores[pos] = get(pos, 0.0) + w * dw
        # Best score first, the earlier document on a tie; (score, -position) pairs compare in
        # C, and a short list sorts faster than a heap walks it.
        ranked = list(zip(scores.values(), map(neg, scores), strict=True))
        n = max(k * 4, 20) if common else k
        if len(ranked) <= _SORT_ALL:
            ranked.sort(reverse=True)
            top = ranked[:n]
        else:
            top = heapq.nlargest(n, ranked)
        best = [(-minus_pos, score) for score, minus_pos in top]
        if common:
            best = [
                (pos, score + sum(w / qnorm * self._vecs[pos].get(t, 0.0) for t, w in common))
                for pos, score in best
            ]
        best.sort(key=lambda item: (-item[1], item[0]))
        return best[:k]

    def unit(self, counts: Counter[str]) -> dict[str, float]:
        """Term counts as a unit vector under this index's idf: many cosines, one weighting."""
        vec, norm = self._vector(counts)
        return {t: w / norm for t, w in vec.items()}

    def _search_dense(
        self, qvec: dict[str, float], qnorm: float, k: int
    ) -> list[tuple[int, float]]:
        """`search_terms` for an index no larger than `max_postings` (the baseline's): no term is
        common enough to leave out, so every score is summed, in one list, in the same order.

        Every weight is positive, so a document shares a term with the query if and only if its
        score is above zero, and every such score ranks above every zero. A stable sort keeps
        the earlier document first among equal scores, as the general search does.
        """
        acc = [0.0] * len(self._raw)
        for term, weight in qvec.items():
            posting = self._postings.get(term)
            if posting:
                w = weight / qnorm
                for pos, dw in posting:
                    acc[pos] += w * dw
        order = sorted(range(len(acc)), key=acc.__getitem__, reverse=True)
        return [(pos, acc[pos]) for pos in order[:k] if acc[pos]]

    def cosine(self, a: str, b: str) -> float:
        """Cosine of two texts under this index's idf (`b`'s vector is cached: it is the claim;
        so is the last `a`, which is compared with several claims in a row)."""
        key = (len(self._raw), a)
        if self._last_query[0] != key:
            self._last_query = (key, self._vector(Counter(terms(a))))
        va, na = self._last_query[1]
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
