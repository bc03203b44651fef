"""Dates that real news showed wrong, on invented text: acts that could, would or should happen (no act
took place on the publication day), a weekday in an "according to ..." phrase, a month pre-modifying a
past occurrence, a year modifying the object through a conjunction, and counts in hundreds or thousands
of years.

Every sentence is written for the test; the people, places and papers are invented.
"""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.state import DocState
from storyline.time import tag_text

PUBLISHED = "2010-06-09T15:00+00:00"  # a Wednesday, with the time printed
DAY = "2010-06-09"


def state_for(nlp: Any, text: str, published: str = PUBLISHED) -> DocState:
    return parsed(nlp, text, published)


# --- what could, would or should happen has no date ------------------------------------------------


def test_unrealized_possibility_and_obligation_are_undated(nlp: Any) -> None:
    st = state_for(nlp, "The ministry argued that Kastan should reopen the border crossing.")
    assert date_of(st, "reopen") == (None, None)
    st = state_for(nlp, "Officials warned that the talks could collapse.")
    assert date_of(st, "collapse") == (None, None)
    assert date_of(st, "warned") == (DAY, "dct")


def test_unrealized_conditional_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "What would a war between the two provinces look like?")
    assert date_of(st, "war") == (None, None)
    st = state_for(nlp, "The amendment would allow the governor to seek a third term.")
    assert date_of(st, "seek") == (None, None)


def test_unrealized_wishes_and_eligibility_are_undated(nlp: Any) -> None:
    st = state_for(nlp, "Marren says she does not want a war with Veloria.")
    assert date_of(st, "war") == (None, None)
    st = state_for(nlp, "The convicted mayor is eligible to appeal.")
    assert date_of(st, "appeal") == (None, None)
    st = state_for(nlp, "The new curfew is designed to intimidate the villagers.")
    assert date_of(st, "intimidate") == (None, None)


def test_unrealized_plans_and_reported_futures_take_no_day(nlp: Any) -> None:
    st = state_for(nlp, "The council said it would help farmers find new buyers.")
    assert date_of(st, "help") == (None, None)
    st = state_for(nlp, "Kastan plans to reopen the border.")
    assert date_of(st, "reopen") == (None, None)


def test_unrealized_with_its_own_time_expression_keeps_it(nlp: Any) -> None:
    st = state_for(nlp, "The ministry said the envoys could meet on June 14.")
    assert date_of(st, "meet") == ("2010-06-14", "timex")


# --- "according to a statement on Monday" ----------------------------------------------------------


def timexes(nlp: Any, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in state_for(nlp, text, published).timexes]


def test_weekday_in_an_according_to_phrase_is_the_past_one(nlp: Any) -> None:
    # the quoted present ("carries") would put the day ahead; the statement cited has been made
    text = '"The ferry carries arms to the rebels," according to a statement on Monday by the navy.'
    assert timexes(nlp, text, PUBLISHED) == [("Monday", "2010-06-07")]


def test_weekday_after_according_to_plans_for_stays_ahead(nlp: Any) -> None:
    text = "The ferry will sail again, according to plans for Friday."
    assert timexes(nlp, text, PUBLISHED) == [("Friday", "2010-06-11")]


# --- a month pre-modifying an occurrence already over ----------------------------------------------


def test_month_before_a_past_occurrence_noun_is_not_ahead(nlp: Any) -> None:
    text = "Officials assert that the February assassination of the envoy was an act of terror."
    assert timexes(nlp, text, "2017-11-20") == [("February", "2017-02")]


def test_month_before_a_meeting_noun_keeps_the_nearest_reading(nlp: Any) -> None:
    text = "Officials assert that the February summit in Kastan will be a turning point."
    assert timexes(nlp, text, "2017-11-20") == [("February", "2018-02")]


# --- a year modifying the object, through a conjunction --------------------------------------------


def test_second_of_two_years_modifying_the_object_does_not_date_the_verb(nlp: Any) -> None:
    st = state_for(nlp, "Politically, Ardell supported the 2008 and 2012 presidential campaigns of Marren.")
    assert date_of(st, "supported")[1] != "timex"


# --- hundreds and thousands of years ---------------------------------------------------------------


def test_hundreds_and_thousands_of_years_are_durations() -> None:
    assert [(t.text, t.value) for t in tag_text("The order has ruled for almost a hundred years.", DAY)] == [
        ("almost a hundred years", "P100Y")
    ]
    assert [(t.text, t.value) for t in tag_text("The craft goes back two thousand years.", DAY)] == [
        ("two thousand years", "P2000Y")
    ]


# --- "went on to say" is past, not a plan ----------------------------------------------------------


def test_went_on_to_say_is_a_past_act_not_a_plan(nlp: Any) -> None:
    text = "Yesterday the judge sentenced the couple to life in prison. The judge went on to say they had shown remorse."
    st = state_for(nlp, text, "2010-06-09")
    assert date_of(st, "say") == ("2010-06-08", "inferred")


def test_going_to_say_stays_a_plan(nlp: Any) -> None:
    st = state_for(nlp, "The judge is going to say more about the sentence.", "2010-06-09")
    assert date_of(st, "say") == (None, None)


# --- a second past verb of the same subject ---------------------------------------------------------


def test_second_past_verb_of_one_subject_shares_the_first_ones_day(nlp: Any) -> None:
    text = "The mayor released a statement Monday backing the plan, and also indicated that she would resign."
    st = state_for(nlp, text, "2010-06-09")
    assert date_of(st, "indicated") == ("2010-06-07", "timex")


def test_second_past_verb_does_not_share_a_year(nlp: Any) -> None:
    st = state_for(nlp, "Ardell joined the firm in 2001 and rose to become chief executive.", "2010-06-09")
    assert date_of(st, "rose") == (None, None)
