"""Session 13 (second pass) quote errors, on invented text written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import body, parse

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.records import QuoteMention
from storyline.time import tag_timexes


def _quotes(nlp: Any, *paragraphs: str) -> list[QuoteMention]:
    state = parse(nlp, body(*paragraphs), published="2016-05-04")
    tag_timexes(state)
    find_mentions(state)
    find_quotes(state)
    return state.quotes


@pytest.mark.parametrize("label_kind", ["body", "heading"])
def test_a_label_with_a_role_on_its_own_line_opens_the_next_paragraph(nlp: Any, label_kind: str) -> None:
    parts = [
        ("body", "Port Alder Votes To Close Its Harbour"),
        (label_kind, "MARREN OKAFOR, HOST:"),  # the cleaner may take a lone label for a heading
        ("body", "The town of Port Alder voted last night to close its harbour to freight ships for a year."),
        ("body", "TOMAS VELORIA, BYLINE: The vote followed weeks of protest by the fishermen of the bay."),
        ("body", "OKAFOR: And what happens to the freight now?"),
    ]
    state = parse(nlp, parts, published="2016-05-04")
    tag_timexes(state)
    find_mentions(state)
    find_quotes(state)
    qs = state.quotes
    turns = {(q.speaker_name, q.text) for q in qs}
    assert any(
        n is not None and "Okafor" in n and t.startswith("The town of Port Alder voted") for n, t in turns
    ), turns
    assert any(n is not None and "Veloria" in n and t.startswith("The vote followed") for n, t in turns), (
        turns
    )
    assert all("HOST" not in (q.speaker_name or "") for q in qs)


@pytest.mark.parametrize("verb", ["relays", "notes"])
def test_an_agency_that_relays_the_words_is_their_speaker(nlp: Any, verb: str) -> None:
    # the small model reads "Agency relays" / "Agency notes" as a plural noun phrase
    qs = _quotes(
        nlp,
        "Police in Port Alder closed the harbour road on Tuesday, Mayor Ilse Marren said.",
        '"Boats were turned back at the mouth of the bay, the harbour master told the Alder Courier,"'
        f" the Orvik Press Agency {verb}.",
    )
    relayed = [q for q in qs if q.text.startswith("Boats were turned back")]
    assert relayed and relayed[0].speaker_name is not None
    assert "Orvik Press Agency" in relayed[0].speaker_name, relayed[0]


def test_a_one_word_scare_quote_is_no_partial_quote(nlp: Any) -> None:
    qs = _quotes(
        nlp,
        "Dario Kastan ran a drill along the river last spring.",
        "Kastan says his “raiders” listened to the guards' radios to stay hidden.",
    )
    assert not any(q.text == "raiders" for q in qs), [(q.text, q.kind) for q in qs]


def test_a_repeated_paragraph_gives_its_he_the_same_speaker_twice(nlp: Any) -> None:
    okafor = (
        "Governor Tomas Okafor lost the port board vote in 2027 and again in 2030. A retired pilot who"
        " once ran the ferry line, Okafor visited the fish market last week and said he believes the"
        ' board "needs a captain."'
    )
    kastan = (
        "Dario Kastan, the former harbour master of Port Alder, is weighing a bid for the board. Last month,"
        " he told the Orvik Courier that the board has neglected the north quay for years."
    )
    qs = _quotes(nlp, okafor, okafor, kastan, kastan)
    told = [q.speaker_name for q in qs if q.text.startswith("the board has neglected")]
    assert told == ["Dario Kastan", "Dario Kastan"], told


def test_a_subject_the_parse_hangs_on_is_still_the_main_subject(nlp: Any) -> None:
    # the small model may make "Kastan" the subject of "is", an auxiliary of "considering"
    okafor = "Governor Tomas Okafor said he would sign the harbour bill, and he signed it on Friday."
    kastan = (
        "Dario Kastan, the former harbour master of Port Alder, is considering a bid for the board. Last"
        " month, he told the Orvik Courier that the board has neglected the north quay for years."
    )
    qs = _quotes(nlp, okafor, okafor, kastan)
    told = [q.speaker_name for q in qs if q.text.startswith("the board has neglected")]
    assert told == ["Dario Kastan"], told
