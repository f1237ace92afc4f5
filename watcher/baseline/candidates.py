"""Text -> candidate claims: sentences with their offsets, page furniture and questions dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from watcher.text.attributes import actors_of, events_of
from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import GUARANTEE_TERMS
from watcher.text.relevance import FURNITURE
from watcher.text.segment import clean, sentence_spans

_CITATION = LazyPattern(r"\s*\[(?:citation|cite|source)[^\]]*\]", re.I)
_TRAILING_CITATIONS = LazyPattern(r"(?:\s*\[(?:citation|cite|source)[^\]]*\])+\s*$", re.I)
_TEASER_HEAD = LazyPattern(
    r"(?im)^\s*(?:more from|related (?:posts|articles|stories)|read next)\b.*$"
)
_MIN_WORDS = 5


@dataclass(frozen=True)
class Candidate:
    """A sentence that may be a claim, with its offsets in the document.

    `hypothetical` marks a sentence inside a quotation that an earlier sentence introduced as
    what someone wishes or proposes ("the summit should end with them declaring, "..."), so
    the builder never stores it as a fact.
    """

    text: str
    start: int
    end: int
    hypothetical: bool = False


#: Quotation marks that open or close a quotation, straight or curly.
_OPEN_QUOTE = LazyPattern(r'[“"]')
#: What makes a quotation a wish or a proposal rather than something said.
_PROPOSAL = LazyPattern(
    r"\b(?:should|would|could|ought|hopes?|hoped|wants?|wanted|wish\w*|urg\w+|call\w* (?:on|for)"
    r"|propos\w+|suggest\w*|recommend\w*|expects?|ideally|dream\w*|envisag\w+|imagin\w+)\b",
    re.I,
)


def _quote_balance(text: str) -> int:
    """+1 when a sentence leaves a quotation open, -1 when it closes one opened before, else 0."""
    curly_open, curly_close = text.count("“"), text.count("”")
    if curly_open or curly_close:
        return (curly_open > curly_close) - (curly_close > curly_open)
    return text.count('"') % 2


def strip_citations(text: str) -> str:
    """Drop citation brackets such as '[citation: NATO briefing]'."""
    return _CITATION.sub("", text)


def body_end(text: str) -> int:
    """Where the article body ends: the first 'More from ...' or 'Related posts' teaser block."""
    m = _TEASER_HEAD.search(text)
    return m.start() if m else len(text)


def candidates(text: str) -> Iterator[Candidate]:
    """Assertion sentences of a document: no furniture, no questions, no fragments."""
    end_of_body = body_end(text)
    quoting = False  # inside a quotation an earlier sentence opened
    proposal = False  # ... which that sentence framed as a wish or proposal
    for start, end in sentence_spans(text[:end_of_body]):
        raw = text[start:end]
        inside = quoting and proposal
        balance = _quote_balance(raw)
        if not quoting and balance > 0:
            opening = _OPEN_QUOTE.search(raw)
            quoting, proposal = (
                True,
                bool(_PROPOSAL.search(raw[: opening.start() if opening else 0])),
            )
            inside = proposal
        elif quoting and balance != 0:
            quoting = proposal = False
        # As written (curly quotes, dashes); matching and ids use the normalised form.
        sentence = re.sub(r"\s+", " ", strip_citations(raw)).strip()
        if not sentence or sentence.endswith("?") or FURNITURE.search(clean(sentence)):
            continue
        if len(sentence.split()) < _MIN_WORDS:
            continue
        # Trim citation brackets off the span's end so offsets point at the sentence itself.
        trailing = _TRAILING_CITATIONS.search(raw)
        if trailing:
            end = start + trailing.start()
        yield Candidate(sentence, start, end, inside)


def on_subject(sentence: str) -> bool:
    """Loose test for baseline sentences: names an actor, an event or a guarantee at all."""
    low = sentence.lower()
    return bool(actors_of(low) or events_of(low) or GUARANTEE_TERMS.search(low))
