"""Judged on as18 (session 17, second pass): a relative clause's object is the noun it hangs on, a fronted
"with whom" names the one met, a visit asked for is no party to the asking, a thing discussed is no
target, "deny X the chance" refuses, an attack on the media is words, a fight against an ill is no armed
clash, what one is able to do is not done, and a delay or an action does nothing."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality, e.summary) for e in events]


def test_a_relative_clause_s_object_is_the_noun_it_hangs_on(make_state: Any) -> None:
    text = "The fishing deal that Kastan and its partners struck with Veloria in 2011 lowered the quotas."
    events = [e for e in events_in(make_state, text) if e.target_name == "Veloria"]
    assert events and all(e.cameo_code == "030" for e in events), _sides(events)
    assert "struck the fishing deal with Veloria" in events[0].summary, _sides(events)
    text = "She regrets a remark she made in a video call with Veloria officials last spring."
    events = events_in(make_state, text)
    assert [e.summary for e in events if "call" in e.summary] == [
        "made a remark in a video call with Veloria officials"
    ], _sides(events)
    # a clause of place ("where") or one whose pronoun is another verb's object is about no object
    text = "The Kastan envoy spoke at a late news briefing in Orvik where he met with President Ada Okafor."
    events = events_in(make_state, text)
    assert events and not [e for e in events if "conference" in e.summary], _sides(events)


def test_with_whom_names_the_one_met(make_state: Any) -> None:
    text = (
        "President Ada Okafor, with whom Prime Minister Jan Marren later met in Port Alder, "
        "condemned the raid."
    )
    met = [e for e in events_in(make_state, text) if e.cameo_code.startswith("04")]
    assert [(e.source_name, e.target_name) for e in met] == [("Jan Marren", "Ada Okafor")], _sides(met)
    assert met[0].summary == "Jan Marren met with Ada Okafor", _sides(met)


def test_a_visit_asked_for_is_no_party_to_the_asking(make_state: Any) -> None:
    text = (
        "President Ada Okafor asked his aides to formally invite Prime Minister Jan Marren "
        "to visit Port Alder next spring."
    )
    events = events_in(make_state, text)
    assert events and "Port Alder" not in [e.target_name for e in events], _sides(events)
    asked = [e for e in events if e.target_name == "Jan Marren"]
    assert asked and "invite Prime Minister Jan Marren to visit" in asked[0].summary, _sides(asked)


def test_a_thing_discussed_is_no_target(make_state: Any) -> None:
    text = "President Ada Okafor discussed the Kastani border posts with Prime Minister Jan Marren."
    events = events_in(make_state, text)
    assert [e.target_name for e in events] == ["Jan Marren"], _sides(events)
    text = "The Kastan cabinet will discuss the Orvik shipyard's debts to the Veloria Central Bank with Jan Marren."
    events = events_in(make_state, text)
    assert [e.target_name for e in events] == ["Jan Marren"], _sides(events)


def test_denying_someone_a_chance_refuses_it(make_state: Any) -> None:
    events = events_in(make_state, "The Kastan junta is denying its sailors the chance to travel.")
    assert [e.cameo_code for e in events] == ["120"], _sides(events)


def test_an_attack_on_the_media_is_words(make_state: Any) -> None:
    events = events_in(make_state, "Governor Ada Okafor's fierce attack on the media alarmed Orvik editors.")
    assert [e.cameo_code for e in events if e.source_name == "Ada Okafor"] == ["111"], _sides(events)


def test_a_fight_against_an_ill_is_no_armed_clash(make_state: Any) -> None:
    events = events_in(make_state, "The Orvik dockers' union fought against wage theft for years.")
    assert not [e for e in events if e.cameo_code.startswith("19")], _sides(events)
    events = events_in(make_state, "The Kastan army fought against the rebels near Port Alder.")
    assert [e.cameo_code for e in events] == ["190"], _sides(events)


def test_what_one_is_able_to_do_is_not_done(make_state: Any) -> None:
    text = "Budget cuts have limited the Kastan Army's ability to train Veloria troops."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("06")]
    assert events and all(e.modality == "hypothetical" for e in events), _sides(events)


def test_a_delay_or_an_action_does_nothing(make_state: Any) -> None:
    events = events_in(make_state, "The delay will help Senator Ada Okafor in the end.")
    assert not [e for e in events if e.source_name], _sides(events)
    text = "The reckless actions reported by Senator Ada Okafor violate every rule of the Kastan navy."
    events = events_in(make_state, text)
    assert not [e for e in events if e.source_name and "actions" in e.source_name], _sides(events)


def test_a_participle_of_harm_goes_on_the_harm_just_before_it(make_state: Any) -> None:
    text = (
        "Mayor Ada Okafor cancelled the fair, she says, because of a raid last month in which the Orvik "
        "gang killed a Kastani guard, in addition to a driver (a Velorian man), and six other people, "
        "while wounding dozens of others."
    )
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("18")]
    assert events and not [e for e in events if e.source_name == "Ada Okafor"], _sides(events)


def test_a_stranded_which_and_a_threat_discussed_name_no_side(make_state: Any) -> None:
    text = "Kastan troops would answer to Orvik courts, which the Veloria government would not agree to."
    events = [e for e in events_in(make_state, text) if e.cameo_code == "030"]
    assert events and all(e.target_name is None for e in events), _sides(events)
    text = "Officials said President Ada Okafor discussed an Orvik rebel threat to the ports."
    events = events_in(make_state, text)
    assert not [e for e in events if e.source_name == "Ada Okafor"], _sides(events)
