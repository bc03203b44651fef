"""Judged on as21, second pass (session 20): acknowledging a fact about others takes no blame, standing
up for one's own interests defends no one's act."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in


def _codes(events: list[Any]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.cameo_code, e.trigger, e.source_name, e.target_name) for e in events]


def _code_of(events: list[Any], start: str) -> list[str]:
    return [e.cameo_code for e in events if e.trigger.startswith(start)]


def test_acknowledging_a_fact_about_others_is_no_admission(make_state: Any) -> None:
    text = "The office of envoy Tomas Okafor last week acknowledged the blast was a planned attack."
    events = events_in(make_state, text)
    assert _code_of(events, "acknowledge") == ["010"], _codes(events)
    events = events_in(make_state, "Minister Delvane admitted that the harbour audit had been flawed.")
    assert _code_of(events, "admit") == ["010"], _codes(events)
    # owning up to one's own deeds stays an admission
    events = events_in(make_state, "Minister Delvane admitted that she had misled the harbour board.")
    assert _code_of(events, "admit") == ["015"], _codes(events)
    events = events_in(make_state, "Minister Delvane admitted the leaked tape was a recording of her voice.")
    assert _code_of(events, "admit") == ["015"], _codes(events)


def test_defending_ones_own_interests_is_no_verbal_defence(make_state: Any) -> None:
    text = "The Velorian government will defend its interests, Deputy Premier Tomas Okafor told envoys."
    events = events_in(make_state, text)
    assert not _code_of(events, "defend"), _codes(events)
    events = events_in(make_state, "Senator Okafor will defend the honour of the regiment, his aide said.")
    assert not _code_of(events, "defend"), _codes(events)
    text = "Trade minister Tomas Okafor has defended the curfews in the interest of calming the unrest."
    events = events_in(make_state, text)
    assert _code_of(events, "defend") == ["052"], _codes(events)
    events = events_in(make_state, "Trade minister Tomas Okafor on Tuesday defended the new harbour tariffs.")
    assert _code_of(events, "defend") == ["052"], _codes(events)


def test_a_participial_aside_is_done_by_the_name_it_follows(make_state: Any) -> None:
    text = (
        "Velorian Foreign Minister Tomas Okafor, meeting with Kastan's top envoy in Port Alder, "
        "urged the rebels to stay calm."
    )
    events = events_in(make_state, text)
    meetings = [e for e in events if e.trigger.startswith("meet")]
    assert [e.source_name for e in meetings] == ["Tomas Okafor"], _codes(events)
    # a bare noun the tagger misread after a list of names is no title: "advocate preserving" is their verb
    text = (
        "Mr. Okafor, Security Adviser T.R. Marren, Mr. Brenn and the chief of the Harbour Staff, "
        "Gen. Arvo F. Delvane Jr., advocate preserving the fishing agreement with Kastan; Mr. Velt scolds."
    )
    events = events_in(make_state, text)
    agreements = [e for e in events if e.trigger.startswith("agreement")]
    assert all(e.source_name != "Okafor" for e in agreements), _codes(events)


def test_demands_put_off_were_made_to_the_subject(make_state: Any) -> None:
    events = events_in(make_state, "Governor Marren sidestepped demands for new elections.")
    demands = [e for e in events if e.trigger.startswith("demand")]
    assert demands and all(e.source_name != "Marren" for e in demands), _codes(events)


def test_a_bare_this_or_that_does_nothing(make_state: Any) -> None:
    text = "What is the story of Kastan's role in Veloria and how has this helped the rebels?"
    events = events_in(make_state, text)
    assert not [e for e in events if e.trigger.startswith("help")], _codes(events)
    events = events_in(make_state, "Okafor said that this would not help the Orvik rebels.")
    assert not [e for e in events if e.trigger.startswith("help")], _codes(events)
    events = events_in(make_state, "Kastan has helped the Orvik rebels, Okafor said.")
    assert [e.trigger for e in events if e.trigger.startswith("help")], _codes(events)


def test_a_participle_on_a_named_persons_title_is_that_persons_act(make_state: Any) -> None:
    text = (
        "Tomas Okafor, the special magistrate conducting the inquiry into Kastan's bribes, charged 12 people."
    )
    events = events_in(make_state, text)
    inquiries = [e for e in events if e.trigger.startswith("conduct")]
    assert [e.source_name for e in inquiries] == ["Tomas Okafor"], _codes(events)


def test_a_summary_keeps_the_words_before_a_target_deep_in_the_object(make_state: Any) -> None:
    text = "Senator Delvane has called for an independent inquiry into Okafor's war on smugglers."
    events = events_in(make_state, text)
    calls = [e.summary for e in events if e.trigger.startswith("call")]
    assert calls and "inquiry into" in calls[0], _codes(events)
