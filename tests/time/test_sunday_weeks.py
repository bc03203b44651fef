"""A Sunday paper's "last week" is the week it closes, its "this week" the one it opens."""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import parsed

from storyline.time import tag_text

SUNDAY = "2019-02-24"  # ISO week 2019-W08 runs from Monday 18 to this Sunday
TUESDAY = "2019-02-19"


def _values(text: str, dct: str) -> list[str | None]:
    return [t.value for t in tag_text(text, dct)]


def test_last_week_on_a_sunday_is_the_week_just_ending() -> None:
    assert _values("The envoy said last week that talks would go on.", SUNDAY) == ["2019-W08"]
    assert _values("The envoys arrived in the capital late last week.", SUNDAY) == ["2019-W08"]


def test_this_week_ahead_on_a_sunday_is_the_coming_week() -> None:
    assert _values("The minister will travel to the capital this week.", SUNDAY) == ["2019-W09"]


@pytest.mark.parametrize(
    "text",
    [
        "The assembly, which took place this week, ended in a vote.",
        "He said earlier this week he would stay.",
    ],
)
def test_a_past_or_earlier_this_week_on_a_sunday_stays_the_week_ending(text: str) -> None:
    assert [v for v in _values(text, SUNDAY) if v and "W" in v] == ["2019-W08"]


def test_a_weekday_dct_keeps_the_iso_weeks() -> None:
    assert _values("The envoy said last week that talks would go on.", TUESDAY) == ["2019-W07"]
    assert _values("The minister will travel to the capital this week.", TUESDAY) == ["2019-W08"]


def test_the_parse_path_reads_a_sunday_this_week_ahead(nlp: Any) -> None:
    st = parsed(nlp, "The president this week heads into a second summit with the general.", SUNDAY)
    assert [t.value for t in st.timexes] == ["2019-W09"]
