"""A past act a speaker tells of (in what a speech verb reports, or inside quotation marks) is some time
before the saying: it takes no day from the sentences before it. A verb joined to a perfect is a perfect
too. Invented text throughout."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2019-02-22"  # a Friday
WEDNESDAY = "2019-02-20"

OPENING = "The Veloria council voted on Wednesday to close the Port Alder depot. "


def test_a_reported_past_act_takes_no_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "Okafor said the ministry violated the law when it sold the land.", PUBLISHED)
    assert date_of(st, "violated") == (None, None)
    assert date_of(st, "said") == (WEDNESDAY, "inferred")


def test_a_past_act_inside_quotation_marks_takes_no_narrative_day(nlp: Any) -> None:
    text = OPENING + "“The ministry betrayed the workers and cut their wages,” Marren said."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "betrayed") == (None, None)
    assert date_of(st, "said") == (WEDNESDAY, "inferred")


def test_a_told_past_act_keeps_the_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "Hundreds of workers marched to the depot gates.", PUBLISHED)
    assert date_of(st, "marched") == (WEDNESDAY, "inferred")


def test_a_verb_joined_to_a_perfect_takes_no_narrative_day(nlp: Any) -> None:
    text = OPENING + "Kastan has long wanted to buy the depot and asked Orvik banks for credit."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "asked") == (None, None)


def test_an_unquoted_act_before_a_speech_verb_keeps_the_narrative_day(nlp: Any) -> None:
    text = (
        OPENING + "Guards sealed the depot in the northern town of Orvik; however, officials said they "
        "believed the workers had left."
    )
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "sealed") == (WEDNESDAY, "inferred")


def test_a_day_in_an_as_clause_dates_its_governing_saying(nlp: Any) -> None:
    text = "Okafor told the harbour board as he sailed to Port Alder on Wednesday that the talks had failed."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "told") == (WEDNESDAY, "timex")


def test_a_day_in_a_because_clause_does_not_date_its_governor(nlp: Any) -> None:
    text = "Okafor resigned because the council voted on Wednesday to close the depot."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "resigned") != (WEDNESDAY, "timex")


def test_a_day_set_in_a_while_clause_does_not_date_the_saying(nlp: Any) -> None:
    text = "While the judge set May 5 as the hearing date, she said the trial would wait."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "said")[1] != "timex"


def test_a_participle_with_its_own_subject_is_a_past_act(nlp: Any) -> None:
    text = (
        "A vote was held in Orvik on March 16, 2014, on leaving Kastan.\n\n"
        "Harbour officials at the time denied there was any risk to the Veloria crews."
    )
    st = parsed(nlp, text, "2015-03-16")
    assert date_of(st, "denied") == (None, None)
