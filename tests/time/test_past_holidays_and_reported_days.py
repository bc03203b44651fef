"""Judged on as19 (session 18): a holiday a past verb governs is never still ahead; a day that dates only a report does not
become the day of a retold story's clock times; a weekday before "show circuit" names no day."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.time import tag_text


def _values(st: Any) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in st.timexes]


# --- holidays in a past clause -------------------------------------------------------------------------


def test_a_holiday_a_past_verb_governs_is_last_years_even_a_week_ahead(nlp: Any) -> None:
    # the paper is of 20 November 2019; this year's Thanksgiving (28 November) is still ahead
    st = parsed(
        nlp, "The harbour talks between Kastan and Veloria dragged on past Thanksgiving.", "2019-11-20"
    )
    assert _values(st) == [("Thanksgiving", "2018-11-22")]
    assert date_of(st, "dragged") == ("2018-11-22", "timex")
    st = parsed(nlp, "Dockworkers marched through Port Alder on Christmas Eve.", "2019-12-18")
    assert _values(st) == [("Christmas Eve", "2018-12-24")]


def test_a_holiday_a_reported_plan_or_a_hope_names_stays_ahead(nlp: Any) -> None:
    for text in (
        "Okafor said he hoped to be home by Thanksgiving.",
        "Officials said the talks would run past Thanksgiving.",
        "The vote was set for Thanksgiving, Marren said.",
    ):
        assert _values(parsed(nlp, text, "2019-11-20")) == [("Thanksgiving", "2019-11-28")], text


def test_a_holiday_the_day_after_a_page_dated_early_keeps_this_year(nlp: Any) -> None:
    # a page dated the evening before may report the holiday's act in the past
    st = parsed(nlp, "Dockworkers marched through Port Alder on Christmas Day.", "2019-12-24")
    assert _values(st) == [("Christmas Day", "2019-12-25")]


# --- a report's day in a retold story -----------------------------------------------------------------

_FERRY = [
    "The ferry Orvik Star sank off Port Alder on March 3, 2017, with 212 passengers aboard.",
    "Two divers who searched the wreck received medals for bravery, a Kastan television channel reported "
    "Sunday.",
    "The crew had loaded the cars late, and the ramp was not fully closed when the ship sailed.",
    "Water began to enter the car deck at 11:40 p.m., after the ship turned into the wind.",
    "At 1:15 a.m., the ship listed sharply and the lights failed.",
]


def test_a_clock_time_of_a_retold_story_takes_no_day_from_a_reports_weekday(nlp: Any) -> None:
    st = parsed(nlp, "\n\n".join(_FERRY), "2019-05-14")
    assert _values(st) == [
        ("March 3, 2017", "2017-03-03"),
        ("Sunday", "2019-05-12"),
        ("11:40 p.m.", None),
        ("1:15 a.m.", None),
    ]


def test_a_clock_time_after_an_acts_weekday_or_in_the_reports_own_sentence_keeps_that_day(nlp: Any) -> None:
    acted = parsed(nlp, "Gunmen attacked a hotel in Orvik on Sunday.\n\nThe first shots were fired at 9:45 p.m.",
                   "2019-05-14")  # fmt: skip
    assert ("9:45 p.m.", "2019-05-12T21:45") in _values(acted)
    told = parsed(
        nlp, "Police said Sunday that the fire broke out at 2 a.m. in the Orvik depot.", "2019-05-14"
    )
    assert ("2 a.m.", "2019-05-12T02:00") in _values(told)


# --- weekly programmes --------------------------------------------------------------------------------


def test_a_weekday_before_show_circuit_or_show_hosts_names_no_day() -> None:
    assert tag_text("Okafor loathes the Sunday show circuit, aides said.", "2019-05-14") == []
    assert tag_text("The Sunday show hosts pressed Marren on the budget.", "2019-05-14") == []
    got = tag_text("Marren told a Sunday show that the port would reopen.", "2019-05-14")
    assert [(t.text, t.value) for t in got] == [("Sunday", "2019-05-12")]


# --- hours counted back -------------------------------------------------------------------------------


def test_a_day_or_more_of_hours_back_is_that_many_days_before() -> None:
    got = tag_text("Kastan reached the border 48 hours ago.", "2018-03-10")
    assert [(t.text, t.value) for t in got] == [("48 hours ago", "2018-03-08")]
    got = tag_text(
        "Marren spoke on Friday. Her office had praised the plan less than 24 hours earlier.", "2018-03-10"
    )
    assert [(t.text, t.value) for t in got][1] == ("less than 24 hours earlier", "2018-03-08")
    got = tag_text("The army will leave Orvik 48 hours from now.", "2018-03-10")
    assert [(t.text, t.value) for t in got] == [("48 hours from now", "2018-03-12")]


def test_a_clock_time_after_a_reports_day_in_the_news_week_keeps_that_day(nlp: Any) -> None:
    # the day before the report's is of the same week: no retelling, the report's day stands
    text = (
        "The Orvik Star left Port Alder at 11:40 p.m. on Wednesday.\n\n"
        "The ship sent no distress call, the harbour master told reporters Thursday.\n\n"
        "Controllers tried to reach the crew until 2:29 a.m., when the ship vanished from the radar."
    )
    st = parsed(nlp, text, "2019-05-16")
    assert ("2:29 a.m.", "2019-05-16T02:29") in _values(st)


def test_a_holidays_week_begun_in_the_past_is_this_years(nlp: Any) -> None:
    st = parsed(nlp, "Pilgrims filled the Orvik cathedral as Easter week began.", "2019-04-16")
    assert _values(st) == [("Easter week", "2019-W16")]
