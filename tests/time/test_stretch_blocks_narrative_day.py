"""A past act told over a long stretch ("For months, ...") or in the past at large takes no day from
the sentences before it; one told over hours still does. Invented text throughout."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2019-02-22"  # a Friday
TUESDAY = "2019-02-19"

OPENING = "The Kastani ministry released the letters on Tuesday. "


def test_an_act_told_over_months_takes_no_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "For months, the ministry denied that the letters existed.", PUBLISHED)
    assert date_of(st, "denied") == (None, None)


def test_an_act_in_the_past_at_large_takes_no_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "In the past, the ministry refused every request for them.", PUBLISHED)
    assert date_of(st, "refused") == (None, None)


def test_an_act_over_hours_keeps_the_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "Officials read them aloud for two hours.", PUBLISHED)
    assert date_of(st, "read") == (TUESDAY, "inferred")


def test_today_in_a_present_state_sets_no_narrative_day(nlp: Any) -> None:
    text = (
        "Corruption today is a bigger problem in the capital than in the provinces. "
        "The council was slow in helping the provinces reform."
    )
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "was")[0] is None


def test_today_of_an_act_still_sets_the_narrative_day(nlp: Any) -> None:
    text = "The council today approved the budget. Members praised the mayor for it."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "praised") == (PUBLISHED, "inferred")


def test_a_sentence_told_over_years_ends_the_narrative_day(nlp: Any) -> None:
    text = (
        OPENING + "I worked for the Kastani envoy for nine years. "
        "I watched him negotiate with foreign leaders."
    )
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "negotiate")[0] is None


def test_a_sentence_told_over_hours_keeps_the_narrative_day(nlp: Any) -> None:
    text = OPENING + "Officials spent two hours reading them. Reporters watched the officials leave."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "watched") == (TUESDAY, "inferred")
