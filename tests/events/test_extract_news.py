"""Event rows for constructions a judged sample of real news got wrong (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events


def test_co_subjects_are_no_pair_when_the_act_names_another_partner(make_state: Any) -> None:
    st = make_state("Kastan and Veloria are sharing intelligence with them.", published="2020-03-02")
    find_events(st)
    pairs = {(e.source_name, e.target_name) for e in st.events}
    assert ("Kastan", "Veloria") not in pairs and ("Veloria", "Kastan") not in pairs, pairs
    # with no partner named, the two did it with each other
    st = make_state("Kastan and Veloria shared intelligence on Monday.", published="2020-03-02")
    find_events(st)
    assert {(e.source_name, e.target_name) for e in st.events} == {("Kastan", "Veloria")}


def test_summary_of_a_passive_does_not_make_a_later_target_its_subject(make_state: Any) -> None:
    st = make_state(
        "In 2017, a memorandum on the pipeline was signed between Kastan, Veloria and Ostrava.",
        published="2020-03-02",
    )
    find_events(st)
    signed = [e for e in st.events if e.cameo_code == "057"]
    assert signed, [(e.cameo_code, e.summary) for e in st.events]
    for e in signed:
        assert not e.summary.startswith(f"{e.target_name} was"), e.summary
    # a target standing before its passive verb still opens the summary
    st = make_state("Tomas Reyes, a Kastan senator, was killed on Monday.", published="2020-03-02")
    find_events(st)
    assert any(e.summary.startswith("Tomas Reyes was killed") for e in st.events), [
        e.summary for e in st.events
    ]


def test_summary_of_a_trip_ends_where_the_trip_went(make_state: Any) -> None:
    st = make_state("The Kastan envoys travelled to Veloria to meet the president.", published="2020-03-02")
    find_events(st)
    trips = [e for e in st.events if e.cameo_code.startswith("042")]
    assert trips and all(not e.summary.endswith(" to") for e in trips), [e.summary for e in trips]
