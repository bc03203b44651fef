"""Session 16 (second pass) quote fixes, on invented text: a second voice set against the first, ranks
kept whole, a verb with words of its own after it, reporting participles, questions put to a speaker,
words urged on someone, hypothetical sayings and zero-width joins between quotations."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import holding, parse, run

from storyline.quotes.find import find_quotes

# --- "X said ..., while Y said: '...'" ---


def test_a_second_voice_after_while_ends_the_first_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Speaker Ana Delvane said Monday\'s talks had been "tense", while council leader Ivo Orvik said: '
        '"We told the mayor we needed the harbour open. He refused."',
    )
    report = next(q for q in quotes if q.kind == "indirect" and q.speaker_name == "Ana Delvane")
    assert "Orvik" not in report.text and "We told" not in report.text
    assert holding(quotes, "We told the mayor").speaker_name == "Ivo Orvik"


def test_a_while_clause_without_a_speech_verb_stays_in_the_report(nlp: Any) -> None:
    quotes = run(nlp, "Mayor Ana Delvane said the harbour would reopen, while the ferry would stay in dock.")
    report = next(q for q in quotes if q.kind == "indirect")
    assert "the ferry would stay in dock" in report.text


# --- an abbreviated rank inside a reported clause ---


def test_a_reported_clause_is_not_cut_at_an_abbreviated_rank(nlp: Any) -> None:
    quotes = run(nlp, "Marren said the crew sailed at night to reach Sgt. Ivo Kastan's boat.")
    report = next(q for q in quotes if q.kind == "indirect")
    assert report.text.endswith("Kastan's boat")


def test_a_rank_and_its_stop_stay_one_token(nlp: Any) -> None:
    doc = parse(nlp, [("body", "Kastan thanked Capt. Ana Orvik and Sgt. Ivo Marren for the rescue.")]).doc
    assert {"Capt.", "Sgt."} <= {t.text for t in doc}


# --- a verb with words of its own after it reports no clause before it ---


def test_say_with_its_own_quoted_word_reports_nothing_before_it(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The fort is a case in point: as Ivo Orvik notes, the board just says “never.”",
    )
    assert [q.kind for q in quotes if q.kind == "indirect"] == []
    assert holding(quotes, "never").kind == "partial"


def test_a_clause_before_a_final_say_is_still_reported(nlp: Any) -> None:
    quotes = run(nlp, "The harbour is losing its last boats, they say.")
    assert holding(quotes, "losing its last boats").kind == "indirect"


# --- a reporting participle hung on the reported clause ---


def test_a_reporting_participle_goes_on_with_the_outer_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Okafor told reporters the board is cancelling the harbour festival, saying "we cannot pay for the '
        'stage this year."',
    )
    assert holding(quotes, "we cannot pay").speaker_name == "Okafor"
    assert holding(quotes, "the board is cancelling").text == "the board is cancelling the harbour festival"


def test_a_participle_in_the_clauses_own_tense_is_its_subjects(nlp: Any) -> None:
    quotes = run(nlp, 'Police said the man fled the quay, shouting "you will never catch me" as he ran.')
    shout = next(q for q in quotes if q.kind == "partial")
    assert (shout.text, shout.speaker_name) == ("you will never catch me", "the man")


# --- a question put to the speaker ---


def test_when_asked_reports_no_words_of_the_one_asked(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Okafor visited the Coast Ledger and when asked what the new board was like, she replied, "
        '"it is slower than the old one."',
    )
    assert [q.text for q in quotes if q.kind == "indirect"] == []


# --- words urged on someone ---


def test_words_urged_on_someone_are_the_urgers(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Last spring Delvane encouraged Orvik to “sail at once” when Orvik suggested a private visit to the "
        "harbour owners, the minutes show.",
    )
    assert holding(quotes, "sail at once").speaker_name == "Delvane"


# --- a hypothetical "for X to say" ---


def test_for_someone_to_say_reports_nothing(nlp: Any) -> None:
    quotes = run(
        nlp,
        "That said, it is one thing for Delvane to say she will close the old quay, and another thing "
        "entirely for her to find the money.",
    )
    assert quotes == []


# --- a quoted phrase of the one who blames ---


def test_words_quoted_in_a_blame_are_the_blamers(nlp: Any) -> None:
    quotes = run(
        nlp,
        'On Sunday, Delvane blamed her rival, former mayor Orvik, for not ending "the harbour fee disaster."',
    )
    assert holding(quotes, "the harbour fee disaster").speaker_name == "Delvane"


# --- a zero-width space between two quotations ---


def test_a_zero_width_space_between_quotations_splits_before_the_second(nlp: Any) -> None:
    text = (
        "Okafor wrote in the Coast Ledger: “The harbour fee will drive the last boats out of Port Alder before "
        "winter.”\u200b“The council has no plan for the fishermen who stay.” She added that the vote was rushed."
    )
    state = parse(nlp, [("body", text)])
    starts = [text[s.start : s.end] for s in state.sentences]
    assert starts[0].endswith("winter.”")
    assert starts[1].startswith("“The council")
    find_quotes(state)
    second = next(q for q in state.quotes if "no plan" in q.text)
    assert second.kind == "direct"


# --- an agentless passive cue borrows no subject ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's happy story about the harbour deal was already coming apart the day after the "
        "‘framework’ was announced.",
        "The Kastan council spin story about what a fine deal the harbour talks are was already coming apart "
        "the day after the Harbour Day ‘framework’ was announced.",
    ],
)
def test_an_agentless_passive_cue_names_no_speaker(nlp: Any, sentence: str) -> None:
    assert [q.speaker_name for q in run(nlp, sentence) if q.speaker_name] == []


def test_an_emphasizing_participle_goes_on_with_the_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "He said harbour repairs, not new piers, are the way to keep the boats, emphasizing that the quay is "
        "older than the town hall.",
    )
    assert (
        holding(quotes, "harbour repairs").text
        == "harbour repairs, not new piers, are the way to keep the boats"
    )
