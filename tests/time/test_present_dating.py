"""``date_for_span`` on the simple present and on participle clauses.

A simple-present action verb in the body is historical or habitual present ("Veloria sends troops and
occupies the valley", "the militia trains its fighters there"): the publication day is not its date.
Speech, thought, state and plan verbs, quoted words, headings and the progressive keep the day. A
participle clause without subject or auxiliary takes its time from the clause it hangs off."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.state import DocState
from storyline.time import date_for_span

PUBLISHED = "2010-06-10T15:00+00:00"  # a Thursday, with the time printed
DAY = "2010-06-10"


def state_for(nlp: Any, text: str, published: str = PUBLISHED, heading: str | None = None) -> DocState:
    return parsed(nlp, text, published, heading)


def test_present_dating_historical_present_of_acts_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "In the end Veloria sends troops into Kastan and occupies the northern valley.")
    assert date_of(st, "sends") == (None, None)
    assert date_of(st, "occupies") == (None, None)


def test_present_dating_habitual_present_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "The militia trains its fighters in a forest near the river.")
    assert date_of(st, "trains") == (None, None)


def test_present_dating_complement_of_a_present_act_is_undated(nlp: Any) -> None:
    # "begins shelling": the tense sits on "begins", an act, not a state
    st = state_for(nlp, "Soon the general begins shelling the capital.")
    assert date_of(st, "shelling") == (None, None)


def test_present_dating_states_and_stances_take_no_day(nlp: Any) -> None:
    st = state_for(nlp, "Veloria controls the port and opposes the new border treaty.")
    assert date_of(st, "controls") == (None, None)
    assert date_of(st, "opposes") == (None, None)


def test_present_dating_present_speech_and_plans_take_no_day(nlp: Any) -> None:
    st = state_for(nlp, "Ilsa Marren warns that the talks may fail. Kastan plans to reopen the border.")
    assert date_of(st, "warns") == (None, None)
    assert date_of(st, "reopen") == (None, None)


def test_present_dating_progressive_keeps_the_day(nlp: Any) -> None:
    st = state_for(nlp, "Veloria is sending troops to the border.")
    assert date_of(st, "sending") == (DAY, "dct")


def test_present_dating_quoted_present_of_an_undated_saying_takes_no_day(nlp: Any) -> None:
    st = state_for(nlp, "“We send our envoy to Kastan,” Ilsa Marren said.")
    assert date_of(st, "send") == (None, None)


def test_present_dating_heading_present_is_the_news_of_the_day(nlp: Any) -> None:
    st = state_for(
        nlp, "The troops crossed the river at dawn.", heading="Veloria sends troops to Kastan border"
    )
    assert date_of(st, "sends") == (DAY, "dct")
    assert date_of(st, "crossed") == (DAY, "dct")


def test_present_dating_what_a_text_calls_for_is_undated(nlp: Any) -> None:
    st = state_for(nlp, "The treaty calls for a withdrawal of all forces. The ministry calls for calm.")
    assert date_of(st, "calls") == (None, None)
    assert date_of(st, "calls", 1) == (None, None)


def test_present_dating_participle_takes_the_time_of_its_clause(nlp: Any) -> None:
    st = state_for(nlp, "The envoy entered the embassy on March 3, seeking travel documents.")
    assert date_of(st, "seeking") == ("2010-03-03", "timex")
    st = state_for(nlp, "The rebels attacked the garrison on Monday, killing four guards.")
    assert date_of(st, "killing") == ("2010-06-07", "timex")


def test_present_dating_subject_modifier_set_off_by_commas_shares_the_time(nlp: Any) -> None:
    st = state_for(nlp, "The Veloria navy, protecting tankers in the strait, sank two boats on Tuesday.")
    assert date_of(st, "protecting") == ("2010-06-08", "timex")
    # a restrictive modifier is a state of its own, not the time of the act
    st = state_for(nlp, "Kastan forces fighting the rebels sank two boats on Tuesday.")
    assert date_of(st, "fighting") == (None, None)


def test_present_dating_participle_of_a_past_clause_is_not_the_publication_day(nlp: Any) -> None:
    # no publication time: a past clause without its own expression is undated, and so is its participle
    st = state_for(nlp, "The rebels attacked the garrison, killing four guards.", published=DAY)
    assert date_of(st, "attacked") == (None, None)
    assert date_of(st, "killing") == (None, None)


def test_present_dating_conjoined_participle_shares_the_time(nlp: Any) -> None:
    st = state_for(
        nlp, "Ilsa Marren was arrested by the police in 2004 and sentenced to five years in prison."
    )
    assert date_of(st, "sentenced") == ("2004", "timex")


def test_present_dating_speech_participle_takes_the_date_of_its_verb(nlp: Any) -> None:
    # "..., adding that ..." has no tense of its own: under a past verb it is no news of the publication
    # day (a speech told days later), under a present one it is
    st = state_for(
        nlp, "Ilsa Marren spoke to the assembly, adding that the border stays closed.", published=DAY
    )
    assert date_of(st, "adding") == date_of(st, "spoke") == (None, None)
    st = state_for(nlp, "Ilsa Marren opposes the plan, adding that the border stays closed.", published=DAY)
    assert date_of(st, "adding") == (None, None)


def test_present_dating_garbage_does_not_crash(nlp: Any) -> None:
    for text in ("“ “ ” sends", '"""', "occupies", "\u200b\u200b sends troops “and"):
        st = state_for(nlp, text)
        for i in range(len(text)):
            value, source = date_for_span(st, st.sentence_index(i), i)
            assert (value is None) == (source is None)
