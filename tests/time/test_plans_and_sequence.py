"""Which way a day points when a plan, a scheduled present or a when-clause under a future governs it."""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import parsed

from storyline.time import tag_text

FRIDAY = "2021-03-05"
SUNDAY = "2021-03-07"
WEDNESDAY = "2021-03-03"


def value_of(text: str, dct: str, word: str) -> str | None:
    return next(t.value for t in tag_text(text, dct) if t.text == word)


def parsed_value_of(nlp: Any, text: str, dct: str, word: str) -> str | None:
    return next(t.value for t in parsed(nlp, text, dct).timexes if t.text == word)


# --- the object of a plan verb: its day lies ahead, whatever a later verb says -----------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Students planned a candlelight vigil outside the town hall on Saturday and were hoping for a crowd.",
            "Saturday",
            "2021-03-06",
        ),
        ("The judge set a new hearing for Monday after lawyers asked for more time.", "Monday", "2021-03-08"),
        ("The union called a second strike for Tuesday when talks collapsed.", "Tuesday", "2021-03-09"),
    ],
)
def test_day_of_a_planned_thing_points_ahead(text: str, word: str, expected: str) -> None:
    assert value_of(text, FRIDAY, word) == expected


def test_participle_plan_leaves_the_day_to_the_verb_after_it() -> None:
    text = "A concert planned at the stadium for Saturday was cancelled after the storm."
    assert value_of(text, SUNDAY, "Saturday") == "2021-03-06"


def test_announced_figures_for_a_quarter_are_no_plan() -> None:
    text = "The retailer announced a sharp drop in sales for the fourth quarter."
    assert value_of(text, "2021-01-20", "the fourth quarter") == "2020-Q4"


# --- a scheduled act in the simple present ----------------------------------------------------------


def test_plural_present_of_a_scheduled_act_points_ahead() -> None:
    assert (
        value_of("The two foreign ministers meet again Tuesday in Geneva.", FRIDAY, "Tuesday") == "2021-03-09"
    )
    assert value_of("Negotiations resume on Monday in the capital.", FRIDAY, "Monday") == "2021-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers did not meet Tuesday in Geneva.",
        "The two foreign ministers could not meet Tuesday in Geneva.",
        "The union says Tuesday the offer is not enough.",
    ],
)
def test_negated_or_reporting_present_keeps_the_last_day(text: str) -> None:
    assert value_of(text, FRIDAY, "Tuesday") == "2021-03-02"


def test_parse_path_agrees_on_the_scheduled_present(nlp: Any) -> None:
    text = "The two foreign ministers meet again Tuesday in Geneva."
    assert parsed_value_of(nlp, text, FRIDAY, "Tuesday") == "2021-03-09"


# --- a when / once / as-soon-as clause under a governor that looks ahead ------------------------------

AHEAD_WHEN = [
    "Dealers said funds were likely to sell as soon as the exchange reopened Monday.",
    "The ministry said fresh cash would be pumped into banks when they opened on Monday.",
    "Officials expected to lift the curfew once the army arrived Monday.",
]


@pytest.mark.parametrize("text", AHEAD_WHEN)
def test_when_clause_under_a_future_governor_points_ahead(text: str) -> None:
    assert value_of(text, WEDNESDAY, "Monday") == "2021-03-08"


@pytest.mark.parametrize("text", AHEAD_WHEN[:2])
def test_parse_path_reads_the_when_clause_the_same_way(nlp: Any, text: str) -> None:
    assert parsed_value_of(nlp, text, WEDNESDAY, "Monday") == "2021-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman would not say when the meeting took place Monday.",
        "Funds sold heavily when the exchange reopened Monday.",
    ],
)
def test_when_clause_without_a_future_governor_looks_back(text: str) -> None:
    assert value_of(text, WEDNESDAY, "Monday") == "2021-03-01"


# --- "vs." inside a sentence ends no clause: the past verb after it still governs a bare month -----


def test_a_case_name_abbreviation_does_not_hide_the_past_verb() -> None:
    text = "In January, a month after the Smith vs. Jones ruling, a court in the capital fined the firm."
    assert value_of(text, "2021-10-25", "January") == "2021-01"
