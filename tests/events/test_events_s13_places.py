"""A place that says where a side's people or thing are ("students in Port Alder", "militants in
Orvik") is not that side (session 13): the side is the people, and the place only feeds its code."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events

_PLACES = ("Port Alder", "Orvik", "Tazmir")


def _sides(make_state: Any, sentence: str) -> list[tuple[str | None, str | None]]:
    st = make_state(sentence, published="2019-05-02")
    find_events(st)
    return [(e.source_name, e.target_name) for e in st.events]


def _place_named(name: str | None) -> bool:
    return name is not None and name in _PLACES


def test_people_in_a_city_are_not_the_city(make_state: Any) -> None:
    cases = (
        "Crowds of students in central Port Alder protested against the ministry.",
        "A student in Orvik alleges that recruiters beat a man who refused to sign up.",
        "Veloria has assassinated militants in Tazmir.",
    )
    for sentence in cases:
        sides = _sides(make_state, sentence)
        assert sides, sentence
        assert not any(_place_named(s) or _place_named(t) for s, t in sides), (sentence, sides)


def test_the_people_named_keep_their_place_as_side(make_state: Any) -> None:
    # the rule must leave a doer in the sentence: the people themselves
    sides = _sides(
        make_state, "A student in Orvik alleges that recruiters beat a man who refused to sign up."
    )
    assert any(s is not None and "student" in s for s, _ in sides), sides
    # a place named as the side itself stays one
    sides = _sides(make_state, "Veloria attacked Tazmir on Monday.")
    assert ("Veloria", "Tazmir") in sides, sides
    # and a people noun tied to a place by "from" or "of" is not touched by this rule
    sides = _sides(make_state, "Officials from Tazmir accused Veloria of fraud.")
    assert any(t == "Veloria" for _, t in sides), sides


def test_a_town_named_only_as_where_the_act_happened_is_no_target(make_state: Any) -> None:
    cases = (
        "Kastan police raided homes in Marrenburg, a town near the border, on Sunday.",
        "Veloria's army shelled rebel positions in Marrenburg, a small town.",
        "Veloria troops fought in Marrenburg, a village in the north, on Sunday.",
        "Kastan held a rally in Marrenburg, a city in the south.",
    )
    for sentence in cases:
        sides = _sides(make_state, sentence)
        assert sides, sentence  # the act stays, with its doer
        assert not any(t == "Marrenburg" for _, t in sides), (sentence, sides)
    # a name nothing marks as a town may be a country, which CAMEO takes as the target of acts in it
    assert ("Kastan", "Marrenburg") in _sides(
        make_state, "Kastan police raided homes in Marrenburg on Sunday."
    )
    # a trip's destination is its host, and a place attacked by name stays the target
    assert ("Ada Marren", "Marrenburg") in _sides(
        make_state, "Ada Marren arrived in Marrenburg, a town, on Friday."
    )
    assert ("Veloria", "Tazmir") in _sides(make_state, "Veloria attacked Tazmir on Monday.")


def test_a_side_is_named_by_its_own_words_not_the_clause_it_hangs_on(make_state: Any) -> None:
    # the parser hangs "one critically" on "people" across the verb: the name stops before the verb
    sides = _sides(make_state, "Eight people were injured -- one critically -- before Kastan police arrived.")
    injured = [t for _, t in sides if t is not None and "people" in t]
    assert injured and all("injured" not in t for t in injured), sides
