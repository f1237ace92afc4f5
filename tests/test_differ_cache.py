"""The differ's state derived from the baseline, kept on disk between runs of `watcher diff`:
used when it matches, derived again (never an error) when stale, corrupt or unwritable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import Baseline, load_baseline
from watcher.differ import derived, rules
from watcher.differ.core import Differ

SENTENCES = (
    "NATO leaders said Ukraine's membership is off the table for now.",
    "Twenty countries have now signed security agreements with Ukraine.",
    "Mark Rutte, NATO's secretary general, said Ukraine's path to membership is irreversible.",
    "The weather in Lisbon was mild on Tuesday.",
)


@pytest.fixture(scope="module")
def baseline() -> Baseline:
    return load_baseline(ROOT / "baselines" / "claims.json")


def verdicts(differ: Differ) -> list[tuple[str, str, float, tuple[str, ...]]]:
    out = []
    for text in SENTENCES:
        j = differ.judge_text(text).top
        out.append((str(j.status), j.cue, j.score, j.baseline_ids))
    return out


def test_second_run_reads_the_file_and_judges_alike(baseline: Baseline, tmp_path: Path) -> None:
    first = derived.cached_differ(baseline, tmp_path)
    stored = tmp_path / derived.FILE_NAME
    assert stored.is_file()
    second = derived.cached_differ(baseline, tmp_path)
    assert verdicts(first) == verdicts(second) == verdicts(Differ(baseline))
    assert second.index.state() == first.index.state()
    # What the file says is what the differ knows: an office holder only the file names.
    state = json.loads(stored.read_bytes())
    state["facts"]["holders"]["zzyzx"] = baseline.claims[0].id
    stored.write_text(json.dumps(state))
    assert "zzyzx" in derived.cached_differ(baseline, tmp_path).facts.holders


def test_a_changed_baseline_derives_again(baseline: Baseline, tmp_path: Path) -> None:
    derived.cached_differ(baseline, tmp_path)
    old_key = json.loads((tmp_path / derived.FILE_NAME).read_bytes())["key"]
    claims = list(baseline.claims)
    claims[0] = replace(claims[0], text=claims[0].text + " Zzyzx Quorble said so.")
    changed = replace(baseline, claims=tuple(claims))
    differ = derived.cached_differ(changed, tmp_path)
    new_key = json.loads((tmp_path / derived.FILE_NAME).read_bytes())["key"]
    assert new_key != old_key == derived.cache_key(baseline)
    assert new_key == derived.cache_key(changed)
    assert differ.index.state() == Differ(changed).index.state() != Differ(baseline).index.state()


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\xff\xfe not json",
        b'{"key": "KEY", "index": {"max_postings": 1, "fitted": 0, "docs": 7}, "facts": {}}',
        b'{"key": "KEY", "index": null, "facts": null}',
        b"[1, 2, 3]",
        b"[" * 100_000,
    ],
    ids=["empty", "not-utf8", "bad-index", "nulls", "a-list", "deep"],
)
def test_a_corrupt_file_is_replaced(baseline: Baseline, tmp_path: Path, body: bytes) -> None:
    stored = tmp_path / derived.FILE_NAME
    stored.write_bytes(body.replace(b"KEY", derived.cache_key(baseline).encode()))
    differ = derived.cached_differ(baseline, tmp_path)
    assert verdicts(differ) == verdicts(Differ(baseline))
    assert derived.read(stored, derived.cache_key(baseline)) is not None


def test_facts_of_the_wrong_types_are_not_used(baseline: Baseline, tmp_path: Path) -> None:
    derived.cached_differ(baseline, tmp_path)
    stored = tmp_path / derived.FILE_NAME
    state = json.loads(stored.read_bytes())
    state["facts"]["steps"] = {"sweden": ["high", 3, []]}
    stored.write_text(json.dumps(state))
    assert derived.read(stored, state["key"]) is None


@pytest.mark.parametrize(
    "gate",
    [None, {"pattern": "x", "plain": 7, "guarded": [], "always": None}, {"plain": []}],
    ids=["missing", "plain-not-a-list", "no-pattern"],
)
def test_a_gate_that_is_not_one_is_not_used(
    baseline: Baseline, tmp_path: Path, gate: object
) -> None:
    derived.cached_differ(baseline, tmp_path)
    stored = tmp_path / derived.FILE_NAME
    state = json.loads(stored.read_bytes())
    state["gate"] = gate
    stored.write_text(json.dumps(state))
    assert derived.read(stored, state["key"]) is None


def test_the_kept_gate_is_the_one_the_differ_builds(baseline: Baseline, tmp_path: Path) -> None:
    derived.cached_differ(baseline, tmp_path)
    kept = derived.cached_differ(baseline, tmp_path)
    assert kept.gate_state() == Differ(baseline).gate_state()
    # What the file says is the gate used: a plain text only the file holds is in it.
    stored = tmp_path / derived.FILE_NAME
    state = json.loads(stored.read_bytes())
    state["gate"]["plain"].append("quorble")
    stored.write_text(json.dumps(state))
    assert "quorble" in derived.cached_differ(baseline, tmp_path).gate_state()["plain"]
    assert "quorble" not in Differ(baseline).gate_state()["plain"]


def test_a_folder_that_cannot_be_written_still_judges(baseline: Baseline, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    differ = derived.cached_differ(baseline, blocker / "watcher")
    assert verdicts(differ) == verdicts(Differ(baseline))


def test_the_folder_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert derived.default_folder() == tmp_path / "watcher"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert derived.default_folder() == tmp_path / "home" / ".cache" / "watcher"


def test_watcher_diff_writes_then_reads_the_cache(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}

    def run() -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "watcher", "diff", "--json", SENTENCES[0]],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return proc.stdout

    first = run()
    stored = tmp_path / "watcher" / derived.FILE_NAME
    written = stored.stat().st_mtime_ns
    assert run() == first
    assert stored.stat().st_mtime_ns == written  # read, not derived and written again
    stored.write_bytes(b"{")
    assert run() == first
    assert json.loads(stored.read_bytes())["format"] == derived.FORMAT


def test_the_rule_file_is_kept_and_a_bad_copy_is_not_used(
    baseline: Baseline, tmp_path: Path
) -> None:
    derived.cached_differ(baseline, tmp_path)
    stored = tmp_path / derived.FILE_NAME
    state = json.loads(stored.read_bytes())
    kept = derived.read(stored, state["key"])
    assert kept is not None
    fresh = rules.parse_rule_file(rules.packaged_text(), check=False)
    assert [(m.category, m.regex.pattern, m.hints) for m in kept.rule_file.modifiers] == [
        (m.category, m.regex.pattern, m.hints) for m in fresh.modifiers
    ]
    assert [(f.name, f.cites.pattern) for f in kept.rule_file.frames] == [
        (f.name, f.cites.pattern) for f in fresh.frames
    ]
    state["rules"]["modifier"][0]["category"] = "nonsense"
    stored.write_text(json.dumps(state))
    assert derived.read(stored, state["key"]) is None
    state["rules"] = ["not", "a", "table"]
    stored.write_text(json.dumps(state))
    assert derived.read(stored, state["key"]) is None
