"""A noun's participle modifier shares the time expression of its clause; a clause inside a relative clause
does not take the day an opening expression gives the sentence."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed


def test_a_participle_modifying_a_noun_takes_its_clause_expression(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The tour got underway Friday night when the prince charmed dozens of guests at a dinner welcoming him "
        "to the city.",
        "2013-05-11",
    )
    assert date_of(st, "welcoming") == ("2013-05-10TNI", "timex")


def test_a_participle_modifying_a_noun_without_an_expression_keeps_its_reading(nlp: Any) -> None:
    st = parsed(nlp, "The guests praised the dinner welcoming him to the city.", "2013-05-11")
    assert date_of(st, "welcoming")[1] != "timex"


def test_a_present_clause_under_a_relative_clause_takes_no_opening_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "On Friday morning, an airstrike killed the commander, whom the ministry says it considers the group's "
        "second-ranked leader.",
        "2016-03-26",
    )
    assert date_of(st, "killed") == ("2016-03-25TMO", "timex")
    assert date_of(st, "considers") == (None, None)


def test_an_event_noun_takes_the_expression_of_its_own_relative_clause(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The minister will testify soon about the ministry's annual budget request that was released in early "
        "February.",
        "2015-02-17",
    )
    assert date_of(st, "request") == ("2015-02", "timex")
    assert date_of(st, "testify")[1] != "timex"


def test_an_act_named_as_recent_or_previous_takes_no_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Another example is a recent phone call by the president asking the premier to assist the inquiry.\n\n"
        "The talks resumed after the previous round of talks collapsed.",
        "2019-10-01",
    )
    assert date_of(st, "asking") == (None, None)
    assert date_of(st, "round") == (None, None)
    assert date_of(st, "example") == (None, None)
