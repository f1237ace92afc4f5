"""The analyst's decisions as labelled statements, so `watcher eval` scores the differ on them.

Each current decision becomes one JSON line in the format of the evaluation sets: `id`, `text`,
`label` (the status the analyst says is right), `why` (the note), `relates_to` (the baseline
claim the finding was judged against) and the finding's sources. A confirmed or accepted finding
keeps the differ's status as its label; a dismissed one carries the label it was dismissed with.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from watcher.config import Config
from watcher.render import UNSAFE_FOR_TERMINAL
from watcher.store import reviews as rv
from watcher.store.schema import open_database


def labelled(item: rv.Reviewed) -> dict[str, Any]:
    """One decision as an evaluation line."""
    f, r = item.finding, item.review
    assert r is not None
    first = f.sources[0] if f.sources else None
    published = min((s.published for s in f.sources if s.published), default=None)
    return {
        "id": f.id,
        "text": f.text,
        "label": r.label,
        "relates_to": f.baseline_text or None,
        "source_url": first.url if first else None,
        "event_date": published.date().isoformat() if published else None,
        "why": r.note,
        "review": r.state,
        "differ_status": str(f.status),
        "reviewer": r.reviewer,
        "decided_at": r.decided_at.isoformat(),
        "sources": [
            {
                "outlet": s.outlet,
                "url": s.url,
                "title": s.title,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in f.sources
        ],
    }


def lines(config: Config) -> Iterator[str]:
    """Every current decision as a JSON line, oldest decision first."""
    with open_database(config.database_url, create=False) as db:
        for item in rv.decisions(db):
            line = json.dumps(labelled(item), ensure_ascii=False)
            # Control, bidi and separator characters as \uXXXX: the same data, inert in a terminal.
            yield UNSAFE_FOR_TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n"


def write(config: Config, handle: IO[str]) -> int:
    """Write every decision to `handle`; return how many."""
    count = 0
    for line in lines(config):
        handle.write(line)
        count += 1
    return count


def write_file(config: Config, path: Path) -> int:
    """Write every decision to `path`, which is replaced whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            count = write(config, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
