"""An act named inside an "after/before/since ..." phrase is not at the time of the clause around it."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed


def test_an_act_after_which_time_is_counted_takes_no_date_from_outside(nlp: Any) -> None:
    st = parsed(
        nlp,
        "In December 2010, a few months after the banker's release from prison, the duke stayed with him.",
        "2019-11-20",
    )
    assert date_of(st, "stayed") == ("2010-12", "timex")
    assert date_of(st, "release") == (None, None)


def test_an_act_named_before_another_day_takes_none_of_it(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The ministers dine at the palace Wednesday night, before the full-day summit at the lake.",
        "2015-05-13",
    )
    assert date_of(st, "summit") == (None, None)


def test_an_expression_inside_the_phrase_still_dates_it(nlp: Any) -> None:
    st = parsed(
        nlp,
        "After talks with the rebels on Tuesday, the minister announced a truce on Wednesday.",
        "2019-11-20",
    )
    assert date_of(st, "talks") == ("2019-11-19", "timex")
    assert date_of(st, "announced") == ("2019-11-20", "timex")


def test_an_act_after_which_no_gap_is_measured_keeps_the_day(nlp: Any) -> None:
    st = parsed(
        nlp, "The premier spoke in bitter tones on Friday after a tense meeting with the envoy.", "2013-11-10"
    )
    assert date_of(st, "meeting") == ("2013-11-08", "timex")
