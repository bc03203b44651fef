"""Dates on the pages: TIMEX3 values in words, the stored value kept for machines."""

from __future__ import annotations

import pytest

from storyline.web.when import when


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2031-05-04", "2031-05-04"),
        ("2031-05", "2031-05"),
        ("2031", "2031"),
        ("199", "1990s"),
        ("20", "2000s"),
        ("2031-W02", "week of 2031-01-06"),
        ("2031-W02-WE", "weekend of 2031-01-11"),
        ("2031-SU", "summer 2031"),
        ("2031-Q3", "Q3 2031"),
        ("2031-H1", "first half of 2031"),
        ("2031-05-04TEV", "2031-05-04 evening"),
        ("2031-05-04T09:30", "2031-05-04 09:30"),
        ("2031-05-04T09:30:00-05:00", "2031-05-04 09:30 -05:00"),
        ("XXXX-09-11", "11 September (year unknown)"),
        ("XXXX-02", "February (year unknown)"),
        (None, ""),
    ],
)
def test_values_read_as_words(value: str | None, shown: str) -> None:
    assert when(value) == shown


@pytest.mark.parametrize("value", ["2031-W60", "XXXX-14-01", "PRESENT_REF", "not a date"])
def test_values_it_does_not_know_are_shown_as_they_are(value: str) -> None:
    assert when(value) == value
