"""`watcher classify`, `watcher eval` and `watcher diff` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from watcher.cli import main
from watcher.evaluate import score

STATUSES = {"known", "new", "changed", "contradicted", "irrelevant"}


def _run(args: list[str], stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )


def test_classify_writes_one_line_per_input_in_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Sweden became the alliance's 32nd member in March 2024."},
        {"id": "b", "text": "Apple opened a store. Moscow says Ukraine will never join NATO."},
        {
            "id": 3,
            "text": "In 2008 allies promised Ukraine and Georgia eventual membership, with no date.",
        },
    ]
    proc = _run(["classify", "-"], "\n".join(json.dumps(x) for x in lines) + "\n", tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", 3]
    assert [o["status"] for o in out] == ["changed", "contradicted", "known"]
    for o in out:
        assert {"id", "status", "baseline_ids", "cue", "score", "diff"} <= set(o)
        assert o["status"] in STATUSES
    assert out[0]["baseline_ids"] and out[0]["diff"] and all(len(d) == 2 for d in out[0]["diff"])
    assert out[1]["cue"].startswith("negation:")


def test_bad_lines_are_errors_and_the_rest_still_run(tmp_path: Path) -> None:
    big = "NATO " * 220_000
    stdin = "\n".join(
        [
            "{not json",
            json.dumps({"id": "no-text"}),
            json.dumps({"id": "empty", "text": "   "}),
            json.dumps({"id": "huge", "text": big}),
            json.dumps(
                {"id": "ok", "text": "Germany's chancellor ruled out Ukraine joining the alliance."}
            ),
            "[1, 2]",
        ]
    )
    proc = _run(["classify"], stdin, tmp_path)
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["status"] for o in out] == [
        "error",
        "error",
        "error",
        "error",
        "contradicted",
        "error",
    ]
    assert "not JSON" in out[0]["error"] and "line 1" in out[0]["error"]
    assert "text" in out[1]["error"] and out[1]["id"] == "no-text"
    assert "empty" in out[2]["error"]
    assert "limit" in out[3]["error"]
    assert "failed" in proc.stderr


def test_classify_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "Allies agreed to spend 5% of GDP on defence."}) + "\n",
        encoding="utf-8",
    )
    assert main(["classify", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "irrelevant"


def test_eval_prints_scores_and_confusion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "labelled.jsonl"
    rows = [
        {
            "id": "1",
            "text": "Sweden became the alliance's 32nd member in March 2024.",
            "label": "changed",
        },
        {"id": "2", "text": "Allies agreed to spend 5% of GDP on defence.", "label": "irrelevant"},
        {"id": "3", "text": "Allies agreed to spend 5% of GDP on defence.", "label": "new"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["eval", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 3
    assert data["confusion"]["new"]["irrelevant"] == 1
    assert data["per_status"]["changed"]["f1"] == 1.0
    assert main(["eval", str(path)]) == 0
    text = capsys.readouterr().out
    assert "macro-F1" in text and "confusion matrix" in text


def test_score_arithmetic() -> None:
    s = score([("known", "known"), ("known", "new"), ("new", "new"), ("changed", "error")])
    assert s.per_status["known"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert s.per_status["new"]["precision"] == 0.5
    assert s.errors == 1 and s.accuracy == 0.5
    assert s.confusion["changed"]["error"] == 1


def test_diff_prints_status_cue_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "diff",
                "Finland and Sweden are now both members, bringing the alliance to 32 countries.",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("CHANGED:") and "31 -> 32" in out
    # Too far from its baseline claim for a readable diff: both sentences, decisive words marked.
    assert "to [[32]] countries." in out and "from all [[31]] member states" in out
    assert "[-" not in out


def _split_file(tmp_path: Path, split: str) -> Path:
    rows = [json.loads(line) for line in shared_path("eval", "dev.jsonl").read_text().splitlines()]
    out = tmp_path / f"{split}.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows if r.get("split") == split))
    return out


@pytest.mark.parametrize(
    ("split", "floor"),
    # Regression floors a little under today's figures (train 0.929, check 0.701), so a change
    # that loses ground fails; they are not the quality the differ aims for (check >= 0.85).
    [("train", 0.90), ("check", 0.67)],
)
def test_dev_set_does_not_regress(
    split: str, floor: float, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(_split_file(tmp_path, split)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["macro_f1"] >= floor
    assert data["per_status"]["contradicted"]["precision"] >= 0.85


READ_SETS = [
    *"acegikmoqsuwy",
    "aa",
    "ac",
    "ae",
    "ai",
    "ak",
    "am",
    "ao",
    "aq",
    "as",
    "au",
    "aw",
    "ax",
    "ba",
    "bd",
    "bh",
    "bi",
    "bn",
    "bp",
    "br",
    "bs",
    "bu",
    "bw",
    "by",
    "cb",
]
HELD_OUT_SETS = [
    *"bdfhjlnprtvxz",
    "ab",
    "ad",
    "af",
    "ah",
    "aj",
    "al",
    "an",
    "ap",
    "ar",
    "at",
    "av",
    "ay",
    "az",
    "bb",
    "bc",
    "be",
    "bf",
    "bg",
    "bj",
    "bk",
    "bl",
    "bm",
    "bo",
    "bq",
    "bt",
    "bv",
    "bx",
    "bz",
    "ca",
]


@pytest.mark.parametrize(
    ("files", "floor"),
    # The further statements in the project (benchmarks/statements/): floors a little under
    # today's figures, read sets joined 0.955, held-out sets joined 0.875.
    [
        (tuple(f"probe_{x}" for x in READ_SETS), 0.93),
        (tuple(f"probe_{x}" for x in HELD_OUT_SETS), 0.85),
    ],
)
def test_further_statements_do_not_regress(
    files: tuple[str, ...], floor: float, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    joined = tmp_path / "joined.jsonl"
    joined.write_text(
        "".join(
            (ROOT / "benchmarks" / "statements" / f"{name}.jsonl").read_text(encoding="utf-8")
            for name in files
        ),
        encoding="utf-8",
    )
    assert main(["eval", str(joined), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["macro_f1"] >= floor


@pytest.mark.parametrize(
    ("corpus", "precision", "recall", "quoted"),
    # The further article sets (benchmarks/articles/): floors a little under today's finding
    # precision, development recall and recall as quoted (read: a 0.962/0.966/0.828, c
    # 0.889/0.889/0.778, e 0.762/0.941/0.706, g 0.933/0.793/0.621, l 1.000/0.931/0.793, m
    # 0.938/1.000/0.846, r 0.829/0.850/0.750, s 0.889/0.857/0.667, t 0.966/0.962/0.846, u
    # 1.000/0.857/0.762, v 0.917/0.923/0.692, w 0.857/0.947/0.737, ad 0.971/0.954/0.814; held out: b
    # 0.857/0.857/0.821, d 0.815/0.929/0.786, f 0.815/0.880/0.840, h 0.852/0.840/0.800, i
    # 0.778/0.957/0.913, j 0.767/0.900/0.733, k 0.962/0.889/0.778, n 0.833/0.815/0.630, o
    # 0.920/0.893/0.679, p 0.778/0.714/0.714, q 0.844/0.886/0.743, x 0.857/0.972/0.833, y
    # 0.897/0.912/0.765, z 0.788/0.941/0.765, aa 0.844/0.853/0.765, ab 0.806/0.971/0.800, ac
    # 0.793/0.868/0.684, ae 0.833/0.970/0.849, af 0.879/0.861/0.694), so that a change losing ground
    # on any of them fails.
    [
        ("set_a", 0.88, 0.93, 0.81),
        ("set_b", 0.76, 0.82, 0.80),
        ("set_c", 0.85, 0.85, 0.76),
        ("set_d", 0.71, 0.89, 0.77),
        ("set_e", 0.75, 0.91, 0.69),
        ("set_f", 0.77, 0.85, 0.82),
        ("set_g", 0.87, 0.79, 0.60),
        ("set_h", 0.77, 0.77, 0.74),
        ("set_i", 0.76, 0.92, 0.81),
        ("set_j", 0.70, 0.87, 0.61),
        ("set_k", 0.89, 0.85, 0.72),
        ("set_l", 0.88, 0.90, 0.74),
        ("set_m", 0.93, 0.95, 0.79),
        ("set_n", 0.82, 0.74, 0.61),
        ("set_o", 0.85, 0.86, 0.66),
        ("set_p", 0.77, 0.68, 0.69),
        ("set_q", 0.80, 0.85, 0.72),
        ("set_r", 0.77, 0.82, 0.73),
        ("set_s", 0.82, 0.82, 0.65),
        ("set_t", 0.86, 0.89, 0.83),
        ("set_u", 0.84, 0.82, 0.74),
        ("set_v", 0.87, 0.89, 0.67),
        ("set_w", 0.80, 0.91, 0.72),
        ("set_x", 0.81, 0.91, 0.81),
        ("set_y", 0.86, 0.88, 0.74),
        ("set_z", 0.72, 0.91, 0.74),
        ("set_aa", 0.80, 0.82, 0.74),
        ("set_ab", 0.77, 0.94, 0.75),
        ("set_ac", 0.76, 0.84, 0.66),
        ("set_ad", 0.83, 0.93, 0.79),
        ("set_ae", 0.80, 0.94, 0.83),
        ("set_af", 0.84, 0.83, 0.65),
    ],
)
def test_further_article_sets_do_not_regress(
    corpus: str,
    precision: float,
    recall: float,
    quoted: float,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["eval", "--articles", str(ROOT / "benchmarks" / "articles" / corpus), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["precision"] >= precision
    assert data["recall"] >= recall
    assert data["quoted_recall"] >= quoted


def _labelled(tmp_path: Path) -> Path:
    rows = [
        {"id": "t1", "text": "Allies agreed to spend 5% of GDP on defence.", "label": "irrelevant"},
        {"id": "t2", "text": "Allies agreed to spend 5% of GDP on defence.", "label": "new"},
        {"id": "c1", "text": "Allies agreed to spend 5% of GDP on defence.", "label": "known"},
        {"id": "c2", "text": "The weather in Brussels was mild.", "label": "irrelevant"},
    ]
    splits = ["train", "train", "check", "check"]
    path = tmp_path / "split.jsonl"
    path.write_text(
        "\n".join(json.dumps({**r, "split": s}) for r, s in zip(rows, splits, strict=True)) + "\n",
        encoding="utf-8",
    )
    return path


def test_eval_reports_each_split_side_by_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _labelled(tmp_path)
    assert main(["eval", str(path), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 4 and set(data["splits"]) == {"train", "check"}
    assert data["splits"]["train"]["total"] == 2
    assert data["splits"]["train"]["confusion"]["new"]["irrelevant"] == 1
    assert data["splits"]["check"]["confusion"]["known"]["irrelevant"] == 1
    # without a chosen split, the held-back check split's errors stay unlisted
    assert [m["id"] for m in data["misclassified"]] == ["t2"]
    assert main(["eval", str(path), "--errors"]) == 0
    text = capsys.readouterr().out
    assert "by split" in text and "train (2)" in text and "check (2)" in text
    # each figure with its spread: the whole file's and each split's macro-F1 interval
    low, high = data["macro_f1_interval"]
    assert low <= data["macro_f1"] <= high
    assert f"macro-F1 {data['macro_f1']:.3f} (95% interval {low:.3f}-{high:.3f})" in text
    check_low, check_high = data["splits"]["check"]["macro_f1_interval"]
    assert f"{check_low:.3f}-{check_high:.3f}" in text.split("by split", 1)[1]
    assert "t2 [train]: new -> irrelevant" in text and "c1" not in text
    assert "pass --split check" in text


def test_eval_one_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _labelled(tmp_path)
    assert main(["eval", str(path), "--split", "check", "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2 and data["split"] == "check" and "splits" not in data
    assert [m["id"] for m in data["misclassified"]] == ["c1"]
    assert main(["eval", str(path), "--split", "dev"]) == 1
    assert 'split "dev"' in capsys.readouterr().err


def test_dev_set_splits_are_scored() -> None:
    """The shared statements carry a train and a check split; both are scored (no bar here)."""
    dev = shared_path("eval", "dev.jsonl")
    proc = _run(["eval", str(dev), "--json"], "", dev.parent)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["splits"]["train"]["total"] + data["splits"]["check"]["total"] == data["total"]


HOSTILE = [
    ('{"id": "s", "text": "NATO \\ud800 Ukraine"}', "lone surrogate"),
    ('{"id": "\\udfff", "text": "Ukraine and NATO."}', "lone surrogate"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"id": "n", "text": "Ukraine", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
    ('{"id": NaN, "text": "Ukraine"}', "not JSON"),
]


@pytest.mark.parametrize("command", ["classify", "eval"])
def test_hostile_lines_are_that_lines_error(command: str, tmp_path: Path) -> None:
    good = json.dumps(
        {"id": "ok", "text": "Allies agreed to spend 5% of GDP.", "label": "irrelevant"}
    )
    path = tmp_path / "in.jsonl"
    body = "\n".join(line for line, _ in HOSTILE).encode() + b"\n\xed\xa0\x80 raw\n"
    path.write_bytes(body + good.encode() + b"\n")
    args = [command, str(path)] + (["--json"] if command == "eval" else [])
    proc = _run(args, "", tmp_path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1
    if command == "classify":
        out = [json.loads(line) for line in proc.stdout.splitlines()]
        assert [o["status"] for o in out] == ["error"] * 6 + ["irrelevant"]
        for o, (_, message) in zip(out, HOSTILE, strict=False):
            assert message in o["error"]
        assert "not UTF-8" in out[5]["error"] and out[5]["line"] == 6
    else:
        data = json.loads(proc.stdout)
        assert data["total"] == 1
        assert [u["line"] for u in data["unreadable"]] == [1, 2, 3, 4, 5, 6]


def _shell(command: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        ("< IN >&-", "standard output is closed"),
        ("< IN > /dev/full", "No space left on device"),
        ("<&-", "standard input is closed"),
        ("< /dev/full", "longer than"),
        ("< /dev/zero", "longer than"),
    ],
)
def test_classify_with_stdin_or_stdout_closed_or_full(
    redirect: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Ukraine and NATO met."}) + "\n")
    proc = _shell(
        f"{sys.executable} -m watcher classify {redirect.replace('IN', str(path))}", tmp_path
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("watcher: error:")
