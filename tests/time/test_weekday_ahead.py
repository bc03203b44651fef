"""Untensed weekdays a day after the DCT."""

from __future__ import annotations

import pytest

from storyline.time import tag_text

THURSDAY = "2012-02-23"


@pytest.mark.parametrize(
    "text",
    [
        "Friday's conference in Tunis is the first meeting of the group.",
        "(1:05 a.m. Friday in Libya) Rebels hold the port.",
    ],
)
def test_untensed_weekday_the_day_after_the_dct_is_tomorrow(text: str) -> None:
    found = [t for t in tag_text(text, THURSDAY) if t.value and t.value.startswith("2012")]
    assert found and all(t.value.startswith("2012-02-24") for t in found)


def test_a_past_verb_still_takes_the_weekday_six_days_back() -> None:
    assert [t.value for t in tag_text("Protesters gathered in the square on Friday.", THURSDAY)] == [
        "2012-02-17"
    ]
