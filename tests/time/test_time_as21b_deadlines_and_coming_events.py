"""Session 20 (time, second pass) on invented text: "by <weekday>" after a present promise looks ahead; a yearless month naming a scheduled event a present
clause speaks of is the coming one; "Election Day" is the US one only in a story that names the US; "one"
before a count is a pronoun; a past "over the weekend" in a Saturday paper is the weekend before."""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import date_of, parsed

WEDNESDAY, MONDAY, SATURDAY, SUNDAY = "2021-03-24", "2021-03-22", "2021-03-20", "2021-03-21"
APRIL = "2021-04-14"


def timexes(nlp: Any, text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in parsed(nlp, text, published).timexes}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The president of Veloria has promised a new government by Tuesday.", "2021-03-23"),
        ("Marren has promised to name a harbour cabinet by Friday.", "2021-03-26"),
        ("Okafor handed over the harbour records by Thursday, the court said.", "2021-03-18"),
        ("Marren promised a new cabinet by Friday, but none came.", "2021-03-19"),
    ],
)
def test_by_a_weekday_after_a_present_promise_looks_ahead(nlp: Any, text: str, value: str) -> None:
    values = timexes(nlp, text, MONDAY)
    assert [v for w, v in values.items() if "day" in w] == [value], values


def test_a_promise_is_not_dated_by_its_deadline_ahead(nlp: Any) -> None:
    st = parsed(nlp, "The president of Veloria has promised a new government by Tuesday.", MONDAY)
    assert date_of(st, "promised") == (None, None)


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Marren will name a new harbour cabinet by Friday.", "name", "2021-03-26"),
        ("Marren named a new harbour cabinet by Friday.", "named", "2021-03-19"),
    ],
)
def test_a_deadline_still_dates_a_coming_act_or_a_past_one(
    nlp: Any, text: str, word: str, value: str
) -> None:
    assert date_of(parsed(nlp, text, MONDAY), word) == (value, "timex")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Meanwhile, polling for the Veloria election in October is a close race between two parties.",
            "2021-10",
        ),
        ("Polls show Okafor leading ahead of the Veloria election in October.", "2021-10"),
        ("Marren is the favourite in the Orvik vote in November, polls suggest.", "2021-11"),
        ("Marren won the Orvik vote in November, and the harbour toll fell.", "2020-11"),
    ],
)
def test_a_month_naming_a_coming_event_in_a_present_clause_looks_ahead(
    nlp: Any, text: str, value: str
) -> None:
    values = timexes(nlp, text, APRIL)
    assert [v for w, v in values.items() if w in ("October", "November")] == [value], values


def test_election_day_of_a_story_that_names_no_us_has_no_day(nlp: Any) -> None:
    text = "Polls in Veloria looked grim for Marren. Yet come Election Day, her party fell far short of its hopes."
    assert timexes(nlp, text, APRIL) == {"Election Day": None}


def test_party_names_found_elsewhere_make_no_us_story(nlp: Any) -> None:
    text = (
        "The Veloria Republicans and the Social Democrats trailed in the polls. Yet come Election Day, "
        "the Republicans won."
    )
    assert timexes(nlp, text, APRIL) == {"Election Day": None}


def test_election_day_of_a_us_story_is_the_us_one(nlp: Any) -> None:
    text = "Polls in Ohio looked grim for the U.S. president. Yet come Election Day, his party fell short of its hopes."
    assert timexes(nlp, text, APRIL) == {"Election Day": "2020-11-03"}


def test_one_before_a_count_is_a_pronoun(nlp: Any) -> None:
    text = "The Orvik militia claimed the ambush, as well as one two weeks ago near Delvane."
    assert timexes(nlp, text, WEDNESDAY) == {"two weeks ago": "2021-W10"}


def test_a_tens_word_and_a_unit_are_one_count(nlp: Any) -> None:
    text = "Marren left Port Alder twenty one years ago."
    assert timexes(nlp, text, WEDNESDAY) == {"twenty one years ago": "2000"}


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Protesters marched through Port Alder over the weekend, police said.", SATURDAY, "2021-W10-WE"),
        ("Protesters will march through Port Alder over the weekend, police said.", SATURDAY, "2021-W11-WE"),
        ("Protesters marched through Port Alder this weekend, police said.", SATURDAY, "2021-W11-WE"),
        ("Protesters marched through Port Alder over the weekend, police said.", SUNDAY, "2021-W11-WE"),
    ],
)
def test_a_past_weekend_in_a_saturday_paper_is_the_one_before(
    nlp: Any, text: str, published: str, value: str
) -> None:
    assert list(timexes(nlp, text, published).values()) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor spoke in Port Alder on Saturday. The mayor spoke days after Veloria and Orvik reached a deal "
        "on the harbour toll.",
        "Okafor spoke in Port Alder on Saturday. The mayor spoke weeks after the harbour board reached a "
        "deal on the toll.",
    ],
)
def test_an_act_a_measured_after_counts_from_takes_no_narrative_day(nlp: Any, text: str) -> None:
    st = parsed(nlp, text, SUNDAY)
    assert date_of(st, "reached") == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor spoke in Port Alder on Saturday. Marren reached a deal with him after the talks.",
        "Okafor spoke in Port Alder on Saturday. He arrived days after the vote, and Marren reached a deal.",
    ],
)
def test_an_act_after_a_clause_break_keeps_the_narrative_day(nlp: Any, text: str) -> None:
    assert date_of(parsed(nlp, text, SUNDAY), "reached") == ("2021-03-20", "inferred")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Okafor spoke in Port Alder on Saturday. The ferry is safe just months before the vote, Marren said.",
            "said",
        ),
        (
            "Okafor spoke in Port Alder on Saturday. In the hours after the fire, the harbour board said it "
            "would close the pier.",
            "said",
        ),
    ],
)
def test_a_gap_in_the_clauses_own_words_is_not_counted_back(nlp: Any, text: str, word: str) -> None:
    assert date_of(parsed(nlp, text, SUNDAY), word)[0] is not None
