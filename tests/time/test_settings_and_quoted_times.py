"""Session 17 (issue 4): the day of the occasion an act is told inside, times inside quoted words near a
saying, a possessive surname that is also a month, a gerund placed by its verb's tense, a "when" clause
hung off a noun, and acts that never took place."""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import date_of, parsed

from storyline.time import tag_text


def test_time_inside_quoted_words_leaves_the_saying_of_the_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Okafor spoke to reporters at the Port Alder docks. "
        "\u201cWe lost the crossing in March, and we lost it again in April,\u201d he said.",
        "2014-05-22",
    )
    assert date_of(st, "said") == ("2014-05-22", "dct")


def test_time_outside_quoted_words_still_keeps_the_saying_undated(nlp: Any) -> None:
    st = parsed(
        nlp,
        "In March, Okafor closed the Port Alder crossing. \u201cWe had no choice,\u201d he said.",
        "2014-05-22",
    )
    assert date_of(st, "said") == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking at a rally on Tuesday, Okafor called the accord a betrayal.",
        "Speaking on Tuesday, Okafor called the accord a betrayal.",
        "Speaking at the Orvik naval academy on May 20, 2014 he called the accord a betrayal.",
        "Okafor called the accord a betrayal, speaking to reporters in Port Alder on Tuesday.",
        "In an interview published Tuesday, Okafor called the accord a betrayal.",
    ],
)
def test_act_told_at_a_dated_occasion_takes_its_day(nlp: Any, text: str) -> None:
    st = parsed(nlp, text, "2014-05-22")
    assert date_of(st, "called") == ("2014-05-20", "timex")


@pytest.mark.parametrize(
    "text",
    [
        "Facing a vote on Tuesday, Okafor called the accord a betrayal.",
        "Citing a report on Tuesday, Okafor called the accord a betrayal.",
        "After speaking at a rally on Tuesday, Okafor called the accord a betrayal.",
    ],
)
def test_participle_about_another_act_gives_no_day(nlp: Any, text: str) -> None:
    st = parsed(nlp, text, "2014-05-22")
    assert date_of(st, "called") == (None, None)


def test_participle_with_no_comma_is_no_scene(nlp: Any) -> None:
    # the gerund is what is looked forward to, misparsed as a participle clause
    st = parsed(
        nlp,
        "Marren said she looks forward to Okafor speaking at the harbour gala on May 1.",
        "2019-03-29",
    )
    assert date_of(st, "looks") == (None, None)


def test_possessive_of_a_surname_that_is_a_month_is_the_person() -> None:
    text = "Prime Minister Odile May met the envoy. The plan was backed by May\u2019s closest allies in the cabinet."
    assert [t.text for t in tag_text(text, "2018-11-20")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Odile May met the envoy. The party lost ground in May\u2019s regional elections.",
        "Prime Minister Odile May met the envoy. The party lost ground in May's vote.",
        "The party lost ground in May\u2019s closest race.",
    ],
)
def test_possessive_month_owning_a_thing_of_a_month_stays_a_month(text: str) -> None:
    assert [t.value for t in tag_text(text, "2018-11-20")] == ["2018-05"]


def test_gerund_after_a_preposition_takes_its_verbs_future(nlp: Any) -> None:
    st = parsed(
        nlp, "Okafor will unveil the budget after talking Tuesday with the harbour board.", "2014-09-07"
    )
    assert [t.value for t in st.timexes] == ["2014-09-09"]


def test_gerund_after_a_preposition_takes_its_verbs_past(nlp: Any) -> None:
    st = parsed(nlp, "Okafor unveiled the budget after talking Tuesday with the harbour board.", "2014-09-07")
    assert [t.value for t in st.timexes] == ["2014-09-02"]


def test_act_named_in_a_gerund_phrase_keeps_no_day(nlp: Any) -> None:
    # the gerund's own act is not placed by its verb's tense: only a day it names is
    st = parsed(
        nlp,
        "Okafor spoke to the Port Alder council on Tuesday. "
        "Okafor sat idle after getting repeated warnings from the harbour pilots.",
        "2015-03-19",
    )
    assert date_of(st, "warnings") == (None, None)


def test_when_clause_hung_off_a_noun_sets_the_narrative_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Ferry crews in Port Alder said Thursday they would suspend the evening crossings. "
        "Nine of the injured were pilgrims from Orvik. "
        "They were touring the Veloria Maritime Museum in Port Alder, birthplace of the Orvik fishing fleet, "
        "when the raiders entered it Wednesday. "
        "The two gunmen were shot by guards.",
        "2015-03-19",
    )
    assert date_of(st, "shot") == ("2015-03-18", "inferred")


def test_act_that_never_took_place_inherits_no_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Okafor spoke to the Port Alder council on Tuesday. "
        "The Veloria government never censored the harbour reports.",
        "2015-03-19",
    )
    assert date_of(st, "censored") == (None, None)
