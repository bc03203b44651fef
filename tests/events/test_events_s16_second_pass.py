"""Acts, sides and summaries judged on unseen news (as16, session 15, second pass): verbs of killing
the lexicon lacked, a main verb after a long apposition and a participle clause, an order given by
"told X to", a contradiction, a party set apart by "but not", a pronoun called on, the one a video shows
acting, and a lone act noun after its doer in a summary."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.summary) for e in events]


def test_cutting_off_a_head_is_a_killing(make_state: Any) -> None:
    for text in (
        "Orvik gunmen decapitated a village elder near Port Alder.",
        "Orvik gunmen butchered two Kastan soldiers near Port Alder.",
    ):
        events = events_in(make_state, text)
        assert any(e.cameo_code == "1823" and e.source_name == "Orvik gunmen" for e in events), (
            text,
            _sides(events),
        )


def test_a_name_before_a_long_apposition_and_a_participle_is_the_main_subject(make_state: Any) -> None:
    text = (
        "However, Okafor, the Veloria leader whose troops fought in the Delvane war in 2026, "
        "turning the tide against the militias, welcomed the decision."
    )
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("05")]
    assert events and all(e.source_name == "Okafor" for e in events), _sides(events)


def test_telling_someone_to_pull_troops_out_is_an_order(make_state: Any) -> None:
    text = "Marren has told the Kastan defence ministry to extricate its 600 troops within a month."
    events = events_in(make_state, text)
    orders = [e for e in events if e.cameo_code.startswith("10")]
    assert orders, _sides(events)
    assert all(e.source_name == "Marren" for e in orders), _sides(events)
    assert any(e.target_name and "defence ministry" in e.target_name for e in orders), _sides(events)
    # telling someone what is so orders nothing: the reported act stays its doer's
    events = events_in(make_state, "Okafor told reporters that Kastan had shelled the port.")
    assert not any(e.cameo_code.startswith("10") for e in events), _sides(events)
    assert any(e.cameo_code.startswith("19") and e.source_name == "Kastan" for e in events), _sides(events)


def test_contradicting_someones_assessment_disapproves_of_them(make_state: Any) -> None:
    text = "Ministers from Kastan have contradicted Okafor's claim that the rebels were beaten."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("11")]
    assert events and any(e.target_name == "Okafor" for e in events), _sides(events)


def test_a_party_set_apart_by_but_not_did_not_act(make_state: Any) -> None:
    text = "Kastan and Orvik — but not the Veloria government — signed a fishing accord on Friday."
    events = events_in(make_state, text)
    assert events, "the signing by the others is still an event"
    for e in events:
        assert "Veloria" not in (e.source_name or "") and "Veloria" not in (e.target_name or ""), _sides(
            events
        )
        assert "Veloria" not in (e.summary or ""), _sides(events)
    events = events_in(make_state, "Kastan, but not Veloria, shelled the rebel camp.")
    assert [e.source_name for e in events if e.cameo_code.startswith("19")] == ["Kastan"], _sides(events)
    # "not only ... but also" joins both
    events = events_in(make_state, "Not only Kastan but also Veloria shelled the rebel camp.")
    assert {e.source_name for e in events if e.cameo_code.startswith("19")} == {"Kastan", "Veloria"}, _sides(
        events
    )


def test_a_pronoun_called_on_leaves_no_room_for_the_complements_party(make_state: Any) -> None:
    text = "Delvane arrived late. Okafor urged him to support Kastan."
    events = events_in(make_state, text)
    assert all(e.target_name != "Kastan" for e in events if e.cameo_code.startswith("02")), _sides(events)
    # a name called on is the appeal's only target: the complement's party is no party to the appeal
    events = events_in(make_state, "Okafor urged Veloria to support Kastan.")
    assert {e.target_name for e in events if e.cameo_code.startswith("02")} == {"Veloria"}, _sides(events)


def test_the_one_a_video_shows_acting_is_the_doer(make_state: Any) -> None:
    text = (
        "One video posted on a news site showed members of the Orvik Guard, which often patrols the port, "
        "beating protesters near the market."
    )
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("18")]
    assert events, "the beating is an event"
    assert all(e.source_name and "Orvik" in e.source_name for e in events), _sides(events)


def test_a_lone_act_noun_after_its_doer_takes_a_possessive(make_state: Any) -> None:
    events = events_in(make_state, "A riot by Kastan prisoners left two guards dead.")
    riots = [e for e in events if e.trigger == "riot"]
    assert riots and all(e.summary == "Kastan prisoners' riot" for e in riots), _sides(events)
    events = events_in(make_state, "The Veloria administration's killing of Okafor drew protests.")
    kills = [e for e in events if e.cameo_code == "1823"]
    assert kills and all(e.summary.startswith("Veloria administration's killing") for e in kills), _sides(
        events
    )
