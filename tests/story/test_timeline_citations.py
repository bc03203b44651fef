"""A source citation in parentheses ("(Wire Service, May 3)") dates a report, not what happened: it is
no reference to its day and its sentence no line for it."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.clean.citations import citation_spans
from storyline.story import build_timeline, candidate_dates


def cited(text: str) -> list[str]:
    return [text[a:b] for a, b in citation_spans(text)]


def test_citation_spans_find_digest_citations_and_nothing_else() -> None:
    assert cited("Talks began in March (Kastan Wire, May 3).") == ["(Kastan Wire, May 3)"]
    assert cited("a trend (Veloria TV, 23 January; The Daily Ledger, Feb. 1, 2031).") == [
        "(Veloria TV, 23 January; The Daily Ledger, Feb. 1, 2031)"
    ]
    assert cited("the raid (AP, Kastan Radio, May 3-4; May 5)") == ["(AP, Kastan Radio, May 3-4; May 5)"]
    # a parenthesis that is no citation: a birth date, a place alone, a lower-case remark
    assert cited("Ilsa Marren (born March 3, 1950) spoke.") == []
    assert cited("He was born (March 3, 1950) in Kastan.") == []
    assert cited("the capital (Kastan City) on Monday, (pictured, May 5)") == []


def cited_corpus() -> CorpusBuilder:
    b = CorpusBuilder()
    body = [f"Kastan and Veloria traded fire across the border, report {i} said." for i in range(3)]
    # a digest: a fact with the outlet and day it was reported in parentheses
    b.article(
        "digest",
        "2031-05-20",
        [*body, "The talks followed a phone call the Kastani leader made in May (Kastan Wire, May 15)."],
    )
    b.timex("digest", 3, "in May", "2031-05")
    b.timex("digest", 3, "May 15", "2031-05-15")
    # a report of what happened on a day
    b.article("report", "2031-05-13", ["Veloria closed its embassy in Kastan on May 12, officials said."])
    b.timex("report", 0, "May 12", "2031-05-12")
    return b


def test_a_citation_is_no_reference_to_its_day() -> None:
    feats = {f.key: f for f in candidate_dates(cited_corpus().corpus)}
    assert "2031-05-15" not in feats or feats["2031-05-15"].refs == 0
    assert feats["2031-05-12"].refs == 1
    assert feats["2031-05"].refs_same == 1  # the month the call was made is still named


def test_a_citation_makes_no_timeline_line() -> None:
    dates = [e.date for e in build_timeline(cited_corpus().corpus)]
    assert "2031-05-15" not in dates and "2031-05-12" in dates
