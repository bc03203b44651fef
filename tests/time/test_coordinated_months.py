"""A yearless month joined to a month written with its year takes that year ("August or September
2016"); "ahead of" a month in a present-perfect clause is the coming one. Invented text throughout."""

from __future__ import annotations

from storyline.time import tag_text


def _values(text: str, dct: str) -> dict[str, str | None]:
    return {t.text: t.value for t in tag_text(text, dct)}


def test_month_before_or_takes_the_joined_year() -> None:
    values = _values("Orvik visited Port Alder in August or September 2016, the ledger shows.", "2018-04-13")
    assert values["August"] == "2016-08"


def test_month_before_and_of_a_year_takes_it() -> None:
    values = _values("Between May and June 2015, Kastan crossed the border twice.", "2018-04-13")
    assert values["May"] == "2015-05"


def test_week_of_a_month_takes_the_joined_year() -> None:
    text = "The trip came in the last week of August or the first week of September 2016."
    values = _values(text, "2018-04-13")
    assert values["the last week of August"] == "2016-W34"


def test_december_before_a_january_year_is_the_year_before() -> None:
    values = _values("Marren met Okafor in December or January 2017.", "2018-04-13")
    assert values["December"] == "2016-12"


def test_month_without_a_joined_year_keeps_its_reading() -> None:
    values = _values("Marren met Okafor in August and left in 2016.", "2018-04-13")
    assert values["August"] == "2017-08"


def test_ahead_of_a_month_in_a_present_perfect_is_the_coming_one() -> None:
    text = "The Veloria cabinet has set a goal of 300 new bridges ahead of the November elections."
    assert _values(text, "2020-02-13")["November"] == "2020-11"


def test_ahead_of_a_month_in_a_past_clause_stays_behind() -> None:
    text = "The Veloria cabinet had rallied its voters ahead of the November elections."
    assert _values(text, "2020-02-13")["November"] == "2019-11"
