"""Values read against the time a story tells of, not only the publication date: a weekday in a present
"follows", one hanging off a noun under a modal, one inside a phrase years back, the year of a yearless
day or month told next to a written year, "last <weekday>" for yesterday's weekday, and a bare clock
time in a story of an earlier night.

Every sentence is written for the test; the publication days are chosen so that the expected values
follow from the calendar.
"""

from __future__ import annotations

from typing import Any

from dating_helpers import parsed

from storyline.time import tag_text

SUNDAY = "2021-03-07"  # the last Saturday is 03-06, the next one 03-13
MONDAY = "2021-03-08"  # the Sunday before is 03-07, the one before it 02-28


def values(nlp: Any, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in parsed(nlp, text, published).timexes]


# --- weekdays ------------------------------------------------------------------------------------------


def test_weekday_under_a_present_follows_is_the_past_one(nlp: Any) -> None:
    text = "The minister's warning follows posts Saturday in which Kastan vowed to close the Orvik ports."
    assert values(nlp, text, SUNDAY) == [("Saturday", "2021-03-06")]


def test_weekday_of_a_noun_under_a_modal_is_the_articles_one_friday(nlp: Any) -> None:
    text = (
        "On Friday, police in Port Alder said the gunman had fled north.\n\n"
        "Divers finished searching the harbour for clues that may explain the deadly raid on Friday, "
        "a spokeswoman said."
    )
    got = values(nlp, text, SUNDAY)
    assert got == [("Friday", "2021-03-05"), ("Friday", "2021-03-05")]


def test_weekday_inside_a_phrase_years_back_has_no_day_near_the_dct(nlp: Any) -> None:
    text = (
        '"Three years ago, on Saturday evening, the ferry caught fire and we watched it burn from the quay."'
    )
    got = dict(values(nlp, text, "2021-03-10"))
    assert got["Saturday evening"] is None


def test_last_weekday_naming_yesterdays_weekday_is_eight_days_back() -> None:
    got = tag_text("Critics said Okafor gave the Marren bloc a free hand last Sunday.", MONDAY)
    assert [(t.text, t.value) for t in got] == [("last Sunday", "2021-02-28")]


def test_last_weekday_further_back_is_still_the_one_just_gone() -> None:
    got = tag_text("Okafor signed the order last Friday.", MONDAY)
    assert [(t.text, t.value) for t in got] == [("last Friday", "2021-03-05")]


# --- the year of a yearless day or month ---------------------------------------------------------------


def test_a_later_sentence_stepping_back_lends_no_year(nlp: Any) -> None:
    text = (
        "Delvane came home on a cargo ship on June 2. "
        "He had left Port Alder on a fishing trip on July 1, 2012, and was never heard from."
    )
    got = dict(values(nlp, text, "2016-02-10"))
    assert got["June 2"] == "2015-06-02"


def test_a_year_written_in_the_same_sentence_still_counts(nlp: Any) -> None:
    text = "Delvane, who left Port Alder on July 1, 2012, was seen in Orvik on June 20 by a farmer."
    got = dict(values(nlp, text, "2016-02-10"))
    assert got["June 20"] == "2012-06-20"


def test_a_past_month_goes_on_in_the_year_just_written(nlp: Any) -> None:
    text = (
        "Marren's first order to the Veloria inquiry, in a March 2016 letter, named two suspects. "
        "But in October, Marren widened the inquiry and sent a second letter."
    )
    got = dict(values(nlp, text, "2019-06-12"))
    assert got["October"] == "2016-10"


def test_a_recent_month_keeps_the_dcts_year(nlp: Any) -> None:
    text = (
        "The Veloria inquiry began in a March 2016 letter. "
        "In April, Marren widened the inquiry and sent a second letter."
    )
    got = dict(values(nlp, text, "2019-06-12"))
    assert got["April"] == "2019-04"


# --- clock times -------------------------------------------------------------------------------------


def test_bare_clock_time_in_a_story_of_a_night_weeks_back_takes_no_day(nlp: Any) -> None:
    text = (
        "The raid on the Port Alder depot began late on Sept. 3. "
        "Guards were told to stand by between midnight and 2 a.m. local time, the report found."
    )
    got = dict(values(nlp, text, "2020-11-06"))
    assert got["Sept. 3"] == "2020-09-03"
    assert got["2 a.m."] is None


def test_a_month_after_the_story_moved_on_keeps_the_dcts_reading(nlp: Any) -> None:
    text = (
        "On May 4, 2014, Okafor was made a colonel, and the following year he went to Port Alder. "
        "However, stopped by the harbour police in December for speeding, he was sent home."
    )
    got = dict(values(nlp, text, "2019-06-12"))
    assert got["December"] == "2018-12"


def test_the_same_month_again_is_not_the_written_years(nlp: Any) -> None:
    text = (
        "Delvane left Port Alder on a fishing trip on July 30, 2012. "
        "The coast guard in July opened a new inquiry into the loss of his boat."
    )
    got = dict(values(nlp, text, "2016-02-10"))
    assert got["July"] == "2015-07"
