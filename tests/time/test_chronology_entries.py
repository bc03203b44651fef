"""Yearless dates in chronology lists, and the tense words around a date that do or do not count."""

from __future__ import annotations

from storyline.time import tag_text
from storyline.time.tense import FUTURE, PAST, clause_bounds, lexical_tense

AUTUMN = "2031-10-20"
CHRONOLOGY = """Key events since the uprising:
Feb. 26 - The U.N. Security Council imposes sanctions on the Kastan leadership.
March 17 - The U.N. Security Council votes to authorise a no-fly zone over Kastan.
Aug. 21 - Rebels decide to enter the capital.
Nov. 3 - Ministers are due to meet in Port Alder.
Jan. 9 - Envoys to meet in Port Alder."""


def test_chronology_entries_retell_the_past_unless_they_say_ahead() -> None:
    values = {t.text: t.value for t in tag_text(CHRONOLOGY, AUTUMN)}
    assert values["Feb. 26"] == "2031-02-26"  # historical present: the nearer year would be 2032
    assert values["March 17"] == "2031-03-17"
    assert values["Aug. 21"] == "2031-08-21"
    assert values["Nov. 3"] == "2031-11-03"  # "are due to": still to come
    assert values["Jan. 9"] == "2032-01-09"  # a headline's future "Envoys to meet"


def test_a_month_day_inside_running_text_is_no_chronology_entry() -> None:
    text = "The envoy said talks - which began in spring - would resume; March 17 - a Friday - suits both."
    assert [t.value for t in tag_text(text, AUTUMN) if t.text == "March 17"] == ["2032-03-17"]


def test_clause_bounds_do_not_stop_at_an_abbreviation() -> None:
    text = "The U.N. Security Council voted on Friday. Then it adjourned."
    start = text.index("Friday")
    left, right = clause_bounds(text, start, start + 6)
    assert text[left:right] == "The U.N. Security Council voted on Friday."


def test_tense_words_that_are_no_tense() -> None:
    text = "He will succeed the governor Feb. 1, when the term ends."
    start = text.index("Feb. 1")
    assert lexical_tense(text, start, start + 6) == FUTURE  # "succeed" is no past tense
    text = "People were wounded in the blast next to the embassy on Friday."
    start = text.index("Friday")
    assert lexical_tense(text, start, start + 6) == PAST  # "next to" is a place, not the future
