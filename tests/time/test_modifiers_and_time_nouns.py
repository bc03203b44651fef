"""What an expression dates when it modifies a noun, names a person, or heads a relative clause."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.time import tag_text


def test_may_joined_to_a_pronoun_by_and_is_a_person() -> None:
    found = tag_text("Despite the row, he and May carried on with their meetings on Friday.", "2018-07-13")
    assert [t.text for t in found] == ["Friday"]


def test_may_joined_to_a_month_is_still_a_month() -> None:
    found = tag_text("Prices rose sharply in April and May.", "2018-07-13")
    assert [(t.text, t.value) for t in found] == [("April", "2018-04"), ("May", "2018-05")]


def test_a_year_before_an_adjective_dates_the_noun_not_the_verb(nlp: Any) -> None:
    st = parsed(
        nlp,
        "At least eight potential and current Democratic 2020 candidates voiced support for the plan.",
        "2019-02-20",
    )
    assert date_of(st, "voiced")[1] != "timex"


def test_a_relative_clause_of_a_day_after_a_comma_is_of_that_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "On January 12, the paper published a leak saying the adviser called the envoy several times on Dec. 29, "
        "the day the administration announced the expulsion of 35 diplomats.",
        "2017-02-15",
    )
    assert date_of(st, "announced") == ("2016-12-29", "timex")


def test_a_relative_clause_of_a_year_in_apposition_is_of_that_year(nlp: Any) -> None:
    st = parsed(nlp, "He joined the party in 2016, the year when it lost the election.", "2019-02-20")
    assert date_of(st, "lost") == ("2016", "timex")


def test_a_relative_clause_of_an_expression_in_a_since_phrase_takes_no_date(nlp: Any) -> None:
    st = parsed(
        nlp,
        "He had not made public appearances since 2014, which his wife said was due to memory problems. "
        "The last time the two sides met was in 2011, when the council approved the trade deals.",
        "2019-09-26",
    )
    assert date_of(st, "said was") == (None, None)
    assert date_of(st, "approved") == ("2011", "timex")


def test_a_when_clause_of_an_expression_in_an_until_phrase_is_at_that_time(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The accord was in limbo until earlier this month when the two sides announced a pact on tariffs.",
        "2019-12-31",
    )
    assert date_of(st, "announced") == ("2019-12", "timex")
