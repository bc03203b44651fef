"""Quote speakers that cannot speak (forces, abstractions, weapons) are no speakers; documents are."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import body, parse

from storyline.quotes import find_quotes


def _quotes(nlp: Any, text: str) -> list[Any]:
    st = parse(nlp, body(text))
    find_quotes(st)
    return list(st.quotes)


@pytest.mark.parametrize(
    "text",
    [
        "History tells us that wars between neighbours end badly.",
        "The crisis has revealed that Chile depends on imports from Peru.",
        "The outbreak suggests that the health system of Peru was weak.",
    ],
)
def test_reported_clause_of_a_force_or_abstraction_is_no_quote(nlp: Any, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_scare_quote_governed_by_a_thing_is_no_quote(nlp: Any) -> None:
    text = 'Tariffs will apply to "fire extinguishers, whether or not charged," and to their parts.'
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The report said that Chile depends on imports from Peru.", "The report"),
        ("The ministry said that Chile depends on imports from Peru.", "The ministry"),
        ("Protesters said that Chile depends on imports from Peru.", "Protesters"),
    ],
)
def test_documents_institutions_and_groups_still_speak(nlp: Any, text: str, speaker: str) -> None:
    quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes] == [speaker]


def test_a_cue_tied_to_a_reported_clause_goes_to_who_reported_it(nlp: Any) -> None:
    text = "He said tariffs are necessary to close loopholes, telling Fox News that Mr. Trudeau was overreacting."
    quotes = _quotes(nlp, text)
    assert [q.speaker_name for q in quotes] == ["He", "He"]
