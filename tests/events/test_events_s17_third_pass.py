"""Judged on as17 (session 16, third pass): a summary naming one doer of a joined subject keeps the
verb in agreement with it, an act noun is not the act of a subject that only misses or wrecks it (or of
a text that stands for its makers), "call on" a place is a visit, and closing up shop closes nothing."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.summary) for e in events]


def test_one_doer_of_a_joined_subject_takes_a_singular_verb(make_state: Any) -> None:
    text = "Chancellor Okafor and Governor Marren have not discussed the river treaty with Delvane."
    events = events_in(make_state, text)
    assert events, _sides(events)
    assert all(" has not discussed " in e.summary for e in events), _sides(events)
    events = events_in(make_state, "Kastan and Veloria were negotiating with Orvik over fishing rights.")
    assert events and all(" was " in e.summary for e in events), _sides(events)
    # a floating "both" has no pair to count once one doer is named
    events = events_in(make_state, "Kastan and Veloria have both accused Orvik of stealing water.")
    assert events and all(e.summary.endswith("has accused Orvik") for e in events), _sides(events)
    # the pair in apposition to the subject
    text = "The two rival leaders, Okafor and Marren, have not discussed the river treaty."
    events = events_in(make_state, text)
    assert events and all(" has not discussed" in e.summary for e in events), _sides(events)
    # a bare verb after a modal stays bare
    text = "Should Okafor and the assembly fail to reach an agreement, the river treaty would lapse."
    events = events_in(make_state, text)
    assert all(" fails " not in e.summary for e in events), _sides(events)
    # a plural doer keeps the plural
    events = events_in(make_state, "Kastan officials and Veloria officials have criticized Orvik.")
    assert all(" has " not in e.summary for e in events), _sides(events)


def test_an_act_noun_missed_or_wrecked_is_not_the_subject_s_act(make_state: Any) -> None:
    events = events_in(make_state, "The Veloria cabinet keeps missing obvious threats to the harbour.")
    assert not [e for e in events if e.source_name and "Veloria" in e.source_name], _sides(events)
    events = events_in(make_state, "The new levy will not derail the negotiations with Orvik.")
    assert not [e for e in events if e.source_name], _sides(events)


def test_a_text_named_for_a_side_does_not_hold_the_talks(make_state: Any) -> None:
    events = events_in(make_state, "The Kastan bill prolongs the negotiations with Veloria.")
    assert not [e for e in events if e.source_name == "Kastan"], _sides(events)
    # the side itself still holds them
    events = events_in(make_state, "The Kastan parliament resumed negotiations with Veloria.")
    assert [e.source_name for e in events if e.cameo_code.startswith("04")] == ["Kastan"], _sides(events)


def test_calling_on_an_office_is_a_visit(make_state: Any) -> None:
    events = events_in(make_state, "Okafor called on the Veloria trade minister's office on Monday.")
    assert [e.cameo_code for e in events] == ["042"], _sides(events)
    # calling on someone to act is still an appeal
    events = events_in(make_state, "Okafor called on the Kastan embassy to release the two sailors.")
    assert events and all(e.cameo_code.startswith("02") for e in events), _sides(events)


def test_closing_up_shop_closes_nothing(make_state: Any) -> None:
    text = "The Kastan trade bureau closed up shop in Port Alder after a decade."
    events = events_in(make_state, text)
    assert not [e for e in events if e.cameo_code.startswith("17")], _sides(events)
