"""Session 15: a demonym's group ends before what the group made ("Kastani media reports"), a demonym
before a named body ("the Kastani Defense Ministry") is that body, an organisation, and a word coined of
a country's name and "exit" is no organisation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.state import DocState


def _chains(st: DocState) -> dict[str, str]:
    return {c.name: c.ent_type for c in st.chains}


@pytest.mark.usefixtures("kastania")
def test_demonym_group_stops_before_what_the_group_made(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Kastani media reports said the ferry sank near Port Alder on Monday."])
    assert _chains(st).get("Kastani media") == "NORP"
    assert "Kastani media reports" not in _chains(st)


@pytest.mark.usefixtures("kastania")
def test_demonym_before_a_named_ministry_is_an_organisation(analyse: Callable[..., DocState]) -> None:
    st = analyse(["The Kastani Defense Ministry said the drills near Port Alder would end on Friday."])
    assert _chains(st).get("Kastani Defense Ministry") == "ORG"


@pytest.mark.usefixtures("kastania")
def test_demonym_group_of_people_stays_a_group(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Kastani officials said the ferry sank near Port Alder on Monday."])
    assert _chains(st).get("Kastani officials") == "NORP"


def test_coined_exit_word_is_no_organisation(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Talks on Kastexit stalled in Port Alder on Monday, and Kastexit may now be delayed."])
    assert not any(c.name == "Kastexit" for c in st.chains)


@pytest.mark.usefixtures("kastania")
def test_demonym_before_a_group_word_stays_a_group(analyse: Callable[..., DocState]) -> None:
    st = analyse(["The victim was a Kastani Christian who worked at the port of Port Alder."])
    assert _chains(st).get("Kastani Christian") == "NORP"


def test_coined_exit_word_tagged_a_person_is_no_one(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Thousands of cheerful Kastexit supporters gathered outside the palace at Port Alder."])
    assert not any(c.name == "Kastexit" for c in st.chains)
