"""Judged on as20 (session 19): a word of a person's name is no act, an exchange verb carries its act
noun, emphatic "could not ... more", plans called off, the idea of an act, the doer of a relative clause without
"that", things that threaten, and verb phrases that name no act."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality, e.summary) for e in events]


def test_a_word_of_a_persons_name_is_no_act(make_state: Any) -> None:
    events = events_in(make_state, "Orvik Council Chair Ban Telloway said the shelling had to stop.")
    assert not [e for e in events if e.cameo_code.startswith("17")], _sides(events)


def test_traded_accusations_are_accusations_not_trade(make_state: Any) -> None:
    events = events_in(make_state, "Kastan and Veloria traded accusations over the dam blast.")
    assert events and {e.cameo_code for e in events} == {"112"}, _sides(events)
    assert {e.source_name for e in events} == {"Kastan", "Veloria"}, _sides(events)


def test_could_not_disagree_more_is_asserted(make_state: Any) -> None:
    events = events_in(make_state, "Marren couldn't disagree more with the Kastan levy.")
    assert [e.modality for e in events if e.cameo_code == "110"] == ["asserted"], _sides(events)
    # without "more" the act is still denied
    events = events_in(make_state, "Marren could not disagree with the Kastan levy.")
    assert [e.modality for e in events if e.cameo_code == "110"] == ["negated"], _sides(events)


def test_a_summit_whose_plan_was_called_off_is_negated(make_state: Any) -> None:
    events = events_in(make_state, "Okafor cancelled plans to attend the summit with Marren this week.")
    summits = [e for e in events if e.cameo_code.startswith("04")]
    assert [e.modality for e in summits] == ["negated"], _sides(events)


def test_the_name_in_a_relative_clause_without_that_is_the_doer(make_state: Any) -> None:
    text = (
        "The row began after Kastan struck a grain accord with Veloria, an accord Okafor openly "
        "condemned in June and called a grave error."
    )
    events = events_in(make_state, text)
    condemned = [e for e in events if e.cameo_code == "111"]
    assert [(e.source_name, e.target_name) for e in condemned] == [("Okafor", None)], _sides(events)
    # striking an accord is no attack
    assert not [e for e in events if e.cameo_code.startswith("19")], _sides(events)


def test_a_thing_that_threatens_makes_no_threat(make_state: Any) -> None:
    events = events_in(make_state, "A final accord would threaten the survival of Veloria, Okafor said.")
    assert not [e for e in events if e.cameo_code.startswith("13")], _sides(events)
    events = events_in(make_state, "The Orvik rebels threatened the survival of Veloria.")
    threats = [e for e in events if e.cameo_code.startswith("13")]
    assert [e.summary for e in threats] == ["Orvik rebels threatened the survival of Veloria"], _sides(events)
    events = events_in(make_state, "A trade war that threatened to ruin Kastan farms was put on hold.")
    assert not [e for e in events if e.cameo_code.startswith("13")], _sides(events)
    # a word the lists do not hold may be people: the threat stays
    events = events_in(make_state, "Some senators threatened to delay Okafor's nomination.")
    assert [e.cameo_code for e in events] == ["130"], _sides(events)


def test_commanding_troops_and_sharing_an_interest_are_no_acts(make_state: Any) -> None:
    events = events_in(make_state, "A Kastan colonel who commands troops near Port Alder said all was calm.")
    assert not [e for e in events if e.cameo_code == "100"], _sides(events)
    events = events_in(make_state, "Kastan and Veloria share a deep interest in the canal.")
    assert not events, _sides(events)


def test_the_idea_of_a_meeting_is_hypothetical(make_state: Any) -> None:
    events = events_in(make_state, "Okafor was cool on the idea of a meeting with Marren, aides said.")
    meetings = [e for e in events if e.cameo_code.startswith("04")]
    assert meetings and all(e.modality == "hypothetical" for e in meetings), _sides(events)


def test_the_members_a_group_lists_with_including_are_the_doers(make_state: Any) -> None:
    text = "Leaders of several nations, including Kastan and Veloria, condemned the raid on Port Alder."
    events = [e for e in events_in(make_state, text) if e.cameo_code == "111"]
    assert sorted(e.source_name or "" for e in events) == ["Kastan", "Veloria"], _sides(events)
    text = "Major powers, including Kastan and Veloria, have sharply condemned the Port Alder raid."
    events = [e for e in events_in(make_state, text) if e.cameo_code == "111"]
    assert sorted(e.summary for e in events) == [
        "Kastan has sharply condemned Port Alder raid",
        "Veloria has sharply condemned Port Alder raid",
    ], _sides(events)
    # a counted group, or one a name already tells, is a doer of its own; its list gives examples
    text = "Four Veloria ministers, including Okafor, resigned on Monday."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("08")]
    assert [e.source_name for e in events] != ["Okafor"], _sides(events)
