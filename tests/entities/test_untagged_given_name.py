"""Name spans the model got wrong: a given name left out of a lone surname (so two people of one surname
stay apart), a title word taken as a name, a building named after a person."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import chain_of

from storyline.state import DocState


def test_an_untagged_given_name_keeps_two_people_of_one_surname_apart(
    analyse: Callable[..., DocState],
) -> None:
    state = analyse(
        [
            "Omar Haddad attacked people at a hall in Leeds.",
            '"We stand together," tweeted Mayor of Leeds Sadiq Haddad (no relation).',
            "Haddad had been released a year earlier.",
        ]
    )
    names = [m.text for m in state.mentions if m.kind == "name"]
    assert "Sadiq Haddad" in names
    assert chain_of(state, "Sadiq Haddad") != chain_of(state, "Omar Haddad")


def test_a_word_after_the_is_no_given_name(analyse: Callable[..., DocState]) -> None:
    state = analyse(["Police said Haddad was armed. The Labour Haddad spoke."])
    names = [m.text for m in state.mentions if m.kind == "name"]
    assert "Labour Haddad" not in names


def test_a_sheriff_is_a_title_not_a_given_name(analyse: Callable[..., DocState]) -> None:
    state = analyse(['"Two were hurt," Sheriff Brandt said. Brandt added that the suspect was held.'])
    names = {m.text for m in state.mentions if m.kind == "name"}
    titles = {m.text for m in state.mentions if m.kind == "title"}
    assert "Brandt" in names and "Sheriff Brandt" not in names
    assert "Sheriff" in titles


def test_a_building_named_after_a_person_is_a_place(analyse: Callable[..., DocState]) -> None:
    state = analyse(["Investigators searched Brennan Tower on Monday."])
    assert {m.text: m.ent_type for m in state.mentions if m.kind == "name"}["Brennan Tower"] == "FAC"


def test_a_surname_like_building_word_stays_a_person(analyse: Callable[..., DocState]) -> None:
    state = analyse(["Jerry Hall said she would attend the gala."])
    assert {m.text: m.ent_type for m in state.mentions if m.kind == "name"}["Jerry Hall"] == "PERSON"
