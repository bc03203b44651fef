"""Expression shapes and false-date cases of ``tag_text`` on sentences written for the test."""

from __future__ import annotations

import pytest

from storyline.records import TimeExpr
from storyline.time import tag_text

FRIDAY = "2001-11-23T01:27+00:00"  # a Friday


def one(text: str, dct: str | None = FRIDAY, needle: str | None = None) -> TimeExpr:
    found = tag_text(text, dct)
    if needle is not None:
        found = [t for t in found if needle in t.text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister resigned yesterday.", "2001-11-22"),
        ("The talks end today.", "2001-11-23"),
        ("The summit opens tomorrow.", "2001-11-24"),
        ("The ministers met on Thursday in Oslo.", "2001-11-22"),
        ("The ministers will meet on Thursday in Oslo.", "2001-11-29"),
        ("The ministers met on Friday.", "2001-11-23"),
        ("Prices rose last year.", "2000"),
        ("The army went to war last March.", "2001-03"),
        ("The vote was held in March.", "2001-03"),
        ("The report is due next week.", "2001-W48"),
        ("The plan was put forward at the weekend.", "2001-W46-WE"),
        ("The battle ended 60 years ago.", "1941"),
        ("He arrived earlier this month.", "2001-11"),
        ("Profits fell in the third quarter.", "2001-Q3"),
        ("The company will report its first quarter results in April.", "2002-Q1"),
        ("Sales rose in fiscal 1999.", "1999"),
        ("The fighting resumed last summer.", "2001-SU"),
        ("The economy boomed in the 1990s.", "199"),
        ("Cities grew in the 19th century.", "18"),
        ("The treaty was signed on 16 February 2000.", "2000-02-16"),
        ("The treaty was signed on Feb. 16, 2000.", "2000-02-16"),
        ("The treaty was signed in February 2000.", "2000-02"),
        ("The treaty was signed on 2000-02-16.", "2000-02-16"),
        ("He left last Monday.", "2001-11-19"),
        ("Shares were suspended at 3 p.m. yesterday.", "2001-11-22T15:00"),
        ("The agreement came into force on Christmas Day 1999.", "1999-12-25"),
        # tokenised corpora put a space before the comma (Penn Treebank style)
        ("He has ruled since September 1 , 1969 .", "1969-09-01"),
        ("The video was posted on Monday , March 7 , 2011 .", "2011-03-07"),
        ("The treaty was signed on 16 February , 2000 .", "2000-02-16"),
        ("The treaty was signed in February , 2000 .", "2000-02"),
    ],
)
def test_tagger_normalizes_expression_shapes(text: str, value: str) -> None:
    assert one(text, needle=None if "quarter" not in text else "quarter").value == value


def test_tagger_day_range_in_one_month() -> None:
    t = one("Leaders gather at the April 3-4 summit.", "2009-03-05")
    assert (t.text, t.value, t.end_value) == ("April 3-4", "2009-04-03", "2009-04-04")


def test_tagger_day_range_across_months() -> None:
    t = one("Her January 31-February 2 visit to Paris went well.", "2000-02-16")
    assert (t.value, t.end_value) == ("2000-01-31", "2000-02-02")


def test_tagger_year_range() -> None:
    t = one("The siege lasted from 1942-1943 in the city.", None)
    assert (t.text, t.value, t.end_value, t.anchor) == ("1942-1943", "1942", "1943", "absolute")


def test_tagger_underspecified_and_reference_values() -> None:
    assert one("Tension grew in recent weeks.").value == "PXW"
    assert one("We are now ready.").value == "PRESENT_REF"
    assert one("The plan is currently under study.").value == "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("The talks lasted three years.", "DURATION", "P3Y"),
        ("He waited for 24 hours.", "DURATION", "PT24H"),
        ("A five-year plan was approved.", "DURATION", "P5Y"),
        ("The board meets every week.", "SET", "P1W"),
        ("The index is published monthly.", "SET", "P1M"),
    ],
)
def test_tagger_durations_and_sets(text: str, type_: str, value: str) -> None:
    t = one(text)
    assert (t.type, t.value) == (type_, value)


def test_tagger_relative_values_are_none_without_dct() -> None:
    found = tag_text("The minister resigned yesterday after talks on Thursday, last March.", None)
    assert [t.text for t in found] == ["yesterday", "Thursday", "last March"]
    assert all(t.value is None and t.anchor == "dct" for t in found)


def test_tagger_yearless_day_is_underspecified_without_dct() -> None:
    assert one("The envoy arrived on February 1.", None).value == "XXXX-02-01"


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "March on, the crowd shouted.",
        "Protesters may march through the capital.",
        "Theresa May said the deal was good.",
        "The deal cost $27 million.",
        "The case was brought under Section 1983 of the code.",
        "More than 2000 people attended.",
        "The home side won 21-17 in the final.",
        "The score was 3-2 after extra time.",
    ],
)
def test_tagger_no_false_dates(text: str) -> None:
    assert [t for t in tag_text(text, FRIDAY) if t.type == "DATE"] == []


def test_tagger_time_of_day_alone_is_not_a_date() -> None:
    found = tag_text("The polls closed at 21:30 GMT.", FRIDAY)
    assert [t.type for t in found] == ["TIME"]


def test_tagger_offsets_index_the_text() -> None:
    text = "Talks began on Tuesday and ended yesterday."
    for t in tag_text(text, FRIDAY):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "((((" * 500, "“" * 100 + "May", "é" * 10000])
def test_tagger_survives_garbage(text: str) -> None:
    assert isinstance(tag_text(text, FRIDAY), list)


def test_tagger_quarter_ended_takes_the_quarter_of_its_end_date() -> None:
    t = one("Sales rose in the quarter ended Sept. 29, the company said.", "1989-10-26", needle="quarter")
    assert t.value == "1989-Q3"


def test_tagger_year_ago_in_a_quarterly_report_is_that_quarter_a_year_before() -> None:
    found = tag_text("Profit rose in the third quarter from $5 million a year earlier.", "1989-10-26")
    assert [t.value for t in found] == ["1989-Q3", "1988-Q3"]
