"""Word-level diffs between a new claim and the baseline claim it was compared with."""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

_WORD = re.compile(r"\S+\s*|\s+")


def word_diff(old: str, new: str) -> tuple[tuple[int, str], ...]:
    """diff-match-patch on words (not characters), with semantic cleanup: ((op, text), ...)."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.2  # a claim pair is short; never let one stall a run
    vocab: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for w in _WORD.findall(text):
            if w not in vocab:
                vocab[w] = chr(len(words) + 0x100)
                words.append(w)
            out.append(vocab[w])
        return "".join(out)

    a, b = encode(old), encode(new)
    diffs = dmp.diff_main(a, b, False)
    decoded = [(op, "".join(words[ord(c) - 0x100] for c in chunk)) for op, chunk in diffs]
    dmp.diff_cleanupSemantic(decoded)
    return tuple((int(op), text) for op, text in decoded if text)
