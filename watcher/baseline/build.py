"""The baseline claim set: seeds -> claims (merged duplicates, stable ids) -> baselines/claims.json."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from watcher.errors import BaselineError
from watcher.fileio import atomic_write_json, read_regular_file
from watcher.models import Attributes, Claim, Source
from watcher.text import attributes
from watcher.text.lazy import LazyPattern
from watcher.text.relevance import topic_reason
from watcher.text.segment import clean, normalise
from watcher.text.similarity import overlap, terms

FORMAT_VERSION = 1
METADATA_FILE = "metadata.json"
#: Two sentences about the same event restate one promise when they share this share of terms.
MERGE_OVERLAP = 0.43
#: Two sentences quoting the same line share a run of at least this many words.
SHARED_RUN = 8
_PROMISE = LazyPattern(
    r"\b(?:(?:will|would|eventually|one day) (?:\w+ )?become (?:a )?members?|eventual membership"
    r"|one day join\w*|future is in nato|extend an invitation to ukraine)\b"
)


@dataclass(frozen=True)
class SeedDoc:
    """A seed document's text and how a reader names it."""

    name: str
    text: str
    sha256: str
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.meta.get("label") or self.meta.get("publisher") or self.name


@dataclass(frozen=True)
class Baseline:
    """The claims the differ compares with, and the seeds they came from."""

    claims: tuple[Claim, ...]
    seeds: dict[str, dict[str, str]]
    topics: dict[str, str] = field(default_factory=dict)  # claim id -> why it is on topic

    @cached_property
    def by_id(self) -> dict[str, Claim]:
        """Claims by id, built once: the differ asks for a claim on every reported sentence."""
        return {c.id: c for c in self.claims}

    def source_label(self, claim_id: str) -> str:
        """The claim's first seed, named as a reader would: 'Foreign Policy, July 2023'."""
        claim = self.by_id.get(claim_id)
        if not claim or not claim.sources:
            return ""
        doc = claim.sources[0].doc
        return self.seeds.get(doc, {}).get("label", doc)


#: Largest baseline file read (the committed one is well under a megabyte).
MAX_BASELINE_BYTES = 64_000_000
#: Largest seed document or seed metadata file read.
MAX_SEED_BYTES = 16_000_000
REBUILD_HINT = "run `watcher baseline build`"


def _reject_constant(name: str) -> None:
    """JSON has no NaN or Infinity; Python's reader accepts them unless told not to."""
    raise ValueError(f"{name} is not a JSON number")


def read_seeds(folder: Path) -> list[SeedDoc]:
    """Read every seed .txt file; one clear error naming the file for anything unreadable."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BaselineError(f"{folder}: seeds folder does not exist", hint="pass --seeds DIR")
    metadata: dict[str, dict[str, str]] = {}
    meta_path = folder / METADATA_FILE
    if meta_path.exists():
        try:
            meta_bytes = read_regular_file(meta_path, MAX_SEED_BYTES, str(meta_path), BaselineError)
            metadata = json.loads(meta_bytes, parse_constant=_reject_constant).get("seeds", {})
        except (ValueError, AttributeError, RecursionError) as exc:
            raise BaselineError(f"{meta_path}: not valid seed metadata JSON: {exc}") from exc
    docs: list[SeedDoc] = []
    for path in sorted(folder.glob("*.txt")):
        data = read_regular_file(path, MAX_SEED_BYTES, f"seed file {path}", BaselineError)
        if not data.strip():
            raise BaselineError(f"{path}: seed file is empty", hint="remove it or give it text")
        if b"\x00" in data:
            raise BaselineError(
                f"{path}: seed file is binary, not text", hint="seeds are UTF-8 text"
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BaselineError(
                f"{path}: seed file is not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
                hint="re-save it as UTF-8",
            ) from exc
        docs.append(
            SeedDoc(path.name, text, hashlib.sha256(data).hexdigest(), metadata.get(path.name, {}))
        )
    if not docs:
        raise BaselineError(f"{folder}: no seed .txt files", hint="pass --seeds DIR")
    return docs


def claim_id(text: str) -> str:
    """A stable id from a claim's normalised text."""
    return "c-" + hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:10]


@dataclass
class _Cluster:
    text: str
    sources: list[Source]
    members: list[str]
    events: set[str]
    terms: list[str]
    numbers: set[float]
    hypothetical: bool = False


def _shares_run(a: str, b: str, n: int = SHARED_RUN) -> bool:
    wa, wb = normalise(a).split(), normalise(b).split()
    grams = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    return any(tuple(wb[i : i + n]) in grams for i in range(len(wb) - n + 1))


def _compatible(a: _Cluster, text: str, events: set[str], nums: set[float]) -> bool:
    """Same sentence, the same quoted line, or the same event's promise restated."""
    if any(normalise(m) == normalise(text) or _shares_run(m, text) for m in a.members):
        return True
    if not (a.events & events) or (a.numbers and nums and not (a.numbers & nums)):
        return False
    promise = _PROMISE.search(normalise(text))
    return bool(promise) and any(
        _PROMISE.search(normalise(m)) and overlap(terms(m), terms(text)) >= MERGE_OVERLAP
        for m in a.members
    )


