"""TimeML extent and value conventions of ``tag_text`` (sentences written for the test)."""

from __future__ import annotations

import pytest

from storyline.time import tag_text
from storyline.time.vocab import HOLIDAYS, MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS

FRIDAY = "2001-11-23"


def tagged(text: str, dct: str | None = FRIDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


def test_vocab_loads_package_data() -> None:
    assert MONTHS["sept"] == 9 and WEEKDAYS["sunday"] == 6
    assert NUMBER_WORDS["a couple of"] == 2
    assert UNITS["hour"] == ("H", True, "hour")
    assert HOLIDAYS["christmas"] == (12, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The riots began in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        (
            "Prices peaked in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "1994-WI")],
        ),
        ("January nineteen ninety-seven was cold.", [("January nineteen ninety-seven", "1997-01")]),
        ("The system must work by the year two thousand.", [("the year two thousand", "2000")]),
        ("Some two thousand people marched.", []),
        ("Nineteen ninety-six delegates voted.", []),
    ],
)
def test_tagger_reads_years_said_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


def test_tagger_gives_weekday_part_of_day_a_time_value() -> None:
    assert tagged("A guard was shot Thursday evening.") == [("Thursday evening", "2001-11-22TEV")]
    assert tag_text("A guard was shot Thursday evening.", FRIDAY)[0].type == "TIME"


def test_tagger_leaves_possessive_marker_out_of_extent() -> None:
    assert tagged("Thursday's vote was close.") == [("Thursday", "2001-11-22")]
    assert tagged("He praised today's decision.") == [("today", "2001-11-23")]


def test_tagger_skips_ages() -> None:
    assert tagged("Mr. Smith, 52 years old, will retire.") == []
    assert tagged("The war lasted 52 years.") == [("52 years", "P52Y")]


def test_tagger_keeps_article_of_counted_duration() -> None:
    assert tagged("Net rose in the nine months ended Sept. 30.")[0] == ("the nine months", "P9M")


def test_tagger_quarter_extent_drops_possessive_and_noun_determiner() -> None:
    assert ("fourth quarter", "2001-Q4") in tagged(
        "The firm expects a loss for its fourth quarter, it said.", "2001-11-02"
    )
    assert ("third-quarter", "2001-Q3") in tagged("The third-quarter results were weak.", "2001-11-02")
    assert ("the third quarter", "2001-Q3") in tagged("Profit fell in the third quarter.", "2001-11-02")


def test_tagger_reads_year_ago_adjective_against_reported_quarter() -> None:
    got = tagged(
        "Profit rose in the third quarter, compared with year-earlier profit of $3 million.", "2001-11-02"
    )
    assert got == [("the third quarter", "2001-Q3"), ("year-earlier", "2000-Q3")]


def test_tagger_joins_clock_time_and_following_date() -> None:
    assert tagged("The offer expires at 5 p.m. EST Nov. 9.", "2001-11-02") == [
        ("5 p.m. EST Nov. 9", "2001-11-09T17:00")
    ]


def test_tagger_splits_date_range_joined_by_word() -> None:
    got = tagged("It bought shares from Aug. 26 to Oct. 20 for $23 each.", "2001-11-02")
    assert got == [("Aug. 26", "2001-08-26"), ("Oct. 20", "2001-10-20")]
    rng = tag_text("The summit runs January 31-February 2.", "2001-11-02")
    assert len(rng) == 1 and rng[0].end_value is not None


def test_tagger_previous_weekday_is_relative_to_story_day() -> None:
    got = tagged("Stocks fell Friday. The index was down 4% from the previous Friday.", "2001-11-26")
    assert got == [("Friday", "2001-11-23"), ("the previous Friday", "2001-11-16")]


def test_tagger_bare_part_of_day_follows_story_day() -> None:
    got = tagged("Hopes were dashed Friday. Dealers bought heavily in the morning.", "2001-11-26")
    assert got == [("Friday", "2001-11-23"), ("the morning", "2001-11-23TMO")]


