"""Classify JSON Lines statements and score them against labels: precision, recall, F1, confusion."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from watcher.differ.core import Differ
from watcher.models import Status, TextJudgement

MAX_STATEMENT = 100_000
LABELS: tuple[str, ...] = tuple(s.value for s in Status)


def judgement_json(item_id: Any, tj: TextJudgement) -> dict[str, Any]:
    """The output object of `watcher classify` for one statement."""
    top = tj.top
    return {
        "id": item_id,
        "status": tj.status.value,
        "baseline_ids": list(top.baseline_ids),
        "cue": top.cue,
        "score": top.score,
        "sentence": top.sentence,
        "baseline_text": top.baseline_text,
        "baseline_source": top.baseline_source,
        "baseline_sources": [
            {"doc": s.doc, "start": s.start, "end": s.end} for s in top.baseline_sources
        ],
        "diff": [[op, text] for op, text in top.diff],
        "sentences": [
            {
                "sentence": j.sentence,
                "status": j.status.value,
                "cue": j.cue,
                "baseline_ids": list(j.baseline_ids),
            }
            for j in tj.sentences
        ],
    }


def classify_lines(lines: Iterable[str], differ: Differ) -> Iterator[dict[str, Any]]:
    """One output object per input line, in order; a bad line gives an error object, not a stop."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {
                "id": None,
                "line": number,
                "status": "error",
                "error": f"line {number}: not JSON: {exc.msg}",
            }
            continue
        if not isinstance(item, dict):
            yield {
                "id": None,
                "line": number,
                "status": "error",
                "error": f"line {number}: not a JSON object",
            }
            continue
        item_id = item.get("id")
        text = item.get("text")
        error = ""
        if "text" not in item:
            error = 'no "text" field'
        elif not isinstance(text, str):
            error = '"text" is not a string'
        elif not text.strip():
            error = '"text" is empty'
        elif len(text) > MAX_STATEMENT:
            error = f'"text" is {len(text)} characters; the limit is {MAX_STATEMENT}'
        if error:
            yield {
                "id": item_id,
                "line": number,
                "status": "error",
                "error": f"line {number}: {error}",
            }
            continue
        assert isinstance(text, str)
        out = judgement_json(item_id, differ.judge_text(text))
        if "label" in item:
            out["label"] = item["label"]
        yield out


@dataclass(frozen=True)
class Scores:
    """Per-status precision/recall/F1, macro-F1, accuracy and the confusion matrix."""

    per_status: dict[str, dict[str, float]]
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> count
    total: int
    errors: int

    def to_json(self) -> dict[str, Any]:
        return {
            "per_status": self.per_status,
            "macro_f1": self.macro_f1,
            "accuracy": self.accuracy,
            "confusion": self.confusion,
            "total": self.total,
            "errors": self.errors,
        }


def score(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Score (gold, predicted) pairs; predictions 'error' count as wrong."""
    pairs = list(pairs)
    labels = [s for s in LABELS if any(g == s for g, _ in pairs)] or list(LABELS)
    columns = [*LABELS, "error"] if any(p == "error" for _, p in pairs) else list(LABELS)
    confusion = {g: {p: 0 for p in columns} for g in LABELS}
    for gold, pred in pairs:
        confusion.setdefault(gold, {p: 0 for p in columns})[pred] = (
            confusion.get(gold, {}).get(pred, 0) + 1
        )
    per: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = confusion.get(label, {}).get(label, 0)
        predicted = sum(row.get(label, 0) for row in confusion.values())
        actual = sum(confusion.get(label, {}).values())
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": actual,
        }
    macro = sum(per[label]["f1"] for label in labels) / len(labels)
    correct = sum(1 for g, p in pairs if g == p)
    return Scores(
        per_status=per,
        macro_f1=round(macro, 4),
        accuracy=round(correct / len(pairs), 4) if pairs else 0.0,
        confusion=confusion,
        total=len(pairs),
        errors=sum(1 for _, p in pairs if p == "error"),
    )
