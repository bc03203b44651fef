"""Who said what, on constructions judged wrong in unseen real news (session 12); all texts are invented."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import body, parse
from spacy.tokens import Doc

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.quotes.speaker import subject_of
from storyline.records import QuoteMention


def run(nlp: Any, *paragraphs: str, mentions: bool = False) -> list[QuoteMention]:
    state = parse(nlp, body(*paragraphs))
    if mentions:
        find_mentions(state)
    find_quotes(state)
    assert state.errors == []
    return state.quotes


def quoted(quotes: list[QuoteMention], words: str) -> list[QuoteMention]:
    """Quotations (not indirect reports) holding ``words``."""
    return [q for q in quotes if words in q.text and q.kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a purpose clause, an adverbial, a noun's modifier, what a state verb's subject has or is
        ("Navies use such tubes to “cold launch” drones, ejecting them high into the air.", "cold launch"),
        (
            "Under the “Harbour Return Protocols,” Velmar officials have allowed ships to turn back.",
            "Harbour",
        ),
        (
            "On two occasions, Velmar officials have even deployed the army to “contain” the strikers.",
            "contain",
        ),
        ('The report shows that Kiral is shelling the "moderate" rebels every night.', "moderate"),
        ("The protests have “ruptured” trust between residents and the port board.", "ruptured"),
    ],
)
def test_scare_quote_under_a_verb_that_reports_nothing_is_no_ones_speech(
    nlp: Any, text: str, words: str
) -> None:
    qs = run(nlp, text)
    assert [q.speaker_name for q in quoted(qs, words)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the object, an "as" phrase and a speaking verb's preposition stay the subject's words
        ('Mayor Ana Reis attacked "the ideology of the port board" on Monday.', "ideology", "Ana Reis"),
        (
            "Critics of the deal see this as “trapping” the town in a contract with the port.",
            "trapping",
            "Critics",
        ),
        (
            "The inspectors rated most of the claims as “false” or “pants on fire,” the board said.",
            "false",
            None,
        ),
        (
            'Mayor Ana Reis also referred to the port\'s withdrawal from the "flawed and one-sided ferry deal".',
            "one-sided",
            "Ana Reis",
        ),
    ],
)
def test_object_or_as_phrase_of_such_a_verb_stays_a_quote(
    nlp: Any, text: str, words: str, speaker: str
) -> None:
    [q] = quoted(run(nlp, text), words)
    assert q.speaker_name == (speaker or q.speaker_name)
    assert q.speaker_name is not None


def test_source_after_per_is_cited_like_according_to(nlp: Any) -> None:
    qs = run(
        nlp,
        "Proxies may not vote when a party votes “to fill a vacancy on the ticket,” per the party’s bylaws.",
    )
    [q] = quoted(qs, "fill a vacancy")
    assert q.cue == "per"
    assert q.speaker_name == "the party’s bylaws"


@pytest.mark.parametrize(
    "text", ["The shares rose 5 percent, to $5 per share.", "Prices rose by 5 per cent."]
)
def test_a_rate_with_per_cites_nobody(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


def test_words_a_negated_verb_says_were_not_said_belong_to_the_reporter(nlp: Any) -> None:
    qs = run(
        nlp,
        "Tomas Kiral, a leading figure in the harbour campaign, told the Gazette that the campaign didn't say "
        '"all" of the money would go to the docks but "a large share of it" would.',
    )
    assert [q.speaker_name for q in quoted(qs, "a large share")] == ["Tomas Kiral"]
    assert [q.speaker_name for q in quoted(qs, "all")] == ["Tomas Kiral"]


def test_name_the_parse_made_a_compound_of_a_participle_cue_is_its_subject(nlp: Any) -> None:
    # '"...," Reis joked.' parsed as "Reis" a compound of a bare participle "joked" (seen with one common
    # surname); built by hand so that the test does not hang on the tagger's mood
    doc = Doc(
        nlp.vocab,
        words=["“", "Fine", ",", "”", "Reis", "joked", "."],
        heads=[5, 5, 5, 5, 5, 5, 5],
        deps=["punct", "ccomp", "punct", "punct", "compound", "ROOT", "punct"],
        pos=["PUNCT", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=["``", "JJ", ",", "''", "NNP", "VBN", "."],
        lemmas=["“", "fine", ",", "”", "Reis", "joke", "."],
    )
    speaker = subject_of(doc[5], skip=(1, 5))
    assert speaker is not None and speaker.text == "Reis"


def test_participle_on_the_object_belongs_to_the_clause_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        'Police said ten gunmen stormed the Velmar City Hall building shouting "Down with the port board".',
    )
    [q] = quoted(qs, "Down with")
    assert q.speaker_name == "ten gunmen"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Police met protesters chanting "No more cuts for the port" outside the hall.', "protesters"),
        ('The ministry released a statement saying "the port will stay open."', "The ministry"),
    ],
)
def test_participle_on_a_group_or_a_statement(nlp: Any, text: str, speaker: str) -> None:
    [q] = run(nlp, text)
    assert q.speaker_name == speaker


def test_a_place_inside_the_speaker_phrase_is_not_the_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        "Senate Whip Tomas Kiral said the port board will have a critical role to play.",
        "“I hope he recognizes the outstanding talent at our harbour office,” the Ohio Democrat said.",
        mentions=True,
    )
    [q] = quoted(qs, "outstanding talent")
    assert q.speaker_name != "Ohio"
    assert q.speaker_chain_id is None or "Ohio" not in (q.speaker_name or "")


def test_gloss_after_a_quoted_shout_is_no_separate_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        'Witnesses said the men stormed the terminal shouting "Viva Velmar," or "Long live Velmar," at guards.',
    )
    assert quoted(qs, "Long live") == []


def test_title_case_phrase_after_so_called_is_no_direct_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        "Both sources said the agency did not explain why Kiral’s request for so-called “Sensitive Harbour "
        "Information” clearance was rejected.",
    )
    assert quoted(qs, "Sensitive Harbour") == []


def test_it_speaks_for_a_document_that_spoke(nlp: Any) -> None:
    qs = run(
        nlp,
        'The report said the short-term nature of the staff "resulted in lost knowledge."',
        'The mission was also "severely under-resourced with regard to security equipment," it said.',
    )
    [q] = quoted(qs, "under-resourced")
    assert q.speaker_name == "The report"


def test_it_does_not_speak_for_a_country(nlp: Any) -> None:
    qs = run(
        nlp,
        "Portugal has been wary of appearing to respond to requests to pump more oil.",
        '"We act to balance markets," it said.',
    )
    [q] = quoted(qs, "balance markets")
    assert q.speaker_name == "it"


def test_participle_on_a_person_object_is_not_the_clause_subjects(nlp: Any) -> None:
    [q] = run(nlp, 'Police arrested a man shouting "Down with the port board" outside the hall.')
    assert q.speaker_name != "Police"


def test_a_report_suggesting_is_not_the_words_of_who_denied_it(nlp: Any) -> None:
    qs = run(
        nlp,
        "After initially denying reports suggesting it had caused the crash, Portugal has acknowledged that it "
        '"unintentionally" shot down the plane.',
    )
    [q] = [q for q in qs if "caused the crash" in q.text]
    assert q.speaker_name == "reports"


def test_it_of_it_is_important_to_note_is_nobody(nlp: Any) -> None:
    qs = run(
        nlp,
        "The report said the port was safe.",
        'But it is also important to note that "none of the Americans charged is accused of conspiring."',
    )
    assert all(q.speaker_name != "The report" for q in qs if "conspiring" in q.text)


def test_participle_on_a_plural_thing_gives_no_speaker(nlp: Any) -> None:
    qs = run(nlp, 'She loved the jokes claiming "she beat her ministers with her handbag" at every meeting.')
    assert all(q.speaker_name != "the jokes" for q in qs)
