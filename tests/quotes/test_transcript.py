"""Transcript speaker labels: a labelled paragraph is that speaker's turn (written for these tests)."""

from __future__ import annotations

from typing import Any

from quotes_helpers import body, parse

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.records import QuoteMention
from storyline.time import tag_timexes


def _quotes(nlp: Any, *paragraphs: str) -> list[QuoteMention]:
    state = parse(nlp, body(*paragraphs), published="2011-03-08")
    tag_timexes(state)
    find_mentions(state)
    find_quotes(state)
    return state.quotes


def test_broadcast_transcript_turns_are_quotes(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "Good morning. I'm Marta Kowalczyk, and this is the evening report.",
        "KOWALCZYK: Fighting spread to three more towns on Monday as the army moved east.",
        "SEN. DAVID ORTIZ (D), NEW MEXICO: We cannot stand by while civilians are shelled.",
        "KOWALCZYK: The senator spoke to reporters after the vote.",
    )
    turns = {(q.speaker_name, q.text) for q in qs}
    assert (
        "Marta Kowalczyk",
        "Fighting spread to three more towns on Monday as the army moved east.",
    ) in turns
    assert any(
        name is not None and "ORTIZ" in name.upper() and text.startswith("We cannot stand by")
        for name, text in turns
    ), turns
    assert all(q.kind == "direct" for q in qs)
    # the turn's date comes from its own words
    monday = [q for q in qs if q.text.startswith("Fighting")]
    assert monday and monday[0].date == "2011-03-07"


def test_interview_labels_in_double_parentheses(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "The chess player Leyla Aminova spoke to our correspondent about her career.",
        "((WN)) What made you take up chess?",
        "((Leyla Aminova)) My grandfather taught me when I was five years old.",
        "((WN)) And your plans for next season?",
        "((Leyla Aminova)) I want to play in the national championship again.",
    )
    hers = [q.text for q in qs if q.speaker_name == "Leyla Aminova"]
    assert hers == [
        "My grandfather taught me when I was five years old.",
        "I want to play in the national championship again.",
    ]


def test_headings_and_datelines_are_not_speakers(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "BEIRUT: Troops shelled the northern district overnight, residents said.",
        "UPDATE: The ministry has since denied the report.",
        "Analysis: what the vote means for the coalition and its partners.",
        "The ministry said it would investigate the claims.",
    )
    assert not any(q.speaker_name in ("BEIRUT", "UPDATE", "Analysis") for q in qs), qs
    # (the first paragraph is the residents' indirect quote, which is right)
    assert not any(q.text.startswith(("The ministry has since", "what the vote")) for q in qs), qs


def test_a_single_label_is_no_transcript(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "Priya Raman leads the committee.",
        "RAMAN: The committee will report in June.",
        "Members met on Tuesday to discuss the draft.",
    )
    assert not any(q.text.startswith("The committee will report") for q in qs)


def test_a_capitalised_dateline_is_no_turn_in_a_transcript(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "BEIRUT: Shelling resumed in the northern district overnight.",
        "KOWALCZYK: Our correspondent Tomas Brandt is there.",
        "BRANDT: The streets were empty this morning.",
    )
    assert {q.speaker_name for q in qs if q.kind == "direct"} == {"Kowalczyk", "Tomas Brandt"}, qs


def test_capitalised_section_labels_are_not_speakers(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "LISTEN: The minister spoke to the committee about the budget.",
        "FACTBOX: Key facts about the budget vote in parliament.",
        "MAP: Where the floods hit hardest this week.",
        "The minister said the plan would pass.",
    )
    assert [q.speaker_name for q in qs] == ["The minister"], qs


def test_wikinews_label_with_colon_keeps_the_colon_out_of_the_words(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "Wikinews spoke to harbour master Lena Hart about the new cranes.",
        "((WNA)) : When will the cranes arrive in the port?",
        "((Lena Hart)) : The first two arrive in May, the rest in June.",
    )
    turns = sorted((q.text, q.speaker_name) for q in qs if q.kind == "direct")
    assert turns == [
        ("The first two arrive in May, the rest in June.", "Lena Hart"),
        ("When will the cranes arrive in the port?", "WNA"),
    ]


def test_an_initials_label_names_the_interviewed_person(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "Our correspondent spoke with the marine biologist Leyla Aminova about her penguin survey.",
        "WN: How long have you studied the colony?",
        "LA: We have counted the nests every spring since the project began.",
        "WN: What surprised you most?",
        "LA: The females travel much farther from the colony than we expected.",
    )
    hers = [q.text for q in qs if q.speaker_name == "Leyla Aminova"]
    assert hers == [
        "We have counted the nests every spring since the project began.",
        "The females travel much farther from the colony than we expected.",
    ]
    # initials no person of the article has stay as printed
    assert any(q.speaker_name == "WN" for q in qs)
