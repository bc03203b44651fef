"""Sides and summaries judged on unseen news (as15, session 14, second pass): a person's pronoun or
name inside a phrase is not the phrase's doer, a verb the parser hung on the main clause keeps the
relative clause's subject, the one asked or made to act in a passive is the target, an ally "with"
beside a foe "against" is no target, "blamed on X" accuses X alone, and summaries keep a count's
lower case, an active reading's order and an infinitive's "to"."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in, names

_events = events_in


def test_the_owner_of_an_owner_is_not_the_doer(make_state: Any) -> None:
    events = _events(make_state, "Marren said his party's youth wing would fight the deal.")
    assert all(e.source_name != "Marren" for e in events), [(e.source_name, e.summary) for e in events]


def test_a_thing_a_person_owns_does_not_act_for_them(make_state: Any) -> None:
    text = "Mr. Tomas Okafor arrived in Port Alder in May. His visitor pass does not allow him to work."
    events = _events(make_state, text)
    assert all(e.trigger != "allow" for e in events), [(e.trigger, e.source_name) for e in events]
    # forces still act for their owner's side
    events = _events(make_state, "Kastan said its troops attacked Veloria.")
    assert any(e.source_name == "Kastan" for e in events), [(e.source_name, e.summary) for e in events]


def test_a_name_modifying_a_person_noun_is_not_that_person(make_state: Any) -> None:
    events = _events(make_state, "Police said a Marren payroll clerk was questioned by investigators.")
    assert all(e.target_name != "Marren" for e in events), [(e.target_name, e.summary) for e in events]


def test_a_verb_continuing_a_relative_clause_keeps_its_subject(code: Any) -> None:
    text = (
        "The Kastan Council launched an appeal on Monday, to help Veloria cope with the flood that has "
        "killed more than 40 people and injured more than 90 others, destroyed 700 homes and "
        "flooded 2,000."
    )
    destroyed = [f for f in code(text) if f.trigger == "destroy"]
    assert all("Council" not in " ".join(names(f.sources)) for f in destroyed), [
        names(f.sources) for f in destroyed
    ]
    # a clause set off by commas closes before the main verb's list goes on
    found = code(
        "Kastan condemned Veloria, which had shelled Port Alder and seized its port, recalled its envoy."
    )
    recall = [f for f in found if f.trigger.startswith("recall")]
    assert recall and names(recall[0].sources) == ["Kastan"], [names(f.sources) for f in recall]


def test_the_one_asked_or_made_to_act_in_a_passive_is_the_target(code: Any) -> None:
    for text in ("Marren was invited to review the plans.", "Kastan was urged to release Okafor."):
        found = [f for f in code(text) if f.code.startswith("02")]
        assert found, text
        assert all(not names(f.sources) for f in found), (text, [names(f.sources) for f in found])
        assert any(names(f.targets)[:1] in (["Marren"], ["Kastan"]) for f in found), text
    # a subject-control passive still does the complement
    (f,) = [f for f in code("Kastan is set to hold talks with Veloria.") if f.code.startswith("04")]
    assert names(f.sources) == ["Kastan"]


def test_a_passive_told_actively_reads_in_order(make_state: Any) -> None:
    (e,) = _events(
        make_state, "Okafor has been threatened by Veloria officials not to cooperate with the inquiry."
    )
    assert e.summary == "Veloria officials threatened Okafor not to cooperate", e.summary


def test_a_count_opening_the_sentence_loses_its_capital_after_the_verb(make_state: Any) -> None:
    (e,) = _events(make_state, "Three journalists were detained by Kastan police.")
    assert e.summary == "Kastan police detained three journalists", e.summary
    (e,) = _events(make_state, "Orvik rebels were attacked by Kastan troops.")
    assert e.summary.endswith("attacked Orvik rebels"), e.summary


def test_people_whom_others_took_hostage_are_the_target(code: Any) -> None:
    found = code("The Velorian engineers whom Orvik militants took hostage were freed on Monday.")
    (taken,) = [f for f in found if f.trigger == "take hostage"]
    assert names(taken.sources) == ["Orvik militants"], names(taken.sources)
    assert names(taken.targets) == ["The Velorian engineers"], names(taken.targets)


def test_an_ally_beside_a_foe_is_no_target(code: Any) -> None:
    (f,) = code("Kastan troops fought with Veloria against the rebels.")
    assert names(f.targets) == ["the rebels"], names(f.targets)
    (f,) = code("Kastan troops fought with Veloria.")
    assert names(f.targets) == ["Veloria"]


def test_blamed_on_someone_accuses_them_not_the_deed(code: Any) -> None:
    found = code("The blasts follow attacks on Kastan oil facilities which have been blamed on Veloria.")
    blame = [f for f in found if f.trigger == "blame"]
    assert blame and all(names(f.targets) == ["Veloria"] for f in blame), [names(f.targets) for f in blame]
    # a day after "on" names no one: the subject stays the accused
    (f,) = [f for f in code("Marren was blamed on Monday for the delay.") if f.trigger == "blame"]
    assert names(f.targets) == ["Marren"], names(f.targets)
    # nor does a thing: "sentenced on charges" keeps its subject sentenced
    found = code("Marren was sentenced to ten years in prison on charges he spied for Veloria.")
    (f,) = [f for f in found if f.trigger == "sentence"]
    assert names(f.targets) == ["Marren"], names(f.targets)


def test_anyone_asked_in_a_passive_makes_no_event(make_state: Any) -> None:
    # the one asked is now the target: "anyone" there asks no one in particular, as a subject does
    events = _events(make_state, "Anyone with information is being urged to call Port Alder police.")
    assert not events, [(e.source_name, e.target_name, e.summary) for e in events]


def test_a_long_summary_keeps_its_complements_to_and_not(make_state: Any) -> None:
    text = (
        "Marren has been threatened by unnamed senior Veloria officials in the eastern capital city "
        "not to cooperate with the inquiry."
    )
    (e,) = _events(make_state, text)
    assert "threatened Marren not to cooperate" in e.summary, e.summary


def test_an_aside_counting_part_of_them_is_not_who_they_are(make_state: Any) -> None:
    text = "The nine-member Kastan survey crew, three of them Velorians, were detained on Friday."
    (e,) = _events(make_state, text)
    assert e.target_name == "Kastan", e.target_name
    assert e.summary == "nine-member Kastan survey crew were detained", e.summary
