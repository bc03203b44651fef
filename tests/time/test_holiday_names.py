"""Holiday names: a year written after "in"/"of", curly apostrophes, and things named after a holiday."""

from __future__ import annotations

from storyline.time import tag_text


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, "2019-04-11")]


def test_year_after_in_belongs_to_the_holiday() -> None:
    assert _values("Okafor was detained at Port Alder on Christmas Day in 2011.") == [
        ("Christmas Day in 2011", "2011-12-25")
    ]


def test_curly_apostrophe_keeps_the_eve() -> None:
    assert _values("The Veloria band played on New Year\u2019s Eve.") == [
        ("New Year\u2019s Eve", "2018-12-31")
    ]


def test_thing_named_after_a_holiday_is_no_day() -> None:
    assert _values("Marren left a gift under the Christmas tree in the Orvik town hall.") == []


def test_celebration_named_after_a_holiday_keeps_its_day() -> None:
    assert _values("The Christmas parade in Orvik drew large crowds.") == [("Christmas", "2018-12-25")]
