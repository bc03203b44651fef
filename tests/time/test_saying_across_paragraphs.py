"""A saying inherits an older day than the news day across a paragraph break only when its speaker was
named since that day was set: another speaker in a new paragraph most often spoke at another time.
Invented text throughout."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2021-03-12"  # a Friday
LAST_FRIDAY = "2021-03-05"
THURSDAY = "2021-03-11"

EPISODE = (
    "Last Friday in Port Alder, Kastan attacked the old tariff rules of the Veloria council.\n\n"
    "He said the port was ready to talk about a new deal with the council.\n\n"
)


def test_another_speaker_in_a_new_paragraph_takes_no_older_day(nlp: Any) -> None:
    text = EPISODE + "The first step, the harbour official said, must cap the fees on grain ships."
    assert date_of(parsed(nlp, text, PUBLISHED), "said", nth=1)[1] != "inferred"


def test_the_same_speaker_in_a_new_paragraph_keeps_the_older_day(nlp: Any) -> None:
    text = EPISODE + "Kastan said the first step must cap the fees on grain ships."
    assert date_of(parsed(nlp, text, PUBLISHED), "said", nth=1) == (LAST_FRIDAY, "inferred")


def test_a_pronoun_speaker_keeps_the_older_day(nlp: Any) -> None:
    assert date_of(parsed(nlp, EPISODE, PUBLISHED), "said") == (LAST_FRIDAY, "inferred")


def test_another_speaker_keeps_the_news_day(nlp: Any) -> None:
    text = (
        "On Thursday, Kastan attacked the old tariff rules of the Veloria council.\n\n"
        "The harbour official said the first step must cap the fees on grain ships."
    )
    assert date_of(parsed(nlp, text, PUBLISHED), "said") == (THURSDAY, "inferred")


def test_another_speaker_in_the_same_paragraph_keeps_the_older_day(nlp: Any) -> None:
    text = (
        "Last Friday in Port Alder, Kastan attacked the old tariff rules of the Veloria council. "
        "The harbour official said the first step must cap the fees on grain ships."
    )
    assert date_of(parsed(nlp, text, PUBLISHED), "said") == (LAST_FRIDAY, "inferred")
