"""Speakers judged wrong on unseen real news; all texts are invented."""

from __future__ import annotations

from typing import Any

from quotes_helpers import run

from storyline.quotes.speaker import first_person_stretch, speaks_as_i
from storyline.records import QuoteMention


def speaker_of(quotes: list[QuoteMention], words: str) -> str | None:
    hits = [q for q in quotes if words in q.text]
    assert hits, words
    return hits[0].speaker_name


def test_person_named_beside_i_in_the_quote_is_not_its_speaker(nlp: Any) -> None:
    # "Orvik and I": whoever says "I" is someone else than the Orvik named in the words
    qs = run(
        nlp,
        "Marren Orvik has run the Port Alder harbour board since 2015. Orvik rarely talks to reporters, "
        "and Orvik has won praise from the dock unions for his handling of the strike.",
        "Governor Tomas Kastan nearly always mentions the chairman. “Chairman Orvik and I will always be "
        "allies, whatever happens with the harbour dispute,” he wrote on Twitter in March.",
    )
    assert speaker_of(qs, "will always be allies") == "Tomas Kastan"


def test_a_doubled_word_in_a_described_speaker_is_written_once(nlp: Any) -> None:
    qs = run(nlp, 'On Friday, the the former harbour inspector in Port Alder called the deal a "fair trade."')
    assert speaker_of(qs, "fair trade") == "the former harbour inspector"


def test_only_sentences_said_as_i_bar_the_people_they_name() -> None:
    # an "I" of a quotation nested inside the words is someone else's; a name in another sentence of a
    # long quoted passage may be the "I" himself
    assert speaks_as_i("Orvik and I will always be allies")
    assert not speaks_as_i("Orvik thought it unfair. “It never crossed my mind,” he said later")
    text = "Orvik thought it unfair. He was calm.\n\nIt never crossed my mind that I was wrong"
    start = text.index("It never")
    assert first_person_stretch(text, 0, len(text)) == (start, len(text))
    assert first_person_stretch(text, 0, start) is None


def test_a_standfirst_speaker_named_by_a_bare_role_is_the_person_who_says_it_below(nlp: Any) -> None:
    qs = run(
        nlp,
        "Harbour Board pick says Port Alder must keep ferry terminal open, confront Velorian shippers.",
        "Departing from Governor Tomas Kastan's line, Marren Orvik told the assembly on Monday that "
        "Port Alder must keep the ferry terminal open for another decade.",
        "The hearing lasted four hours.",
    )
    assert speaker_of(qs, "confront Velorian shippers") == "Marren Orvik"


def test_a_standfirst_role_nobody_below_echoes_stays_as_written(nlp: Any) -> None:
    qs = run(
        nlp,
        "Harbour Board pick says Port Alder must keep ferry terminal open.",
        "Marren Orvik said on Monday that the dock strike would end by spring.",
    )
    assert speaker_of(qs, "ferry terminal open") == "Harbour Board pick"


def test_a_description_in_words_said_as_i_does_not_bar_its_person(nlp: Any) -> None:
    # "the governor" in the quote is the entities stage's guess; the one just named still said the words
    qs = run(
        nlp,
        "Governor Tomas Kastan met the harbour chief at his office in Port Alder on Monday.",
        "Marren Orvik, the former governor of the province, was eager to please him. “When I was invited by "
        "the governor to his office, I had one aim: to make a deal,” he said.",
    )
    assert speaker_of(qs, "I had one aim") == "Marren Orvik"
