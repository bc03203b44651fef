"""Quoted words in the present speak at their saying: a dated saying dates them, else the publication day."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed


def _with_quotes(st: Any) -> Any:
    from storyline.entities import find_mentions
    from storyline.quotes import find_quotes

    find_mentions(st)
    find_quotes(st)
    return st


def test_quoted_present_words_speak_at_their_dated_saying(nlp: Any) -> None:
    st = _with_quotes(
        parsed(
            nlp,
            "\u201cWe will impose new tariffs if the talks fail,\u201d the trade minister told reporters on Monday.",
            "2012-06-13",
        )
    )
    assert [(q.date, q.date_source) for q in st.quotes] == [("2012-06-11", "timex")]
    assert date_of(st, "impose") == ("2012-06-11", "timex")


def test_quoted_words_of_an_undated_saying_take_no_day(nlp: Any) -> None:
    st = _with_quotes(
        parsed(nlp, "\u201cWe will impose new tariffs,\u201d the trade minister says.", "2012-06-13")
    )
    assert date_of(st, "impose") == (None, None)
