"""Streets, bridges, squares and ships the tagger calls people or organisations are places (invented)."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def test_a_bridge_the_tagger_took_for_a_person_is_a_place(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Witnesses said the man ran across Marren Bridge toward Delvane Street, where officers shot "
            "him. Marren Bridge stayed closed."
        ]
    )
    bridge = [m for m in st.mentions if m.text == "Marren Bridge"]
    assert bridge and all(m.ent_type == "FAC" for m in bridge)
    # "him" is the man, not the bridge
    assert not any(m.text == "him" and m.chain_id == bridge[0].chain_id for m in st.mentions)


def test_a_bridge_the_tagger_took_for_an_organisation_is_a_place(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Police closed Orvik Bridge and Lower Ferry Street on Saturday after the attack."])
    assert [m.ent_type for m in st.mentions if m.text == "Orvik Bridge"] == ["FAC"]
