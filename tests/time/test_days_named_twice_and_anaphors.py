"""Days a story names twice or through another phrase: a weekday repeated, a clock time's day, "the same
night as ...", "the evening of ...", "<month> of that year", and a past verb the tagger read as a participle."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.records import TimeExpr
from storyline.time import tag_text
from storyline.time.syntax import span_tense
from storyline.time.tense import PAST

MONDAY = "2021-03-15"
SUNDAY = "2021-03-14"


def _value(found: list[TimeExpr], text: str, nth: int = 0) -> str | None:
    return [t.value for t in found if t.text == text][nth]


def test_a_weekday_named_again_without_a_verb_of_its_own_is_the_same_day() -> None:
    text = (
        "The Kastan ministry will publish the audit on Thursday morning. Critics say Thursday's release "
        "may be only a first step in a long dispute."
    )
    found = tag_text(text, MONDAY)
    assert _value(found, "Thursday morning") == "2021-03-18TMO"
    assert _value(found, "Thursday") == "2021-03-18"


def test_a_plan_told_from_a_past_moment_keeps_the_weekday_the_story_already_dated() -> None:
    text = (
        "On Saturday, Delvane's brother told reporters the family had no news. The kidnappers said in a "
        "video released Wednesday that they would free him by Saturday."
    )
    found = tag_text(text, SUNDAY)
    assert _value(found, "Saturday", 0) == "2021-03-13"
    assert _value(found, "Saturday", 1) == "2021-03-13"


def test_a_plan_in_the_past_tense_keeps_the_weekday_the_story_already_dated() -> None:
    text = "Okafor led a march in Port Alder on Sunday. Fresh marches were planned for Sunday in Orvik."
    assert [t.value for t in tag_text(text, MONDAY)] == ["2021-03-14", "2021-03-14"]


def test_a_weekday_a_verb_places_still_follows_its_verb() -> None:
    text = "The council met on Tuesday. It will meet again on Tuesday to vote on the budget."
    found = tag_text(text, SUNDAY)
    assert [t.value for t in found if t.text == "Tuesday"] == ["2021-03-09", "2021-03-16"]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The Marren agency confirmed a week ago Friday that its envoy had left.", "2021-03-20",
         ("a week ago Friday", "2021-03-12")),
        ("A week ago Friday the Marren agency confirmed it.", "2021-03-19", ("A week ago Friday", "2021-03-12")),
        ("Two weeks ago Sunday, the Orvik league met.", "2021-03-17", ("Two weeks ago Sunday", "2021-02-28")),
    ],
)  # fmt: skip
def test_a_week_ago_friday_is_one_day(text: str, dct: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag_text(text, dct)] == [expected]


def test_noon_on_a_weekday_is_that_day() -> None:
    found = tag_text("The envoy landed in Port Alder shortly before noon on Wednesday.", "2021-03-12")
    assert [(t.text, t.value) for t in found] == [("noon on Wednesday", "2021-03-10T12:00")]


def test_a_clock_time_in_brackets_takes_the_day_of_the_clock_time_before_it() -> None:
    text = (
        "On Tuesday, divers will search the bay. Controllers lost contact with the ferry at 7:10 a.m. "
        "Sunday, Veloria time (6:10 a.m. in Orvik)."
    )
    found = tag_text(text, MONDAY)
    assert _value(found, "6:10 a.m.") == "2021-03-14T06:10"


def test_the_same_night_as_an_event_is_not_the_day_the_story_is_at() -> None:
    text = "Okafor called the minister on Thursday. Marren phoned him the same night as the blast."
    found = tag_text(text, "2021-03-19")
    assert _value(found, "Thursday") == "2021-03-18"
    assert _value(found, "the same night") is None


def test_the_same_night_alone_is_still_the_day_just_named() -> None:
    found = tag_text(
        "Okafor called the minister on Thursday. Marren phoned him the same night.", "2021-03-19"
    )
    assert _value(found, "the same night") == "2021-03-18TNI"


def test_the_evening_of_an_event_is_not_the_publication_day() -> None:
    text = "The mayor did not speak to the governor until the evening of the day after the flood."
    assert _value(tag_text(text, "2021-03-19"), "the evening") is None


def test_the_evening_of_a_weekday_is_still_that_weekday() -> None:
    text = "The mayor did not speak to the governor until the evening of Tuesday."
    assert _value(tag_text(text, "2021-03-19"), "the evening") == "2021-03-16TEV"


def test_a_month_of_that_year_is_in_the_year_named_before() -> None:
    text = (
        "The Orvik alert was raised to its top level in May 2017 and lowered in September of that year. "
        "It was lowered again in March of the following year."
    )
    found = tag_text(text, "2019-11-29")
    assert _value(found, "September of that year") == "2017-09"
    assert _value(found, "March of the following year") == "2018-03"


# "Kastan, who often votes with Marren but objected Monday to him.", tagged as the small model tags
# such a sentence: (word, lemma, tag, part of speech, dependency, head)
_MISTAGGED = [
    ("Kastan", "Kastan", "NNP", "PROPN", "ROOT", 0), (",", ",", ",", "PUNCT", "punct", 0),
    ("who", "who", "WP", "PRON", "nsubj", 4), ("often", "often", "RB", "ADV", "advmod", 4),
    ("votes", "vote", "VBZ", "VERB", "relcl", 0), ("with", "with", "IN", "ADP", "prep", 4),
    ("Marren", "Marren", "NNP", "PROPN", "pobj", 5), ("but", "but", "CC", "CCONJ", "cc", 4),
    ("objected", "object", "VBN", "VERB", "conj", 4), ("Monday", "Monday", "NNP", "PROPN", "npadvmod", 8),
    ("to", "to", "IN", "ADP", "prep", 8), ("him", "he", "PRP", "PRON", "pobj", 10),
    (".", ".", ".", "PUNCT", "punct", 0),
]  # fmt: skip


def test_a_past_verb_tagged_as_a_participle_after_a_present_reads_as_past() -> None:
    words, lemmas, tags, pos, deps, heads = (list(col) for col in zip(*_MISTAGGED, strict=True))
    doc = Doc(Vocab(), words=words, lemmas=lemmas, tags=tags, pos=pos, deps=deps, heads=heads)
    start = doc.text.index("Monday")
    assert span_tense(doc, start, start + len("Monday")) == PAST


def test_a_month_after_in_is_a_month_though_a_verb_follows() -> None:
    found = tag_text("A fire at a depot in Orvik in March was the first such fire there.", "2015-11-20")
    assert [(t.text, t.value) for t in found] == [("March", "2015-03")]


def test_may_after_in_and_before_a_verb_stays_a_person() -> None:
    assert tag_text("Faith in May was shaken after the vote.", "2015-11-20") == []
