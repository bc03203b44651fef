"""Judged on as17 (session 16, second pass): a list of doers of a one-way act, the owner of a passive's
subject, a pronoun in a closing "X reported", infinitives listed after an urged one, a side withdrawn
from an accord, the doer's own country as the owner of the object, and summaries that lost a particle,
a preposition's object, an owner's words or a gerund object."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality, e.summary) for e in events]


def test_a_list_of_doers_of_a_pledge_each_pledge(make_state: Any) -> None:
    text = "Prime Minister Okafor, President Marren and Chancellor Delvane pledged aid to the flood victims."
    events = events_in(make_state, text)
    assert sorted((e.source_name, e.target_name) for e in events) == [
        ("Delvane", None),
        ("Marren", None),
        ("Okafor", None),
    ], _sides(events)
    # praising a thing together is no praise of each other either
    events = events_in(make_state, "President Okafor and President Marren praised the new dam.")
    assert events and all(e.target_name is None for e in events), _sides(events)
    # meeting stays mutual
    events = events_in(make_state, "President Okafor and President Marren met in Port Alder.")
    assert [(e.source_name, e.target_name) for e in events] == [("Okafor", "Marren")], _sides(events)


def test_the_owner_of_a_passive_subject_is_the_target(make_state: Any) -> None:
    events = events_in(make_state, "The port of Marren was shelled by Kastan on Tuesday.")
    assert [(e.source_name, e.target_name) for e in events] == [("Kastan", "Marren")], _sides(events)
    # a thing's "of" phrase naming no one still names no target
    events = events_in(make_state, "The architect of the bombings was arrested by Kastan police.")
    assert all(e.target_name != "bombings" for e in events), _sides(events)


def test_a_pronoun_in_a_closing_report_is_not_the_outlet(make_state: Any) -> None:
    text = "They asked for about $40,000 per family, Harbour Ledger News reported."
    events = events_in(make_state, text)
    assert not [e for e in events if e.source_name == "Harbour Ledger News"], _sides(events)


def test_infinitives_listed_after_an_urged_one_are_the_urged_side_s(make_state: Any) -> None:
    text = (
        "Foreign Minister Delvane urged President Okafor to step back, engage in talks and shelve his plan."
    )
    talks = [e for e in events_in(make_state, text) if e.cameo_code.startswith("04")]
    assert [(e.source_name, e.modality) for e in talks] == [("Okafor", "hypothetical")], _sides(talks)


def test_a_side_withdrawn_from_an_accord_is_no_target(make_state: Any) -> None:
    events = events_in(make_state, "President Okafor withdrew Kastan from the fishing accord in May.")
    assert events and all(e.target_name != "Kastan" for e in events), _sides(events)
    assert all("from the fishing accord" in e.summary for e in events), _sides(events)


def test_the_doers_own_country_owning_the_object_is_no_target(make_state: Any) -> None:
    events = events_in(make_state, "After the riots the US government shut the US embassy in Port Alder.")
    assert [e.target_name for e in events] == [None], _sides(events)
    assert "shut the US embassy" in events[0].summary, _sides(events)
    # another country shutting it acts on the owner, and the summary says what was shut
    events = events_in(make_state, "After the riots Veloria shut the US embassy in Port Alder.")
    assert [e.target_name for e in events] == ["United States"], _sides(events)
    assert "shut US embassy" in events[0].summary, _sides(events)


def test_a_summary_keeps_the_particle_of_its_verb(make_state: Any) -> None:
    events = events_in(make_state, "Veloria threatened to back away from the ceasefire.")
    assert [e.summary for e in events] == ["Veloria threatened to back away"], _sides(events)


def test_a_summary_keeps_the_object_of_a_trigger_s_preposition(make_state: Any) -> None:
    events = events_in(make_state, 'Orvik wrote that Kastan "asked for the hearing" with Veloria.')
    assert [e.summary for e in events] == ["Kastan asked for the hearing with Veloria"], _sides(events)


def test_a_summary_keeps_a_gerund_object(make_state: Any) -> None:
    events = events_in(make_state, "President Okafor does not support using troops to quell the protests.")
    support = [e for e in events if e.cameo_code.startswith("05")]
    assert [e.summary for e in support] == ["Okafor does not support using troops"], _sides(events)


def test_names_set_after_a_group_noun_are_its_members(make_state: Any) -> None:
    for text in (
        "The two envoys, Okafor and Marren, met in Port Alder on Friday.",
        "So far the two envoys, President Okafor and President Marren, have not met.",
    ):
        events = events_in(make_state, text)
        assert [(e.source_name, e.target_name) for e in events] == [("Okafor", "Marren")], _sides(events)
