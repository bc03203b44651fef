"""Judged on as21 (session 20): an active "try" with an infinitive is an attempt, "deny" with a receiver
and a thing withholds it, and "insist" with a clause that tells how things are is a claim."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _codes(events: list[Any]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.cameo_code, e.trigger, e.source_name, e.target_name) for e in events]


def test_trying_with_an_infinitive_far_from_the_verb_is_no_trial(make_state: Any) -> None:
    text = "Mr. Kastan said the government is trying through quiet diplomacy to persuade Veloria to withdraw."
    events = events_in(make_state, text)
    assert not [e for e in events if e.cameo_code == "173"], _codes(events)
    text = "Okafor said Kastan is trying through quiet efforts to convince the rebels to disarm."
    events = events_in(make_state, text)
    assert not [e for e in events if e.cameo_code == "173"], _codes(events)
    events = events_in(make_state, "A military court in Port Alder tried Okafor for treason last week.")
    assert [e.cameo_code for e in events if e.trigger.startswith("tr")] == ["173"], _codes(events)


def test_denying_someone_a_thing_withholds_it(make_state: Any) -> None:
    text = "Okafor said the accord would deny the rebels the fuel they need to build a bomb."
    events = events_in(make_state, text)
    denials = [e for e in events if e.trigger.startswith("deny")]
    assert [e.cameo_code for e in denials] == ["120"], _codes(events)
    events = events_in(make_state, "The Kastan government denied the Orvik rebels the weapons they wanted.")
    denials = [e for e in events if e.trigger.startswith("deny")]
    assert [(e.cameo_code, e.target_name) for e in denials] == [("120", "Orvik")], _codes(events)
    events = events_in(make_state, "The Kastan government denied the charges brought by Orvik prosecutors.")
    denials = [e for e in events if e.trigger.startswith("deny")]
    assert [e.cameo_code for e in denials] == ["016"], _codes(events)


def test_insisting_on_a_fact_is_no_demand(make_state: Any) -> None:
    events = events_in(make_state, "Veloria army chiefs insisted most recruits do not desert.")
    assert not [e for e in events if e.cameo_code.startswith("10")], _codes(events)
    events = events_in(make_state, "Kastan insisted the talks with Orvik were going well.")
    assert not [e for e in events if e.cameo_code.startswith("10")], _codes(events)
    text = "“Nothing could be further from the truth,” Mr. Okafor, the Kastan envoy, insisted."
    events = events_in(make_state, text)
    assert not [e for e in events if e.cameo_code.startswith("10")], _codes(events)
    events = events_in(make_state, "Kastan insisted that Orvik must withdraw its troops.")
    assert {e.cameo_code[:2] for e in events if e.trigger.startswith("insist")} == {"10"}, _codes(events)


def test_merge_keeps_unlike_statements_of_one_person_apart() -> None:
    from test_events_merge import corpus_of, mention

    from storyline.events import merge_events

    ms = [
        mention("a", 1, "015", "Veda Marren", None, "2021-03-04", trigger="admitting"),
        mention("b", 2, "011", "Veda Marren", None, "2021-03-04", trigger="refused to discuss"),
    ]
    assert sorted(e.cameo_code for e in merge_events(corpus_of(ms))) == ["011", "015"]
    ms = [
        mention("a", 1, "042", "Veda Marren", "Orvik", "2021-03-04"),
        mention("b", 2, "043", "Veda Marren", "Orvik", "2021-03-04"),
    ]
    assert len(merge_events(corpus_of(ms))) == 1  # a visit and a hosted trip: one root, one act


def test_conceding_a_fact_is_an_admission_not_a_yield(make_state: Any) -> None:
    events = events_in(make_state, "Marren conceded on Tuesday that the recording of her voice was genuine.")
    assert [e.cameo_code for e in events if e.trigger.startswith("concede")] == ["015"], _codes(events)
    events = events_in(make_state, "Marren conceded the election to Okafor on Tuesday.")
    assert [e.cameo_code for e in events if e.trigger.startswith("concede")] == ["080"], _codes(events)


def test_a_fronted_were_condition_is_hypothetical(make_state: Any) -> None:
    for text in (
        "Were Orvik to attack Kastan, the alliance would respond within hours.",
        "The alliance would respond within hours were Orvik to attack Kastan.",
    ):
        events = events_in(make_state, text)
        attacks = [e for e in events if e.cameo_code.startswith("18")]
        assert [e.modality for e in attacks] == ["hypothetical"], _codes(events)


def test_the_place_entry_is_refused_into_is_no_target(make_state: Any) -> None:
    events = events_in(make_state, "Orvik border guards refused entry into Veloria to Okafor.")
    refusals = [e for e in events if e.cameo_code == "1245"]
    assert [e.target_name for e in refusals] == ["Okafor"], _codes(events)


def test_the_place_of_a_visit_to_someone_is_no_host(make_state: Any) -> None:
    text = "Every time a Kastan delegation visited us in Port Alder, the general showed a slide."
    events = events_in(make_state, text)
    visits = [e for e in events if e.cameo_code == "042"]
    assert visits and all(e.target_name != "Port Alder" for e in visits), _codes(events)
    events = events_in(make_state, "Okafor arrived in Veloria on Monday.")
    assert [e.target_name for e in events if e.cameo_code == "042"] == ["Veloria"], _codes(events)
    events = events_in(make_state, "Okafor took Kastan lawmakers on a tour in Veloria on Monday.")
    assert "Veloria" in [e.target_name for e in events if e.cameo_code == "042"], _codes(events)


def test_a_tensed_verb_joined_to_an_infinitive_is_the_governing_doers(make_state: Any) -> None:
    text = (
        "The Kastan agency has asked the inspector general to investigate and vowed discipline for offenders."
    )
    events = events_in(make_state, text)
    vows = [e for e in events if e.trigger.startswith("vow")]
    assert [e.source_name for e in vows] == ["Kastan agency"], _codes(events)
