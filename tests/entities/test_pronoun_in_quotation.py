"""Session 15: a "he" or "she" inside a quotation is not the person who speaks it."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def _chain_of(st: DocState, text: str) -> str | None:
    names = {c.chain_id: c.name for c in st.chains}
    found = [names.get(m.chain_id) for m in st.mentions if m.text == text]
    return found[0] if found else None


def test_pronoun_in_the_speakers_own_words_is_not_the_speaker(analyse: Callable[..., DocState]) -> None:
    st = analyse(['Senator Ivo Marren spoke on Monday. "I know he will sign it," Marren said of the bill.'])
    assert _chain_of(st, "he") != "Ivo Marren"


def test_pronoun_in_a_quotation_finds_the_other_person(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            'Governor Pell Delvane met Senator Ivo Marren at the port. "He misled the board," Delvane said on Tuesday.'
        ]
    )
    assert _chain_of(st, "He") == "Ivo Marren"


def test_pronoun_outside_the_quotation_may_be_the_speaker(analyse: Callable[..., DocState]) -> None:
    st = analyse(['Senator Ivo Marren spoke on Monday. He said the bill was "a fair deal for the docks."'])
    assert _chain_of(st, "He") == "Ivo Marren"


def test_subject_of_a_partial_quotation_keeps_its_pronoun(analyse: Callable[..., DocState]) -> None:
    # the quoted words are said of Marren by someone else: "he" inside them is Marren
    st = analyse(['A former aide said Senator Ivo Marren "does not grasp what he is signing" at the port.'])
    assert _chain_of(st, "he") == "Ivo Marren"


def test_subject_of_a_verb_that_says_nothing_keeps_its_pronoun(analyse: Callable[..., DocState]) -> None:
    # Marren did not say the quoted words: he took "a first step for his party"
    st = analyse(['The envoy said Senator Ivo Marren had taken "a first step for his party" at the port.'])
    assert _chain_of(st, "his") == "Ivo Marren"
