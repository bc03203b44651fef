"""Errors of our own found judging the AQUAINT part of TBAQ (session 20): a same-day anaphor after the story
went back to an earlier month, and "the years that followed" as a vague length of time."""

from __future__ import annotations

import pytest

from storyline.records import TimeExpr
from storyline.time import tag_text

SATURDAY = "2021-03-13"


def _value(found: list[TimeExpr], text: str) -> str | None:
    return next(t.value for t in found if t.text == text)


def test_same_day_after_an_earlier_month_is_an_unknown_day_of_that_month() -> None:
    text = (
        "The Kastan ferry line halted its boats on Thursday night. Storms had hit its ships, the worst "
        "last November when a tanker sank off Port Alder. Insurers dropped the line that same day."
    )
    found = tag_text(text, SATURDAY)
    assert _value(found, "Thursday night") == "2021-03-11TNI"
    assert _value(found, "that same day") == "2020-11-XX"


@pytest.mark.parametrize(
    "text",
    [
        # the month is the day's own: the day named stays the story's day
        "The Veloria council met on March 3. Later in March the mayor spoke. That same day, crowds gathered.",
        # a month still to come named after the day is a plan, not where the story went
        "On Tuesday, Kastan said the vote would be held in June. Protests began the same day.",
    ],
)
def test_same_day_keeps_the_day_named_unless_the_story_went_back_a_month(text: str) -> None:
    found = tag_text(text, SATURDAY)
    same = next(t for t in found if t.text.lower().endswith("same day"))
    assert same.value is not None and not same.value.endswith("-XX")


def test_next_day_after_an_earlier_month_still_counts_from_the_day_named() -> None:
    # "the next day" has no month rule: only a same-day anaphor points at the occasion just named
    text = "Delvane shares slid on Thursday. The merger was agreed in October. The next day, traders sold."
    assert _value(tag_text(text, SATURDAY), "The next day") == "2021-03-12"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("In the years that followed, the Okafor rebels held the hills.", "the years", "PXY"),
        ("In the months which followed the vote, the Kastan party split.", "the months", "PXM"),
        ("The weeks that follow will test the new cabinet.", "The weeks", "PXW"),
    ],
)
def test_the_units_that_followed_is_a_vague_duration(text: str, expr: str, value: str) -> None:
    found = tag_text(text, SATURDAY)
    assert [(t.text, t.type, t.value) for t in found] == [(expr, "DURATION", value)]


def test_the_years_of_a_relative_clause_without_follow_stay_untagged() -> None:
    assert tag_text("Marren counted the years that she lost in Veloria.", SATURDAY) == []


def test_an_unknown_day_of_a_month_keys_and_reads_as_that_month() -> None:
    from storyline.story.dates import date_key
    from storyline.web.when import when

    assert date_key("2020-11-XX") == "2020-11"
    assert date_key("2020-11-XXTNI") == "2020-11"
    assert date_key("2020-13-XX") is None
    assert when("2020-11-XX") == "2020-11, day unknown"
    assert when("2020-11-XXTNI") == "2020-11, day unknown (night)"
