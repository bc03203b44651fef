"""Side effects of the second as16 pass (session 15, third pass): two killings of different victims in
one sentence, a claim as the doer of disapproval, the one ordered in a long order's summary, and a waiver
of sanctions."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.summary) for e in events]


def test_killings_of_different_victims_are_two_events(make_state: Any) -> None:
    text = "The Veloria militia decapitated two journalists and killed thousands of villagers in the north."
    kills = [e for e in events_in(make_state, text) if e.cameo_code == "1823"]
    assert len(kills) == 2, _sides(kills)
    assert any("villagers" in e.summary for e in kills), _sides(kills)


def test_the_dead_and_wounded_of_one_attack_stay_one_incident(make_state: Any) -> None:
    """Different acts of one attack (killing and wounding, attacking and killing) are its facets."""
    for text in (
        "Orvik gunmen killed one soldier and wounded two near Port Alder.",
        "Kastan gunmen killed three Veloria farmers and wounded four others on Monday.",
        "A Kastan gunman opened fire at the base, killing a Veloria general and wounding 15 people.",
        "Kastan militants attacked the ferry terminal with rifles, killing 12 people.",
    ):
        acts = [e for e in events_in(make_state, text) if e.cameo_code.startswith("18")]
        assert len(acts) <= 1, (text, _sides(acts))


def test_a_claim_is_no_doer_of_disapproval(make_state: Any) -> None:
    text = "Marren wrote that the file was genuine, a claim that could contradict the Veloria government."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("11")]
    assert all(e.source_name is None or "claim" not in e.source_name.lower() for e in events), _sides(events)


def test_a_claim_by_someone_is_that_someones_disapproval(make_state: Any) -> None:
    text = "A claim by the ministry contradicted the Veloria government."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("11")]
    assert events and all(e.source_name == "ministry" for e in events), _sides(events)


def test_a_long_orders_summary_keeps_the_one_ordered(make_state: Any) -> None:
    text = (
        "Marren has told the Kastan defence ministry to extricate its 600 troops from the valley before "
        "the winter, according to officials in Port Alder."
    )
    orders = [e for e in events_in(make_state, text) if e.cameo_code.startswith("10")]
    assert orders, _sides(orders)
    assert all("told the Kastan defence ministry to extricate" in e.summary for e in orders), _sides(orders)


def test_waiving_sanctions_eases_them(make_state: Any) -> None:
    events = events_in(make_state, "Kastan waived sanctions on Veloria.")
    assert [e.cameo_code for e in events] == ["085"], _sides(events)
    events = events_in(make_state, "Kastan said he would waive nuclear sanctions on Veloria.")
    assert not any(e.cameo_code.startswith("16") for e in events), _sides(events)
