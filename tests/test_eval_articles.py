"""`watcher eval` on an article corpus: alignment, the scoring rules, and the real check path."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from watcher.cli import main
from watcher.errors import WatcherError
from watcher.evaluate import read_lines
from watcher.evaluate_articles import (
    ArticleFinding,
    Corpus,
    GoldSentence,
    align,
    build_corpus,
    feed_articles,
    group_status,
    joined_scores,
    load_gold,
    score_articles,
    words,
)

ITEMS = {
    "a": (
        "Alpha report on the alliance",
        [
            "Moscow said Ukraine would never be allowed to join the alliance under any deal.",
            "The weather in Brussels was mild on Tuesday with light rain.",
            "Allies said in 2008 that Ukraine would become a member one day.",
            "Kyiv and Oslo signed a ten-year security agreement on Friday.",
        ],
    ),
    "b": (
        "Beta report from the summit",
        [
            "Russia's deputy foreign minister repeated that Ukraine would never join the alliance.",
            "Officials opened a training centre for Ukrainian troops in Poland.",
            "The coalition pledged twenty six countries to a reassurance force.",
            "Hungary said it would block any invitation for Ukraine at the summit.",
        ],
    ),
}
A, B = ITEMS["a"][1], ITEMS["b"][1]

GOLD = [
    {"article": "a", "sentence": A[0], "label": "contradicted", "dev_group": "deny"},
    {"article": "a", "sentence": A[2], "label": "known", "alt": ["irrelevant"]},
    {"article": "a", "sentence": A[3], "label": "changed", "dev_group": "oslo"},
    {"article": "b", "sentence": B[0], "label": "contradicted", "dev_group": "deny"},
    {
        "article": "b",
        "sentence": B[1],
        "label": "new",
        "dev_group": "centre",
        "alt": ["irrelevant"],
    },
    {"article": "b", "sentence": B[2], "label": "new", "dev_group": ["force"]},
    {"article": "b", "sentence": B[3], "label": "contradicted", "dev_group": "block"},
]


def _feed() -> bytes:
    items = []
    for guid, (title, body) in ITEMS.items():
        html = "".join(f"<p>{s}</p>" for s in body)
        items.append(
            f"<item><title>{title}</title><link>https://example.org/{guid}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>Mon, 01 Jul 2024 10:00:00 +0000</pubDate>"
            f"<description>{escape(html)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title>'
        f"<link>https://example.org/</link><description>t</description>{''.join(items)}"
        "</channel></rss>"
    ).encode()


def _gold() -> list[GoldSentence]:
    return load_gold(json.dumps(g) for g in GOLD)


def _corpus() -> Corpus:
    return build_corpus(feed_articles(_feed(), "file:///feed.xml"), _gold())


def test_alignment_rules() -> None:
    sents = [words(s) for s in A]
    # normalised equality: case, quotes and punctuation do not matter
    assert align(words("KYIV and Oslo signed a ten year security agreement on Friday"), sents) == (
        3,
    )
    # a finding that merges two sentences stands for both (each holds >= 6 tokens)
    assert align(words(A[0] + " " + A[1]), sents) == (0, 1)
    # a finding that is part of a sentence, six tokens long
    assert align(words("Allies said in 2008 that Ukraine"), sents) == (2,)
    # five tokens are too few to count as containment, and share too little for Dice
    assert align(words("Allies said in 2008 that"), sents) == ()
    # token-set Dice >= 0.8: one word of eleven changed
    assert align(words("Kyiv and Oslo signed a ten-year security pact on Friday."), sents) == (3,)
    # Dice below 0.8
    assert align(words("Kyiv and Oslo signed a trade deal in Bergen on Friday."), sents) == ()
    assert align((), sents) == ()


def test_group_status_is_the_commonest_required_label_ties_to_the_most_severe() -> None:
    def g(label: str, alt: tuple[str, ...] = ()) -> GoldSentence:
        return GoldSentence("x", label, label, alt, ("grp",))

    assert group_status([g("new"), g("new"), g("changed")]) == "new"
    assert group_status([g("new"), g("changed")]) == "changed"
    # optional sentences do not vote; a group of optional sentences only is not required
    assert group_status([g("changed", ("known",)), g("new")]) == "new"
    assert group_status([g("new", ("irrelevant",))]) == ""


def test_the_feed_gives_every_sentence_of_every_entry() -> None:
    articles = feed_articles(_feed(), "file:///feed.xml")
    assert articles["a"] == [ITEMS["a"][0], *A]
    assert articles["b"][-1] == B[3]
    assert _corpus().gold_unplaced == ()


def test_scores_of_a_run_with_every_kind_of_finding() -> None:
    findings = [
        ArticleFinding("contradicted", A[0], "c1", ("a",)),  # correct
        ArticleFinding("contradicted", B[0], "c2", ("b",)),  # correct; second for "deny"
        ArticleFinding("new", A[3].upper(), "n1", ("a",)),  # gold changed: wrong status
        ArticleFinding("new", A[1], "n2", ("a",)),  # an unlisted sentence
        ArticleFinding("changed", A[2], "x1", ("a",)),  # a known sentence
        ArticleFinding("new", B[1], "n3", ("b",)),  # optional sentence, its own label
        # first source "a" holds no such sentence; its merged source "b" does
        ArticleFinding("new", "The coalition pledged twenty six countries", "n4", ("a", "b")),
    ]
    s = score_articles(_corpus(), findings)
    assert s.findings == 7
    assert s.precision == round(3 / 7, 4)  # c1, c2, n3
    assert s.lenient_precision == round(4 / 7, 4)  # and n1
    assert (s.on_known, s.on_unlisted, s.wrong_status) == (1, 2, 1)
    # required: deny, oslo, force, block ("centre" has optional sentences only)
    assert s.required_groups == 4
    assert s.recall == 0.75  # block missed
    assert s.strict_recall == 0.5  # oslo only found as new
    assert s.duplicates == 1 and s.duplicate_rate == 0.25
    # Wilson intervals of 3 correct in 7 findings and 3 recalled of 4 developments
    assert s.precision_range == pytest.approx((0.1582, 0.7495), abs=1e-4)
    assert s.recall_range == pytest.approx((0.3006, 0.9544), abs=1e-4)
    assert [(group, status) for group, status, _ in s.missed] == [("block", "contradicted")]
    assert s.missed[0][2][0].sentence == B[3]
    assert s.wrong_status_only == (("oslo", "changed"),)
    assert [(group, len(found)) for group, found in s.duplicated] == [("deny", 2)]
    assert s.per_status["new"] == {
        "findings": 4,
        "precision": 0.25,
        "lenient_precision": 0.5,
        "developments": 1,
        "recall": 1.0,
        "strict_recall": 1.0,
    }
    assert s.per_status["changed"]["precision"] == 0.0
    assert (s.per_status["changed"]["recall"], s.per_status["changed"]["strict_recall"]) == (1, 0)
    assert s.per_status["contradicted"]["recall"] == 0.5
    errors = s.errors_json()
    assert {f["cue"]: f["outcome"] for f in errors["false_findings"]} == {
        "n1": "wrong-status",
        "n2": "unlisted",
        "x1": "known",
        "n4": "unlisted",
    }


def test_corpora_joined_pool_their_counts_not_their_ratios() -> None:
    corpus = _corpus()
    first = score_articles(
        corpus,
        [
            ArticleFinding("contradicted", A[0], "c1", ("a",)),  # correct
            ArticleFinding("new", A[1], "n2", ("a",)),  # unlisted
            ArticleFinding("new", A[3], "n1", ("a",)),  # gold changed: wrong status
        ],
    )
    second = score_articles(corpus, [ArticleFinding("contradicted", B[3], "c3", ("b",))])
    joined = joined_scores([first, second])
    # 2 of 4 findings right: not the mean of 1/3 and 1/1
    assert (joined.findings, joined.precision) == (4, 0.5)
    assert joined.lenient_precision == 0.75
    assert joined.precision_range == pytest.approx((0.1500, 0.8500), abs=1e-4)
    # first recalled deny and oslo (as new) of four, second block of four
    assert (joined.required_groups, joined.recall, joined.strict_recall) == (8, 0.375, 0.25)
    assert (joined.on_known, joined.on_unlisted, joined.wrong_status) == (0, 1, 1)
    assert len(joined.missed) == 5 and len(joined.verdicts) == 4
    assert joined.per_status["contradicted"] == {
        "findings": 2,
        "precision": 1.0,
        "lenient_precision": 1.0,
        "developments": 4,
        "recall": 0.5,
        "strict_recall": 0.5,
    }
    assert joined.per_status["changed"]["recall"] == 0.5
    assert joined.per_status["changed"]["strict_recall"] == 0.0
    assert joined.extra["corpora"] == 2
    # one corpus joined is that corpus
    alone = joined_scores([first])
    assert (alone.precision, alone.recall, alone.per_status) == (
        first.precision,
        first.recall,
        first.per_status,
    )


def test_one_finding_with_every_repeat_as_a_source_is_no_duplicate() -> None:
    merged = ArticleFinding("contradicted", A[0], "", ("a", "b"))
    s = score_articles(_corpus(), [merged])
    assert s.duplicates == 0 and s.precision == 1.0
    assert s.recall == 0.25 and s.strict_recall == 0.25


def test_a_development_merged_into_another_findings_sources_is_recalled_but_not_quoted() -> None:
    corpus = _corpus()
    findings = [
        # Oslo's agreement, with the denial of the same text merged in as its evidence.
        ArticleFinding("changed", A[3], "o", ("a",), (("a", A[3]), ("a", A[0]))),
        # Hungary's block, told by the finding's own sentence, with a repeat of itself.
        ArticleFinding("new", B[3], "b", ("b",), (("b", B[3]),)),
    ]
    s = score_articles(corpus, findings)
    # recalled: oslo, deny (by the merged sentence, as changed) and block (as new) of four;
    # with the group's status only oslo
    assert (s.recall, s.strict_recall) == (0.75, 0.25)
    # as quoted: oslo and block; deny only sits among the oslo finding's sources
    assert (s.quoted, s.quoted_exact) == (2, 1)
    assert (s.quoted_recall, s.quoted_strict_recall) == (0.5, 0.25)
    assert s.to_json()["quoted_recall"] == 0.5
    # joined corpora add their counts
    joined = joined_scores([s, score_articles(corpus, findings[:1])])
    assert (joined.quoted, joined.quoted_exact, joined.quoted_recall) == (3, 2, 0.375)


def test_no_findings_scores_zero_without_dividing_by_zero() -> None:
    s = score_articles(_corpus(), [])
    assert (s.findings, s.precision, s.recall, s.duplicates) == (0, 0.0, 0.0, 0)
    assert (s.quoted_recall, s.quoted_strict_recall) == (0.0, 0.0)
    assert s.precision_range == (0.0, 0.0) and s.recall_range[0] == 0.0 < s.recall_range[1]
    assert len(s.missed) == 4


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"article": "a", "sentence": "x", "label": "maybe"}', '"label" must be one of'),
        ('{"article": "a", "sentence": "x", "label": "new"}', 'needs a "dev_group"'),
        ('{"article": "a", "sentence": "x", "label": "new", "dev_group": 3}', '"dev_group"'),
        ('{"article": "a", "sentence": "\\ud800", "label": "known"}', "lone surrogate"),
        ("[" * 100_000, "not JSON"),
        ('{"article": "", "sentence": "x", "label": "known"}', '"article" must be'),
    ],
)
def test_bad_gold_lines_are_named(line: str, message: str) -> None:
    with pytest.raises(WatcherError, match="line 2") as info:
        load_gold(['{"article": "a", "sentence": "y", "label": "known"}', line], name="g")
    assert message in str(info.value)


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "watcher.toml"
    baseline = ROOT / "baselines" / "claims.json"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\nbaseline = "{baseline}"\nfeeds = []\n',
        encoding="utf-8",
    )
    return config


def test_eval_runs_the_check_an_analyst_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "articles.xml").write_bytes(_feed())
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD) + "\n")
    config = str(_config(tmp_path))
    assert (
        main(
            [
                "check",
                "--config",
                config,
                "--dry-run",
                "--json",
                "--feed",
                (folder / "articles.xml").as_uri(),
            ]
        )
        == 0
    )
    checked = json.loads(capsys.readouterr().out)["findings"]
    assert main(["eval", "--config", config, "--articles", str(folder), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == len(checked)
    for status, row in data["per_status"].items():
        assert row["findings"] == sum(f["status"] == status for f in checked)
    assert data["required_developments"] == 4 and data["entries"] == 2
    assert data["gold_unplaced"] == 0
    assert {"missed", "false_findings", "duplicated", "wrong_status_only"} <= set(data)
    assert len(data["false_findings"]) == round(data["findings"] * (1 - data["precision"]))
    low, high = data["precision_interval"]
    assert low <= data["precision"] <= high and data["recall_interval"][1] >= data["recall"]
    # the same corpus named as a feed and its gold, and as a folder
    assert (
        main(
            [
                "eval",
                "--config",
                config,
                str(folder / "articles.xml"),
                "--gold",
                str(folder / "gold.jsonl"),
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["findings"] == data["findings"]
    assert main(["eval", "--config", config, str(folder)]) == 0
    text = capsys.readouterr().out
    assert "finding precision" in text and "development recall" in text and "duplicates" in text
    # nothing was stored: the data folder was never created
    assert not (tmp_path / "data").exists()


def test_eval_scores_several_corpora_and_joins_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "articles.xml").write_bytes(_feed())
        (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD) + "\n")
        folders += ["--articles", str(folder)]
    config = str(_config(tmp_path))
    assert main(["eval", "--config", config, folders[1], "--json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert main(["eval", "--config", config, *folders, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["findings"] for c in data["corpora"]] == [single["findings"]] * 2
    joined = data["joined"]
    assert joined["findings"] == 2 * single["findings"]
    assert joined["required_developments"] == 8 and joined["corpora"] == 2
    assert joined["precision"] == single["precision"]
    # twice the findings: the same share, a narrower interval
    assert joined["precision_interval"][0] >= single["precision_interval"][0]
    assert joined["precision_interval"][1] <= single["precision_interval"][1]
    assert main(["eval", "--config", config, *folders]) == 0
    text = capsys.readouterr().out
    assert text.count("finding precision") == 3
    assert f"joined: 2 corpora ({tmp_path / 'one'}, {tmp_path / 'two'})" in text
    assert main(["eval", "--config", config, *folders, "--split", "train"]) == 1
    assert "--split" in capsys.readouterr().err
    assert main(["eval", "--config", config, *folders, "--articles", str(tmp_path / "no")]) == 1
    assert "not found" in capsys.readouterr().err


def test_eval_refuses_what_is_not_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_config(tmp_path))
    (tmp_path / "feed.xml").write_bytes(_feed())
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "zzz", "sentence": "x", "label": "known"}) + "\n")
    assert main(["eval", "--config", config, str(tmp_path / "feed.xml"), "--gold", str(gold)]) == 1
    assert "names none of the feed's entries" in capsys.readouterr().err
    assert main(["eval", "--config", config, "--articles", str(tmp_path / "nope")]) == 1
    assert "not found" in capsys.readouterr().err
    assert main(["eval", "--config", config, "--gold", str(gold)]) == 1
    assert "needs the FEED" in capsys.readouterr().err
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "articles.xml").write_bytes(_feed())
    (tmp_path / "c" / "gold.jsonl").write_text(json.dumps(GOLD[0]) + "\n")
    assert (
        main(["eval", "--config", config, "--articles", str(tmp_path / "c"), "--split", "train"])
        == 1
    )
    assert "--split" in capsys.readouterr().err
    (tmp_path / "broken.xml").write_text("<rss><channel><item>", encoding="utf-8")
    assert (
        main(["eval", "--config", config, str(tmp_path / "broken.xml"), "--gold", str(gold)]) == 1
    )
    assert "malformed" in capsys.readouterr().err


def test_the_shared_corpus_scores(capsys: pytest.CaptureFixture[str]) -> None:
    """Every gold sentence is found in its article and every figure is a ratio; no quality bar."""
    folder = shared_path("eval", "articles")
    with (folder / "gold.jsonl").open("rb") as handle:
        gold = load_gold(read_lines(handle))
    assert len(gold) == 231
    assert main(["eval", "--articles", str(folder), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entries"] == 40
    assert data["required_developments"] == 69
    assert data["gold_unplaced"] == 0
    for key in ("precision", "lenient_precision", "recall", "strict_recall"):
        assert 0.0 <= data[key] <= 1.0
    assert data["precision"] <= data["lenient_precision"]
    assert data["strict_recall"] <= data["recall"]
    assert sum(row["developments"] for row in data["per_status"].values()) == 69


def test_the_shared_corpus_does_not_regress(capsys: pytest.CaptureFixture[str]) -> None:
    """Floors a little under today's figures (precision 0.947, recall 0.927, strict 0.913, as
    quoted 0.725, duplicates 5 of 69), so a change that loses ground on the articles fails."""
    folder = shared_path("eval", "articles")
    assert main(["eval", "--articles", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["precision"] >= 0.90
    assert data["recall"] >= 0.88
    assert data["strict_recall"] >= 0.83
    assert data["quoted_recall"] >= 0.70
    assert data["duplicate_rate"] <= 0.10
