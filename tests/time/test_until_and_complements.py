"""Which day a reader expects: "until <day>" after a state that goes on, a that-clause after the day,
and a fronted plan participle ("Set for Friday, the vote will ...").

Every sentence is written for the test; both paths (``tag_text`` on the words, ``tag_timexes`` on the
parse) must give the same day.
"""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import parsed

from storyline.time import tag_text

MONDAY = "2021-10-25"  # the last Friday is 10-22, the next one 10-29; the last Thursday 10-21
LAST_FRIDAY, NEXT_FRIDAY = "2021-10-22", "2021-10-29"


def text_value(text: str, word: str) -> str | None:
    return next(t.value for t in tag_text(text, MONDAY) if t.text == word)


def parsed_value(nlp: Any, text: str, word: str) -> str | None:
    return next(t.value for t in parsed(nlp, text, MONDAY).timexes if t.text == word)


# --- "until <day>" after a state that continues points ahead ------------------------------------------

STILL_OPEN = [
    "Ferries to remain docked until Friday",  # a headline's infinitive
    "The council has continued to keep all public libraries closed until Friday.",  # a perfect, then "keep"
    "The two bridges remain closed until Friday.",
    "The museum will stay shut until Friday, the curator said.",
    "The northern roads have been blocked until Friday.",
]


@pytest.mark.parametrize("text", STILL_OPEN)
def test_until_after_a_continuing_state_points_ahead_on_the_words(text: str) -> None:
    assert text_value(text, "Friday") == NEXT_FRIDAY


@pytest.mark.parametrize("text", STILL_OPEN)
def test_until_after_a_continuing_state_points_ahead_on_the_parse(nlp: Any, text: str) -> None:
    assert parsed_value(nlp, text, "Friday") == NEXT_FRIDAY


STILL_PAST = [
    "The two bridges were closed until Friday.",  # a past auxiliary
    "The rescue crew stayed until Friday.",  # a simple past with its own subject
    "She said the crew had stayed until Friday.",
    "Police kept the square sealed until Friday.",  # a past verb of keeping
]


@pytest.mark.parametrize("text", STILL_PAST)
def test_until_after_a_past_verb_still_looks_back(text: str) -> None:
    assert text_value(text, "Friday") == LAST_FRIDAY


# --- a that-clause after the day does not govern it ---------------------------------------------------

AFTER_THE_DAY = [
    "The bank's governor played down expectations on Thursday that it will cut rates.",
    "The coach brushed aside talk on Thursday that he would quit.",
]


@pytest.mark.parametrize("text", AFTER_THE_DAY)
def test_day_before_a_that_clause_takes_the_verb_above_on_both_paths(nlp: Any, text: str) -> None:
    assert text_value(text, "Thursday") == parsed_value(nlp, text, "Thursday") == "2021-10-21"


def test_day_inside_the_that_clause_still_looks_ahead() -> None:
    text = "The governor said that the bank will cut rates on Thursday."
    assert text_value(text, "Thursday") == "2021-10-28"


# --- a fronted plan participle names a day the main clause places ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Set for Friday, the vote will decide the fate of the bill.", NEXT_FRIDAY),
        ("Planned for Friday, the march will start at the station.", NEXT_FRIDAY),
        ("Set for Friday, the vote was called off after the storm.", LAST_FRIDAY),
    ],
)
def test_fronted_plan_participle_takes_the_main_clause_tense(nlp: Any, text: str, expected: str) -> None:
    assert parsed_value(nlp, text, "Friday") == text_value(text, "Friday") == expected
