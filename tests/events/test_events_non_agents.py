"""Event sides whose head cannot act: forces and abstractions make no event, instruments no source."""

from __future__ import annotations

from typing import Any

import pytest
from coder_helpers import events_in


def _events(make_state: Any, text: str) -> list[Any]:
    return events_in(make_state, text, published="2020-03-02")


@pytest.mark.parametrize(
    "text",
    [
        "The virus killed 300 Bolivians last year.",
        "Forty Bolivians were killed by the storm.",
        "COVID-19 forced Italy to close its borders.",
        "The economy forced Chile to cut aid to Peru.",
    ],
)
def test_a_force_or_abstraction_as_doer_makes_no_event(make_state: Any, text: str) -> None:
    assert _events(make_state, text) == []


def test_an_unowned_weapon_is_no_source_but_the_attack_stays(make_state: Any) -> None:
    events = _events(make_state, "A missile struck the Bolivian embassy in Quito on Monday.")
    assert [e.cameo_code[:2] for e in events] == ["19"]
    assert events[0].source_name is None and events[0].target_name


def test_a_weapon_that_names_its_owner_keeps_the_owner_as_source(make_state: Any) -> None:
    events = _events(make_state, "Israeli missiles struck the Syrian army on Monday.")
    assert len(events) == 1
    assert events[0].source_name is not None and "Israeli" in events[0].source_name


def test_a_target_phrase_that_names_its_actor_keeps_the_actor(make_state: Any) -> None:
    events = _events(make_state, "Norway pledged aid to China's economy.")
    assert [(e.source_name, e.target_name) for e in events] == [("Norway", "China")]


def test_people_and_institutions_still_act(make_state: Any) -> None:
    events = _events(make_state, "Protesters in Lima attacked the Chilean embassy on Monday.")
    assert events and all(e.source_name for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kastan law allowed the council to select a successor.",
        "Velorian law bans the sale of Kastan wine.",
    ],
)
def test_a_law_is_no_doer(make_state: Any, text: str) -> None:
    events = _events(make_state, text)
    assert not [
        e for e in events if e.source_name and e.source_name.lower().startswith(("velorian law", "moment"))
    ]


def test_a_trip_by_no_one_named_is_no_visit(make_state: Any) -> None:
    for text in (
        "I was in Kastan, and I went to Veloria.",
        "I was in Kastan, and I decided to go to Veloria.",
    ):
        events = _events(make_state, text)
        assert not [e for e in events if e.cameo_code.startswith(("042", "036"))], text


def test_a_named_traveller_still_visits(make_state: Any) -> None:
    events = _events(make_state, "The Kastan president went to Veloria.")
    assert [e.cameo_code[:3] for e in events] == ["042"]
    events = _events(make_state, "The Kastan president decided to go to Veloria.")
    assert [e.cameo_code[:3] for e in events] == ["036"]
