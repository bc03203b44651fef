from __future__ import annotations

import importlib.util
import random
from datetime import date

import pytest

from storyline.story.tls_eval import PRF, Rouge, TaskScores, align_rouge, average, date_prf, evaluate

D = date.fromisoformat
NO_STOP: list[str] = []


def test_tls_eval_date_f1_hand_computed() -> None:
    pred = {D("2031-01-01"): ["a"], D("2031-01-02"): ["b"], D("2031-01-05"): ["c"], D("2031-02-01"): ["d"]}
    ref = {D("2031-01-01"): ["a"], D("2031-01-05"): ["c"]}
    s = date_prf(pred, [ref])
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert s.f1 == pytest.approx(2 / 3)
    assert date_prf({}, [ref]).f1 == 0.0


def test_tls_eval_identical_timelines_score_one() -> None:
    tl = {D("2031-01-01"): ["troops crossed the river"], D("2031-01-09"): ["leaders signed a truce"]}
    r = align_rouge(tl, [tl], Rouge(NO_STOP))
    assert r[1].precision == pytest.approx(1.0) and r[1].recall == pytest.approx(1.0)
    assert r[2].f1 == pytest.approx(1.0)


def test_tls_eval_off_by_one_day_halves_the_hits() -> None:
    pred = {D("2031-01-02"): ["troops crossed river"]}
    ref = {D("2031-01-01"): ["troops crossed river"]}
    r = align_rouge(pred, [ref], Rouge(NO_STOP))
    # 3 unigram hits weighted 1/(1+1); 3 predicted and 3 reference unigrams
    assert r[1].precision == pytest.approx(0.5) and r[1].recall == pytest.approx(0.5)
    assert r[2].precision == pytest.approx(0.5)  # 2 bigrams, both hit, weight 1/2


def test_tls_eval_many_to_one_alignment_hand_computed() -> None:
    # two predicted dates both align to the single reference date (m:1); stop words dropped, stems used
    pred = {D("2031-01-01"): ["the rebels attacked Misrata"], D("2031-01-03"): ["rebels captured the port"]}
    ref = {D("2031-01-01"): ["rebels attacked the port of Misrata"]}
    r = align_rouge(pred, [ref], Rouge(["the", "of"]))
    # ref tokens: rebel attack port misrata (4). day 1: rebel attack misrata -> 3 hits (weight 1);
    # day 3 (2 days off, weight 1/3): rebel captur port -> 2 hits.
    assert r[1].precision == pytest.approx((3 + 2 / 3) / 6)
    # recall: the reference date aligns to its cheapest prediction (same day, cost 0): 3 hits of 4
    assert r[1].recall == pytest.approx(3 / 4)


def test_tls_eval_average_takes_mean_p_and_r_before_f() -> None:
    a = TaskScores(PRF(1.0, 0.0), PRF(0.2, 0.4), PRF(0.0, 0.0))
    b = TaskScores(PRF(0.0, 1.0), PRF(0.4, 0.2), PRF(0.0, 0.0))
    m = average([a, b])
    assert m.date.f1 == pytest.approx(0.5)  # F of (0.5, 0.5), not the mean of two zero F1s
    assert m.rouge1.precision == pytest.approx(0.3)
    assert evaluate({}, [{D("2031-01-01"): ["x y"]}]).rouge1.f1 == 0.0


_WORDS = [
    "army",
    "rebels",
    "city",
    "port",
    "talks",
    "truce",
    "leaders",
    "signed",
    "attacked",
    "captured",
    "river",
    "border",
    "aid",
    "the",
    "of",
    "and",
]


def _random_timeline(rng: random.Random, n: int) -> dict[date, list[str]]:
    days = rng.sample(range(1, 60), n)
    return {
        date.fromordinal(D("2031-01-01").toordinal() + d): [
            " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 9))) for _ in range(rng.randint(1, 2))
        ]
        for d in days
    }


@pytest.mark.skipif(importlib.util.find_spec("tilse") is None, reason="tilse is not installed")
def test_tls_eval_matches_tilse_align_m1_and_dates() -> None:
    from tilse.data.timelines import GroundTruth
    from tilse.data.timelines import Timeline as TilseTimeline
    from tilse.evaluation import dates as tilse_dates
    from tilse.evaluation import rouge as tilse_rouge

    evaluator = tilse_rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation="reimpl"
    )
    ours = Rouge(evaluator.rouge.stopwords)
    rng = random.Random(7)
    for _ in range(6):
        pred, ref = _random_timeline(rng, rng.randint(3, 8)), _random_timeline(rng, rng.randint(3, 8))
        theirs = evaluator.evaluate_align_date_content_costs_many_to_one(
            TilseTimeline(pred), GroundTruth([TilseTimeline(ref)])
        )
        mine = align_rouge(pred, [ref], ours)
        for n in (1, 2):
            assert mine[n].precision == pytest.approx(theirs[f"rouge_{n}"]["precision"], abs=1e-12)
            assert mine[n].recall == pytest.approx(theirs[f"rouge_{n}"]["recall"], abs=1e-12)
        td = tilse_dates.evaluate_dates(TilseTimeline(pred), GroundTruth([TilseTimeline(ref)]))
        assert date_prf(pred, [ref]).f1 == pytest.approx(td["f_score"])
