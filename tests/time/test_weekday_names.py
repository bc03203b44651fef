"""Weekday words that are no day of their own: newspaper titles, and "following" used as a preposition."""

from __future__ import annotations

import pytest

from storyline.time import tag_text

SUNDAY = "2011-11-06"  # a Sunday
TUESDAY = "2011-11-08"


@pytest.mark.parametrize(
    "text",
    [
        "He told Britain's Sunday Times newspaper that he would fight.",
        "He told the British Sunday Telegraph in an interview.",
        "The Sunday Mirror printed the letter.",
    ],
)
def test_weekday_in_a_newspaper_title_is_no_date(text: str) -> None:
    assert [t.text for t in tag_text(text, TUESDAY) if t.type == "DATE"] == []


def test_weekday_before_an_ordinary_word_is_still_a_date() -> None:
    found = tag_text("The army shelled the town on Sunday morning and again on Sunday.", TUESDAY)
    assert [t.value for t in found] == ["2011-11-06TMO", "2011-11-06"]


@pytest.mark.parametrize("dct", [SUNDAY, TUESDAY])
def test_following_before_a_weekday_possessive_is_the_preposition(dct: str) -> None:
    # "Following Sunday's killings" is after the killings of that Sunday, not the Sunday a week on
    found = tag_text("Following Sunday's killings, the League called an emergency meeting.", dct)
    assert [(t.text, t.value) for t in found] == [("Sunday", SUNDAY)]


def test_the_following_weekday_still_looks_a_week_ahead() -> None:
    found = tag_text("The following Sunday, the League met again.", SUNDAY)
    assert [t.value for t in found] == ["2011-11-13"]
