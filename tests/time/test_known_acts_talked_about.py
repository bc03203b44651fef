"""A past clause about an act it names as already known ("called the sanctions", "his call") does not give
that act its own day; an act the clause brings in or takes place at keeps the clause's day."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

_OPENING = "Ministers met in Brasilia on Tuesday.\n\n"


def test_a_definite_act_the_clause_talks_about_takes_no_narrative_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        _OPENING + "The minister called the embargo a reckless step and said both sides would suffer.",
        "2011-03-16",
    )
    assert date_of(st, "called") == ("2011-03-15", "inferred")
    assert date_of(st, "embargo") == (None, None)


def test_a_possessed_act_takes_no_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The envoy asked the council to postpone its vote on the governor's request for new funds.",
        "2011-03-16T15:00:00+00:00",
    )
    assert date_of(st, "asked") == ("2011-03-16", "dct")
    assert date_of(st, "request") == (None, None)


def test_an_act_brought_in_or_taken_place_at_keeps_the_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        _OPENING + "The governor convened an emergency meeting of his cabinet.\n\n"
        "The minister spoke to reporters during his visit.",
        "2011-03-16",
    )
    assert date_of(st, "meeting") == ("2011-03-15", "inferred")
    assert date_of(st, "visit") == ("2011-03-15", "inferred")
