"""Quote classes judged wrong on unseen news; every text is invented."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import make_article, run

from storyline.entities import find_mentions
from storyline.nlp import parse_article
from storyline.quotes import find_quotes
from storyline.records import QuoteMention


def indirect(quotes: list[QuoteMention]) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.text) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The harbour authority, Okafor said, has failed the fishermen of Port Alder.",
            "Okafor",
            "The harbour authority has failed the fishermen of Port Alder",
        ),
        (
            "Now, she said, divers from three towns are searching the bay near Orvik.",
            "she",
            "Now divers from three towns are searching the bay near Orvik",
        ),
        (
            "The talks, Marren warned on Monday, could collapse within a week.",
            "Marren",
            "The talks could collapse within a week",
        ),
    ],
)
def test_attribution_set_inside_a_clause_reports_that_clause(
    nlp: Any, text: str, speaker: str, words: str
) -> None:
    assert indirect(run(nlp, text)) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after the verdicts were announced crowds of farmers began marching toward the square.",
        "Okafor was promised the vote would bring new funds to the harbour.",
    ],
)
def test_subject_of_a_passive_cue_is_no_speaker(nlp: Any, text: str) -> None:
    assert indirect(run(nlp, text)) == []


def test_passive_cue_with_an_agent_or_a_raising_verb_keeps_its_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        'The ferry plan was described as "reckless and hasty" by the Orvik council.',
        "Marren is said to have warned the council that the ferry would sink.",
    )
    assert [(q.speaker_name, q.text.removeprefix("that ")) for q in qs] == [
        ("the Orvik council", "reckless and hasty"),
        ("Marren", "the ferry would sink"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The harbour will reopen next week," Okafor said on "The Morning Hour."', "The Morning Hour"),
        ('Okafor argued with a woman from "Stand Up Now" who interrupted him twice.', "Stand Up Now"),
        (
            'Admiral Okafor named the drill "Operation Kastan Shield" after the old fort.',
            "Operation Kastan Shield",
        ),
        ('Marren dubbed the new ferry "Sea Wolf" at the launch.', "Sea Wolf"),
        ('Sailors said his nickname was "Iron Hand" among the crews of Orvik.', "Iron Hand"),
    ],
)
def test_title_case_name_of_a_show_group_or_plan_is_no_quote(nlp: Any, text: str, name: str) -> None:
    assert not [q for q in run(nlp, text) if name in q.text and q.kind != "indirect"]


def test_title_case_words_someone_used_stay_a_quote(nlp: Any) -> None:
    qs = run(nlp, 'Delvane said the council used the words "Port Authority" in the letter.')
    assert [q.text for q in qs if q.kind == "partial"] == ["Port Authority"]


def test_clause_before_a_colon_is_no_speaker_name(nlp: Any) -> None:
    qs = run(
        nlp,
        "The debate over the harbour has lost its detail. Instead, what remains is the tired slogan: "
        '"the ships will come back."',
    )
    assert not [q for q in qs if q.speaker_name is not None and "remains" in q.speaker_name]


def test_name_before_a_colon_still_speaks(nlp: Any) -> None:
    qs = run(nlp, 'Sen. Ana Okafor (D), Veloria: "We will not close the harbour."')
    assert [(q.speaker_name, q.kind) for q in qs] == [("Ana Okafor", "direct")]


def test_words_set_beside_a_reported_verb_are_the_reporters(nlp: Any) -> None:
    qs = run(
        nlp, 'Okafor said that despite the storm, some traders "even in Orvik" are hailing the new harbour.'
    )
    [q] = [q for q in qs if q.kind == "partial"]
    assert (q.speaker_name, q.cue) == ("Okafor", "said")


def test_what_a_verb_of_the_reported_clause_takes_stays_its_subjects(nlp: Any) -> None:
    qs = run(nlp, 'Okafor said the sailors called the ferry plan "reckless".')
    [q] = [q for q in qs if q.kind == "partial"]
    assert (q.speaker_name, q.cue) == ("the sailors", "called")


def test_an_article_left_as_subject_is_no_speaker(nlp: Any) -> None:
    qs = run(nlp, '"We fear the worst is still to come for the harbour," the said in a joint statement.')
    assert all(q.speaker_name != "the" for q in qs)


def test_list_of_people_with_a_note_on_each_is_no_transcript(nlp: Any) -> None:
    qs = run(
        nlp,
        "Here is where the harbour inquiry stands this week:",
        "Ana Okafor: The former harbour master still awaits a ruling from Judge Tomas Marren, who asked "
        "Okafor to wait until the audit ends.",
        "Piet Delvane: The longtime ferry operator got a trial date in March for allegedly misleading the "
        "council about his contracts.",
    )
    assert [q for q in qs if q.kind == "direct"] == []


def test_caption_fragment_or_title_nobody_said_is_no_quote(nlp: Any) -> None:
    article = make_article(
        [
            ("body", "The council met in Port Alder on Monday to discuss the ferries."),
            ("caption", 'Okafor has vowed he would "wipe out" the debts of the ferry company.'),
            ("caption", 'Sailors hold up a "Save The Ferries" sign in Orvik.'),
        ]
    )
    state = parse_article(nlp, article)
    find_mentions(state)
    find_quotes(state)
    assert [q.text for q in state.quotes if q.kind == "pull"] == []


def test_thought_verb_inside_a_report_gives_the_reporter(nlp: Any) -> None:
    qs = run(
        nlp,
        "Marren spoke at length about the port of Orvik on Monday.",
        'The harbour master added that he believes "the worst error the council ever made" was the ferry deal.',
    )
    [q] = [q for q in qs if q.kind == "partial"]
    assert (q.speaker_name, q.cue) == ("The harbour master", "added")


def test_title_a_speaker_gives_as_a_judgement_stays_a_quote(nlp: Any) -> None:
    qs = run(nlp, 'Years ago the Orvik Gazette hailed Okafor as "The Harbour Queen" for her rescue work.')
    assert [q.text for q in qs if q.kind == "partial"] == ["The Harbour Queen"]
