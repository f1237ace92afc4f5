"""Compiled patterns kept between runs: made from a kept list, a pattern is the one `re.compile`
makes (Python's patterns compare equal only when their compiled code is the same), and whatever
goes wrong with the kept lists costs time, never a match."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.differ import core, negation
from watcher.differ.rules import rules
from watcher.text import attributes, compiled, lexicon, relevance
from watcher.text.lazy import LazyPattern


@pytest.fixture(autouse=True)
def fresh() -> Iterator[None]:
    """Each test starts with nothing kept and puts back what the process had."""
    saved = dict(compiled._kept), dict(compiled._new), dict(compiled.counts), set(compiled._used)
    compiled._kept.clear()
    compiled._new.clear()
    compiled._used.clear()
    yield
    compiled._kept.clear()
    compiled._kept.update(saved[0])
    compiled._new.clear()
    compiled._new.update(saved[1])
    compiled.counts.update(saved[2])
    compiled._used.clear()
    compiled._used.update(saved[3])


def _packaged() -> list[tuple[str, int]]:
    found = [
        (p.pattern, p.flags)
        for module in (lexicon, attributes, negation, core, relevance)
        for p in vars(module).values()
        if isinstance(p, LazyPattern)
    ]
    found += [(mod.regex.pattern, 0) for mod in rules()]
    found += [(r"(?P<name>[A-Z]\w+) (?i:said)|(?P<other>x)", re.IGNORECASE)]
    return found


def test_every_packaged_pattern_made_from_a_kept_list_is_the_one_re_compiles(
    tmp_path: Path,
) -> None:
    patterns = _packaged()
    assert len(patterns) > 100
    first = [compiled.compile(p, f) for p, f in patterns]
    assert first == [re.compile(p, f) for p, f in patterns]
    compiled.save(tmp_path)
    compiled._kept.clear()
    compiled.load(tmp_path)
    before = compiled.counts["kept"]
    again = [compiled.compile(p, f) for p, f in patterns]
    assert again == first
    assert compiled.counts["kept"] - before == len(patterns)  # none parsed again
    named = compiled.compile(*patterns[-1])
    assert named.groupindex == {"name": 1, "other": 2}
    assert named.search("Then Rutte SAID").group("name") == "Rutte"


def test_a_damaged_list_is_compiled_anew_and_dropped(tmp_path: Path) -> None:
    pattern = r"\b(?:never|no longer) join\w*"
    compiled.compile(pattern)
    compiled.save(tmp_path)
    state = json.loads((tmp_path / compiled.FILE_NAME).read_text())
    state["patterns"][0][3] = [1, 2, 3]  # code the engine refuses
    (tmp_path / compiled.FILE_NAME).write_text(json.dumps(state))
    compiled._kept.clear()
    compiled.load(tmp_path)
    assert (pattern, 0) in compiled._kept
    assert compiled.compile(pattern) == re.compile(pattern)
    assert (pattern, 0) not in compiled._kept


@pytest.mark.parametrize(
    "content",
    [
        b'{"engine": "another Python", "patterns": [["x", 0, 32, [], 0, {}, []]]}',
        b"not json",
        b'{"engine": null}',
        b"[]",
        b'{"engine": "%s", "patterns": [["x", "no flags"], 7]}',
    ],
)
def test_a_file_for_another_python_or_not_one_at_all_keeps_nothing(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / compiled.FILE_NAME).write_bytes(content.replace(b"%s", compiled.ENGINE.encode()))
    compiled.load(tmp_path)
    assert compiled._kept == {}
    assert compiled.compile("x") == re.compile("x")


def test_the_file_is_bounded_and_written_only_with_something_new(tmp_path: Path) -> None:
    compiled.save(tmp_path)
    assert not (tmp_path / compiled.FILE_NAME).exists()  # nothing new
    for i in range(compiled.MAX_KEPT + 50):
        compiled.compile(f"cue{i}")
    assert len(compiled._new) == compiled.MAX_KEPT  # memory bounded in one process
    compiled.save(tmp_path)
    state = json.loads((tmp_path / compiled.FILE_NAME).read_text())
    assert len(state["patterns"]) == compiled.MAX_KEPT and compiled._new == {}
    written = (tmp_path / compiled.FILE_NAME).stat().st_mtime_ns
    compiled.save(tmp_path)
    assert (tmp_path / compiled.FILE_NAME).stat().st_mtime_ns == written


def test_past_the_bound_the_lists_unused_for_longest_go_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "MAX_KEPT", 3)
    for cue in ("a", "b", "c"):
        compiled.compile(cue)
    compiled.save(tmp_path)
    compiled._kept.clear()
    compiled.load(tmp_path)
    compiled.compile("a")  # used again: kept
    compiled.compile("d")  # new: kept
    compiled.save(tmp_path)
    state = json.loads((tmp_path / compiled.FILE_NAME).read_text())
    assert [item[0] for item in state["patterns"]] == ["c", "a", "d"]


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    compiled.compile("y")
    compiled.save(blocker / "watcher")  # a file where the folder should be
    compiled.load(blocker / "watcher")
    compiled.save(None)
    compiled.load(None)
    assert compiled.compile("y") == re.compile("y")


def test_an_invalid_pattern_is_the_error_re_gives() -> None:
    with pytest.raises(re.error, match="missing \\)"):
        compiled.compile("(unclosed")


def test_watcher_diff_keeps_what_its_sentence_needed_for_the_next_run(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("WATCHER_CONFIG", None)
    statement = "Hungary said it would never allow Ukraine to join NATO."
    runs = [
        subprocess.run(
            [sys.executable, "-m", "watcher", "diff", statement, "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1] and json.loads(runs[0])["status"] == "contradicted"
    state = json.loads((tmp_path / "watcher" / compiled.FILE_NAME).read_text())
    assert state["engine"] == compiled.ENGINE
    kept = {pattern for pattern, *_ in state["patterns"]}
    assert lexicon.MEMBERSHIP_TERMS.pattern in kept
