"""The baseline claim set: coverage, furniture, duplicates, offsets, stable ids, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from watcher.baseline.build import build, build_file, load_baseline, read_seeds
from watcher.cli import main
from watcher.text.segment import normalise

SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def built():
    return build(read_seeds(SEEDS))


def _texts(baseline) -> list[str]:
    return [normalise(t) for c in baseline.claims for t in (c.text, *c.variants)]


def _has(baseline, *fragments: str) -> bool:
    return any(all(f.lower() in t for f in fragments) for t in _texts(baseline))


def test_seeds_are_the_shared_seeds_byte_for_byte() -> None:
    shared = shared_path("seeds")
    names = sorted(p.name for p in shared.glob("*.txt"))
    assert names == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name in names:
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes(), name


def test_metadata_names_every_seed_as_a_reader_would() -> None:
    meta = json.loads((SEEDS / "metadata.json").read_text(encoding="utf-8"))["seeds"]
    assert set(meta) == {p.name for p in SEEDS.glob("*.txt")}
    assert meta["000_d432159cd49fc749.txt"]["label"] == "Foreign Policy, July 2023"
    for entry in meta.values():
        assert entry["label"] and entry["publisher"] and entry["date"]


@pytest.mark.parametrize(
    "fragments",
    [
        ("bucharest", "2008"),
        ("will become members of nato",),
        ("in a position to extend an invitation to ukraine",),
        ("future is in nato",),
        ("irreversible",),
        ("31 leaders",),
        ("31 member states",),
        ("finland was admitted",),
        ("sweden will join as soon as turkey",),
        ("budapest memorandum",),
        ("1994",),
        ("consult within 24 hours",),
        ("32 nations have signed",),
        ("uk was the first country",),
        ("membership action plan",),
        ("nato-ukraine council",),
        ("only after the war",),
        ("cannot be a substitute",),
        ("10-year security partnership",),
        ("no official invitation",),
    ],
)
def test_key_assertions_are_claims(built, fragments: tuple[str, ...]) -> None:
    assert _has(built, *fragments), fragments


@pytest.mark.parametrize(
    "furniture",
    [
        "subscribe",
        "join the conversation",
        "view comments",
        "more from foreign policy",
        "twitter: @",
        "is a pentagon and national security reporter",
        "photo by",
        "getty images",
        "welcomes financial donations",
        "non-partisan",
        "documents to download",
        "related posts",
        "[citation",
        "america prepares for a pacific war",
        "associate fellow",
    ],
)
def test_page_furniture_is_not_a_claim(built, furniture: str) -> None:
    assert not any(furniture in t for t in _texts(built)), furniture


def test_repeated_paragraph_is_one_claim_with_both_sources(built) -> None:
    claim = next(c for c in built.claims if "ghosts of summits past" in c.text)
    assert [s.doc for s in claim.sources] == ["000_d432159cd49fc749.txt"] * 2
    assert claim.sources[0].start != claim.sources[1].start
    assert sum("ghosts of summits past" in c.text for c in built.claims) == 1


def test_restatements_across_seeds_are_merged(built) -> None:
    vilnius = [
        c for c in built.claims if any("conditions are met" in t for t in (c.text, *c.variants))
    ]
    assert len(vilnius) == 1
    assert {s.doc[:3] for s in vilnius[0].sources} >= {"000", "003"}
    bucharest = max(
        built.claims,
        key=lambda c: len({s.doc for s in c.sources}) if "bucharest" in c.text.lower() else 0,
    )
    assert len({s.doc for s in bucharest.sources}) >= 3


def test_offsets_point_at_the_sentence(built) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for claim in built.claims:
        forms = {normalise(t) for t in (claim.text, *claim.variants)}
        for src in claim.sources:
            span = normalise(texts[src.doc][src.start : src.end])
            assert span in forms, (claim.id, span[:80])


def test_attributes_are_present(built) -> None:
    claim = next(c for c in built.claims if "31 member states" in c.text)
    assert 31 in claim.attributes.numbers
    assert "nato" in claim.attributes.actors


def test_committed_baseline_is_current() -> None:
    committed = json.loads((ROOT / "baselines" / "claims.json").read_text(encoding="utf-8"))
    rebuilt = build(read_seeds(SEEDS), load_baseline(ROOT / "baselines" / "claims.json"))
    assert [c["id"] for c in committed["claims"]] == [c.id for c in rebuilt.claims]
    assert committed["version"] == 1
    for claim in committed["claims"]:
        assert {"id", "text", "sources", "attributes"} <= set(claim)


def test_rebuilding_gives_the_same_ids(tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    first = build_file(SEEDS, out)
    second = build(read_seeds(SEEDS))  # without the previous file
    third = build_file(SEEDS, out)
    assert (
        [c.id for c in first.claims]
        == [c.id for c in second.claims]
        == [c.id for c in third.claims]
    )


def test_a_sixth_seed_keeps_existing_ids(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "claims.json"
    before = {c.text: c.id for c in build_file(seeds, out).claims}
    (seeds / "005_new.txt").write_text(
        "NATO leaders met in Washington in July 2024. Allies described Ukraine's path to membership as "
        "irreversible at the Washington summit. Sweden joined the alliance in March 2024 as its 32nd member.",
        encoding="utf-8",
    )
    after = build_file(seeds, out)
    after_ids = {c.id for c in after.claims}
    assert set(before.values()) <= after_ids
    assert len(after.claims) > len(before)


def test_ids_survive_a_sixth_seed_that_sorts_first(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "claims.json"
    before = {c.id for c in build_file(seeds, out).claims}
    (seeds / "0000_first.txt").write_text(
        "Allies agreed in Bucharest in 2008 that Ukraine and Georgia would eventually become members of NATO "
        "but did not provide any timeframe, the ambiguity of the language echoes today.",
        encoding="utf-8",
    )
    after = {c.id for c in build_file(seeds, out).claims}
    assert before <= after


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.txt", "Caf\u00e9 au NATO".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_seed_is_one_clear_error_and_keeps_the_baseline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "claims.json"
    assert main(["baseline", "build", "--seeds", str(seeds), "--out", str(out)]) == 0
    before = out.read_bytes()
    capsys.readouterr()
    (seeds / name).write_bytes(content)
    status = main(["baseline", "build", "--seeds", str(seeds), "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status != 0
    assert len(err) == 1 and name in err[0] and message in err[0]
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".claims.json.*"))


def test_missing_seeds_folder(tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    out.write_text('{"claims": []}\n', encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "watcher",
            "baseline",
            "build",
            "--seeds",
            str(tmp_path / "nope"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode != 0
    assert (
        proc.stderr.count("\n") == 1 and "nope" in proc.stderr and "does not exist" in proc.stderr
    )
    assert out.read_text(encoding="utf-8") == '{"claims": []}\n'


def test_show_prints_a_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["baseline", "show", "--file", str(ROOT / "baselines" / "claims.json")]) == 0
    table = capsys.readouterr().out
    assert "Foreign Policy" in table and "Baseline: " in table and "c-" in table
    # Every claim shows its polarity and modality: what the differ may cite as a fact.
    claims = len(json.loads((ROOT / "baselines" / "claims.json").read_text())["claims"])
    assert table.count("polarity: ") == claims and table.count("modality: ") == claims
    assert "modality: hypothetical" in table and "polarity: negated" in table
    assert (
        main(["baseline", "show", "--json", "--file", str(ROOT / "baselines" / "claims.json")]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert len(data["claims"]) > 50


def test_a_quotation_framed_as_a_wish_is_hypothetical() -> None:
    from watcher.baseline.candidates import candidates

    text = (
        'The adviser said the summit should end with the leaders declaring, "Today we made '
        'history for the alliance. Today we have invited Ukraine to join NATO." '
        "Ukraine's foreign minister said the alliance had not invited Ukraine yet. "
        'The minister said, "We will keep working with every ally on this. We are patient with our partners."'
    )
    found = {c.text: c.hypothetical for c in candidates(text)}
    assert found['Today we have invited Ukraine to join NATO."'] is True
    assert (
        found["Ukraine's foreign minister said the alliance had not invited Ukraine yet."] is False
    )
    assert found['We are patient with our partners."'] is False  # said, not wished
