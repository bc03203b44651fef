"""Sides and senses judged on unseen news (session 14): an act someone only ties or judges is not
theirs, a town stands for its country only when the registry knows it, a chamber's floor is where, "it" and "its" stand for the body a
clause before named, money and schemes do nothing, and a few phrases that are no act."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in, names

_events = events_in


def test_tying_or_judging_an_act_is_not_doing_it(code: Any) -> None:
    cases = (
        "Okafor linked the bombing of the Port Alder market to a militant group.",
        "Delvane connected the attack on the Orvik embassy to a protest.",
        "Okafor filed a memo outlining the cooperation of Marren with the inquiry.",
        "Marren criticised the arrest of the Orvik reporters.",
        "Okafor said Delvane will tolerate no further attacks on the Orvik embassy.",
        "Marren encouraged the protests against the Orvik embassy.",
    )
    for text in cases:
        for f in code(text):
            if f.trigger in ("bombing", "attack", "cooperation", "arrest", "protest"):
                assert not {"Okafor", "Delvane", "Marren"} & set(names(f.sources)), (text, f)
    # an act the clause's doer carries on stays theirs
    found = [f for f in code("Kastan completed the withdrawal of its troops.") if f.trigger == "withdrawal"]
    assert found and names(found[0].sources) == ["Kastan"]


def test_an_unknown_town_is_no_doer_of_an_arrest(make_state: Any) -> None:
    for text in (
        "Two activists were arrested in Marren Square in Port Alder on Sunday.",
        "Two activists were arrested in Port Alder on Sunday.",
    ):
        arrests = [e for e in _events(make_state, text) if e.cameo_code.startswith("17")]
        assert arrests, text
        assert all(e.source_name is None for e in arrests), (text, [e.source_name for e in arrests])
        assert all(e.target_name == "Two activists" for e in arrests)
    # a country the registry codes stands for its authorities, and so does a city it knows
    for text in (
        "Two activists were arrested in Egypt on Sunday.",
        "Two activists were arrested in Marren Square in Cairo on Sunday.",
    ):
        arrests = [e for e in _events(make_state, text) if e.cameo_code.startswith("17")]
        assert [e.source_actor_code for e in arrests] == ["EGY"], text


def test_the_floor_of_a_chamber_is_where(make_state: Any) -> None:
    text = "Okafor said the harbour bill would need a two-thirds vote on the Senate floor."
    assert not any(e.target_name == "Senate" for e in _events(make_state, text))


def test_it_stands_for_the_body_a_clause_before_named(make_state: Any) -> None:
    events = _events(
        make_state, "Veloria said it would help the rebels, but it did not send troops to Orvik."
    )
    sends = [e for e in events if e.cameo_code.startswith("15")]
    assert sends and all(e.source_name == "Veloria" for e in sends), [
        (e.cameo_code, e.source_name) for e in events
    ]
    attacks = [
        e
        for e in _events(make_state, "Kastan said its troops attacked the rebels in Orvik.")
        if e.cameo_code.startswith("18")
    ]
    assert attacks and all(e.source_name == "Kastan" for e in attacks)
    assert not any((e.source_name or "").startswith("its ") for e in attacks)


def test_it_after_a_thing_is_the_thing(make_state: Any) -> None:
    bans = [
        e
        for e in _events(make_state, "Kastan passed the bill in May. It bans imports from Orvik.")
        if e.cameo_code.startswith("17")
    ]
    assert all(e.source_name != "Kastan" for e in bans)


def test_money_and_schemes_do_nothing(make_state: Any) -> None:
    text = "His support of the Kastan reform, which passed the assembly but has stalled in the Orvik Senate, angered voters."
    assert not any(
        e.source_name == "Kastan" and e.cameo_code.startswith("12") for e in _events(make_state, text)
    )


def test_phrases_that_are_no_act(code: Any) -> None:
    assert not any(
        f.code.startswith("084") for f in code("The new tax rule lets farmers free up money for seed.")
    )
    assert code("The harbour board's media release listed the new ferry times.") == []
    found = code("Kastan proposed declaring an end to the long war with Veloria at the autumn talks.")
    assert not any(f.code.startswith("19") for f in found), [(f.code, f.trigger) for f in found]
    assert [f.code for f in code("Kastan dropped sanctions against Veloria on Monday.")] == ["085"]


def test_who_is_to_blame_is_blamed(code: Any) -> None:
    found = [f for f in code("Kastan is to blame for the attack, Okafor said.") if f.code == "112"]
    assert found and names(found[0].sources) != ["Kastan"] and "Kastan" in names(found[0].targets)


def test_a_hyphenated_word_is_the_lexicon_word(code: Any) -> None:
    found = code("The Orvik militia declared a cease-fire along the river on Sunday.")
    assert [f.code for f in found] == ["0871"]


def test_a_subject_the_parser_hung_on_the_opening_phrase(code: Any) -> None:
    text = (
        "Following Monday's raid, Russia, which denies any part in the harbour fire, "
        "accused Veloria of breaking the truce."
    )
    accusations = [f for f in code(text) if f.code == "112"]
    assert accusations and names(accusations[0].sources) == ["Russia"], [
        (f.code, names(f.sources)) for f in code(text)
    ]


def test_anyone_is_no_doer(make_state: Any) -> None:
    text = "Each time anyone accuses the Okafor government of selling out the fishermen, it cites the treaty."
    assert not any(e.cameo_code.startswith("11") for e in _events(make_state, text))
    kept = _events(make_state, "Someone attacked the Kastan embassy on Monday.")
    assert any(e.cameo_code.startswith("18") for e in kept)


def test_what_is_likely_has_not_happened(code: Any) -> None:
    for text in ("Kastan is likely to impose sanctions on Orvik.", "Kastan is unlikely to attack Orvik."):
        found = code(text)
        assert found and all(f.modality == "hypothetical" for f in found), (text, [f.modality for f in found])
