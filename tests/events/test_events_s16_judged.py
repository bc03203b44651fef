"""Sides, moods and summaries judged on unseen news (as16, session 15): the one told or hired to act
does the act, a deed blamed on someone and a reason "for" name nobody blamed, a site beside unnamed
victims is no target, a place joined by "-based" is not who the people are, hindsight ("should have")
demands nothing, a power held ("the authority to") is its holder's, "neither ... nor" denies the act,
a verb going on after a reported clause keeps the speaker, an act one is accused of is the accusation's
content (no event of its own), one thanked "for" an act did it, the charge is no part of a name, a
person noun owned by a name is someone else, and a summary keeps the object before its target's
preposition."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in, names


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality) for e in events]


def test_the_one_told_or_hired_to_act_does_the_complement(make_state: Any) -> None:
    for text in (
        "Marren instructed Okafor to investigate the harbour accounts of the Veloria council.",
        "The council hired Okafor to investigate the Marren campaign.",
    ):
        events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("09")]
        assert events, text
        assert all(e.source_name == "Okafor" for e in events), (text, _sides(events))
        assert all(e.modality == "hypothetical" for e in events), (text, _sides(events))


def test_a_deed_blamed_on_someone_is_not_blamed(make_state: Any) -> None:
    events = [e for e in events_in(make_state, "Kastan blamed the Port Alder bombing on Veloria.")]
    assert [e.target_name for e in events if e.cameo_code == "112"] == ["Veloria"], _sides(events)
    events = events_in(make_state, "A Kastan inquiry blamed Veloria for the Port Alder bombing.")
    assert [e.target_name for e in events if e.cameo_code == "112"] == ["Veloria"], _sides(events)


def test_a_site_beside_unnamed_victims_is_no_target(make_state: Any) -> None:
    events = events_in(make_state, "The gunmen wounded a security guard at Orvik University.")
    assert events, "the shooting is still an event"
    assert all(e.target_name != "Orvik University" for e in events), _sides(events)
    # alone, the place fired at is the target
    events = events_in(make_state, "The gunmen shot at Orvik University.")
    assert any(e.target_name == "Orvik University" for e in events), _sides(events)


def test_a_place_joined_by_based_is_not_who_they_are(make_state: Any) -> None:
    events = events_in(make_state, "Two Port Alder-based soldiers were arrested on Friday.")
    assert events
    assert all(e.target_name != "Port Alder" for e in events), _sides(events)


def test_hindsight_demands_nothing(make_state: Any) -> None:
    events = events_in(make_state, "Okafor said the Kastan army should have captured the Veloria gas fields.")
    assert all(not e.cameo_code.startswith("10") for e in events), _sides(events)
    # a demand still is one
    events = events_in(make_state, "Okafor said Kastan must punish Veloria.")
    assert any(e.cameo_code.startswith("10") and e.source_name == "Okafor" for e in events), _sides(events)


def test_a_power_held_is_its_holders(make_state: Any) -> None:
    text = "Okafor argued that the Veloria assembly has the authority to restrict the harbour board."
    events = [e for e in events_in(make_state, text) if e.trigger == "restrict"]
    assert events and all(e.source_name == "Veloria assembly" for e in events), _sides(events)


def test_neither_nor_denies_the_act_of_each(make_state: Any) -> None:
    events = events_in(make_state, "Neither Kastan nor Veloria will accept the Orvik plan.")
    assert events and all(e.modality == "negated" for e in events), _sides(events)
    events = events_in(
        make_state, "Neither the council, nor Kastan nor Veloria, will sign the new fishing treaty."
    )
    assert all({e.source_name, e.target_name} != {"Kastan", "Veloria"} for e in events), _sides(events)


def test_a_verb_going_on_after_a_reported_clause_keeps_the_speaker(make_state: Any) -> None:
    text = "Okafor said on Friday that the rumours are baseless and accused the Veloria spy agency of feeding stories to reporters."
    events = [e for e in events_in(make_state, text) if e.cameo_code == "112"]
    assert events and all(e.source_name == "Okafor" for e in events), _sides(events)
    # the charge is no part of the accused's name
    assert all("feeding" not in (e.target_name or "") for e in events), _sides(events)
    # a clause whose subject could act keeps its own subject
    text = "Okafor said that Kastan troops are in Orvik and attacked Veloria last week."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("18")]
    assert events and all(e.source_name != "Okafor" for e in events), _sides(events)


def test_an_alleged_act_is_the_accusations_content(make_state: Any, code: Any) -> None:
    text = "Kastan accused Veloria of shelling Port Alder and ignoring the truce."
    events = events_in(make_state, text)
    assert [(e.cameo_code, e.source_name, e.target_name) for e in events] == [("112", "Kastan", "Veloria")], (
        _sides(events)
    )
    # one praised or criticised "for" an act is the one who did it
    found = [f for f in code("Kastan thanked Veloria for helping Orvik.") if f.code.startswith("07")]
    assert found and names(found[0].sources) == ["Veloria"], [names(f.sources) for f in found]


def test_a_summary_keeps_the_object_before_the_targets_preposition(make_state: Any) -> None:
    events = events_in(make_state, "Kastan suspended its joint naval patrols with Veloria.")
    assert any("patrols with Veloria" in e.summary for e in events), [e.summary for e in events]


def test_a_person_noun_owned_by_a_name_is_someone_else(make_state: Any) -> None:
    for text in (
        "Marren's aide criticized Veloria on Monday.",
        "The Marren ally criticized Veloria on Monday.",
    ):
        events = events_in(make_state, text)
        assert events and all(e.source_name != "Marren" for e in events), (text, _sides(events))
    # a name after the noun is the person
    events = events_in(make_state, "Her lawyer Tomas Reyes criticized Veloria on Monday.")
    assert any(e.source_name == "Tomas Reyes" for e in events), _sides(events)
