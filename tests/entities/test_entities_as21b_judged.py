"""Error classes left from judging as21's entities (session 20, second pass), each on invented text."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import ChainSpec, corpus_of_chains

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.entities.chains import given_name_gender
from storyline.state import DocState


def test_a_name_glued_to_a_likeness_suffix_is_no_mention(analyse: Callable[..., DocState]) -> None:
    # "a Marren-style speech" is a manner of speaking; Marren takes no part in it
    st = analyse(
        [
            "The mayor of Port Alder gave a Marren-style speech on Monday.",
            "Critics called the budget a Delvane-esque gamble that would fail.",
        ]
    )
    people = {m.text for m in st.mentions if m.ent_type == "PERSON"}
    assert not people & {"Marren", "Delvane"}


def test_a_compound_given_name_has_its_first_parts_gender() -> None:
    # the second part never decides: "Jean-Marie" is a man's name though "Marie" alone is a woman's
    assert given_name_gender("Anne-Lise") == "female"
    assert given_name_gender("Jean-Marie") == "male"
    assert given_name_gender("Hans-Peter") == "male"


def _chamber_corpus() -> Corpus:
    """Two articles about Kastania name its "House" bare; a third prints the chamber's full name."""
    specs: list[tuple[str, list[ChainSpec]]] = [
        ("a", [("Kastania", "GPE", "NOR", 3), ("House", "ORG", None, 2)]),
        ("b", [("Kastania", "GPE", "NOR", 2), ("House", "ORG", None, 1)]),
        ("c", [("Kastania", "GPE", "NOR", 2), ("House of Representatives", "ORG", None, 1)]),
    ]
    return corpus_of_chains(specs)


def test_a_chambers_full_name_and_its_bare_head_are_one_body() -> None:
    corpus = _chamber_corpus()
    resolve_entities(corpus)
    houses = {c.entity_id for c in corpus.chains if c.name.startswith("House")}
    assert len(houses) == 1
    assert {c.actor_code for c in corpus.chains if c.name.startswith("House")} == {"NORLEG"}


def test_picture_credits_are_no_entities_and_a_house_is_a_body(analyse: Callable[..., DocState]) -> None:
    # a caption's credit names who took the picture; "Liberty House" with no given name is a watchdog
    caption = analyse(
        [
            "Protesters gather outside the assembly in Port Alder. | Tarvo Lind, Orvik Pool Photo via Getty Images"
        ]
    )
    assert not [m.text for m in caption.mentions if "Photo" in m.text or "Getty" in m.text]
    st = analyse(["Liberty House, a watchdog based in Port Alder, said the vote was unfair."])
    assert {m.text: m.ent_type for m in st.mentions}.get("Liberty House") == "ORG"


def test_demonym_groups_with_different_heads_are_different_groups(analyse: Callable[..., DocState]) -> None:
    # the sources who talked to a paper are not the critics of the deal, though neither has a sector
    st = analyse(
        [
            "Two Norwegian sources told the Marren Courier that the deal was close. Norwegian critics "
            "say the deal gives away too much."
        ]
    )
    chain_of = {m.text: m.chain_id for m in st.mentions}
    assert chain_of["Norwegian sources"] != chain_of["Norwegian critics"]


def test_an_interviewers_role_noun_is_not_the_office_holder_asked(analyse: Callable[..., DocState]) -> None:
    # the host puts the question; the opposition leader answering is someone else
    st = analyse(
        [
            "Kastani opposition leader Ada Okafor appeared on a morning show on Sunday.",
            '"Will you run again?" the host asked. "I have not decided," Okafor said.',
        ]
    )
    okafor = next(m.chain_id for m in st.mentions if m.text == "Okafor")
    assert all(m.chain_id != okafor for m in st.mentions if m.text == "the host")
