"""What the differ derives from the baseline (its facts and retrieval index), kept on disk.

`watcher diff` is run by hand and judges one sentence, so deriving the facts and index from
every claim is a large share of its wait. The result depends only on the claims and the code
that reads them, so it is stored as plain JSON (read as data, never as code) under a key made
of both; a file with another key, or one that cannot be read, is ignored and written anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watcher.baseline.build import Baseline
from watcher.differ import rules
from watcher.differ.core import Differ
from watcher.differ.facts import Facts
from watcher.fileio import atomic_write_bytes
from watcher.text import compiled
from watcher.text.literals import Gate
from watcher.text.similarity import Index

#: The file's layout; a new layout makes older files unusable.
FORMAT = 3

#: Where the package's code lives; its rules and readers decide what is derived.
_PACKAGE = Path(__file__).resolve().parent.parent
_CODE = ("differ", "text", "baseline", "models.py")

#: The file, one per cache folder: a new baseline replaces the old one's.
FILE_NAME = "differ-baseline.json"


@dataclass
class Derived:
    """The differ's retrieval index over the claims, the facts they state, the rule file
    (read as JSON, it spares loading the TOML parser) and the topic gate's tables."""

    index: Index
    facts: Facts
    rule_file: rules.Rules
    gate: Gate


def source_digest(digest: Any, names: Sequence[str], package: Path = _PACKAGE) -> None:
    """Feed `digest` each named module or package folder's source (`.py`, `.toml`), by path."""
    for name in names:
        path = package / name
        sources = sorted([*path.rglob("*.py"), *path.rglob("*.toml")]) if path.is_dir() else [path]
        for source in sources:
            digest.update(str(source.relative_to(package)).encode())
            digest.update(source.read_bytes())


def cache_key(baseline: Baseline) -> str:
    """The claims (amendments included) as loaded, the code that reads them, the Python."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version_info[:2]} derived {FORMAT}".encode())
    digest.update(repr(baseline.claims).encode())
    source_digest(digest, _CODE)
    return digest.hexdigest()


def default_folder() -> Path | None:
    """`$XDG_CACHE_HOME/watcher`, else `~/.cache/watcher`; None without a home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / "watcher"


def facts_state(facts: Facts) -> dict[str, Any]:
    """`facts` as plain data; mappings become lists of pairs where keys are not strings."""
    return {
        "roles": [[c, r, dict(people)] for (c, r), people in facts.roles.items()],
        "holders": dict(facts.holders),
        "steps": {e: [rank, step, list(ids)] for e, (rank, step, ids) in facts.steps.items()},
        "counts": {f: [[v, list(ids)] for v, ids in vs.items()] for f, vs in facts.counts.items()},
        "awaits": dict(facts.awaits),
    }


def _strs(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of strings")
    return value


def _str_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError("not a mapping of strings")
    return value


def facts_from_state(state: Any) -> Facts:
    """The facts `facts_state` gave; `ValueError` when `state` is not such data."""
    try:
        facts = Facts()
        for country, role, people in state["roles"]:
            if not isinstance(country, str) or not isinstance(role, str):
                raise ValueError("office is not two strings")
            facts.roles[(country, role)] = _str_map(people)
        facts.holders = _str_map(state["holders"])
        for entity, (rank, step, ids) in state["steps"].items():
            if not isinstance(rank, int) or not isinstance(step, str):
                raise ValueError("step is not a rank and a name")
            facts.steps[entity] = (rank, step, _strs(ids))
        for facet, values in state["counts"].items():
            facts.counts[facet] = {}
            for value, ids in values:
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise ValueError("count is not a number")
                facts.counts[facet][value] = _strs(ids)
        facts.awaits = _str_map(state["awaits"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not facts: {exc!r}") from exc
    return facts


def read(path: Path, key: str) -> Derived | None:
    """What `path` holds for `key`; None when it is missing, stale or not readable as such."""
    try:
        state = json.loads(path.read_bytes())
        if not isinstance(state, dict) or state.get("key") != key:
            return None
        return Derived(
            Index.from_state(state["index"]),
            facts_from_state(state["facts"]),
            rules.rules_from_data(state["rules"], check=False),
            Gate.from_state(state["gate"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def write(path: Path, key: str, differ: Differ) -> None:
    """Store what `differ` derived, atomically; a folder that cannot be written is no error."""
    state = {
        "format": FORMAT,
        "key": key,
        "index": differ.index.state(),
        "facts": facts_state(differ.facts),
        "rules": rules.packaged_data(),
        "gate": differ.gate_state(),
    }
    try:
        atomic_write_bytes(path, json.dumps(state, separators=(",", ":")).encode())
    except OSError:
        pass


def cached_differ(baseline: Baseline, folder: Path | None) -> Differ:
    """A differ for `baseline`, its derived state read from `folder` or derived and stored there."""
    if folder is None:
        return Differ(baseline)
    compiled.load(folder)
    key = cache_key(baseline)
    path = folder / FILE_NAME
    derived = read(path, key)
    if derived is not None:
        rules.keep(derived.rule_file)
    differ = Differ(baseline, derived)
    if derived is None:
        write(path, key, differ)
    return differ
