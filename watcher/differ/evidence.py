"""Evidence for a finding: a word diff when the two sentences are close, else both sentences
with the words that decided the verdict marked in each.

Pure functions on plain strings (the baseline claim, the sentence, the cue), so the evidence can
be computed where a finding is made or shown, for stored findings of any age.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from diff_match_patch import diff_match_patch

from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import STOPWORDS
from watcher.text.numbers import date_spans, numbers

Ops = tuple[tuple[int, str], ...]
Span = tuple[int, int]

#: A token is a word (with inner apostrophes: "Ukraine's"), a number with separators
#: ("1,000", "3.5"), a run of white space, or one punctuation mark. Every character is in one.
TOKEN = LazyPattern(r"\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*|\s+|[^\w\s]")
_WORDS = LazyPattern(r"\w+")

#: A diff is shown when the sentences keep at least this share of their words in common...
MIN_SHARED = 0.5
#: ...and the changes fall into at most this many places; otherwise the pair is shown.
MAX_HUNKS = 3

#: `negation: "never join" vs "future is in NATO"`: the sentence's phrase, then the claim's.
_VERSUS = LazyPattern(r'"(?P<new>.*)"\s+vs\.?\s+"(?P<old>.*)"')
_ISO = LazyPattern(r"(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?")
_NUMBER = LazyPattern(r"\d+(?:\.\d+)?")
# First code point used to stand for a token: past Latin-1, so no token is its own stand-in.
_BASE = 0x100
_SURROGATES = range(0xD800, 0xE000)


def tokens(text: str) -> list[str]:
    """The text as tokens; joined, they give back the text."""
    return TOKEN.findall(text)


def _stand_in(index: int) -> str:
    code = _BASE + index
    if code >= _SURROGATES.start:
        code += len(_SURROGATES)
    return chr(code)


def token_diff(old: str, new: str) -> Ops:
    """diff-match-patch over whole tokens: ((op, text), ...), -1 only in old, 1 only in new.

    Each token is encoded as one character (the line-mode trick of diff-match-patch, applied to
    words), diffed and cleaned up in that form, then decoded; so no operation starts or ends
    inside a word.
    """
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.2  # a claim pair is short; never let one stall a run
    vocab: dict[str, str] = {}
    table: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in tokens(text):
            code = vocab.get(token)
            if code is None:
                code = vocab[token] = _stand_in(len(table))
                table.append(token)
            out.append(code)
        return "".join(out)

    a, b = encode(old), encode(new)
    index = {code: token for token, code in vocab.items()}
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return tuple((int(op), "".join(index[c] for c in chunk)) for op, chunk in diffs if chunk)


def _replacement(old: str, new: str) -> Ops:
    """Old struck and new inserted between their common first and last tokens."""
    a, b = tokens(old), tokens(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    parts = (
        (0, "".join(a[:head])),
        (-1, "".join(a[head : len(a) - tail])),
        (1, "".join(b[head : len(b) - tail])),
        (0, "".join(a[len(a) - tail :])),
    )
    return tuple(p for p in parts if p[1])


def word_diff(old: str, new: str) -> Ops:
    """The word diff of two sentences, searched for only when it could read well.

    Sentences sharing under `MIN_SHARED` of their words can give no readable diff, and most
    reported pairs are such; for them the search (most of its cost) is skipped and the diff is
    the plain replacement, which the full search also gives for 502 of 532 such pairs of
    baseline claims and dev-set texts.
    """
    if _share_bound(old, new) < MIN_SHARED:
        return _replacement(old, new)
    return token_diff(old, new)


def _word_count(text: str) -> int:
    return sum(1 for t in tokens(text) if _WORDS.search(t))


def _share_bound(old: str, new: str) -> float:
    """An upper bound of `shared_share`: a diff keeps at most the words both sentences hold."""
    a = Counter(t for t in tokens(old) if _WORDS.search(t))
    b = Counter(t for t in tokens(new) if _WORDS.search(t))
    total = a.total() + b.total()
    return 2 * (a & b).total() / total if total else 1.0


def shared_share(ops: Ops) -> float:
    """Share of words the two sentences keep in common: 2 * kept / (old words + new words)."""
    kept = sum(_word_count(t) for op, t in ops if op == 0)
    old = kept + sum(_word_count(t) for op, t in ops if op < 0)
    new = kept + sum(_word_count(t) for op, t in ops if op > 0)
    return 2 * kept / (old + new) if old + new else 1.0


def hunks(ops: Ops) -> int:
    """Places where the sentences differ (runs of deletions and insertions between equal text)."""
    count = 0
    inside = False
    for op, _ in ops:
        if op != 0 and not inside:
            count += 1
        inside = op != 0
    return count


def readable(ops: Ops) -> bool:
    """A diff reads well when the sentences share most words and differ in a few places.

    Below half of the words in common, or past three separate changes, a reader has to rebuild
    both sentences from struck and inserted fragments; then both sentences, whole, with the
    decisive words marked say more.
    """
    return shared_share(ops) >= MIN_SHARED and hunks(ops) <= MAX_HUNKS


def cue_phrases(cue: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cue's decisive phrases: (those of the baseline claim, those of the sentence).

    Two forms are read: `label: X -> Y` (X was in the claim, Y is in the sentence), and
    `label: "a" vs "b"` (a is the sentence's phrase, b the claim's). Other cues give none.
    """
    versus = _VERSUS.search(cue)
    if versus:
        return (versus.group("old"),), (versus.group("new"),)
    if " -> " in cue:
        left, _, right = cue.partition(" -> ")
        left = left.rpartition(": ")[2].strip().strip("\"'")
        right = re.split(r";|\s\(", right, maxsplit=1)[0].strip().strip("\"'")
        return ((left,) if left else ()), ((right,) if right else ())
    return (), ()


