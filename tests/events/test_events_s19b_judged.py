"""Judged on as19 (session 18, second pass): the doer of an act noun with a possessor, of an opening
participle before a passive, of an appeal; a denied verb carrying its act noun; summaries that keep the
words they skipped."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality, e.summary) for e in events]


def test_a_place_before_an_act_noun_with_a_possessor_is_no_doer(make_state: Any) -> None:
    events = events_in(make_state, "Okafor's Harbour Hall meeting with Marren ended without a deal.")
    assert [(e.source_name, e.target_name) for e in events] == [("Okafor", "Marren")], _sides(events)


def test_a_name_before_an_act_noun_with_a_possessor_is_what_it_was_done_to(make_state: Any) -> None:
    events = events_in(make_state, "Okafor's Kastan visit angered Marren.")
    visits = [e for e in events if e.cameo_code.startswith("04")]
    assert [(e.source_name, e.target_name) for e in visits] == [("Okafor", "Kastan")], _sides(events)
    assert visits[0].summary == "Okafor's Kastan visit", _sides(events)


def test_an_opening_participle_tells_of_the_passive_subject(make_state: Any) -> None:
    text = "Arriving in Port Alder late on Friday, Okafor was welcomed by a band and a man in a red cap."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("042")]
    assert [e.source_name for e in events] == ["Okafor"], _sides(events)
    assert events[0].summary.startswith("Okafor arriving in"), _sides(events)


def test_the_one_urged_is_the_appeals_only_target(make_state: Any) -> None:
    events = events_in(make_state, "Marren urged Okafor to defend Kastan.")
    assert [(e.source_name, e.target_name) for e in events] == [("Marren", "Okafor")], _sides(events)
    assert events[0].summary == "Marren urged Okafor to defend Kastan", _sides(events)


def test_a_denied_verb_carrying_the_act_denies_it(make_state: Any) -> None:
    text = "Kastan and Veloria had not been exchanging threats when the pact was signed."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("13")]
    assert events and all(e.modality == "negated" for e in events), _sides(events)
    # denying what one did about an act leaves the act done
    events = [
        e
        for e in events_in(make_state, "The report did not cover the Kastan threats against Veloria.")
        if e.cameo_code.startswith("13")
    ]
    assert events and all(e.modality != "negated" for e in events), _sides(events)


def test_a_long_target_phrase_counts_words_not_hyphen_pieces(make_state: Any) -> None:
    text = "Marren praised Kastan as she defended the new Orvik Bay Partnership free-trade deal."
    events = [e for e in events_in(make_state, text) if e.cameo_code == "052"]
    assert events and "free-trade deal" in events[0].summary, _sides(events)


def test_a_speech_delivered_on_a_deal_delivers_no_deal(make_state: Any) -> None:
    text = (
        "Aides cite the address Marren delivered last week on the Kastan border accord as the turning point."
    )
    events = events_in(make_state, text)
    assert not [e for e in events if e.cameo_code == "057"], _sides(events)
    events = events_in(make_state, "Marren delivered on the Kastan border accord.")
    assert [e.cameo_code for e in events] == ["057"], _sides(events)


def test_a_name_inside_a_participle_phrase_is_not_the_phrase(make_state: Any) -> None:
    text = "Leaders of the nations involved in the Orvik Trade Organization talks met on Monday."
    events = events_in(make_state, text)
    assert not [e for e in events if e.source_name == "Orvik Trade Organization"], _sides(events)


def test_a_summary_skipping_words_keeps_the_preposition_of_a_gerund(nlp: Any) -> None:
    from storyline.events.extract import _with_complement_marks

    doc = nlp("Kastan has committed to supplying arms to Orvik rebels.")
    verb, gerund, obj = doc[2], doc[4], doc[5]
    assert (gerund.dep_, gerund.head.lower_) == ("pcomp", "to"), [(t.text, t.dep_) for t in doc]
    words = [t.text for t in _with_complement_marks([verb, gerund, obj])]
    assert words == ["committed", "to", "supplying", "arms"]
