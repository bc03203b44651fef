"""Event summaries keep the article's curly apostrophes, which the parser reads straightened."""

from __future__ import annotations

from typing import Any

from storyline.nlp.parse import as_the_article_writes


def _summaries(make_state: Any, text: str) -> list[str]:
    from storyline.events import find_events

    state = make_state(text)
    find_events(state)
    return [e.summary for e in state.events]


def test_a_summary_spells_apostrophes_as_the_article_does(make_state: Any) -> None:
    summaries = _summaries(
        make_state, "Kastan won’t attack Veloria, and O’Marra met Okafor in Orvik on Monday."
    )
    assert summaries and all("'" not in s for s in summaries), summaries
    assert any("won’t attack" in s for s in summaries), summaries
    assert any("O’Marra" in s for s in summaries), summaries


def test_straight_apostrophes_written_straight_stay_straight() -> None:
    assert (
        as_the_article_writes("Kastan won't attack", "Kastan won't attack Veloria.") == "Kastan won't attack"
    )
    mixed = "Kastan won’t attack Veloria. Orvik's mayor can't say."
    assert as_the_article_writes("Orvik's mayor can't say", mixed) == "Orvik's mayor can't say"
    assert as_the_article_writes("Kastan won't attack", mixed) == "Kastan won’t attack"
