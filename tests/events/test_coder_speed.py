"""The yes/no question test reads only a sentence's last words (it runs for every verb)."""

from __future__ import annotations

from typing import Any

from storyline.events.coder import _last_words, _yes_no_question


def test_last_words_are_the_sentences_last_tokens_that_are_no_whitespace(nlp: Any) -> None:
    doc = nlp("Will Kastan sign the Orvik accord ?  \n\nOkafor left Port Alder.")
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        for n in (1, 3, 50):
            assert [t.i for t in _last_words(sent, n)] == [t.i for t in reversed(words[-n:])]


def test_a_question_mark_among_the_last_three_words_still_makes_a_question(nlp: Any) -> None:
    doc = nlp("Can Veloria block the harbour vote ?\u201d")
    verb = next(t for t in doc if t.lemma_ == "block")
    assert _yes_no_question(verb)
