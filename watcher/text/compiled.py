"""Compiled regular expressions kept between runs of a command that judges a sentence or two.

`watcher diff` compiles some 140 patterns for one sentence, a third of its wait. Python's
compiler parses each pattern and turns it into a list of numbers in Python code; the engine
(`_sre`) then makes the pattern from that list in C. The lists are kept in the user's cache
folder beside the differ's derived state, as plain JSON under a key of the Python build and the
engine's version, and a pattern whose list is kept is made from it directly. The engine checks a
list before it makes a pattern of it; a list it refuses, a file for another Python or one that
cannot be read, and a change in the compiler's parts all compile the pattern as `re.compile`
does. Made either way, a pattern compares equal to `re.compile`'s (the tests check every
packaged one), since Python's patterns compare their compiled code.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

try:  # the compiler's own parts, as `re.compile` uses them
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    ENGINE = f"{sys.version} sre {_sre.MAGIC}"
except (ImportError, AttributeError):  # another Python: compile as usual
    ENGINE = ""

#: The file, in the differ's cache folder.
FILE_NAME = "patterns.json"
#: At most this many lists are kept, in the file and recorded in a process (memory stays
#: bounded in a long run, whose cue families compile new alternations now and then). One
#: sentence needs about 150; the file then reads in a few milliseconds.
MAX_KEPT = 1000

#: (pattern, flags) -> what `_sre.compile` takes besides the pattern: flags, code, groups,
#: group index, index group.
_kept: dict[tuple[str, int], list[Any]] = {}
#: Lists made in this process that the file does not hold yet.
_new: dict[tuple[str, int], list[Any]] = {}
#: The kept lists this process made patterns from.
_used: set[tuple[str, int]] = set()
#: How the patterns of this process were made: from a kept list, or parsed.
counts = {"kept": 0, "parsed": 0}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, made from a kept list when there is one."""
    key = (pattern, int(flags))
    kept = _kept.get(key)
    if kept is not None:
        try:
            made: re.Pattern[str] = _sre.compile(
                pattern, kept[0], kept[1], kept[2], kept[3], tuple(kept[4])
            )
            counts["kept"] += 1
            _used.add(key)
            return made
        except Exception:  # a list the engine refuses: compile anew
            del _kept[key]
    if not ENGINE:
        return re.compile(pattern, flags)
    try:
        # What `re._compiler.compile` does, with the list it makes kept for `save`.
        parsed = _parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        made_args = [
            int(flags | parsed.state.flags),
            _compiler._code(parsed, flags),
            parsed.state.groups - 1,
            groupindex,
            indexgroup,
        ]
        made = _sre.compile(pattern, *made_args[:4], tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # the compiler's parts changed: compile as usual
        return re.compile(pattern, flags)
    counts["parsed"] += 1
    if len(_new) < MAX_KEPT:
        _new[key] = made_args
    return made


def load(folder: Path | None) -> None:
    """Keep the lists the file in `folder` holds for this Python; nothing when it holds none."""
    if folder is None or not ENGINE:
        return
    try:
        state = json.loads((folder / FILE_NAME).read_bytes())
        if not isinstance(state, dict) or state.get("engine") != ENGINE:
            return
        for item in state["patterns"]:
            pattern, flags, *made = item
            if isinstance(pattern, str) and isinstance(flags, int) and len(made) == 5:
                _kept[(pattern, flags)] = made
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return


def save(folder: Path | None) -> None:
    """Add this process's new lists to the file in `folder` (atomically); past `MAX_KEPT`, the
    lists no run has used for longest go first. A folder that cannot be written is no error."""
    if folder is None or not ENGINE or not _new:
        return
    from watcher.fileio import atomic_write_bytes

    unused = {k: v for k, v in _kept.items() if k not in _used}
    used = {k: v for k, v in _kept.items() if k in _used}
    items = list({**unused, **used, **_new}.items())[-MAX_KEPT:]
    state = {
        "engine": ENGINE,
        "patterns": [[pattern, flags, *made] for (pattern, flags), made in items],
    }
    try:
        atomic_write_bytes(folder / FILE_NAME, json.dumps(state, separators=(",", ":")).encode())
    except OSError:
        return
    _kept.update(_new)
    _new.clear()
