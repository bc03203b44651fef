"""Coreference metrics on tiny hand-made clusterings."""

from __future__ import annotations

import pytest

from storyline.entities.scoring import b_cubed, ceaf_e, conll_f1, muc


def test_scoring_identical_clusterings_score_one() -> None:
    key = {1: "a", 2: "a", 3: "b"}
    assert muc(key, key).f1 == 1.0
    assert b_cubed(key, key).f1 == 1.0
    assert ceaf_e(key, key).f1 == pytest.approx(1.0)
    assert conll_f1(key, dict(key)) == pytest.approx(1.0)


def test_scoring_wrong_merge_costs_precision_not_recall() -> None:
    key = {1: "a", 2: "a", 3: "b", 4: "b"}
    merged = {1: "x", 2: "x", 3: "x", 4: "x"}
    s = b_cubed(key, merged)
    assert s.r == 1.0 and s.p == pytest.approx(0.5)
    assert muc(key, merged).r == 1.0 and muc(key, merged).p == pytest.approx(2 / 3)


def test_scoring_split_costs_recall() -> None:
    key = {1: "a", 2: "a", 3: "a"}
    split = {1: "x", 2: "y", 3: "z"}
    assert muc(key, split).r == 0.0
    assert b_cubed(key, split).r == pytest.approx(1 / 3) and b_cubed(key, split).p == 1.0
