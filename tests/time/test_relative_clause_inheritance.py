"""A relative clause inherits no narrative day: it tells what a participant is or did before."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2020-02-07"  # a Friday, no time of day: past clauses rely on the narrative day
TEXT = (
    "Police in Port Alder arrested three protesters on Tuesday. "
    "Officers also detained Ada Marren, who criticised the mayor of Port Alder."
)


def test_the_main_clause_inherits_and_the_relative_clause_does_not(nlp: Any) -> None:
    st = parsed(nlp, TEXT, PUBLISHED)
    assert date_of(st, "detained") == ("2020-02-04", "inferred")
    assert date_of(st, "criticised") == (None, None)


def test_a_relative_clause_still_takes_a_time_expression_of_its_own(nlp: Any) -> None:
    st = parsed(
        nlp, "Police detained Ada Marren, who criticised the mayor of Port Alder on Monday.", PUBLISHED
    )
    assert date_of(st, "criticised") == ("2020-02-03", "timex")
