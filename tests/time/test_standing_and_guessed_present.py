"""Present-tense clauses that the publication day dated wrongly on real news, on invented text: a relative
clause in the simple present (what a participant is or does at large), a simple present passive in the
body (a state), a guess at what may come ("likely", "it is unlikely that ...", a complement of a modal clause, a
"before/unless" clause). Ongoing acts and plans keep the day.

Every sentence is written for the test; the people, places and papers are invented.
"""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.state import DocState

PUBLISHED = "2011-03-16"  # a Wednesday, no time printed
DAY = "2011-03-16"


def state_for(nlp: Any, text: str, heading: str | None = None) -> DocState:
    return parsed(nlp, text, PUBLISHED, heading)


# --- standing states: no act of the day ------------------------------------------------------------


def test_simple_present_relative_clause_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "Rebels seized a depot near a town held by a militia that backs the Orvik council.")
    assert date_of(st, "backs") == (None, None)
    st = state_for(nlp, "Traders complained about rules that block grain exports from Veloria.")
    assert date_of(st, "block") == (None, None)


def test_progressive_relative_clause_takes_no_day(nlp: Any) -> None:
    st = state_for(nlp, "Okafor met the envoy, who is pressing Kastan to release the sailors.")
    assert date_of(st, "pressing") == (None, None)


def test_simple_present_passive_state_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "Marren is charged with two counts of fraud.")
    assert date_of(st, "charged") == (None, None)
    st = state_for(nlp, "The Delvane army is trained mainly for riot control.")
    assert date_of(st, "trained") == (None, None)


def test_ongoing_passive_and_headline_keep_the_day_a_planned_passive_not(nlp: Any) -> None:
    st = state_for(nlp, "The new tariff is being met with anger in Port Alder.")
    assert date_of(st, "met") == (DAY, "dct")
    st = state_for(nlp, "The governor is expected to resign.")
    assert date_of(st, "resign") == (None, None)
    st = state_for(nlp, "Okafor spoke to reporters.", heading="Veloria envoy is recalled")
    assert date_of(st, "recalled") == (DAY, "dct")


# --- guesses at what may come: no act of the day ---------------------------------------------------


def test_likely_and_unlikely_futures_are_undated(nlp: Any) -> None:
    st = state_for(nlp, "Analysts said the senate likely will reject the budget.")
    assert date_of(st, "reject") == (None, None)
    st = state_for(nlp, "It is still unlikely that Kastan will send troops to the border.")
    assert date_of(st, "send") == (None, None)


def test_complement_of_a_modal_clause_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "Senators should make clear that they will block the nominee.")
    assert date_of(st, "block") == (None, None)


def test_act_before_or_unless_another_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "Inspectors are waiting for the report before they blame the Delvane navy.")
    assert date_of(st, "blame") == (None, None)
    assert date_of(st, "waiting") == (DAY, "dct")


def test_fronted_quote_before_an_undated_saying_takes_no_day(nlp: Any) -> None:
    st = state_for(nlp, "“We will sign a grain deal with them,” Okafor said.")
    assert date_of(st, "sign") == (None, None)


def test_negated_simple_present_relative_clause_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "Travellers flew on to Veloria, which does not require a visa.")
    assert date_of(st, "require") == (None, None)
