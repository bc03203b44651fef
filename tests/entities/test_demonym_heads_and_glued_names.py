"""Session 16: a demonym's group is headed by a word for people or a body, not by what it does
("Kastani military exercises") nor by one person's description ("a Kastani brigadier general"); a
body's name glued to a given name in a caption is no part of the person, nor is a link word before a
headline ("View Marren names ...")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyline.entities import load_registry
from storyline.state import DocState


@pytest.fixture()
def kastania(tmp_path: Path) -> Iterator[None]:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "countries:\n  - {code: XKS, name: Kastania, demonyms: [Kastani]}\n"
        "  - {code: XVL, name: Veloria, demonyms: [Velorian]}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    yield
    load_registry()


def _names(st: DocState) -> set[str]:
    return {c.name for c in st.chains}


def _mentions_of(st: DocState, surface: str) -> list[str]:
    chain = next(m.chain_id for m in st.mentions if m.text == surface)
    return [m.text for m in st.mentions if m.chain_id == chain]


@pytest.mark.usefixtures("kastania")
def test_what_a_military_does_is_no_group(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Kastani military exercises near Port Alder alarmed the Velorian government on Monday."])
    assert not any(n.startswith("Kastani military") for n in _names(st))


@pytest.mark.usefixtures("kastania")
def test_group_ends_at_an_adjective_military_before_its_positions(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Velorian engineers said they surveyed Kastani military positions on the ridge."])
    assert "Kastani military" in _names(st)
    assert "Kastani military positions" not in _names(st)


@pytest.mark.usefixtures("kastania")
def test_an_officer_is_not_the_military(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        ["A Kastani brigadier general said on Monday that the Kastani military would leave Port Alder."]
    )
    assert _mentions_of(st, "Kastani military") == ["Kastani military"]


@pytest.mark.usefixtures("kastania")
def test_a_diplomat_is_not_the_state_media(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "A Velorian diplomat told reporters that Velorian state media had lied about the talks in Port Alder."
        ]
    )
    assert _mentions_of(st, "Velorian state media") == ["Velorian state media"]


@pytest.mark.usefixtures("kastania")
def test_groups_of_guards_and_agents_stay_groups(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        ["Velorian border guards and Velorian intelligence agents met in Port Alder on Monday.",
         "Kastani intelligence agencies said nothing."]
    )  # fmt: skip
    assert {
        "Velorian border guards",
        "Velorian intelligence agents",
        "Kastani intelligence agencies",
    } <= _names(st)


def test_outlet_glued_to_a_given_name_in_a_caption(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Reporters from The Orvik Science Monitor visited the camp in March.",
            "Lena Brandt/The Orvik Science Monitor Irena and Tomas sell bread at the market in Port Alder.",
            "Irena said the rent for their stall had doubled.",
        ]
    )
    assert not any("Monitor" in n for n in _names(st) if n != "Orvik Science Monitor")
    assert "Irena" in _names(st)


def test_outlet_named_only_short_elsewhere_is_cut_from_a_given_name(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Irena Vasko told the Monitor that the rent for the stall had doubled.",
            "Lena Brandt/The Orvik Science Monitor Irena and Tomas open the stall at dawn.",
            "Irena said the town had changed.",
        ]
    )
    assert not any("Monitor" in n for n in _names(st))
    assert "Irena Vasko" in _names(st)


def test_link_word_before_a_headline_is_no_name(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Ministers in Veloria spend little on roads.",
            "View Marren names a new harbour master for Port Alder",
        ]
    )
    assert "Marren" in _names(st)
    assert "View Marren" not in _names(st)