def _word_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORDS.finditer(text)]


def _sequence(words: list[tuple[str, int, int]], wanted: list[str]) -> list[Span]:
    n = len(wanted)
    return [
        (words[i][1], words[i + n - 1][2])
        for i in range(len(words) - n + 1)
        if [w for w, _, _ in words[i : i + n]] == wanted
    ]


def find_phrase(text: str, phrase: str, other: str = "") -> list[Span]:
    """Where `phrase` stands in `text`, as whole words, case-insensitively.

    A number is found however it is written ("13", "thirteen", "32nd"), an ISO date as prose
    writes it ("2024-01-12": "12 January 2024"). A phrase not found whole falls back to its
    content words that `other` (the compared sentence) does not share, else to those it does
    ("Sweden pending": the claim's "Sweden", when "pending" is not written out).
    """
    phrase = phrase.strip()
    if not phrase:
        return []
    if _ISO.fullmatch(phrase):
        day = "--" + phrase[5:] if len(phrase) == 10 else ""
        return [
            (s, e)
            for iso, s, e in date_spans(text)
            if iso == phrase or iso.startswith(phrase + "-") or iso == day
        ]
    if _NUMBER.fullmatch(phrase):
        value = float(phrase)
        return [(n.start, n.end) for n in numbers(text) if n.value == value]
    words = _word_spans(text)
    wanted = [w.casefold() for w in _WORDS.findall(phrase)]
    found = _sequence(words, wanted) if wanted else []
    if found or len(wanted) < 2:
        return found
    content = [(w, s, e) for w, s, e in words if w in wanted and w not in STOPWORDS and len(w) > 1]
    theirs = {w for w, _, _ in _word_spans(other)}
    own = [(s, e) for w, s, e in content if w not in theirs]
    return own or [(s, e) for _, s, e in content]


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return tuple(out)


def marks(text: str, phrases: tuple[str, ...], other: str = "") -> tuple[Span, ...]:
    """Every place in `text` where one of `phrases` stands, merged and in order."""
    return _merge([span for p in phrases for span in find_phrase(text, p, other)])


def segments(text: str, spans: tuple[Span, ...]) -> tuple[tuple[str, bool], ...]:
    """The text cut at its marks: ((text, marked), ...), joined they give back the text."""
    out: list[tuple[str, bool]] = []
    at = 0
    for s, e in spans:
        if s > at:
            out.append((text[at:s], False))
        out.append((text[s:e], True))
        at = e
    if at < len(text):
        out.append((text[at:], False))
    return tuple(out)


@dataclass(frozen=True)
class Evidence:
    """What shows a reader why a sentence was judged against its baseline claim.

    `kind` is "diff" when the word diff `ops` reads well (see `readable`), else "pair": both
    sentences whole, `ops` empty. Either way `old_marks` and `new_marks` (character spans) hold
    the decisive words of each; a pair shows them, a diff shows what changed instead.
    """

    kind: Literal["diff", "pair"]
    old: str
    new: str
    ops: Ops
    old_marks: tuple[Span, ...]
    new_marks: tuple[Span, ...]

    @property
    def old_segments(self) -> tuple[tuple[str, bool], ...]:
        """The baseline claim cut at its marks."""
        return segments(self.old, self.old_marks)

    @property
    def new_segments(self) -> tuple[tuple[str, bool], ...]:
        """The sentence cut at its marks."""
        return segments(self.new, self.new_marks)


@lru_cache(maxsize=1024)
def evidence_for(old: str, new: str, cue: str = "") -> Evidence | None:
    """The evidence for a sentence (`new`) judged against a baseline claim (`old`) with `cue`.

    None when there is no baseline claim to compare with (a `new` finding).
    """
    if not old.strip() or not new.strip():
        return None
    ops = word_diff(old, new)
    kind: Literal["diff", "pair"] = "diff" if readable(ops) else "pair"
    old_phrases, new_phrases = cue_phrases(cue)
    return Evidence(
        kind=kind,
        old=old,
        new=new,
        ops=ops if kind == "diff" else (),
        old_marks=marks(old, old_phrases, new),
        new_marks=marks(new, new_phrases, old),
    )
