"""The fleet benchmark's parts: its feed server and generator, one real check, and the proof.

The proof is what the benchmark's worker figures rest on, so it is shown to catch a lost
finding, a lost or repeated source, a development stored twice and a changed status, and to
tell those apart from the order effects a different feed order causes.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, shared_path


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_fleet", ROOT / "benchmarks" / "bench_fleet.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_fleet"] = module
    spec.loader.exec_module(module)
    return module


bench = _bench()
Found = bench.Found


@pytest.fixture(scope="module")
def fleet() -> list[Any]:
    """Eight feeds: five that answer at once, one slow, one failing with 500, one not a feed."""
    shared_path("eval", "dev.jsonl")
    plans = bench.plan_fleet(8, seed=3, now=1_790_000_000)
    plans = [replace(p, kind="ok", delay=0.0) for p in plans]
    plans[5] = replace(plans[5], kind="slow", delay=0.2)
    plans[6] = replace(plans[6], kind="http500")
    plans[7] = replace(plans[7], kind="malformed", body=b"<html><body>not a feed <<&&</body>")
    return plans


def test_the_generator_is_deterministic_and_mixes_entries() -> None:
    shared_path("eval", "dev.jsonl")
    first = bench.plan_fleet(300, seed=5, now=1_790_000_000)
    again = bench.plan_fleet(300, seed=5, now=1_790_000_000)
    other = bench.plan_fleet(300, seed=6, now=1_790_000_000)
    assert [p.body for p in first] == [p.body for p in again]
    assert [p.body for p in first] != [p.body for p in other]
    kinds = {p.kind for p in first}
    assert {"ok", "slow", "http500", "malformed"} <= kinds
    ok = b"".join(p.body for p in first if p.kind == "ok").decode()
    statements = bench.vocabulary()
    on_topic = sum(1 for s in statements[:303] if bench.escape(s) in ok)
    assert on_topic > 50, "dev-set statements appear in the feeds"
    assert "Farmers near" in ok or "The weather in" in ok, "off-topic entries appear too"


def test_the_server_serves_each_kind(fleet: list[Any]) -> None:
    with bench.feed_server(fleet) as urls, httpx.Client(timeout=5) as client:
        ok = client.get(urls[0])
        assert ok.status_code == 200 and ok.content == fleet[0].body
        assert client.get(urls[6]).status_code == 500
        assert client.get(urls[7]).content.startswith(b"<html>")
        assert client.get(urls[0].replace("/0.xml", "/99.xml")).status_code == 404


def test_one_process_run_and_the_proof_against_itself(tmp_path: Path, fleet: list[Any]) -> None:
    with bench.feed_server(fleet) as urls:
        run = bench.run_single("one", bench.write_config(tmp_path / "one", urls), 8, None)
    assert run.errors == 2, run.note  # the 500 and the web page; the slow feed is checked
    assert run.findings, "on-topic entries give findings"
    assert all(f.sources for f in run.findings)
    assert sorted(run.seen) == sorted(urls)
    assert all(run.seen[u] for u in urls[:6]) and not run.seen[urls[6]]
    proof = bench.compare(run.findings, run.findings, run.seen, run.seen)
    assert proof.equal and proof.conserved
    assert proof.line().startswith("equal (")
    skipped = {**run.seen, urls[2]: {}}
    proof = bench.compare(run.findings, run.findings, run.seen, skipped)
    assert proof.entries_differ == [urls[2]] and not proof.sound
    edited = {**run.seen, urls[3]: {k: "other" for k in run.seen[urls[3]]}}
    assert bench.compare(run.findings, run.findings, run.seen, edited).entries_differ == [urls[3]]


def _findings() -> list[Found]:
    return [
        Found("f-a", "new", "Allies invited Ukraine.", (("u1", "e1"), ("u2", "e4"))),
        Found("f-b", "changed", "Sweden joined.", (("u1", "e2"),)),
        Found("f-c", "contradicted", "Hungary said no.", (("u3", "e1"), ("u2", "e5"))),
    ]


def test_the_proof_catches_a_lost_finding_and_its_sources() -> None:
    reference = _findings()
    proof = bench.compare(reference, reference[:2])
    assert not proof.sound and not proof.conserved
    assert proof.lost == ["f-c"] and proof.gone == ["f-c"]
    assert proof.lost_sources == ["u2 e5", "u3 e1"]
    assert proof.line().startswith("DIFFERS (2 findings, 3 sources; reference 3): ")
    assert "1 gone (first f-c)" in proof.line()
    proof = bench.compare(reference[:2], reference)
    assert proof.appeared == ["f-c"] and not proof.sound


def test_a_development_filed_under_a_neighbour_is_an_order_effect() -> None:
    reference = _findings()
    a, b, c = reference
    absorbed = [replace(a, sources=(*a.sources, *c.sources)), b]
    proof = bench.compare(reference, absorbed)
    assert proof.lost == ["f-c"] and proof.gone == []
    assert proof.sound and not proof.conserved
    assert proof.moved == ["f-a"] and proof.lost_sources == []
    assert "findings differ as feed order makes them: 1 lost (first f-c)" in proof.line()


def test_the_proof_catches_duplicates() -> None:
    reference = _findings()
    twice = [*reference, Found("f-z", "changed", "Sweden  joined.", (("u9", "e9"),))]
    proof = bench.compare(reference, twice)
    assert proof.duplicate_findings == ["f-b", "f-z"]
    assert proof.extra == ["f-z"]
    repeated = [
        replace(reference[0], sources=(*reference[0].sources, ("u1", "e1"))),
        *reference[1:],
    ]
    proof = bench.compare(reference, repeated)
    assert proof.duplicate_sources == ["f-a"] and proof.extra_sources == ["u1 e1"]
    assert not proof.sound
    same_id = [*reference, reference[1]]
    assert "f-b" in bench.compare(reference, same_id).duplicate_findings


def test_the_proof_catches_a_changed_status_and_a_lost_source() -> None:
    reference = _findings()
    changed = [reference[0], replace(reference[1], status="new"), reference[2]]
    assert bench.compare(reference, changed).altered == ["f-b"]
    dropped = [replace(reference[0], sources=reference[0].sources[:1]), *reference[1:]]
    proof = bench.compare(reference, dropped)
    assert proof.lost_sources == ["u2 e4"] and not proof.conserved
    assert not bench.compare(reference, changed).sound


def test_order_effects_are_told_apart_from_faults() -> None:
    reference = _findings()
    a, b, c = reference
    swapped = [
        replace(a, text="Ukraine was invited by the allies.", sources=(a.sources[0], c.sources[1])),
        b,
        replace(c, sources=(c.sources[0], a.sources[1])),
    ]
    proof = bench.compare(reference, swapped)
    assert proof.sound and proof.conserved and not proof.equal
    assert proof.reworded == ["f-a"] and proof.moved == ["f-a", "f-c"]
    assert "order effects: 1 reworded (first f-a); 2 moved (first f-a)" in proof.line()


def test_the_worker_guard_matches_the_command_list() -> None:
    from watcher.cli import COMMANDS_BY_NAME

    assert bench.worker_command_available() == ("worker" in COMMANDS_BY_NAME)
