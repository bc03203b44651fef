"""Expressions the tagger used to miss: a month before a noun, a season after "into", "the weeks ahead".

Every sentence is written for the test.
"""

from __future__ import annotations

from storyline.time import tag_text


def tagged(text: str, dct: str = "2003-10-15") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


def test_extents_month_before_a_noun_dates_it() -> None:
    assert tagged("The firm is bound by a June agreement with its lenders.") == [("June", "DATE", "2003-06")]
    assert tagged("The March accession will bring in new members.") == [("March", "DATE", "2004-03")]


def test_extents_month_as_a_name_stays_untagged() -> None:
    assert tagged("She gave money to the March of Dimes.") == []


def test_extents_season_after_into() -> None:
    assert tagged("Shortages lasted well into the winter of 2002.") == [
        ("the winter of 2002", "DATE", "2002-WI")
    ]
    assert tagged("Demand stayed strong into the summer.") == [("the summer", "DATE", "2003-SU")]


def test_extents_the_weeks_ahead_is_a_vague_duration() -> None:
    assert tagged("Prices may fall further in the weeks ahead.") == [("the weeks ahead", "DURATION", "PXW")]
