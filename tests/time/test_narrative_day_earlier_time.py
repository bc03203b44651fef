"""A past clause whose own sentence names an earlier time inherits no narrative day (``time/spans.py``).

Invented text: a day set one sentence before ("on Friday") carries on into a plain past clause, but
not into one its own sentence places earlier ("in March", "during last year's vote").
"""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.state import DocState

PUBLISHED = "2010-06-10"  # a Thursday, no time of day: past clauses rely on the narrative day
FRIDAY = "2010-06-04"


def state_for(nlp: Any, text: str) -> DocState:
    return parsed(nlp, text, PUBLISHED)


def test_a_plain_past_clause_still_inherits_the_day(nlp: Any) -> None:
    st = state_for(nlp, "Kastan closed the border on Friday. Guards turned back the traders.")
    assert date_of(st, "turned") == (FRIDAY, "inferred")


def test_a_clause_its_sentence_places_months_earlier_inherits_nothing(nlp: Any) -> None:
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. The first smugglers were caught in March, "
        "two traders who crossed the river at night.",
    )
    assert date_of(st, "crossed") == (None, None)  # told against March, not Friday
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. A guard tried to stop the convoy at the bridge in March.",
    )
    assert date_of(st, "tried") == (None, None)  # the expression sits in the clause the event governs
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. Guards detained two traders, "
        "who smuggled cattle across the river in March.",
    )
    assert date_of(st, "detained") == (None, None)  # the arrest is told against the March smuggling


def test_an_earlier_year_in_a_noun_modifier_of_the_clause_blocks_the_day(nlp: Any) -> None:
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. The ruling party courted the traders during last year's vote.",
    )
    assert date_of(st, "courted") == (None, None)


def test_an_expression_describing_the_subject_does_not_block_the_day(nlp: Any) -> None:
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. The governor, who took office in 2004, praised the guards.",
    )
    assert date_of(st, "praised") == (FRIDAY, "inferred")


def test_a_bound_or_a_later_time_does_not_block_the_day(nlp: Any) -> None:
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. Guards turned back the traders, "
        "who had crossed freely since 2004.",
    )
    assert date_of(st, "turned") == (FRIDAY, "inferred")
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. Guards said the crossing stays shut until the end of 2011.",
    )
    assert date_of(st, "said") == (FRIDAY, "inferred")


def test_an_earlier_time_in_what_the_clause_reports_does_not_block_the_day(nlp: Any) -> None:
    st = state_for(
        nlp,
        "Kastan closed the border on Friday. The minister admitted that the guards took bribes in March.",
    )
    assert date_of(st, "admitted") == (FRIDAY, "inferred")  # the admission is Friday's, the bribes March's
    assert date_of(st, "took") == ("2010-03", "timex")


def test_an_earlier_time_that_only_dates_a_noun_does_not_block_the_day(nlp: Any) -> None:
    st = state_for(
        nlp, "Kastan closed the border on Friday. Guards stopped a battered 2004 Lada at the gate."
    )
    assert date_of(st, "stopped") == (FRIDAY, "inferred")
    st = state_for(
        nlp, "Kastan closed the border on Friday. The minister spoke, repeating his March 3 warnings."
    )
    assert date_of(st, "spoke") == (FRIDAY, "inferred")
