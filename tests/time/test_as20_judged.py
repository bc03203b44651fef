"""Dates judged on real news in session 19: "prior to <day>" bounds what it places as "before" does, a
gerund subject or a group's standing view is no act of a day, a clause on "the eve of" an undated event has
no day the paper gives, and holiday food or shopping is no holiday date."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.time import tag_text

_THURSDAY = "2019-09-05"


def test_prior_to_a_day_places_the_act_before_it(nlp: Any) -> None:
    st = parsed(nlp, "Prior to Wednesday, Okafor had refused to sign the accord, calling it dead.", _THURSDAY)
    assert date_of(st, "refused") == (None, None)
    st = parsed(nlp, "Okafor had not been under investigation by the police prior to Wednesday.", _THURSDAY)
    assert date_of(st, "investigation") == (None, None)


def test_ahead_of_a_day_places_the_act_before_it(nlp: Any) -> None:
    st = parsed(nlp, "Okafor arrived in Port Alder ahead of Friday, aides said.", "2019-09-07")
    assert date_of(st, "arrived") == (None, None)


def test_a_day_outside_the_prior_to_phrase_still_dates_the_act(nlp: Any) -> None:
    st = parsed(nlp, "Okafor arrived in Port Alder on Wednesday, ahead of the summit.", _THURSDAY)
    assert date_of(st, "arrived") == ("2019-09-04", "timex")


def test_a_gerund_subject_is_no_act_of_the_publication_day(nlp: Any) -> None:
    st = parsed(nlp, "Talking to the rebels is certainly a better idea than war.", _THURSDAY)
    assert date_of(st, "Talking") == (None, None)
    st = parsed(nlp, "Accepting Veloria as a partner would be a major concession.", _THURSDAY)
    assert date_of(st, "Accepting") == (None, None)


def test_a_progressive_opening_its_sentence_keeps_the_day(nlp: Any) -> None:
    st = parsed(nlp, "Okafor is talking to the rebels in Port Alder.", _THURSDAY)
    assert date_of(st, "talking") == (_THURSDAY, "dct")


def test_a_group_view_in_the_present_is_said_on_no_day(nlp: Any) -> None:
    st = parsed(nlp, "Critics say the Orvik plan will fail.", _THURSDAY)
    assert date_of(st, "say") == (None, None)
    st = parsed(nlp, "Her detractors say Okafor has done little for the port.", _THURSDAY)
    assert date_of(st, "say") == (None, None)


def test_a_named_speaker_or_a_count_of_speakers_keeps_the_day(nlp: Any) -> None:
    st = parsed(nlp, "Okafor says the Orvik plan will fail.", _THURSDAY)
    assert date_of(st, "says") == (_THURSDAY, "dct")
    st = parsed(nlp, "Two analysts say the Orvik plan will fail.", _THURSDAY)
    assert date_of(st, "say") == (_THURSDAY, "dct")


def test_a_saying_on_the_eve_of_an_undated_event_has_no_day(nlp: Any) -> None:
    st = parsed(nlp, "On the eve of the vote, Okafor told reporters the port would reopen.", _THURSDAY)
    assert date_of(st, "told") == (None, None)
    st = parsed(nlp, "Okafor spoke to reporters on the eve of the summit in Port Alder.", _THURSDAY)
    assert date_of(st, "spoke") == (None, None)


def test_a_saying_on_a_named_day_keeps_it(nlp: Any) -> None:
    st = parsed(nlp, "On Tuesday, Okafor told reporters the port would reopen.", _THURSDAY)
    assert date_of(st, "told") == ("2019-09-03", "timex")


def test_holiday_food_and_shopping_are_no_day() -> None:
    assert [t.text for t in tag_text("She brought the Okafor family Christmas cookies.", "2019-11-01")] == []
    assert [t.text for t in tag_text("Shoppers crowded the Christmas markets of Orvik.", "2019-12-05")] == []


def test_a_holiday_itself_keeps_its_day() -> None:
    assert [(t.text, t.value) for t in tag_text("They met on Christmas Day.", "2019-12-27")] == [
        ("Christmas Day", "2019-12-25")
    ]
