"""A time named inside quoted words is of what those words tell: it does not date the saying; an act inside the
quotation still takes it."""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import date_of, parsed


def _with_quotes(st: Any) -> Any:
    from storyline.entities import find_mentions
    from storyline.quotes import find_quotes

    find_mentions(st)
    find_quotes(st)
    return st


def _quote_date(st: Any, words: str) -> tuple[str | None, str | None]:
    (q,) = [q for q in st.quotes if words in q.text]
    return q.date, q.date_source


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors' summary states: \u201cIn 2015 the north quay was shut for repairs.\u201d",
        "Marren said: \u201cIn 2015 we lost the harbour to the floods.\u201d",
    ],
)
def test_a_year_opening_the_quoted_words_does_not_date_the_saying(nlp: Any, text: str) -> None:
    st = _with_quotes(parsed(nlp, text, "2018-10-21"))
    value, _ = _quote_date(st, "In 2015")
    assert value != "2015"


def test_a_quotation_continuing_anothers_saying_takes_no_year_of_its_words(nlp: Any) -> None:
    st = _with_quotes(
        parsed(
            nlp,
            "\u201cThe harbour plan is dead.\n\nIt was never alive,\u201d Okafor wrote on Saturday."
            "\n\n\u201cWe lost three boats in 2011 and half the fleet in 2014, and nobody in Port Alder "
            "paid for it.\u201d",
            "2019-03-04",
        )
    )
    value, _ = _quote_date(st, "We lost three boats")
    assert value != "2011"


def test_an_act_inside_the_quotation_keeps_its_year(nlp: Any) -> None:
    st = _with_quotes(
        parsed(nlp, "\u201cWe lost the harbour to the floods in 2015,\u201d Marren said.", "2018-10-21")
    )
    assert date_of(st, "lost") == ("2015", "timex")


def test_a_year_told_outside_the_quotation_still_dates_the_saying(nlp: Any) -> None:
    st = _with_quotes(
        parsed(
            nlp,
            "Engineers told the Kastan Herald in 2003 that the bridge was mostly for show.",
            "2017-04-13",
        )
    )
    assert _quote_date(st, "the bridge was mostly") == ("2003", "timex")


def test_a_day_in_a_quoted_programme_title_still_dates_the_saying(nlp: Any) -> None:
    st = _with_quotes(
        parsed(
            nlp,
            "Delvane told \u201cHarbour Report Sunday\u201d that the pier was never for sale.",
            "2013-05-05",
        )
    )
    assert _quote_date(st, "the pier was never") == ("2013-05-05", "timex")
