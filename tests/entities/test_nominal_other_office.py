"""A role nominal whose noun before the head names another office ("the inspector general" after a
"Deputy Attorney General") is not that person. Invented people."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def _chain_texts(state: DocState, surface: str) -> list[str]:
    chain = next(m.chain_id for m in state.mentions if m.text == surface)
    return [m.text for m in state.mentions if m.chain_id == chain]


def test_another_office_with_the_same_head_noun_is_not_the_officer(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Deputy Attorney General Rod Kelner defended his conduct on Monday. He said it was unlikely "
            "that the inspector general would find wrongdoing on his part."
        ]
    )
    assert "the inspector general" not in _chain_texts(state, "Rod Kelner")


def test_the_same_office_still_refers_to_the_officer(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Attorney General Rod Kelner defended his conduct on Monday. Critics said the attorney general "
            "had misled the committee."
        ]
    )
    assert "the attorney general" in _chain_texts(state, "Rod Kelner")