def test_tagger_ahead_of_points_forward() -> None:
    assert tagged("Traders sold ahead of the weekend.", "2001-11-21") == [("the weekend", "2001-W47-WE")]


def test_tagger_reads_the_year_of_results_reports() -> None:
    got = tag_text("Sales for the full year rose. Net for the year ended Sept. 30 fell.", "2001-11-02")
    assert [(t.text, t.type, t.value) for t in got] == [
        ("the full year", "DATE", "2001"),
        ("the year", "DURATION", "P1Y"),
        ("Sept. 30", "DATE", "2001-09-30"),
    ]
    assert tagged("It was the year before the war.", "2001-11-02") == []


def test_tagger_reads_year_end() -> None:
    got = tag_text("The deal should close by year-end.", "2001-11-02")
    assert [(t.text, t.value, t.mod) for t in got] == [("year-end", "2001", "END")]


def test_tagger_rate_is_not_a_duration() -> None:
    assert [t.type for t in tag_text("The route gets four flights a week.", "2001-11-02")] == []
    assert tagged("The repairs took a week.", "2001-11-02") == [("a week", "P1W")]


def test_tagger_keeps_edge_word_of_weekday() -> None:
    got = tag_text("The blast came early Tuesday.", "2001-11-23")
    assert [(t.text, t.value, t.mod) for t in got] == [("early Tuesday", "2001-11-20", "START")]


def test_tagger_reads_each_month_as_set() -> None:
    assert [(t.text, t.type, t.value) for t in tag_text("They march each July.", "2001-11-23")] == [
        ("each July", "SET", "XXXX-07")
    ]
    assert tag_text("Each may have one.", "2001-11-23") == []


def test_tagger_later_is_a_duration_with_its_signal_left_out() -> None:
    got = tag_text("The talks failed. Three days later, fighting resumed.", "2001-11-23")
    assert [(t.text, t.type, t.value) for t in got] == [("Three days", "DURATION", "P3D")]


def test_tagger_month_after_deadline_preposition_points_forward() -> None:
    got = tag_text(
        "The sale, which had been expected, is part of a plan to repay the loan by February.", "2001-10-30"
    )
    assert [(t.text, t.value) for t in got] == [("February", "2002-02")]
    got = tag_text("The loan was repaid by February.", "2001-10-30")
    assert [(t.text, t.value) for t in got] == [("February", "2001-02")]


def test_tagger_reads_same_period_a_year_before() -> None:
    got = tagged("Sales rose 43% in February compared to the same period last year.", "2010-03-03")
    assert got == [("February", "2010-02"), ("the same period last year", "2009-02")]
    got = tagged("Net fell in the third quarter from the corresponding period last year.", "2010-11-03")
    assert got == [("the third quarter", "2010-Q3"), ("the corresponding period last year", "2009-Q3")]


def test_tagger_reads_the_past_unit_as_the_stretch_up_to_the_dct() -> None:
    # TimeBank annotates "over the past year" as last year's date; on news that is wrong for most of the
    # year ("in the past year", written in August, is the last twelve months), so it is read as what
    # "the past three years" is read as: a duration ending at the DCT (session 12, 3 of 200 judged)
    assert tagged("Hate groups grew over the past year.", "1998-03-03") == [("the past year", "P1Y")]
    assert tagged("It was his third leave in the past decade.", "2011-01-17") == [("the past decade", "P10Y")]
    assert tagged("Hate groups grew over the past three years.", "1998-03-03") == [
        ("the past three years", "P3Y")
    ]


def test_tagger_writes_half_units_in_the_next_smaller_unit() -> None:
    assert tagged("It took a minute and a half.") == [("a minute and a half", "PT1M30S")]
    assert tagged("The strike lasted two and a half years.") == [("two and a half years", "P2Y6M")]
