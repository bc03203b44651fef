"""Error classes found judging as21's entities (session 20), each on invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from entity_helpers import ChainSpec, corpus_of_chains

from storyline.entities import resolve_entities
from storyline.state import DocState


def _names_of_chain_with(st: DocState, surface: str) -> list[str]:
    chain = next(m.chain_id for m in st.mentions if m.text == surface)
    return [m.text for m in st.mentions if m.chain_id == chain and m.kind == "name"]


def test_a_full_name_is_not_cut_to_its_particle_led_surname(analyse: Callable[..., DocState]) -> None:
    # the bare "Le Varre" printed later is a surname, no full name the longer one was a headline run into
    st = analyse(
        [
            "When Claire Le Varre was a child in Port Alder, her classmates mocked her.",
            "Le Varre now leads the party, and Ms. Le Varre says she is ready to govern.",
        ]
    )
    assert "Claire Le Varre" in _names_of_chain_with(st, "Le Varre")
    assert not any(m.text == "Claire" for m in st.mentions)


def test_a_name_the_tagger_cut_after_its_particle_runs_on(analyse: Callable[..., DocState]) -> None:
    # the tagger stops at "Le" when the surname's next word is also a common noun
    st = analyse(
        [
            "Party founder Jean-Paul Le Pot (c.) and his daughter Odile Le Pot arrive at a rally in "
            "Port Alder in 2010. She broke with her father five years later.",
        ]
    )
    names = {m.text for m in st.mentions if m.kind == "name"}
    assert {"Jean-Paul Le Pot", "Odile Le Pot"} <= names
    assert not names & {"Jean-Paul Le", "Odile Le", "Pot"}


def test_an_armed_groups_arabic_name_is_no_person(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Militants from Ansar al-Marren stormed the compound in Port Alder. Ansar al-Marren denied "
            "any role, and fighters of Jaish al-Veloria seized the town.",
            "Ansar Delvane, a columnist, said he was worried.",
        ]
    )
    types = {c.name: c.ent_type for c in st.chains}
    assert types["Ansar al-Marren"] == "ORG"
    assert types["Jaish al-Veloria"] == "ORG"
    assert types["Ansar Delvane"] == "PERSON"  # a given name that is also such a word


def test_an_abbreviated_president_title_is_no_part_of_the_name(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "As President Okafor weighs a response to the attack, aides say time is short.",
            "Pres. Okafor has said little in public, and Mr. Okafor left for Port Alder on Sunday.",
        ]
    )
    okafor = next(c for c in st.chains if c.ent_type == "PERSON")
    assert okafor.name == "Okafor"
    assert len([c for c in st.chains if c.ent_type == "PERSON"]) == 1


@pytest.mark.usefixtures("kastania")
def test_a_body_named_with_its_country_is_the_bare_body_of_that_country() -> None:
    # two articles about Kastania name its "Senate" bare (coded by the corpus's agreement), a third
    # prints "the Kastani Senate": one legislature, one entity
    specs: list[tuple[str, list[ChainSpec]]] = [
        ("a", [("Kastania", "GPE", "XKS", 3), ("Senate", "ORG", None, 1)]),
        ("b", [("Kastania", "GPE", "XKS", 2), ("Senate", "ORG", None, 1)]),
        ("c", [("Kastani Senate", "ORG", "XKSLEG", 1)]),
    ]
    corpus = corpus_of_chains(specs)
    resolve_entities(corpus)
    senates = {c.entity_id for c in corpus.chains if "Senate" in c.name}
    assert len(senates) == 1
    assert {c.actor_code for c in corpus.chains if "Senate" in c.name} == {"XKSLEG"}


def test_a_country_after_office_in_is_where_the_holder_is_posted(analyse: Callable[..., DocState]) -> None:
    # "the Kastani commander in Mali Gen. X" serves Kastania; "Mali Gen. X" alone is Mali's
    posted = analyse(["British commander in Mali Gen. Ada Okafor faces an inquiry over her emails."])
    okafor = next(c for c in posted.chains if c.ent_type == "PERSON")
    assert [r.country for r in okafor.roles] == ["GBR"]
    own = analyse(["Mali Gen. Ada Okafor faces an inquiry over her emails."])
    assert [r.country for r in next(c for c in own.chains if c.ent_type == "PERSON").roles] == ["MLI"]


def test_a_possessive_inside_a_names_appositive_is_someone_else(analyse: Callable[..., DocState]) -> None:
    # "NAME, one of her advisers": the adviser is no "her"; the given name says no gender to refuse it
    st = analyse(
        [
            "Claire Varre broke with her father on television last year.",
            "The split was costly, says Tarvo Delvane Orvik, one of her advisers.",
        ]
    )
    tarvo = next(c for c in st.chains if c.name == "Tarvo Delvane Orvik")
    assert not any(m.kind == "pronoun" for m in st.mentions if m.chain_id == tarvo.chain_id)
