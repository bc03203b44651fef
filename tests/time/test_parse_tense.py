"""Which way the spaCy-parse path points a weekday or holiday, on sentences written for the test."""

from __future__ import annotations

from typing import Any

from storyline.nlp.parse import parse_article
from storyline.records import Article, Block
from storyline.time import tag_text, tag_timexes


def values(nlp: Any, text: str, published: str) -> list[tuple[str, str | None]]:
    art = Article(
        doc_id="t", source_path="t", text=text, blocks=[Block(0, len(text), "body")], published=published
    )
    st = parse_article(nlp, art)
    tag_timexes(st)
    return [(t.text, t.value) for t in st.timexes]


def test_parse_tense_negated_could_is_no_future(nlp: Any) -> None:
    # "could not be reached Wednesday" reports a past attempt (published on a Thursday)
    got = values(
        nlp, "Neither he nor his grandparents could be located Wednesday in their hometown.", "2000-01-06"
    )
    assert got == [("Wednesday", "2000-01-05")]
    assert values(nlp, "The official could not be reached Wednesday.", "2000-01-06") == [
        ("Wednesday", "2000-01-05")
    ]


def test_parse_tense_could_without_negation_is_a_possibility_ahead(nlp: Any) -> None:
    assert values(nlp, "The vote could come Friday, officials said.", "2000-01-05") == [
        ("Friday", "2000-01-07")
    ]


def test_parse_tense_same_form_past_verb_is_not_read_as_present(nlp: Any) -> None:
    got = values(
        nlp, "Weakness in big technology stocks hurt the composite on Friday, traders said.", "1989-10-30"
    )
    assert got == [("Friday", "1989-10-27")]


def test_parse_tense_scheduled_event_lies_ahead(nlp: Any) -> None:
    got = values(
        nlp,
        "The prosecutor has scheduled a news conference Thursday to announce a development.",
        "1999-05-05",
    )
    assert got == [("Thursday", "1999-05-06")]


def test_parse_tense_plan_modifying_a_noun_follows_the_main_verb(nlp: Any) -> None:
    got = values(nlp, "A memorial service planned for Saturday was canceled after threats.", "1999-10-24")
    assert got == [("Saturday", "1999-10-23")]


def test_parse_tense_past_perfect_plan_looks_back(nlp: Any) -> None:
    got = values(
        nlp, "The offer was extended to Nov. 16. It had been due to expire Friday evening.", "1989-10-30"
    )
    assert got[-1] == ("Friday evening", "1989-10-27TEV")


def test_parse_tense_weekday_with_part_of_day_takes_the_verb(nlp: Any) -> None:
    # "Thursday" is a compound of "morning": the verb places the whole expression, ahead here
    got = values(nlp, "Officials said they did not plan to remove the boy on Thursday morning.", "2000-03-29")
    assert got == [("Thursday morning", "2000-03-30TMO")]


def test_parse_tense_holiday_without_tense_is_the_nearest() -> None:
    # no verb to go by: the Christmas just past (13 days) beats the one 11 months ahead
    got = tag_text("A Christmas Day truce.", "2000-01-07")
    assert [(t.text, t.value) for t in got] == [("Christmas Day", "1999-12-25")]


def test_parse_tense_each_holiday_keeps_its_own_date() -> None:
    got = tag_text("Christmas Day was quiet. Thanksgiving Day was not.", "2000-01-07")
    assert [(t.text, t.value) for t in got] == [
        ("Christmas Day", "1999-12-25"),
        ("Thanksgiving Day", "1999-11-25"),
    ]
