"""A to-infinitive that completes a noun names an act intended, attempted or possible: no day of its own."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed


def test_an_infinitive_completing_a_noun_takes_no_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The governor has shown a willingness to deploy the guard. The council rejected any effort to "
        "audit the port authority.",
        "2012-05-09",
    )
    assert date_of(st, "deploy") == (None, None)
    assert date_of(st, "audit") == (None, None)


def test_an_infinitive_after_an_ordinal_keeps_its_reading(nlp: Any) -> None:
    st = parsed(nlp, "She is the first governor to visit the island.", "2012-05-09")
    assert date_of(st, "visit") == date_of(st, "is") == (None, None)
