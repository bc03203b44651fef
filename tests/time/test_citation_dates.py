"""A date in a parenthesised source citation ("(Kastan Wire, May 15)") says when an outlet reported: it
dates no clause and sets no narrative day for the sentences after it."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.clean.citations import in_citation

PUBLISHED = "2010-05-20"  # no clock time: a past clause with no expression of its own stays undated


def test_in_citation_finds_the_parenthesis_around_a_date() -> None:
    text = "Kastan closed its border (Kastan Wire, May 15; Veloria Radio, May 16) and (born May 3) ..."
    assert in_citation(text, text.index("May 15"), text.index("May 15") + 6)
    assert in_citation(text, text.index("May 16"), text.index("May 16") + 6)
    assert not in_citation(text, text.index("May 3"), text.index("May 3") + 5)


def test_a_cited_date_dates_nothing(nlp: Any) -> None:
    text = (
        "Kastan closed its border with Veloria (Kastan Wire, May 15). "
        "The government also recalled its ambassador."
    )
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "closed")[1] != "timex"
    assert date_of(st, "recalled") == (None, None)
    # the same day in prose dates the clause and the narrative after it
    st = parsed(nlp, text.replace("(Kastan Wire, May 15)", "on May 15"), PUBLISHED)
    assert date_of(st, "closed") == ("2010-05-15", "timex")
    assert date_of(st, "recalled") == ("2010-05-15", "inferred")
