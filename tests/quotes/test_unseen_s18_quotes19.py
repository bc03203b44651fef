"""Session 18 quote fixes (helper quotes19), on invented text: reported words end before ", as Y stressed
..."; a show's title after "told" is the listener, not speech; reported words that open a quotation keep
its closing mark; a speech act's owner ("X's jab, when he said Y '...'") is the "he", not the Y named in the
reported clause; the word before a comma is no part of a postposed credit's subject; 'said,"We' keeps its
cue; a curly "n’t" no longer ends reported words early; reported words end before "but did not specify"."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run, texts


def test_reported_words_end_before_an_as_clause_of_a_second_voice(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The navy on Monday confirmed that it is sending two frigates toward the Orvik coast, as the Kastan "
        'palace stressed that the "whole cabinet" is focused on the crisis.',
    )
    navy = holding(quotes, "two frigates")
    assert navy.text == "it is sending two frigates toward the Orvik coast"
    assert navy.speaker_name == "The navy"


def test_an_as_aside_in_the_middle_leaves_the_rest_of_the_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Marren said the ferry would sail on Friday, as the harbour master told reporters, and that "
        "tickets were sold out.",
    )
    assert "tickets were sold out" in holding(quotes, "ferry would sail").text


def test_a_shows_title_after_told_is_the_listener_not_speech(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Meanwhile, former Kastan mayor Ines Marren told “Harbour Hour Tonight” that the council’s lawyers "
        "will “fight it in court” if the board sues.",
    )
    assert "Harbour Hour Tonight" not in texts(quotes)
    assert holding(quotes, "lawyers will").speaker_name == "Ines Marren"


def test_words_said_after_told_them_are_still_speech(nlp: Any) -> None:
    quotes = run(nlp, 'Orvik told them: "Go Home Now."')
    assert holding(quotes, "Go Home Now").speaker_name == "Orvik"


def test_reported_words_keep_the_closing_mark_of_a_quotation_they_open(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Velorian state radio said Friday that the navy has seized a Kastani trawler for "hostile acts near '
        'the reef." The crew was not named.',
    )
    q = next(q for q in quotes if q.kind == "indirect")
    assert q.text.endswith('reef."')


def test_the_owner_of_a_jab_is_the_he_who_said_it(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Mayor Tomas Orvik lashed out on Friday at Councillor Peter Marren, who had broken his silence on the "
        "harbour strike.",
        "“The port is broke and the council hid it. Shameful!” Orvik wrote online.",
        "It may have been an answer to Marren’s jab that morning, when he said Orvik “has forgotten who paid "
        "for the new pier.”",
    )
    assert holding(quotes, "has forgotten").speaker_name == "Peter Marren"


def test_a_word_before_a_comma_is_not_part_of_a_postposed_credit(nlp: Any) -> None:
    quotes = run(nlp, "The link is tenuous, multiple people familiar with the talks said.")
    assert holding(quotes, "The link is tenuous").speaker_name == "multiple people"


def test_a_quotation_glued_to_said_and_a_comma_keeps_its_cue(nlp: Any) -> None:
    quotes = run(nlp, 'She said,"We will not sell the pier to anyone."')
    q = holding(quotes, "We will not sell")
    assert q.cue == "said" and q.speaker_name == "She"


def test_a_curly_negation_does_not_end_reported_words(nlp: Any) -> None:
    quotes = run(
        nlp,
        "In Kastan, this would likely be a clever move for Orvik, who often uses clauses that aren’t part of "
        "the treaty to say the treaty itself isn’t working.",
    )
    assert "the treaty itself isn’t working" in texts(quotes)


def test_reported_words_end_before_what_the_speaker_did_not_specify(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The Velorian navy said that no such signal was received, but didn’t specify whether it was "
        "confirming an earlier report.",
    )
    assert holding(quotes, "no such signal").text == "no such signal was received"


def test_a_negated_act_that_is_no_telling_stays_in_the_report(nlp: Any) -> None:
    quotes = run(nlp, "Marren said the crew had reached the shore but did not leave the boat.")
    assert holding(quotes, "reached the shore").text.endswith("did not leave the boat")


def test_reported_words_half_quoted_before_a_credit_are_kept(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The first deal would “buy us some time,” said the senior Kastani envoy, perhaps hoping to calm critics.",
    )
    assert any(q.kind == "indirect" and q.text.startswith("The first deal would") for q in quotes)
