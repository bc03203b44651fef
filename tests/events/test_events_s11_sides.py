"""Sides of coded events: who did a noun's act when the clause only talks about it, things and places
taken for actors, and actor names that are no names (a question word, an apposition glued to the name)."""

from __future__ import annotations

from typing import Any

from coder_helpers import names

from storyline.events import find_events


def test_whoever_cites_detects_or_marks_an_act_did_not_do_it(code: Any) -> None:
    # the subject refers to, finds or records an act; it is not the act's doer
    for sentence in (
        "Kastan and Veloria cited the killing of Tomas Reyes.",
        "The Veloria intelligence service detected the threat.",
        "Kastan noted the attack on Alder.",
    ):
        doers = [name for f in code(sentence) for name in names(f.sources)]
        assert not any("Kastan" in d or "Veloria" in d for d in doers), (sentence, doers)
    # a doing verb keeps its subject as the noun's doer
    f = next(f for f in code("Kastan carried out the killing of Tomas Reyes.") if f.code.startswith("18"))
    assert names(f.sources) == ["Kastan"]


def test_a_question_word_names_no_actor(make_state: Any) -> None:
    st = make_state("What commander ordered the strike on Alder village?", published="2019-05-02")
    find_events(st)
    assert all(e.source_name is None or "What" not in e.source_name for e in st.events)
    assert all(e.source_name is None for e in st.events)


def test_an_apposition_is_not_part_of_the_actors_name(make_state: Any) -> None:
    st = make_state(
        "The Kastan Liberation Front, a splinter group of the Velorian army, seized the town of Alder.",
        published="2019-05-02",
    )
    st.mentions, st.chains = [], []  # as when the name tagger misses the name: the phrase is the name
    find_events(st)
    seized = [e for e in st.events if e.cameo_code.startswith(("17", "192"))]  # taking a town: 192
    assert seized, [(e.cameo_code, e.source_name) for e in st.events]
    assert seized[0].source_name == "Kastan Liberation Front"


def test_a_condition_or_a_challenge_is_nobodys_doing(make_state: Any) -> None:
    # what a deal's condition asks for, or what a challenge threatens, no actor did
    for sentence in (
        "Another condition of the deal calls for the release of 50 Kastan prisoners.",
        "The Veloria regime is threatened by the challenge from the streets.",
    ):
        st = make_state(sentence, published="2019-05-02")
        find_events(st)
        doers = [(e.source_name or "").lower() for e in st.events]
        assert not any("condition" in d or "challenge" in d for d in doers), (sentence, doers)
    # whoever poses the challenge is still a doer
    st = make_state("Kastan's rebels threatened the Veloria regime.", published="2019-05-02")
    find_events(st)
    assert any(e.cameo_code.startswith("13") and e.source_name for e in st.events)


def test_talks_by_no_one_named_are_not_held_with_their_city(code: Any) -> None:
    # the city is where the talks are, not who takes part in them
    for f in code("The ceasefire will be discussed in Alder on March 10."):
        assert not (f.code.startswith("04") and names(f.targets) == ["Alder"]), (f.code, names(f.targets))
    # one named doer acting in a city still has the city's side as target (unchanged)
    f = next(f for f in code("Kastan troops attacked protesters in Alder.") if f.code.startswith("1"))
    assert names(f.sources)


def test_the_words_of_a_deals_name_are_not_a_party_to_it(code: Any) -> None:
    f = next(f for f in code("It replaces the Veloria Free Trade Agreement between Kastan and Alder."))
    assert names(f.sources) == ["Kastan"] and names(f.targets) == ["Alder"]
    # a name before an unnamed act still says who did it
    f = next(f for f in code("A Kastan attack on Alder killed five.") if f.code == "180")
    assert names(f.sources) == ["Kastan"]


def test_an_army_reporting_strikes_reports_its_own(code: Any) -> None:
    f = next(
        f for f in code("The Kastan army reported strikes on 50 rebel targets.") if f.code.startswith("19")
    )
    assert names(f.sources) == ["The Kastan army"]
