"""Which expression of a sentence sets the narrative day a following undated past clause inherits."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

SATURDAY = "2016-07-16"


def test_a_day_that_only_dates_a_noun_sets_no_narrative_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The minister said Saturday that the country would weigh a request to hand over the preacher, "
        "who is blamed for Friday night's failed uprising.\n\n"
        "But the minister said the government would first have to prove the preacher's role.",
        SATURDAY,
    )
    assert date_of(st, "said the government") == ("2016-07-16", "inferred")


def test_the_main_clause_day_beats_a_later_reported_one(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Officials said Monday that the rebels had attacked the town on Saturday.\n\n"
        "The governor said the army would stay.",
        "2016-07-19",
    )
    assert date_of(st, "governor said") == ("2016-07-18", "inferred")
