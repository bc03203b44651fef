"""Session-18 time fixes, on invented text: a clock time written with a full date takes that date's year
and sets the story's day; a present "be" that names who will do a coming act leaves a weekday to that act;
a month after a plan for an act ("the terms for the exit in March") lies ahead; a year that names a body
("the 1922 Committee") is no year; a past condition that did not hold and its outcome take no date; an
act noun an ongoing act works on without carrying it out takes no publication day.

Every sentence is written for the test; the people, places and papers are invented.
"""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.time import tag_text


def _values(st: Any) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in st.timexes]


# --- a clock time with a written date and year ---------------------------------------------------


def test_a_clock_time_on_a_day_written_with_its_year_takes_that_year() -> None:
    found = tag_text("At 9:12 a.m. on June 3, 2009, a tanker struck the Port Alder pier.", "2014-06-03")
    assert [(t.text, t.value) for t in found] == [("9:12 a.m. on June 3, 2009", "2009-06-03T09:12")]


def test_a_later_clock_time_of_that_retold_day_is_not_the_publication_day() -> None:
    text = (
        "At 9:12 a.m. on June 3, 2009, a tanker struck the Port Alder pier. By 11:40 a.m., the pier had sunk."
    )
    values = [t.value for t in tag_text(text, "2014-06-03")]
    assert values[0] == "2009-06-03T09:12"
    assert values[1] is None or values[1].startswith("2009-06-03")


# --- who will act, on a weekday ------------------------------------------------------------------


def test_a_weekday_on_a_present_be_naming_coming_speakers_is_ahead(nlp: Any) -> None:
    text = "The Kastan ministers who will be speaking at the summit are Okafor and Marren, on Thursday."
    st = parsed(nlp, text, "2014-05-20")  # a Tuesday
    assert _values(st) == [("Thursday", "2014-05-22")]


def test_a_weekday_on_a_present_be_with_no_coming_act_stays_past(nlp: Any) -> None:
    text = "The Kastan ministers who spoke at the summit are Okafor and Marren, on Thursday."
    st = parsed(nlp, text, "2014-05-20")
    assert _values(st) == [("Thursday", "2014-05-15")]


# --- the month of an act a plan is drawn up for ----------------------------------------------------


def test_a_month_of_an_act_a_plan_sets_terms_for_lies_ahead(nlp: Any) -> None:
    text = "After a draft pact last week fixed the terms for Veloria's exit in March, Okafor met Marren."
    st = parsed(nlp, text, "2018-11-23")
    assert ("March", "2019-03") in _values(st)


def test_a_month_of_an_act_told_as_done_stays_past(nlp: Any) -> None:
    st = parsed(nlp, "Veloria's exit in March stunned Okafor.", "2018-11-23")
    assert _values(st) == [("March", "2018-03")]


# --- a body named after a year -------------------------------------------------------------------


def test_a_year_that_names_a_body_is_no_year() -> None:
    found = tag_text("Marren wrote to the 1922 Committee of the Veloria party on Tuesday.", "2014-11-20")
    assert [t.text for t in found] == ["Tuesday"]


def test_a_year_before_an_event_whose_name_goes_on_is_a_year() -> None:
    found = tag_text("Orvik hosted the 2012 Club Harbour Cup.", "2014-11-20")
    assert [(t.text, t.value) for t in found] == [("2012", "2012")]


# --- a past that did not happen ------------------------------------------------------------------


def test_a_past_condition_that_did_not_hold_takes_no_date(nlp: Any) -> None:
    st = parsed(
        nlp, "If the strike had dragged on past Thanksgiving, the port would have closed.", "2014-11-20"
    )
    assert date_of(st, "dragged") == (None, None)
    assert date_of(st, "closed") == (None, None)


def test_an_inverted_past_condition_takes_no_date(nlp: Any) -> None:
    st = parsed(nlp, "Had the envoy arrived on Monday, the talks would have gone ahead.", "2014-11-20")
    assert date_of(st, "arrived") == (None, None)


def test_a_real_past_act_keeps_its_day(nlp: Any) -> None:
    st = parsed(nlp, "The envoy arrived on Monday, and the talks went ahead.", "2014-11-20")
    assert date_of(st, "arrived") == ("2014-11-17", "timex")


# --- what an ongoing act works on -----------------------------------------------------------------


def test_what_an_ongoing_review_works_on_takes_no_publication_day(nlp: Any) -> None:
    text = "The Orvik broadcaster is now reviewing its cooperation and exchanges with the harbour league."
    st = parsed(nlp, text, "2019-10-08")
    assert date_of(st, "reviewing") == ("2019-10-08", "dct")
    assert date_of(st, "cooperation") == (None, None)
    assert date_of(st, "exchanges") == (None, None)


def test_protests_being_organized_take_no_publication_day(nlp: Any) -> None:
    st = parsed(nlp, "Students in Port Alder are organizing protests against the tax.", "2019-10-08")
    assert date_of(st, "protests") == (None, None)


def test_talks_an_ongoing_act_carries_out_keep_the_publication_day(nlp: Any) -> None:
    st = parsed(nlp, "The Veloria army is holding talks with the rebels.", "2019-10-08")
    assert date_of(st, "talks") == ("2019-10-08", "dct")


def test_the_same_day_in_a_present_clause_is_not_a_retold_day() -> None:
    text = (
        "The ferry sank at 9:12 a.m. on June 3, 2009. "
        "Word of the new inquiry comes the same day the Orvik council meets."
    )
    values = {t.text: t.value for t in tag_text(text, "2014-06-03")}
    assert values["the same day"] is None


def test_the_same_day_in_a_past_retelling_is_the_retold_day() -> None:
    text = "The ferry sank at 9:12 a.m. on June 3, 2009. Divers reached it the same day."
    values = {t.text: t.value for t in tag_text(text, "2014-06-03")}
    assert values["the same day"] == "2009-06-03"


def test_attacks_an_ongoing_act_steps_up_keep_the_publication_day(nlp: Any) -> None:
    st = parsed(nlp, "Veloria rebels are stepping up raids on the Orvik garrison.", "2019-10-08")
    assert date_of(st, "raids") == ("2019-10-08", "dct")
