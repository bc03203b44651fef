"""Session 17 quote fixes (helper quotes18), on invented text: a double quotation closed by two curly
apostrophes ends there; "what is called a <modifier> 'X'" names, and what someone failed to disclose is
unsaid; quoted words a verb takes as subject continue no one's turn; the cue hanging right on a quotation
beats one of a clause fronted before it; the object of "forced Y to concede" is the speaker."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run


def test_two_curly_apostrophes_close_a_double_quotation(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour board met on Monday.",
        "\u201cOn the face of it, the board moves far too slowly,\u2019\u2019 says Ines Delvane, "
        "a former judge in Port Alder. \u201cThe process itself is the problem.\u201d",
    )
    q = holding(quotes, "far too slowly")
    assert "Delvane" not in q.text
    assert q.speaker_name is not None and "Delvane" in q.speaker_name
    assert holding(quotes, "process itself").speaker_name == q.speaker_name


def test_a_name_given_by_what_is_called_with_a_modifier_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Engineers at Orvik Yard set up what is called a floating "cradle" to lift the hull, the firm said.',
    )
    assert not [q for q in quotes if q.text == "cradle"]


def test_a_finite_call_with_a_modifier_still_reports(nlp: Any) -> None:
    quotes = run(nlp, 'Mayor Ines Delvane called the levy a reckless "gamble" on Tuesday.')
    assert holding(quotes, "gamble").speaker_name is not None


def test_what_someone_failed_to_disclose_is_no_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Police in Port Alder detained a clerk on Friday, accusing him of failing to disclose on his "
        "permit form that he had served in the Velorian navy.",
    )
    assert not [q for q in quotes if "served in the Velorian navy" in q.text]


def test_quoted_words_taken_as_a_verbs_subject_do_not_continue_the_last_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour office has said it cannot confirm whether Orvik was hurt.",
        '"Harbour master lost at sea" remains perhaps the best-known front page in Port Alder. '
        "The old story was first backed by a navy notice.",
    )
    assert all(q.speaker_name is None for q in quotes if "lost at sea" in q.text)


def test_the_cue_right_on_the_quotation_beats_one_in_a_fronted_clause(nlp: Any) -> None:
    quotes = run(
        nlp,
        "When the Orvik League said on Monday that its ledgers had gone missing, the Kastan camp sneered, "
        '"We think the league hid the ledgers itself."',
    )
    q = holding(quotes, "hid the ledgers")
    assert q.cue == "sneered"
    assert q.speaker_name is not None and "Kastan" in q.speaker_name


def test_the_object_of_a_verb_of_making_concedes(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The vote in Port Alder went badly, forcing Councillor Ines Delvane to concede that her plan "
        'had been "too hasty" for the town.',
    )
    assert holding(quotes, "too hasty").speaker_name == "Ines Delvane"


def test_manner_verbs_of_speech_are_cues(nlp: Any) -> None:
    quotes = run(nlp, '"The ferry will never run on time," grumbled Tomas Orvik, a skipper in Port Alder.')
    assert holding(quotes, "never run on time").speaker_name == "Tomas Orvik"
