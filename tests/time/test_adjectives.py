"""Adjectives in the tagger: "current" as the present, and -ed adjectives that give no tense.

Every sentence is written for the test.
"""

from __future__ import annotations

from typing import Any

from storyline.nlp.parse import parse_article
from storyline.records import Article, Block
from storyline.time import tag_text, tag_timexes
from storyline.time.tense import FUTURE, lexical_tense


def tagged(text: str, dct: str = "2001-05-16") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


def test_adjectives_current_before_a_noun_is_the_present() -> None:
    assert tagged("Analysts blamed the current weakness of the currency.") == [
        ("current", "DATE", "PRESENT_REF")
    ]


def test_adjectives_then_current_is_a_past_present() -> None:
    got = tagged("Holders may buy shares at half the then current market price.")
    assert got == [("then current", "DATE", "PAST_REF")]


def test_adjectives_current_period_is_read_whole() -> None:
    assert tagged("Sales should rise in the current quarter.") == [("the current quarter", "DATE", "2001-Q2")]


def test_adjectives_current_account_and_the_noun_are_no_time() -> None:
    assert tagged("The current account deficit widened. A strong current swept the boat away.") == []


def test_adjectives_ed_adjective_after_a_determiner_is_no_past_verb() -> None:
    text = "The dividend would be paid on a still unspecified date in January."
    start = text.index("January")
    assert lexical_tense(text, start, start + len("January")) == FUTURE
    assert tagged(text, "1989-10-26") == [("January", "DATE", "1990-01")]


def test_adjectives_ascii_closing_quote_ends_the_clause() -> None:
    # ``...'' quotes (newswire typesetting): the "said" after the quote is not the tense of the quoted words
    text = (
        "``He will leave for the border with his son, his wife and their lawyers on Thursday,'' Castro said."
    )
    got = [(t.text, t.value) for t in tag_text(text, "2000-04-05")]
    assert got == [("Thursday", "2000-04-06")]


def test_adjectives_noun_current_dropped_by_the_parse(nlp: Any) -> None:
    text = "The swimmers were swept away when the current turned. Officials cited current conditions."
    art = Article(
        doc_id="t", source_path="t", text=text, blocks=[Block(0, len(text), "body")], published="2001-05-16"
    )
    st = parse_article(nlp, art)
    tag_timexes(st)
    assert [(t.text, t.value) for t in st.timexes] == [("current", "PRESENT_REF")]
    assert st.timexes[0].start == text.index("current conditions")


def test_adjectives_named_weekday_is_no_relative_weekday() -> None:
    # "Black Monday" is an event's name: the Monday before the DCT would be a made-up date
    got = tagged("Traders recalled Black Monday. Voters go to the polls on Super Tuesday.", "2007-10-20")
    assert got == []
    assert tagged("He said Monday that the Black Sea fleet would sail.", "2007-10-20") == [
        ("Monday", "DATE", "2007-10-15")
    ]
