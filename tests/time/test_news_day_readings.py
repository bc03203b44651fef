"""Dates a reader checks on real news: a clock time whose day follows an aside, a four-digit zoned time,
a month-day with "last year", and the clauses a fronted day does not date.

Every sentence is written for the test; the publication days are chosen so that the expected values
follow from the calendar.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from dating_helpers import date_of, parsed
from spacy.tokens import Doc

from storyline.time import tag_text
from storyline.time.spans import _subordinated_on_the_way

MONDAY = "2021-10-25"  # the last Friday is 10-22, the last Sunday 10-24


def values(text: str, dct: str = MONDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


# --- a clock time takes the day that follows it after an aside ------------------------------------------


@pytest.mark.parametrize(
    ("text", "clock", "expected"),
    [
        ("The guard was shot at about 2am local time (0100 UTC) on Friday.", "2am", "2021-10-22T02:00"),
        ("A suspect was detained at 11 pm local time Sunday.", "11 pm", "2021-10-24T23:00"),
        ("The polls closed at 19:00 local time (1700 GMT) on Sunday.", "19:00", "2021-10-24T19:00"),
    ],
)
def test_clock_time_takes_the_day_after_the_aside(text: str, clock: str, expected: str) -> None:
    assert dict(values(text))[clock] == expected


def test_four_digit_zoned_time_is_a_clock_not_a_year() -> None:
    got = dict(values("The rocket lifted off at 1922 UTC yesterday."))
    assert got == {"1922 UTC": "2021-10-24T19:22Z", "yesterday": "2021-10-24"}


def test_bracketed_zoned_restatement_is_neither_a_year_nor_a_second_time() -> None:
    # TimeML leaves the restatement of a local time in another zone untagged
    assert values("The stabbing began shortly before 19:00 local time (1800 UTC).") == [
        ("19:00", "2021-10-25T19:00")
    ]


def test_clock_time_without_a_following_day_keeps_the_publication_day() -> None:
    assert dict(values("The session closes at 5 pm local time."))["5 pm"] == "2021-10-25T17:00"


# --- "March 20 last year": the year phrase gives the month-day its year -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met in the capital on March 20 last year.", "2020-03-20"),
        ("The envoys will meet again on March 20 next year.", "2022-03-20"),
        ("The summit of November 30 last year ended in a quarrel.", "2020-11-30"),
    ],
)
def test_month_day_takes_the_year_of_the_phrase_after_it(text: str, expected: str) -> None:
    month_day = next(v for t, v in values(text) if "year" not in t)
    assert month_day == expected


def test_a_comma_ends_the_month_day_before_a_year_phrase() -> None:
    # "on March 20, last year was ...": the year phrase starts another clause
    got = values("He said on March 20, last year was the hardest of all.", "2021-03-25")
    assert dict(got)["March 20"] == "2021-03-20"


# --- clauses a fronted day does not date ---------------------------------------------------------------


def test_fronted_day_does_not_date_a_relative_clause(nlp: Any) -> None:
    text = "On Monday, the ministers denounced the pact in which the two states agreed on borders and allowed new bases."
    st = parsed(nlp, text, MONDAY)
    assert date_of(st, "denounced") == (MONDAY, "timex")
    assert date_of(st, "agreed") == (None, None)
    assert date_of(st, "allowed") == (None, None)  # joined to the relative clause by "and"


def test_fronted_day_still_dates_a_main_clause_and_its_conjunct(nlp: Any) -> None:
    st = parsed(nlp, "On Friday, police fired on marchers in the square and arrested dozens.", MONDAY)
    assert date_of(st, "fired") == date_of(st, "arrested") == ("2021-10-22", "timex")


def test_fronted_day_does_not_date_a_past_perfect_spelled_like_the_past(nlp: Any) -> None:
    # the quoted adverb makes the small model tag "shot" VBD, though "had" is its auxiliary
    st = parsed(
        nlp, 'On Saturday, officials admitted their army had "mistakenly" shot down the drone.', MONDAY
    )
    assert date_of(st, "admitted") == ("2021-10-23", "timex")
    assert date_of(st, "shot") == (None, None)  # the shooting came before the admitting


# (word, tag, pos, dependency, head index): the parse the small model made of a real sentence, with
# "as of yesterday" under "announced" and the subordinator "while" hung on "as"
_WHILE_ON_THE_PHRASE = [
    ("Police", "NNS", "NOUN", "nsubj", 1), ("announced", "VBD", "VERB", "ROOT", 1),
    ("an", "DT", "DET", "det", 3), ("arrest", "NN", "NOUN", "dobj", 1),
    ("while", "IN", "SCONJ", "mark", 5), ("as", "IN", "ADP", "prep", 1), ("of", "IN", "ADP", "prep", 5),
    ("yesterday", "NN", "NOUN", "pobj", 6), ("two", "CD", "NUM", "nummod", 9),
    ("suspects", "NNS", "NOUN", "nsubj", 10), ("were", "VBD", "AUX", "conj", 1),
    ("at", "IN", "ADP", "prep", 10), ("large", "JJ", "ADJ", "pobj", 11), (".", ".", "PUNCT", "punct", 1),
]  # fmt: skip


def test_expression_after_a_subordinator_does_not_date_the_main_clause() -> None:
    words, tags, pos, deps, heads = (list(col) for col in zip(*_WHILE_ON_THE_PHRASE, strict=True))
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)
    yesterday, announced = doc[7], doc[1]
    assert _subordinated_on_the_way(yesterday, announced)
    # an expression in the clause itself, with no subordinator on the way, still dates it
    assert not _subordinated_on_the_way(doc[3], announced)


# --- "the next month" in a past narrative counts from the month the story is at ---------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "The mayor resigned in March 2019. The next month, the council chose a successor.",
            "next month",
            "2019-04",
        ),
        ("The club was founded in 1998 and won the cup the next year.", "next year", "1999"),
    ],
)
def test_the_next_unit_after_a_past_verb_counts_from_the_story(text: str, word: str, expected: str) -> None:
    assert dict(values(text))[word] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor resigned in March 2019. Prices will rise over the next month.",  # ahead of the DCT
        "The mayor resigned in March 2019. The council meets next month.",  # no article: the DCT's
    ],
)
def test_the_next_unit_ahead_still_counts_from_the_publication_day(text: str) -> None:
    assert dict(values(text))["next month"] == "2021-11"
