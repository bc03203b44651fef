"""Session-2 conventions of ``tag_text``: reporting quarters, fractions, titles, parts of day, look-back words.

Every sentence is written for the test; DCTs are chosen so that the expected values follow from the calendar.
"""

from __future__ import annotations

import pytest

from storyline.time import tag_text

THURSDAY = "1989-10-26"  # in the fourth calendar quarter; the third is the last one reported on


def tagged(text: str, dct: str | None = THURSDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


def test_rules_absolute_forecast_quarter_is_not_the_reported_one() -> None:
    text = (
        "Net rose in the third quarter. Weakness should last through the third quarter of 1990. "
        "In the year-ago period, the company lost money."
    )
    got = dict(tagged(text))
    assert got["the third quarter of 1990"] == "1990-Q3"
    assert got["the year-ago period"] == "1988-Q3"  # a year before the reported quarter, not the forecast one


def test_rules_absolute_quarter_a_year_ago_is_one_expression() -> None:
    got = tagged("Net rose in the third quarter. For the quarter a year ago, it lost money.")
    assert ("the quarter a year ago", "1988-Q3") in got


def test_rules_absolute_this_and_that_quarter_refer_to_the_reported_quarter() -> None:
    got = tagged("Sales fell in the second quarter. That quarter was weak. This quarter, costs rose.")
    assert ("That quarter", "1989-Q2") in got
    assert ("This quarter", "1989-Q2") in got


def test_rules_absolute_two_quarters_of_a_year_are_a_half() -> None:
    got = tagged("Demand will stay weak through at least the first two quarters of 1990.")
    assert got == [("at least the first two quarters of 1990", "1990-H1")]
    assert tagged("Sales grew in the last two quarters of next year.") == [
        ("the last two quarters of next year", "1990-H2")
    ]


def test_rules_absolute_week_of_a_day_is_that_calendar_week() -> None:
    assert tagged("A hearing is set for the week of March 6.", "2000-02-24") == [
        ("the week of March 6", "2000-W10")
    ]


def test_rules_quantities_three_quarters_of_something_is_a_share() -> None:
    assert tagged("The country imports about three-quarters of its food.") == []
    assert tagged("Profit grew for three quarters in a row.") == [("three quarters", "P3Q")]


@pytest.mark.parametrize(
    "text",
    [
        'Baker, speaking on ABC\'s "This Week," said the talks would go on.',
        "He said on CBS's ''60 Minutes'' that he would stay.",
        "They compared him to the sheriff in the film High Noon and left.",
        "For the people of the region, high noon comes soon enough.",
    ],
)
def test_tagger_programme_titles_and_idioms_are_not_times(text: str) -> None:
    assert all(v is None or "W" not in v and "T12" not in v and "PT" not in v for _, v in tagged(text))
    assert not any(t in ("This Week", "60 Minutes", "Noon", "noon") for t, _ in tagged(text))


def test_tagger_title_cased_headline_keeps_its_dates() -> None:
    assert tagged("Talks To Resume Next Week In Geneva") == [("Next Week", "1989-W44")]


def test_rules_relative_mid_part_of_day() -> None:
    got = tag_text("In London at mid-afternoon yesterday, shares rose.", "1989-11-02")
    assert [(t.text, t.value, t.mod) for t in got] == [("mid-afternoon yesterday", "1989-11-01TAF", "MID")]


def test_rules_quantities_one_day_after_a_modal_is_the_future() -> None:
    assert tagged("The movement will one day be the largest in the country.") == [("one day", "FUTURE_REF")]
    assert tagged("The repair took one day.") == [("one day", "P1D")]


def test_rules_quantities_or_so_ago_is_a_date() -> None:
    assert tagged("Then, a week or so ago, the general chose a date.", "1991-02-25") == [
        ("a week or so ago", "1991-W08")
    ]


def test_tense_since_looks_back_and_effective_looks_ahead() -> None:
    # with no other cue a bare month-day after the DCT would be read as the coming one
    assert tagged("Police have searched for him since the Oct. 30 shooting.", "1999-05-06") == [
        ("Oct. 30", "1998-10-30")
    ]
    assert tagged("He created a new office, effective Feb. 1.") == [("Feb. 1", "1990-02-01")]


def test_rules_absolute_since_year_end_is_the_last_year_end() -> None:
    got = tag_text("The change is measured since year-end.", THURSDAY)
    assert [(t.text, t.value, t.mod) for t in got] == [("year-end", "1988", "END")]
    got = tag_text("The deal should close by year-end.", THURSDAY)
    assert [(t.text, t.value, t.mod) for t in got] == [("year-end", "1989", "END")]


def test_rules_relative_now_that_is_the_present() -> None:
    assert tagged("Exports have stopped now that the blockade is in force.") == [("now", "PRESENT_REF")]


def test_rules_relative_counted_past_periods_are_not_the_past_at_large() -> None:
    assert ("the past", "PAST_REF") not in tagged("Marches have caused violence for the past three summers.")


def test_rules_absolute_quarter_ended_follows_a_named_fiscal_quarter() -> None:
    text = "Sun reported results for the fiscal first quarter. Sales for the quarter ended Sept. 29 rose."
    got = tagged(text)
    assert ("the fiscal first quarter", "1989-Q1") in got
    assert ("the quarter", "1989-Q1") in got  # the fiscal quarter just named, not calendar Q3
    assert ("the quarter", "1989-Q3") in tagged("Sales for the quarter ended Sept. 29 rose.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")],
        ),
        ("The shop opens Friday evenings.", [("Friday evenings", "XXXX-WXX-5TEV")]),
        ("They met Monday and Tuesday.", [("Monday", "1989-10-23"), ("Tuesday", "1989-10-24")]),
    ],
)
def test_rules_relative_plural_weekdays_recur(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


def test_rules_absolute_nearby_holiday_ignores_the_tense_of_another_verb() -> None:
    assert tagged("Protesters prayed as Easter week began.", "2000-04-17") == [("Easter week", "2000-W16")]
    assert tagged("He came home for Christmas.", "2000-06-20") == [("Christmas", "1999-12-25")]


def test_rules_quantities_rate_adverb_after_an_amount_is_not_a_set() -> None:
    assert tagged("Profit should rise 8.5% annually.") == []
    assert tagged("The payments total C$17.9 million annually.") == []
    assert tagged("The rallies are held daily.") == [("daily", "P1D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is VOA Today.", []),
        ("He reads USA Today on the train.", []),
        ("MOSCOW (AP) -- Today the talks ended.", [("Today", "1989-10-26")]),
        ("They pledged a “basic relationship.” Yesterday’s talks ended.", [("Yesterday", "1989-10-25")]),
        ("``Today, I'm here to tell you,'' he said.", [("Today", "1989-10-26")]),
    ],
)
def test_rules_relative_capitalized_today_is_a_title_only_inside_prose(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert tagged(text) == expected


def test_rules_relative_of_tomorrow_is_the_future_at_large() -> None:
    assert tagged("He chose the people of tomorrow.") == [("tomorrow", "FUTURE_REF")]
    assert tagged("By the end of today, he will go.") == [("today", "1989-10-26")]


def test_rules_absolute_quarter_to_quarter_is_not_a_quarter() -> None:
    assert tagged("The quarter-to-quarter comparison improved.") == []


def test_rules_relative_clock_with_a_following_date() -> None:
    got = tagged("At a press conference at 16:15 UTC, June 1st, he spoke.", "2009-06-04")
    assert got == [("16:15 UTC, June 1st", "2009-06-01T16:15Z")]


def test_rules_absolute_earlier_quarter_in_passing_keeps_the_reported_one() -> None:
    text = (
        "Profit rose in the third quarter, after a flat second quarter. Results for that quarter were weak. "
        "In the year-earlier period, profit was lower."
    )
    got = tagged(text)
    assert ("that quarter", "1989-Q2") in got  # the quarter just named
    assert ("the year-earlier period", "1988-Q3") in got  # a year before the quarter reported on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit on April 24 and 25 was held.", [("April 24", "1999-04-24"), ("25", "1999-04-25")]),
        ("The April 3-4 summit was held.", [("April 3-4", "1999-04-03")]),
        # "rose" right before the day holds it in the past: the March before the February publication day
        ("Shares rose on March 3 and 4 percent later.", [("March 3", "1998-03-03")]),
    ],
)
def test_rules_absolute_days_joined_by_a_word_are_two_dates(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert tagged(text, "1999-02-10") == expected


def test_rules_quantities_unit_long_adjectives_are_durations() -> None:
    got = [
        (t.text, t.type, t.value) for t in tag_text("A day-long strike ended a decades-long feud.", THURSDAY)
    ]
    assert got == [("A day-long", "DURATION", "P1D"), ("decades-long", "DURATION", "PXY")]


def test_rules_absolute_pre_and_post_year() -> None:
    got = tag_text("Exiles left post-1959 Cuba; pre-1990 rules applied.", THURSDAY)
    assert [(t.text, t.value, t.mod) for t in got] == [
        ("post-1959", "1959", "AFTER"),
        ("pre-1990", "1990", "BEFORE"),
    ]


def test_rules_absolute_election_day_is_computed() -> None:
    # session 20: the US date only in a story that names the US
    assert tagged("It is a theme of the U.S. campaign until Election Day.", "1998-10-26") == [
        ("Election Day", "1998-11-03")
    ]
    assert tagged("Americans voted on Election Day.", "2000-12-01") == [("Election Day", "2000-11-07")]
