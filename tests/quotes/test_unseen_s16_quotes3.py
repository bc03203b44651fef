"""Session 16 (third pass) quote fixes, on invented text: a saying placed at an occasion told before is
dated by that occasion, not the publication day; short quotations merge across articles only with one
speaker and near dates; a bare time phrase in quotation marks is no quote."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import body, holding, parse, texts
from test_merge import corpus, qm

from storyline.entities import find_mentions
from storyline.quotes import find_quotes, merge_quotes
from storyline.records import QuoteMention

# --- "In that interview, X said ...": the occasion's date or none ---


def _dated(nlp: Any, *paragraphs: str) -> list[QuoteMention]:
    from storyline.time import tag_timexes

    state = parse(nlp, body(*paragraphs), published="2021-03-15")
    tag_timexes(state)
    find_mentions(state)
    find_quotes(state)
    return state.quotes


_FILLER = ("The ferry line has been idle since the storm.", "Crews wait on the quay.", "Tolls were cut.")


def test_a_saying_at_an_undated_occasion_told_before_gets_no_publication_day(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    [q] = _dated(
        nlp,
        "Mayor Ivo Orvik gave an interview to the Port Alder Courier.",
        *_FILLER,
        "In that interview, Orvik said the harbour would stay closed.",
    )
    assert q.date is None


def test_a_saying_at_a_dated_occasion_told_before_takes_its_date(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    [q] = _dated(
        nlp,
        "Mayor Ivo Orvik gave an interview to the Port Alder Courier on Friday.",
        *_FILLER,
        "In that interview, Orvik said the harbour would stay closed.",
    )
    assert q.date == "2021-03-12"


def test_a_saying_at_the_hearing_without_an_earlier_mention_gets_no_publication_day(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    [q] = _dated(
        nlp, "Kastan appeared before the council.", "During the hearing, Kastan said the deals were fair."
    )
    assert q.date is None


def test_a_saying_at_an_occasion_introduced_in_its_own_sentence_keeps_the_publication_day(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    [q] = _dated(nlp, "Kastan said at the meeting of the ferry board that the deals were fair.")
    assert q.date == "2021-03-15"


# --- short quotations across articles ---


def test_a_one_word_quotation_from_two_speakers_years_apart_stays_two_quotes() -> None:
    a = qm("a", 0, "Never", chain=1, name="Ivo Orvik")
    b = qm("b", 0, "Never.", chain=None, name="they")
    c = corpus([a, b], {("a", 1): "e1"})
    c.articles["a"].published = "2013-05-02"
    c.articles["b"].published = "2019-11-20"
    assert len(merge_quotes(c)) == 2


def test_a_short_quotation_by_one_speaker_years_apart_stays_two_quotes() -> None:
    a = qm("a", 0, "Not now", name="Ana Delvane")
    b = qm("b", 0, "Not now", name="Ana Delvane")
    c = corpus([a, b], {("a", 1): "e1", ("b", 1): "e1"})
    c.articles["a"].published = "2013-05-02"
    c.articles["b"].published = "2019-11-20"
    assert len(merge_quotes(c)) == 2


def test_a_short_quotation_by_one_speaker_on_near_days_is_one_quote() -> None:
    a = qm("a", 0, "Not now", name="Ana Delvane")
    b = qm("b", 0, "Not now", name="Ana Delvane")
    a.date, b.date = "2019-11-18", "2019-11-19"
    quotes = merge_quotes(corpus([a, b], {("a", 1): "e1", ("b", 1): "e1"}))
    assert len(quotes) == 1 and len(quotes[0].sources) == 2


# --- a time phrase in quotation marks ---


def test_a_quoted_time_phrase_after_a_saying_is_a_show_not_a_quote(nlp: Any) -> None:
    state = parse(
        nlp,
        body('"Never," Senator Ana Delvane said on Harbour TV\'s "This week." "The tolls are far too high."'),
    )
    find_mentions(state)
    find_quotes(state)
    assert "This week" not in texts(state.quotes)


def test_a_saying_at_an_occasion_named_with_its_day_takes_that_day(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    [q] = _dated(nlp, "Kastan faced the council.", "At Friday's hearing, Kastan said the deals were fair.")
    assert q.date == "2021-03-12"


def test_a_saying_in_ones_own_letter_is_not_the_letter_told_before(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    quotes = _dated(
        nlp,
        "Mayor Ivo Orvik sent a letter to the ferry board on Friday.",
        *_FILLER,
        "Ana Delvane said in her own letter that the tolls were fair.",
    )
    assert holding(quotes, "the tolls were fair").date != "2021-03-12"


def test_a_short_quotation_by_one_speaker_dated_weeks_apart_stays_two_quotes() -> None:
    a = qm("a", 0, "Not now", name="Ana Delvane")
    b = qm("b", 0, "Not now", name="Ana Delvane")
    a.date, b.date = "2019-10-01", "2019-11-19"
    assert len(merge_quotes(corpus([a, b], {("a", 1): "e1", ("b", 1): "e1"}))) == 2


def test_an_undated_short_phrase_of_one_speaker_in_articles_weeks_apart_is_one_quote() -> None:
    a = qm("a", 0, "a red tide", name="Ivo Orvik")
    b = qm("b", 0, "a red tide", name="Ivo Orvik")
    c = corpus([a, b], {("a", 1): "e1", ("b", 1): "e1"})
    c.articles["a"].published = "2019-03-20"
    c.articles["b"].published = "2019-05-05"
    assert len(merge_quotes(c)) == 1
