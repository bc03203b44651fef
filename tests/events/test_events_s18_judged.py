"""Judged on as18 (session 17): an act noun judged, panned or labelled by the subject is not its act, a
floated "both" does not cost the verb its object, a chance seized or a door opened is no act, and a call
for others to act is an appeal."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in, summary_of


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.summary) for e in events]


def test_an_act_noun_weighed_or_panned_is_not_the_subject_s_act(make_state: Any, code: Any) -> None:
    events = events_in(make_state, "The Orvik fishermen's league panned the apology as empty words.")
    assert not [e for e in events if e.source_name and "Orvik" in e.source_name], _sides(events)
    text = "Kastan lawyers spent a month evaluating the allegations against Marren."
    events = events_in(make_state, text)
    assert not [e for e in events if e.source_name and "Kastan" in e.source_name], _sides(events)
    assert [e.target_name for e in events if e.cameo_code == "112"] == ["Marren"], _sides(events)
    # a verb that labels its object judges the act named by it
    events = events_in(make_state, "Senator Delvane called the agreement a reckless blunder.")
    assert not [e for e in events if e.source_name == "Delvane"], _sides(events)
    # talks one calls fruitful are one's own; so is an act one reviews as "its" own
    text = "Okafor and Marren called their recent talks with Delvane very fruitful."
    events = events_in(make_state, text)
    assert [e.source_name for e in events if e.cameo_code.startswith("04")], _sides(events)
    found = code("The Kastan broadcaster is reviewing all its cooperation with the Orvik league.")
    assert [f.code for f in found if f.sources], summary_of(found)
    # the subject of a verb that does the act still did it
    events = events_in(make_state, "Senator Delvane signed the agreement with Veloria.")
    assert [e.source_name for e in events] == ["Delvane"], _sides(events)


def test_a_floated_both_keeps_the_verb_s_object(make_state: Any) -> None:
    events = events_in(make_state, "Kastan and Veloria have both accused Orvik of stealing water.")
    assert events and all(e.target_name == "Orvik" for e in events), _sides(events)
    events = events_in(make_state, "Kastan and Veloria both condemned Orvik.")
    assert events and all(e.source_name in ("Kastan", "Veloria") for e in events), _sides(events)


def test_a_chance_seized_or_a_door_opened_is_no_act(make_state: Any, code: Any) -> None:
    found = code("Kastan rebels seized the opportunity to attack the capital.")
    assert not [f for f in found if f.code.startswith("17")], summary_of(found)
    found = code("The leaked memo offered a rare window on the Delvane talks.")
    assert not [f for f in found if f.code.startswith("03")], summary_of(found)
    events = events_in(make_state, "The court ruling opened the door to sanctions against Orvik.")
    assert not [e for e in events if e.cameo_code == "163" and e.modality == "asserted"], _sides(events)
    assert not [e for e in events if e.cameo_code.startswith("16") and "open" in e.summary], _sides(events)
    # a town seized is still seized
    events = events_in(make_state, "The Kastan army seized the town of Port Alder.")
    assert [e.cameo_code[:2] for e in events] == ["19"], _sides(events)


def test_a_call_for_others_to_act_is_an_appeal(make_state: Any) -> None:
    text = "The Orvik mayor renewed a call for all parties to come back to the talks."
    events = events_in(make_state, text)
    assert events and all(e.cameo_code.startswith("02") for e in events), _sides(events)
    # a telephone call is still a call
    events = events_in(make_state, "Okafor held a long phone call with Marren.")
    assert events and all(e.cameo_code == "041" for e in events), _sides(events)


def test_an_act_evaded_or_fled_was_done_to_the_subject(make_state: Any) -> None:
    events = events_in(make_state, "Marchers in Port Alder evaded the police crackdown on Monday.")
    assert not [e for e in events if e.source_name and "Marchers" in e.source_name], _sides(events)
    events = events_in(make_state, "Thousands of villagers in Orvik fled the shelling by Kastan.")
    assert not [e for e in events if e.source_name and "villagers" in e.source_name], _sides(events)
