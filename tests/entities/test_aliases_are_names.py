"""An entity's aliases are the names it is written by, not descriptions that fit others (invented text)."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import chain_of

from storyline.state import DocState


def test_a_definite_description_joins_the_chain_but_is_no_alias(analyse: Callable[..., DocState]) -> None:
    # "the senator" is a mention of Orvik, but as an alias a focus on him would match every senator
    st = analyse(
        [
            "Senator Dara Orvik of Port Alder voted against the budget on Tuesday. "
            "The senator said the plan would hurt farmers."
        ]
    )
    orvik = chain_of(st, "Dara Orvik")
    assert any(m.kind == "nominal" and m.chain_id == orvik for m in st.mentions)
    ch = st.chain(orvik)
    assert ch is not None
    assert "Dara Orvik" in ch.aliases
    assert not any(a.lower() == "the senator" for a in ch.aliases)
