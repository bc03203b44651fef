"""Who said what, on constructions judged wrong in unseen real news (session 15); all texts are invented."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import holding, run, texts

# --- the object of the pronoun's own participle clause is not the pronoun ---


def test_he_is_not_the_man_his_participle_clause_acts_on(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Mr Kiral, a ferry engineer from Port Alder, was taken in Velmar last spring while repairing a pier.",
        '"We will find those who took him," Mayor Rafael Okafor said after the meeting.',
        '"We are a patient people. We do not give up."',
        "Praising Mr Kiral for his courage at the pier, he said the search would go on all winter.",
    )
    assert holding(quotes, "the search would go on").speaker_name == "Rafael Okafor"


# --- a nickname inside a name is no quote ---


def test_a_nickname_inside_a_name_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp,
        'The harbour talks are "very hard" under any terms, said Rick "Ozzie" Kiral, who teaches maritime '
        "law in Velmar.",
    )
    assert "Ozzie" not in texts(quotes)
    assert holding(quotes, "very hard").speaker_name == 'Rick "Ozzie" Kiral'


# --- "That said" is the writer's turn of phrase ---


def test_that_said_without_its_comma_reports_nothing(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The storm cut power to most of Port Alder for two days.",
        "That said the ferry crews deserve better than another winter of delays.",
    )
    assert quotes == []


def test_a_document_that_said_still_speaks(nlp: Any) -> None:
    quotes = run(nlp, "A letter from the Velmar council said the pier would stay closed until spring.")
    assert holding(quotes, "the pier would stay closed").cue == "said"


# --- "what is best described as 'X'" gives a name, nobody's words ---


def test_an_agentless_described_as_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp, "The new dock fees have produced what is best described as 'a tax on fish' for most traders."
    )
    assert quotes == []


def test_a_speaker_who_describes_keeps_the_words(nlp: Any) -> None:
    quotes = run(nlp, 'Okafor described the plan as "a harbour grab" on Monday.')
    assert holding(quotes, "a harbour grab").speaker_name == "Okafor"


# --- a speech verb joined in the cue's tense is the speaker's next act, not what was said ---


@pytest.mark.parametrize(
    "sentence, said, not_said",
    [
        (
            "Okafor said Wednesday that new reports about the pier are wrong and accused the harbour board "
            "of leaking letters to the press.",
            "new reports about the pier are wrong",
            "accused",
        ),
        (
            "He also said the harbour board is drowning in its own paperwork and declared the inquiry closed.",
            "the harbour board is drowning in its own paperwork",
            "declared",
        ),
    ],
)
def test_the_speakers_next_act_is_not_reported(nlp: Any, sentence: str, said: str, not_said: str) -> None:
    quotes = run(nlp, "Rafael Okafor runs the port of Port Alder.", sentence)
    q = holding(quotes, said)
    assert not_said not in q.text


def test_a_clause_in_the_cues_tense_keeps_its_joined_verb(nlp: Any) -> None:
    quotes = run(nlp, "Okafor said the rebels attacked the depot and warned the town to stay indoors.")
    assert "warned the town" in holding(quotes, "the rebels attacked").text


# --- a participle after the noun of the cue's phrase reports nothing ---


def test_a_participle_after_the_cues_phrase_is_no_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"The harbour will be ours again," Okafor said in a speech to the council televised two hours '
        "after the vote.",
    )
    assert texts(quotes) == ["The harbour will be ours again"]


# --- a report ending at its aside does not take the aside in ---


def test_the_aside_before_a_joined_clause_stays_out_of_the_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Medical staff at the prison clinic, which holds 900 inmates, are making rounds to check on the "
        "captain, Okafor said, and the captain has spoken with staff about his health.",
    )
    q = holding(quotes, "Medical staff")
    assert "said" not in q.text
    assert q.speaker_name == "Okafor"


# --- a phrase pointing at the quotation before a colon names nobody ---


def test_a_pointing_phrase_before_a_colon_is_no_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Okafor has posted often about the pier.",
        'And then, two days later: "Every pier the board built leaked while Reis ran it. Nobody was fired!"',
    )
    assert holding(quotes, "Every pier the board built").speaker_name != "And then, two days later"


def test_a_name_before_a_colon_still_speaks(nlp: Any) -> None:
    quotes = run(nlp, 'Rafael Okafor: "The pier will open in May."')
    assert holding(quotes, "The pier will open").speaker_name == "Rafael Okafor"


# --- "according to X" opening or closing a sentence reports its main clause ---


@pytest.mark.parametrize(
    "sentence, said, source",
    [
        (
            "Catches of herring in the northern bay have doubled since the spring, even as prices at the "
            "Orvik market have fallen, according to the Velmar Maritime Bureau.",
            "Catches of herring in the northern bay have doubled since the spring, even as prices at the "
            "Orvik market have fallen",
            "the Velmar Maritime Bureau",
        ),
        (
            "According to two Velmar officials, the talks collapsed on Monday.",
            "the talks collapsed on Monday",
            "two Velmar officials",
        ),
    ],
)
def test_according_to_reports_the_main_clause(nlp: Any, sentence: str, said: str, source: str) -> None:
    quotes = run(nlp, sentence)
    q = holding(quotes, said)
    assert (q.text, q.kind, q.cue, q.speaker_name) == (said, "indirect", "according to", source)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry left Port Alder at noon according to plan.",
        "The pier, according to the harbour log, was shut.",
        "The ferry crews were paid twice that month, according to [redacted].",
    ],
)
def test_according_to_a_norm_or_inside_a_clause_reports_nothing(nlp: Any, sentence: str) -> None:
    assert run(nlp, sentence) == []


def test_according_to_after_a_quotation_and_its_speaker_adds_no_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"The river has always joined our towns," the mayor said after meeting Okafor, according to notes '
        'shared by reporters at the pier. "Floods come and go."',
    )
    assert all(q.kind == "direct" for q in quotes), texts(quotes)
    assert holding(quotes, "Floods come and go").speaker_name == "the mayor"


def test_according_to_around_another_report_adds_none(nlp: Any) -> None:
    quotes = run(nlp, "According to a Velmar pilot, ten boats were sunk in the raid, the Courier reports.")
    assert [(q.cue, q.speaker_name) for q in quotes] == [("reports", "Courier")]
