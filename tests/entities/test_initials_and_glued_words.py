"""Invented text for errors judged on unseen news: an agency's initials that happen to match a place's
initials, a place or party word the tagger glued before a full name, a verb or a predicate read as a
title, and a given name spelt two ways in one article."""

from __future__ import annotations

from entity_helpers import state_with_pinned_labels

from storyline.state import DocState

_pinned = state_with_pinned_labels


def _chain_name(state: DocState, surface: str) -> str:
    for m in state.mentions:
        if m.text == surface:
            return state.chains[m.chain_id].name
    raise AssertionError(f"no mention {surface!r}")


def test_initials_join_no_place_whose_initials_match(nlp) -> None:  # type: ignore[no-untyped-def]
    # "KP" are the province's initials too, but the article never writes them for it
    st2 = _pinned(
        nlp,
        [
            "Fighting spread across Kastan Province on Monday, officials said.",
            "The KP reported that three bridges had been closed.",
        ],
        {"Kastan Province": "GPE", "KP": "ORG"},
    )
    assert _chain_name(st2, "KP") == "KP"


def test_initials_written_for_a_place_join_it(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        [
            "Fighting spread across Kastan Province (KP) on Monday, officials said.",
            "Roads in KP were closed by noon.",
        ],
        {"Kastan Province": "GPE", "KP": "GPE"},
    )
    assert _chain_name(st, "KP") == "Kastan Province"


def test_initials_join_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        [
            "The Orvik Harbour Board met on Monday to discuss the strike.",
            "A spokesman for the OHB said the talks would resume.",
        ],
        {"Orvik Harbour Board": "ORG", "OHB": "ORG"},
    )
    assert _chain_name(st, "OHB") == "Orvik Harbour Board"


def _people(state: DocState) -> set[str]:
    return {c.name for c in state.chains if c.ent_type == "PERSON"}


def test_place_word_glued_before_a_full_name_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    for label in ("ORG", "FAC"):
        st = _pinned(
            nlp,
            ["The party's leader at Harbourside Daniel Marren said the vote was a disgrace."],
            {"Harbourside Daniel Marren": label},
        )
        assert "Daniel Marren" in _people(st), label


def test_place_named_after_someone_keeps_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(nlp, ["Troops left Fort Daniel Marren on Monday."], {"Fort Daniel Marren": "FAC"})
    assert "Daniel Marren" not in _people(st)


def test_describing_words_before_a_full_name_are_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        ["Leading Harbour Loyalist Daniel Marren said the deal was dead."],
        {"Harbour Loyalist": "PERSON", "Daniel Marren": "PERSON"},
    )
    assert _people(st) == {"Daniel Marren"}


def _roles(state: DocState, name: str) -> list[str]:
    return [r.title for c in state.chains if c.name == name for r in c.roles]


def test_a_verb_is_no_part_of_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        ["Kastani leaders press President Daniel Marren to end the strike."],
        {"Daniel Marren": "PERSON"},
    )
    assert _roles(st, "Daniel Marren") == ["President"]


def test_a_description_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        [
            "Daniel Marren is a cunning actor, the envoy said.",
            "Supporters praised Sarah Okafor as a champion of harbour workers.",
            "Ada Delvane is a senior diplomat.",
            "An exiled leader of the union, Piet Orvik, said the strike would go on.",
        ],
        {
            "Daniel Marren": "PERSON",
            "Sarah Okafor": "PERSON",
            "Ada Delvane": "PERSON",
            "Piet Orvik": "PERSON",
        },
    )
    assert _roles(st, "Daniel Marren") == [] and _roles(st, "Sarah Okafor") == []
    assert _roles(st, "Ada Delvane") == ["diplomat"] and _roles(st, "Piet Orvik") == ["leader"]


def test_an_outlet_typed_a_person_by_its_outlet_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        [
            "The Orvik Dalsong, Kastania's top newspaper by circulation, reported that troops would stay.",
            "Gunmen attacked the offices of Marren Tolvey magazine in the capital.",
        ],
        {"The Orvik Dalsong": "PERSON", "Marren Tolvey": "PERSON"},
    )
    assert not {"Orvik Dalsong", "Marren Tolvey"} & _people(st)
    assert _chain_name(st, "The Orvik Dalsong") == "Orvik Dalsong"
    # a signature names the person, then the outlet's own name
    st = _pinned(nlp, ["\u201cWe stay,\u201d Ada Okafor, Kastan Weekly"], {"Ada Okafor": "PERSON"})
    assert "Ada Okafor" in _people(st)


def test_a_given_name_spelt_one_letter_apart_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _pinned(
        nlp,
        [
            "Dzhamil Okafor was arrested on Monday, police said.",
            "Prosecutors said Dzhamel Okafor had bought the boat in March.",
            "Maria Delvane and her brother Mario Delvane run the shop.",
        ],
        {
            "Dzhamil Okafor": "PERSON",
            "Dzhamel Okafor": "PERSON",
            "Maria Delvane": "PERSON",
            "Mario Delvane": "PERSON",
        },
    )
    people = _people(st)
    assert len({_chain_name(st, "Dzhamil Okafor"), _chain_name(st, "Dzhamel Okafor")}) == 1
    # two common given names of opposite genders stay two people
    assert {"Maria Delvane", "Mario Delvane"} <= people
