"""Judged on as17 (session 16): a leave to act that is granted, a press on with an assault for some days,
talks between two sides named in one phrase, a threat taken seriously, the reason after a praised
person, a unit named after an act, a patient admitted to hospital, and "gave no aid"."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.summary) for e in events]


def test_a_granted_power_to_strike_is_the_grant_only(make_state: Any) -> None:
    events = events_in(
        make_state, "The Kastan senate granted Governor Okafor the authority to strike Veloria."
    )
    assert [e.cameo_code[:2] for e in events] == ["07"], _sides(events)
    assert [e.target_name for e in events] == ["Okafor"], _sides(events)


def test_pressing_an_assault_for_days_is_the_assault(make_state: Any) -> None:
    text = "Kastan pressed its offensive on rebel towns in the Orvik hills for a sixth straight day."
    events = events_in(make_state, text)
    assert events and all(e.cameo_code[:2] in ("18", "19") for e in events), _sides(events)
    # pressing someone for something still asks it of them
    events = events_in(make_state, "Kastan pressed Veloria for a ceasefire.")
    assert [e.cameo_code[:2] for e in events] == ["02"], _sides(events)


def test_talks_between_two_sides_name_both_in_one_phrase(make_state: Any) -> None:
    for text in (
        "Talks between Kastan and Veloria on the fishing quota resume next spring.",
        "Okafor said a meeting between Kastan and Veloria was planned for Friday.",
    ):
        events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("04")]
        assert events, text
        assert all("between Kastan and Veloria" in e.summary for e in events), _sides(events)
        assert not any("Kastan's" in e.summary for e in events), _sides(events)


def test_taking_a_threat_seriously_threatens_no_one(make_state: Any) -> None:
    events = events_in(make_state, "The Orvik government is taking the storm threat seriously.")
    assert not [e for e in events if e.cameo_code.startswith("13")], _sides(events)
    # a threat made stays one
    events = events_in(make_state, "Kastan threatened Veloria with sanctions.")
    assert [e.cameo_code[:2] for e in events] == ["13"], _sides(events)


def test_the_reason_a_person_is_praised_for_is_no_second_target(make_state: Any) -> None:
    for text in (
        "Delvane praised Okafor for the release of the prisoners.",
        "Delvane commended Harbour Minister Okafor for the passage of the dredging budget.",
    ):
        events = events_in(make_state, text)
        assert [e.target_name for e in events] == ["Okafor"], _sides(events)


def test_a_unit_named_after_an_act_is_no_act(make_state: Any) -> None:
    events = events_in(make_state, "Kastan has also sent a carrier strike group to the Orvik strait.")
    assert not [e for e in events if e.cameo_code.startswith("14")], _sides(events)
    # a mission named by its act is still that act
    events = events_in(make_state, "Kastan sent a mediation team to Port Alder.")
    assert all(not e.cameo_code.startswith("14") for e in events), _sides(events)


def test_being_admitted_to_hospital_admits_nothing(make_state: Any) -> None:
    for text in (
        "Marren was admitted to intensive care after a fall at the quay.",
        "Okafor was admitted to a hospital in Port Alder after the crash.",
    ):
        assert not events_in(make_state, text), text
    events = events_in(make_state, "Kastan admitted that its troops had crossed the border.")
    assert [e.cameo_code for e in events] == ["015"], _sides(events)


def test_an_act_its_object_says_none_of_is_negated(make_state: Any) -> None:
    events = events_in(make_state, "Kastan gave no aid to the Orvik rebels.")
    assert [e.modality for e in events] == ["negated"], _sides(events)
    events = events_in(make_state, "Kastan gave aid to the Orvik rebels.")
    assert [e.modality for e in events] == ["asserted"], _sides(events)
