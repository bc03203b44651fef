"""Judged on as20, second pass (session 19): summaries keep the act noun of a reduced passive and the
noun a possessive target owns, calls and inverted conditions are hypothetical, and travelling along,
greeting, acknowledging people and a price closing down by a share are no acts."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality, e.summary) for e in events]


def test_reduced_passive_summary_keeps_its_act_noun(make_state: Any) -> None:
    events = events_in(make_state, "Exporters blamed the sanctions imposed by Kastan against Veloria.")
    imposed = [e for e in events if e.cameo_code == "163"]
    assert [e.summary for e in imposed] == ["Kastan imposed sanctions against Veloria"], _sides(events)
    text = "Kastan is weighing its answer to a rocket attack carried out by Orvik rebels last week."
    events = events_in(make_state, text)
    attacks = [e for e in events if e.cameo_code.startswith("19")]
    assert [e.summary for e in attacks] == ["Orvik rebels carried out rocket attack"], _sides(events)


def test_a_call_for_a_possessed_act_keeps_the_act_and_is_hypothetical(make_state: Any) -> None:
    text = "Marren lost a vote in Port Alder. Opponents renewed calls for his arrest."
    events = events_in(make_state, text)
    calls = [e for e in events if e.cameo_code.startswith("02")]
    assert calls and calls[0].summary.endswith("for Marren's arrest"), _sides(events)
    arrests = [e for e in events if e.cameo_code.startswith("17")]
    assert arrests and {e.modality for e in arrests} == {"hypothetical"}, _sides(events)


def test_a_gerund_called_for_is_hypothetical(make_state: Any) -> None:
    events = events_in(make_state, "Okafor called for banning the Orvik party.")
    bans = [e for e in events if e.cameo_code.startswith("17")]
    assert bans and {e.modality for e in bans} == {"hypothetical"}, _sides(events)


def test_an_inverted_condition_is_hypothetical(make_state: Any) -> None:
    text = "Sanctions will follow should Kastan not comply with the accord signed today."
    events = events_in(make_state, text)
    comply = [e for e in events if e.trigger.startswith("comply")]
    assert [e.modality for e in comply] == ["hypothetical"], _sides(events)
    assert comply[0].summary.count("Kastan") == 1, _sides(events)


def test_travelling_with_someone_is_no_visit_to_them(make_state: Any) -> None:
    events = events_in(make_state, "Okafor was traveling with Delvane when the news broke.")
    assert not [e for e in events if e.cameo_code == "042"], _sides(events)
    events = events_in(make_state, "Kastan President Okafor travelled with Marren to Veloria.")
    visits = [e for e in events if e.cameo_code == "042"]
    assert [e.target_name for e in visits] == ["Veloria"], _sides(events)


def test_courtesies_and_acknowledged_people_are_no_acts(make_state: Any) -> None:
    events = events_in(make_state, "Okafor offered a greeting to the crowd in Port Alder.")
    assert not [e for e in events if e.cameo_code.startswith("03")], _sides(events)
    events = events_in(make_state, "Marren failed to acknowledge people who lost their homes.")
    assert not [e for e in events if e.cameo_code == "015"], _sides(events)
    events = events_in(make_state, "Kastan acknowledged its role in the raid.")
    assert [e.cameo_code for e in events] == ["015"], _sides(events)


def test_a_price_closing_down_by_a_share_closes_nothing(make_state: Any) -> None:
    events = events_in(make_state, "The Veloria krona was closing down 3% against the dollar.")
    assert not [e for e in events if e.cameo_code.startswith("17")], _sides(events)
    events = events_in(make_state, "Shares in Orvik Mining closed 4 percent higher on Monday.")
    assert not [e for e in events if e.cameo_code.startswith("17")], _sides(events)
    events = events_in(make_state, "Kastan closed its border with Veloria.")
    assert [e.cameo_code for e in events] == ["172"], _sides(events)


def test_signing_a_keepsake_is_no_accord(make_state: Any) -> None:
    for text in (
        "Kastan soldiers brought Okafor hats to sign during the visit.",
        "It is unclear what kind of memorabilia Okafor was signing at the rally.",
    ):
        events = events_in(make_state, text)
        assert not [e for e in events if e.cameo_code == "057"], _sides(events)
    events = events_in(make_state, "Kastan signed the accord with Veloria.")
    assert [e.cameo_code for e in events] == ["057"], _sides(events)


def test_lending_weight_to_a_view_is_no_loan(make_state: Any) -> None:
    text = "Kastan shipped parts to Veloria, lending weight to fears that Veloria had rebuilt its arsenal."
    events = events_in(make_state, text)
    assert not [e for e in events if e.cameo_code.startswith("07")], _sides(events)
    events = events_in(make_state, "Kastan lent Veloria two billion dollars.")
    assert [e.cameo_code for e in events] == ["071"], _sides(events)
