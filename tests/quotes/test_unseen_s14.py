"""Who said what, on constructions judged wrong in unseen real news (session 14); all texts are invented."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import holding, run, texts

from storyline.quotes.inference import inferred_from_a_thing

# --- the title of a work beside its noun is no quote ---


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            'Author Ana Reis, whose latest book, "Salt Feud," tells of the rift between the two families, '
            "has said that Kastan met Okafor twice.",
            "Salt Feud",
        ),
        ('Kastan writes in the gripping chapter, "Velmar: Under Siege."', "Velmar: Under Siege"),
        ('Okafor said in Sunday\'s "Harbour Watch" interview that the port would reopen.', "Harbour Watch"),
    ],
)
def test_a_titled_work_is_no_quote(nlp: Any, sentence: str, title: str) -> None:
    quotes = run(nlp, "Port Alder argued over its harbour all spring.", sentence)
    assert not any(title in t for t in texts(quotes)), texts(quotes)


def test_a_statement_in_title_case_stays_a_quote(nlp: Any) -> None:
    quotes = run(nlp, 'Okafor said after the vote, "Velmar First Always."')
    assert holding(quotes, "Velmar First Always").speaker_name == "Okafor"


# --- inferential verbs with a thing as subject report nobody's words ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The quiet reply from the council signaled that Velmar wanted no wider quarrel.",
        "Kastan's long record at the table indicates he rarely gives ground in talks.",
        "The timing of the move indicates the council had planned it for weeks.",
        "The record suggests Okafor never visited Port Alder.",
        "Drone pictures suggested some 5,000 people filled the square in Port Alder.",
        "The manner of the visit suggests how much the two sides want calm.",
    ],
)
def test_a_thing_that_suggests_is_no_speaker(nlp: Any, sentence: str) -> None:
    assert run(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The report suggests the harbour will close.", "The report"),
        ("One expert suggested the harbour will close next year.", "One expert"),
        ("The minister indicated that the harbour will close.", "The minister"),
        ("Some analysts suggest it will take several more years to finish the pier.", "Some analysts"),
        (
            "One Harbour TV presenter suggested Kastan had only wanted a distraction.",
            "One Harbour TV presenter",
        ),
    ],
)
def test_people_and_documents_still_suggest(nlp: Any, sentence: str, speaker: str) -> None:
    quotes = run(nlp, sentence)
    assert [q.speaker_name for q in quotes] == [speaker]


# --- a time phrase the parse made the subject ---


def test_this_morning_is_no_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Mayor Kastan was careful with the word in his first remarks last night, but this morning reported "
        "that the police are now treating the fire as arson.",
    )
    assert holding(quotes, "treating the fire as arson").speaker_name == "Kastan"


# --- a speech verb said again after the clause it reports ---


def test_a_repeated_verb_keeps_its_first_subject(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Critics note that the council did not answer several letters from the harbour board and note "
        "that Velmar has its own reasons for blocking the pier.",
    )
    first = holding(quotes, "did not answer")
    second = holding(quotes, "its own reasons")
    assert first.text == "the council did not answer several letters from the harbour board"
    assert first.speaker_name == second.speaker_name == "Critics"


# --- a name right after the quotation, with a long aside before the verb ---


def test_the_name_after_the_quotation_says_it(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"I was angry then, and I am angrier now with everything going on," former Sgt. Tomas Veloria, '
        "a member of the crew when it sank off Port Alder on June 3, 2011, told Harbour News last year.",
    )
    assert holding(quotes, "I was angry then").speaker_name == "Tomas Veloria"


# --- "it" after a body named by a common noun ---


def test_it_after_a_government_that_spoke(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Velmar\'s government called the raids on its coast a "plain violation of the treaty" that has made '
        'the strait "more dangerous." It said "Orvik should know that our people do not accept threats."',
    )
    q = holding(quotes, "Orvik should know")
    assert q.speaker_name != "It"
    assert q.speaker_chain_id is not None


# --- a dash before the writer's next clause is not part of the words ---


def test_a_trailing_dash_is_cut(nlp: Any) -> None:
    quotes = run(
        nlp,
        'But he said the question of whether a lasting deal on the harbour fees can be reached remained "a '
        'matter for the ministers" - and he said the council should back the plan.',
    )
    q = holding(quotes, "the question of whether")
    assert not q.text.endswith("-")


# --- the source after a parenthetical attribution ---


def test_according_to_after_the_aside_is_no_reported_word(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The drill will involve 3,000 sailors, 12 warships and 40 planes, Kastan said, according to Harbour News.",
    )
    q = holding(quotes, "The drill will involve")
    assert q.text == "The drill will involve 3,000 sailors, 12 warships and 40 planes"
    assert q.speaker_name == "Kastan"


# --- a reported clause the parse read as the verb's object ---


def test_an_object_with_a_subjectless_clause_is_what_was_said(nlp: Any) -> None:
    quotes = run(nlp, "These officials say the price of the cranes themselves also has increased.")
    q = holding(quotes, "the price of the cranes")
    assert q.speaker_name == "These officials"


@pytest.mark.parametrize(
    "sentence", ["Okafor said the words that hurt the most.", "Kastan said a prayer for the crew."]
)
def test_an_object_alone_reports_nothing(nlp: Any, sentence: str) -> None:
    assert run(nlp, sentence) == []


# --- an attribution after a comma at the end of the sentence ---


def test_officials_tell_an_outlet_what_the_clause_before_says(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The council is adding 14 new cranes at the docks in Port Alder and Orvik, harbour and city officials "
        "tell Harbour News.",
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "The council is adding 14 new cranes at the docks in Port Alder and Orvik"
    assert q.speaker_name == "harbour and city officials"


# --- a transcript turn that is only a stage note ---


def test_a_stage_note_is_no_turn(nlp: Any) -> None:
    quotes = run(
        nlp,
        "MARREN: Ana Okafor runs the harbour school in Port Alder. She says the new rules scare families.",
        "ANA OKAFOR: (Speaking Velorian).",
        "MARREN: She says we will see more families leave before winter.",
        "OKAFOR: (Laughter)",
    )
    assert quotes, "the labelled turns are a transcript"
    assert not any(q.text.startswith("(") for q in quotes), texts(quotes)


# --- a dateline with a dash opening the reported clause ---


def test_a_dateline_is_no_reported_word(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Global markets rose on Thursday.",
        "Port Alder — Velmar and Orvik have agreed to cut some harbour fees on each other's boats as talks "
        "on ending their dispute progress, a Velorian spokesman said Thursday.",
    )
    q = holding(quotes, "agreed to cut some harbour fees")
    assert q.text.startswith("Velmar and Orvik")


def test_an_aside_between_dashes_stays(nlp: Any) -> None:
    quotes = run(nlp, "Kastan — the mayor of Port Alder — is right about the fees, Okafor said.")
    assert holding(quotes, "is right about the fees").text.startswith("Kastan")


def test_a_name_said_it_and_an_outlet_reported_it(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Tomas Reis of the Alder Funeral Home said he no longer holds the ledgers, The Harbour "
        "Chronicle reported.",
    )
    speakers = {q.speaker_name for q in quotes if q.text == "he no longer holds the ledgers"}
    # the outlet is named as the channel of the report (with or without its article)
    assert {(s or "").removeprefix("The ") for s in speakers} == {"Tomas Reis", "Harbour Chronicle"}


def test_a_reported_clause_after_an_aside_is_no_attribution(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Ana Reis writes that, a few months before that, Kastan told her he had in fact been in Port Alder "
        '"for a single evening."',
    )
    assert any("Reis" in (q.speaker_name or "") and q.kind == "indirect" for q in quotes), [
        (q.speaker_name, q.text) for q in quotes
    ]


def test_a_name_read_as_a_noun_still_suggests(nlp: Any) -> None:
    quotes = run(
        nlp,
        "President Tomas Steel met Okafor in Port Alder on Monday.",
        "Steel first raised the plan for a harbour meeting with Okafor during that call, and also suggested the "
        "former envoy visit the harbour office.",
    )
    assert "Steel" in (holding(quotes, "visit the harbour office").speaker_name or "")


def test_a_name_tagged_elsewhere_is_no_thing_even_unchained(nlp: Any) -> None:
    """Without the entities stage's chains: the same word tagged as a name elsewhere is a name."""
    doc = nlp(
        "President Tomas Salt met Okafor in Port Alder on Monday. Salt first raised the plan for a harbour meeting "
        "with Okafor during that call, and also suggested the former envoy visit the harbour office."
    )
    cue = next(t for t in doc if t.lemma_ == "suggest")
    subject = [t for t in doc if t.text == "Salt"][1]
    assert subject.pos_ == "NOUN"  # the tagger's reading this test is about
    assert not inferred_from_a_thing(cue, subject)
