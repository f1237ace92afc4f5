"""The spread printed beside each evaluation figure: a bootstrap interval of macro-F1 and Wilson
intervals of article precision and recall. Cases written for the intervals' properties."""

from __future__ import annotations

import pytest

from watcher.evaluate import LABELS, macro_f1_interval, score, wilson_interval

#: A classifier right on three statements in four, over the five statuses.
MIXED = [(g, g if i % 4 else LABELS[(LABELS.index(g) + 1) % 5]) for i, g in enumerate(LABELS * 8)]


@pytest.mark.parametrize(
    ("part", "whole", "low", "high"),
    [
        # Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
        # method 3 (Wilson score, no continuity correction).
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (10, 10, 0.7225, 1.0),
    ],
)
def test_wilson_interval_values(part: int, whole: int, low: float, high: float) -> None:
    assert wilson_interval(part, whole) == pytest.approx((low, high), abs=1e-4)


def test_wilson_interval_narrows_with_more_cases_at_one_share() -> None:
    widths = [wilson_interval(3 * n, 4 * n) for n in (5, 20, 80)]
    spans = [high - low for low, high in widths]
    assert spans[0] > spans[1] > spans[2] > 0
    assert all(low < 0.75 < high for low, high in widths)
    assert wilson_interval(0, 0) == (0.0, 0.0)


def test_macro_f1_interval_holds_the_figure_and_repeats() -> None:
    scores = score(MIXED)
    low, high = scores.macro_f1_range
    assert 0.0 <= low < scores.macro_f1 < high <= 1.0
    # a fixed seed: the same statements give the same interval, run after run
    assert score(MIXED).macro_f1_range == (low, high)
    assert macro_f1_interval(MIXED, LABELS, seed=1) != (low, high)


def test_macro_f1_interval_narrows_with_more_statements() -> None:
    small = score(MIXED).macro_f1_range
    large = score(MIXED * 16).macro_f1_range
    assert score(MIXED * 16).macro_f1 == score(MIXED).macro_f1
    assert large[1] - large[0] < (small[1] - small[0]) / 2


def test_a_perfect_or_empty_run_has_no_spread() -> None:
    perfect = [(g, g) for g in LABELS * 3]
    assert score(perfect).macro_f1_range == (1.0, 1.0)
    assert macro_f1_interval([], LABELS) == (0.0, 0.0)
    # every prediction wrong: nothing to resample into a right one
    wrong = [(g, "error") for g in LABELS * 3]
    assert score(wrong).macro_f1_range == (0.0, 0.0)
