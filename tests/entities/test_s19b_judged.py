"""Error classes left on as19 by the morning's judging (session 18, second pass), on invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.state import DocState


def _types(st: DocState) -> dict[str, str]:
    return {c.name: c.ent_type for c in st.chains}


def _chain_texts(st: DocState, name: str) -> list[str]:
    chain = next(c for c in st.chains if c.name == name)
    return [m.text for m in st.mentions if m.chain_id == chain.chain_id]


def test_a_lone_word_the_article_calls_an_area_or_town_is_a_place(analyse: Callable[..., DocState]) -> None:
    # the tagger typed each of these one-word places a person
    st = analyse(
        [
            "The army shelled rebel positions in the Ostrander area overnight. Ostrander lies east "
            "of the capital.",
            "The reactor near the town of Marrick could produce plutonium, inspectors said.",
            "Residents of Zaharin fled. The Zaharin refugee camp is now the country's fourth largest city.",
        ]
    )
    types = _types(st)
    assert types["Ostrander"] == "GPE"
    assert types["Marrick"] == "GPE"
    assert types["Zaharin"] == "GPE"


def test_a_lone_word_the_article_calls_a_news_agency_is_an_organisation(
    analyse: Callable[..., DocState],
) -> None:
    st = analyse(
        [
            "The strike killed four rebels, according to Kimsong, the state news agency. Kimsong says "
            "troops destroyed two hideouts.",
        ]
    )
    assert _types(st)["Kimsong"] == "ORG"


def test_a_lone_name_with_faith_in_it_stays_a_person(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Voters lost faith in Marren after the debate, a pollster said."])
    assert _types(st)["Marren"] == "PERSON"


def test_a_reflexive_pronoun_stands_for_its_own_clause_subject(analyse: Callable[..., DocState]) -> None:
    # "himself" and "his" belong to the unnamed man, not to the person named before
    st = analyse(
        [
            "Tomas Delvane met a man who called himself a prophet. Delvane laughed.",
            "Ivo Marren, who described himself as a pacifist, joined the march.",
        ]
    )
    assert _chain_texts(st, "Tomas Delvane") == ["Tomas Delvane", "Delvane"]
    assert _chain_texts(st, "Ivo Marren") == ["Ivo Marren", "himself"]


def test_a_reflexive_after_a_definite_description_finds_the_named(analyse: Callable[..., DocState]) -> None:
    # "the oilman" points back to the person named before, and so does his "himself"
    st = analyse(
        ["Ivo Marren has clashed with his aides. The oilman has walled himself off among a few advisers."]
    )
    person = next(c for c in st.chains if c.ent_type == "PERSON")
    assert _chain_texts(st, person.name)[-1] == "himself"


def test_a_possessive_beside_a_reflexive_is_the_unnamed_subject_s(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "The shelling was reported by Kestrel Wire. A rebel commander who identified himself by his "
            "nickname, Abu Selim, said two fighters were killed. Ada Okafor denied it.",
        ]
    )
    people = {c.name: _chain_texts(st, c.name) for c in st.chains if c.ent_type == "PERSON"}
    assert not any(t in ("himself", "his") for texts in people.values() for t in texts)


@pytest.mark.usefixtures("kastania")
def test_a_joined_or_media_demonym_phrase_is_no_alias(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "The Kastani government denied the report, Kastani state news agency Orvika said on Monday. "
            "Kastani officials said the claims were false.",
            "Kastani and civil rights leaders met in Port Alder. Kastani officials said the talks went well.",
        ]
    )
    aliases = {a for c in st.chains for a in c.aliases}
    assert "Kastani officials" in aliases
    assert not any("agency" in a or " and " in a for a in aliases)


def test_a_bare_surname_spelt_another_way_is_the_person_named_in_full(
    analyse: Callable[..., DocState],
) -> None:
    st = analyse(
        [
            "Prime Minister Sami al-Qorvani refused to step down on Monday. Critics say Prime Minister "
            "Qurvani is clinging to power."
        ]
    )
    assert [c.name for c in st.chains if c.ent_type == "PERSON"] == ["Sami al-Qorvani"]


def test_an_organisation_name_with_and_keeps_its_full_name(analyse: Callable[..., DocState]) -> None:
    # the "and" that makes a demonym phrase a description is part of many organisations' names
    st = analyse(["The Orvik Food and Drug Board (OFDB) said on Monday that it approved the drug."])
    assert "Orvik Food and Drug Board" in {c.name for c in st.chains}
