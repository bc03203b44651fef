"""Session 15: a definite office ("the secretary of state") goes to whoever holds that office in the
article, not to the last person named with another office of the same head noun."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def _nominal_chain(st: DocState) -> str | None:
    names = {c.chain_id: c.name for c in st.chains}
    found = [names.get(m.chain_id) for m in st.mentions if m.kind == "nominal"]
    return found[0] if found else None


def test_office_with_its_field_after_of_goes_to_its_holder(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Secretary of State Ada Okafor landed in Port Alder on Monday, while Treasury Secretary Ivo "
            "Marren stayed in the capital. The secretary of state thanked the harbour workers."
        ]
    )
    assert _nominal_chain(st) == "Ada Okafor"


def test_office_holder_named_before_another_officer_is_still_found(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Ada Okafor, the secretary of state, landed in Port Alder on Monday. Defense Secretary Ivo "
            "Marren stayed behind. The secretary of state later thanked the harbour workers."
        ]
    )
    assert _nominal_chain(st) == "Ada Okafor"


def test_bare_head_still_goes_to_the_last_officer_of_that_head(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Governor Ada Okafor landed in Port Alder on Monday, while Treasury Secretary Ivo Marren stayed "
            "in the capital. The secretary thanked the harbour workers."
        ]
    )
    assert _nominal_chain(st) == "Ivo Marren"
