"""``tag_timexes`` and ``date_for_span`` on parsed sentences written for the test."""

from __future__ import annotations

from typing import Any

from dating_helpers import parsed as state_for

from storyline.state import DocState
from storyline.time import date_for_span


def at(st: DocState, word: str, nth: int = 0) -> tuple[int, int]:
    idx = -1
    for _ in range(nth + 1):
        idx = st.article.text.index(word, idx + 1)
    return st.sentence_index(idx), idx


def test_spans_weekday_direction_follows_verb_tense(nlp: Any) -> None:
    st = state_for(
        nlp, "The envoy met the king on Tuesday. The envoy will meet the queen on Tuesday.", "2010-06-10"
    )
    assert [t.value for t in st.timexes] == ["2010-06-08", "2010-06-15"]
    assert [t.sentence for t in st.timexes] == [0, 1]


def test_spans_month_verb_is_not_a_date(nlp: Any) -> None:
    st = state_for(nlp, "May the best team win. The union will march in May.", "2010-03-10")
    assert [(t.text, t.value) for t in st.timexes] == [("May", "2010-05")]


def test_spans_governing_timex_dates_the_event(nlp: Any) -> None:
    st = state_for(
        nlp, "The ministers signed the accord on Tuesday and said talks would resume.", "2010-06-10"
    )
    assert date_for_span(st, *at(st, "signed")) == ("2010-06-08", "timex")


def test_spans_timex_hanging_off_an_event_noun(nlp: Any) -> None:
    st = state_for(
        nlp, "He spoke after talks on Thursday with the defence minister.", "2010-06-11T14:00+00:00"
    )
    assert date_for_span(st, *at(st, "talks")) == ("2010-06-10", "timex")


def test_spans_present_state_takes_no_day(nlp: Any) -> None:
    st = state_for(nlp, "The rebels control the northern province.", "2010-06-11")
    assert date_for_span(st, *at(st, "control")) == (None, None)


def test_spans_past_tense_early_edition_is_the_day_before(nlp: Any) -> None:
    st = state_for(nlp, "The minister said the border would reopen.", "2010-06-11T01:27+00:00")
    assert date_for_span(st, *at(st, "said")) == ("2010-06-10", "dct")
    late = state_for(nlp, "The minister said the border would reopen.", "2010-06-11T15:00+00:00")
    assert date_for_span(late, *at(late, "said")) == ("2010-06-11", "dct")


def test_spans_past_tense_without_time_needs_a_narrative_day(nlp: Any) -> None:
    text = "The minister resigned yesterday after a vote.\n\nHe said the vote was unfair."
    st = state_for(nlp, text, "2010-06-11")
    assert date_for_span(st, *at(st, "said")) == ("2010-06-10", "inferred")  # no expression governs "said"
    # a past act alone has no day (a saying alone: test_sayings_of_the_day)
    alone = state_for(nlp, "He resigned after the vote.", "2010-06-11")
    assert date_for_span(alone, *at(alone, "resigned")) == (None, None)


def test_spans_nothing_known_without_a_date(nlp: Any) -> None:
    st = state_for(nlp, "The minister resigned yesterday.", None)
    assert st.timexes[0].value is None
    assert date_for_span(st, *at(st, "resigned")) == (None, None)


def test_spans_out_of_range_sentence(nlp: Any) -> None:
    st = state_for(nlp, "Nothing happened.", "2010-06-11")
    assert date_for_span(st, 99, 0) == (None, None)


def test_spans_head_char_past_the_end(nlp: Any) -> None:
    st = state_for(nlp, "The minister resigned.", "2010-06-11")
    assert date_for_span(st, 0, 10_000) == (None, None)
