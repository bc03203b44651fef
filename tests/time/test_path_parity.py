"""The text path (``tag_text``) and the parse path (``tag_timexes``) read a clause's tense the same way.

The parse cases: an expression standing before a subordinator is not in the clause it opens, an
infinitive that is the subject of "be" is no plan, a bare participle clause has the tense of the verb it
hangs off. The text case: an infinitive after a past verb of no planning does not look ahead.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from dating_helpers import parsed
from spacy.tokens import Doc

from storyline.time import tag_text
from storyline.time.syntax import span_tense
from storyline.time.tense import PAST

MONDAY = "2021-10-25"  # the last Friday is 10-22, the next one 10-29


def parsed_value_of(nlp: Any, text: str, dct: str, word: str) -> str | None:
    return next(t.value for t in parsed(nlp, text, dct).timexes if t.text == word)


def text_value_of(text: str, dct: str, word: str) -> str | None:
    return next(t.value for t in tag_text(text, dct) if t.text == word)


# --- an expression before a subordinator is outside the clause it opens ------------------------------

# (word, tag, pos, dependency, head index, lemma): parses as the small model makes them when it takes a
# past verb for an adjective and hangs the day under the modal verb of the that-clause after it
_ROOTLESS_MAIN = [
    ("Officials", "NNS", "NOUN", "nsubj", 9, "official"),
    ("waved", "JJ", "ADJ", "advmod", 9, "waved"),
    ("off", "RP", "ADP", "prt", 1, "off"),
    ("warnings", "NNS", "NOUN", "dobj", 1, "warning"),
    ("on", "IN", "ADP", "prep", 1, "on"),
    ("Thursday", "NNP", "PROPN", "pobj", 4, "Thursday"),
    ("that", "IN", "SCONJ", "mark", 9, "that"),
    ("tariffs", "NNS", "NOUN", "nsubj", 9, "tariff"),
    ("could", "MD", "AUX", "aux", 9, "could"),
    ("hurt", "VB", "VERB", "ROOT", 9, "hurt"),
    ("trade", "NN", "NOUN", "dobj", 9, "trade"),
    (".", ".", "PUNCT", "punct", 9, "."),
]
_DAY_UNDER_COMPLEMENT = [
    ("Officials", "NNS", "NOUN", "nsubj", 1, "official"),
    ("shrugged", "VBD", "VERB", "ROOT", 1, "shrug"),
    ("off", "RP", "ADP", "prt", 1, "off"),
    ("warnings", "NNS", "NOUN", "dobj", 1, "warning"),
    ("on", "IN", "ADP", "prep", 9, "on"),
    ("Thursday", "NNP", "PROPN", "pobj", 4, "Thursday"),
    ("that", "IN", "SCONJ", "mark", 9, "that"),
    ("tariffs", "NNS", "NOUN", "nsubj", 9, "tariff"),
    ("could", "MD", "AUX", "aux", 9, "could"),
    ("hurt", "VB", "VERB", "ccomp", 1, "hurt"),
    ("trade", "NN", "NOUN", "dobj", 9, "trade"),
    (".", ".", "PUNCT", "punct", 1, "."),
]


def _doc(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    words, tags, pos, deps, heads, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(
        spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas
    )


def _span_of(doc: Doc, word: str) -> tuple[int, int]:
    tok = next(t for t in doc if t.text == word)
    return tok.idx, tok.idx + len(tok.text)


def test_day_before_that_takes_the_tense_of_the_clause_above() -> None:
    doc = _doc(_DAY_UNDER_COMPLEMENT)
    assert span_tense(doc, *_span_of(doc, "Thursday")) == PAST  # "shrugged", not "could hurt"


def test_day_before_that_under_a_rootless_parse_is_left_to_the_words() -> None:
    doc = _doc(_ROOTLESS_MAIN)
    assert span_tense(doc, *_span_of(doc, "Thursday")) is None  # the tagger then reads the words


def test_day_after_that_stays_in_its_clause(nlp: Any) -> None:
    text = "Officials said that the two ministers would meet again on Friday."
    assert parsed_value_of(nlp, text, MONDAY, "Friday") == "2021-10-29"


# --- an infinitive as the subject of "be" --------------------------------------------------------------


def test_infinitive_subject_of_be_is_no_plan(nlp: Any) -> None:
    text = "To win the title on Friday was a dream for the young team."
    assert parsed_value_of(nlp, text, MONDAY, "Friday") == "2021-10-22"


def test_infinitive_complement_of_be_is_still_a_plan(nlp: Any) -> None:
    assert parsed_value_of(nlp, "The plan is to sign the treaty on Friday.", MONDAY, "Friday") == "2021-10-29"


# --- a bare participle clause ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # advcl under a present perfect: the low point was this year's
        (
            "The bank's shares have swung widely this year, climbing to a peak in June from a low in March.",
            "March",
            "2021-03",
        ),
        ("Oil prices fell sharply, dropping to 18 dollars a barrel in March.", "March", "2021-03"),
        # xcomp under a future
        ("The army will start pulling troops out of the valley on Friday.", "Friday", "2021-10-29"),
        # a passive participle set off by commas tells a thing done
        ("Under the revised plan, unveiled in March, savers would get a bonus.", "March", "2021-03"),
    ],
)
def test_participle_takes_the_tense_of_its_verb(nlp: Any, text: str, word: str, expected: str) -> None:
    assert parsed_value_of(nlp, text, MONDAY, word) == expected


# --- the day of a planned thing, as the text path reads it -----------------------------------------------

FRIDAY = "2021-10-29"  # the last Monday is 10-25, the next one 11-01


@pytest.mark.parametrize(
    "text",
    [
        "The referee set a replay for Monday after the floodlights failed.",
        "The council called an emergency session for Monday when the river rose.",
    ],
)
def test_day_of_a_planned_thing_points_ahead_on_both_paths(nlp: Any, text: str) -> None:
    assert (
        parsed_value_of(nlp, text, FRIDAY, "Monday") == text_value_of(text, FRIDAY, "Monday") == "2021-11-01"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The chairman called a press conference on Monday and resigned.",  # "on": the day of the calling
        "The referee had set a replay for Monday, but the pitch flooded.",  # a plan overtaken since
    ],
)
def test_day_of_the_planning_itself_looks_back(nlp: Any, text: str) -> None:
    assert parsed_value_of(nlp, text, FRIDAY, "Monday") == "2021-10-25"


# --- the text path: an infinitive after a past verb ----------------------------------------------------


def test_infinitive_after_a_past_verb_does_not_look_ahead() -> None:
    text = (
        "Supply problems made it hard for the maker to meet orders for its new phones well into the summer."
    )
    assert text_value_of(text, MONDAY, "the summer") == "2021-SU"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers were to meet on Friday.",
        "The ministers are expected to meet on Friday.",
        "Union leaders to meet Friday",
        "The ministers, who spoke by phone last week, hoped to meet on Friday.",
    ],
)
def test_infinitive_of_a_plan_still_looks_ahead(text: str) -> None:
    assert text_value_of(text, MONDAY, "Friday") == "2021-10-29"


def test_both_paths_agree_on_the_infinitive_after_a_past_verb(nlp: Any) -> None:
    text = (
        "Supply problems made it hard for the maker to meet orders for its new phones well into the summer."
    )
    assert parsed_value_of(nlp, text, MONDAY, "the summer") == text_value_of(text, MONDAY, "the summer")