def build(
    docs: list[SeedDoc],
    previous: Baseline | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Baseline:
    """Seeds -> claims: furniture dropped, duplicates merged with all sources, ids kept stable."""
    from watcher.baseline.candidates import candidates, on_subject  # building only, not loading

    known_ids: dict[str, str] = {}
    if previous:
        for claim in previous.claims:
            for member in [claim.text, *_member_texts(claim, previous, docs)]:
                known_ids.setdefault(normalise(member), claim.id)

    sentences: list[tuple[SeedDoc, int, int, str, bool]] = []
    for doc in docs:
        for cand in candidates(doc.text):
            if on_subject(cand.text):
                sentences.append((doc, cand.start, cand.end, cand.text, cand.hypothetical))

    clusters: list[_Cluster] = []
    for i, (doc, start, end, text, hypothetical) in enumerate(sentences):
        if progress:
            progress(i + 1, len(sentences))
        low = clean(text).lower()
        events = set(attributes.events_of(low))
        nums = set(attributes.extract(text).numbers)
        target = next((c for c in clusters if _compatible(c, text, events, nums)), None)
        source = Source(doc.name, start, end)
        if target is None:
            clusters.append(
                _Cluster(text, [source], [text], events, terms(text), nums, hypothetical)
            )
        else:
            if source not in target.sources:
                target.sources.append(source)
            target.members.append(text)
            target.events |= events

    claims: list[Claim] = []
    topics: dict[str, str] = {}
    used: set[str] = set()
    for cluster in clusters:
        cid = next(
            (known_ids[normalise(m)] for m in cluster.members if normalise(m) in known_ids), ""
        )
        if not cid or cid in used:
            cid = claim_id(cluster.text)
        used.add(cid)
        attrs = attributes.extract(cluster.text)
        if cluster.hypothetical:
            attrs = replace(attrs, modality="hypothetical")
        variants = tuple(dict.fromkeys(m for m in cluster.members if m != cluster.text))
        claims.append(Claim(cid, cluster.text, tuple(cluster.sources), attrs, variants))
        reason = topic_reason(clean(cluster.text).lower(), attrs.actors)
        if reason:
            topics[cid] = reason
    seeds = {d.name: {**d.meta, "label": d.label, "sha256": d.sha256} for d in docs}
    return Baseline(tuple(claims), seeds, topics)


def _member_texts(claim: Claim, previous: Baseline, docs: list[SeedDoc]) -> list[str]:
    texts = {d.name: d.text for d in docs}
    out = []
    for src in claim.sources:
        body = texts.get(src.doc)
        if body is not None and 0 <= src.start < src.end <= len(body):
            out.append(" ".join(body[src.start : src.end].split()))
    return out


def to_json(baseline: Baseline) -> dict[str, Any]:
    """The file format of baselines/claims.json."""
    return {
        "version": FORMAT_VERSION,
        "seeds": baseline.seeds,
        "claims": [
            {
                "id": c.id,
                "text": c.text,
                "sources": [asdict(s) for s in c.sources],
                "attributes": asdict(c.attributes),
                "topic": baseline.topics.get(c.id, ""),
                "variants": list(c.variants),
            }
            for c in baseline.claims
        ],
    }


def save(baseline: Baseline, path: Path) -> None:
    """Write the baseline atomically: a failed write leaves the previous file intact."""
    atomic_write_json(Path(path), to_json(baseline))


def load_baseline(path: Path) -> Baseline:
    """Read baselines/claims.json."""
    path = Path(path)
    data = read_regular_file(
        path, MAX_BASELINE_BYTES, f"baseline file {path}", BaselineError, hint=REBUILD_HINT
    )
    try:
        raw = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        reason = "too deeply nested" if isinstance(exc, RecursionError) else str(exc)
        raise BaselineError(
            f"{path}: not a valid baseline file: {reason}", hint=REBUILD_HINT
        ) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("claims"), list):
        raise BaselineError(
            f'{path}: no top-level "claims" list', hint="run `watcher baseline build`"
        )
    claims = []
    topics = {}
    fields = set(Attributes.__dataclass_fields__)
    try:
        for item in raw["claims"]:
            attrs: dict[str, Any] = {
                k: tuple(v) if isinstance(v, list) else v
                for k, v in item.get("attributes", {}).items()
                if k in fields
            }
            claims.append(
                Claim(
                    id=item["id"],
                    text=item["text"],
                    sources=tuple(
                        Source(s["doc"], int(s["start"]), int(s["end"])) for s in item["sources"]
                    ),
                    attributes=Attributes(**attrs),
                    variants=tuple(item.get("variants", ())),
                )
            )
            if item.get("topic"):
                topics[item["id"]] = item["topic"]
    except (KeyError, TypeError, ValueError) as exc:
        raise BaselineError(
            f"{path}: malformed claim: {exc!r}", hint="run `watcher baseline build`"
        ) from exc
    return Baseline(tuple(claims), raw.get("seeds", {}), topics)


def build_file(
    seeds: Path, out: Path, progress: Callable[[int, int], None] | None = None
) -> Baseline:
    """Read seeds, build, and write `out`; on any error `out` is left as it was.

    An `out` that exists but is not a regular file (a folder, `/dev/full`) is refused before
    anything is read: the write renames over `out`, which would replace a device node.
    """
    out = Path(out)
    if out.exists() and not out.is_file():
        raise BaselineError(
            f"{out}: is not a regular file, so no baseline is written there",
            hint="give --out the path of a .json file",
        )
    docs = read_seeds(seeds)
    previous = None
    if out.exists():
        try:
            previous = load_baseline(out)
        except BaselineError:
            previous = None
    baseline = build(docs, previous, progress)
    save(baseline, out)
    return baseline
