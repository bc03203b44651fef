"""Judged on as19 (session 18, second wave): "the following January" counts from the story's year, a scheduled day lies ahead, and a
yearless day long back that opens an era ("since Oct. 3") gets no year of its own."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed


def _values(nlp: Any, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in parsed(nlp, text, published).timexes]


def test_the_following_month_counts_from_the_year_the_story_named(nlp: Any) -> None:
    text = (
        "After winning the harbour seat in 2008, Okafor took over the ports committee the following January."
    )
    assert ("the following January", "2009-01") in _values(nlp, text, "2012-03-05")


def test_the_next_month_after_a_written_month_is_later_that_year(nlp: Any) -> None:
    text = "Marren joined the Orvik council in March 2009 and quit the next June."
    assert ("the next June", "2009-06") in _values(nlp, text, "2013-02-11")


def test_the_following_season_counts_from_the_year_the_story_named(nlp: Any) -> None:
    text = "The first Veloria referendum was held in 2006. The following spring the ruling party split."
    assert ("The following spring", "2007-SP") in _values(nlp, text, "2014-06-05")


def test_next_month_without_the_article_still_counts_from_the_publication_date(nlp: Any) -> None:
    text = "Delvane won the seat in 2008. Delvane will chair the committee next January."
    assert ("next January", "2013-01") in _values(nlp, text, "2012-03-05")


def test_a_day_scheduled_for_a_weekday_lies_ahead(nlp: Any) -> None:
    # published on a Thursday: the Friday meant is the next day, not the one before
    text = "Okafor agreed to testify, with two hearings before the Orvik panels scheduled for Friday morning."
    assert ("Friday morning", "2012-11-16TMO") in _values(nlp, text, "2012-11-15")


def test_a_day_slated_for_a_weekday_lies_ahead(nlp: Any) -> None:
    text = "The final reading of the harbour bill is slated for Saturday, Kastan officials said."
    assert ("Saturday", "2019-11-23") in _values(nlp, text, "2019-11-21")


def test_a_day_long_back_that_opens_an_era_has_no_year(nlp: Any) -> None:
    text = "In the wake of March 14, the Veloria ministry expanded its powers over the ports."
    assert _values(nlp, text, "2015-01-20") == [("March 14", "XXXX-03-14")]


def test_a_day_that_opens_an_era_earlier_the_same_year_keeps_that_year(nlp: Any) -> None:
    # "since Feb. 17" in an October story: that year's uprising, as the paper has told it all year
    text = "Since Feb. 17, the Veloria rebels have held the port of Orvik."
    assert _values(nlp, text, "2014-10-20") == [("Feb. 17", "2014-02-17")]


def test_since_a_day_long_back_has_no_year(nlp: Any) -> None:
    text = "Since Oct. 3, the Kastan border agency has doubled in size."
    assert _values(nlp, text, "2014-05-05") == [("Oct. 3", "XXXX-10-03")]


def test_a_recent_day_after_since_keeps_its_year(nlp: Any) -> None:
    text = "Since March 3, the Kastan border agency has closed two crossings."
    assert _values(nlp, text, "2014-05-05") == [("March 3", "2014-03-03")]


def test_an_era_day_written_with_its_year_elsewhere_takes_that_year(nlp: Any) -> None:
    text = "The Orvik tower fell on Oct. 3, 2001. Since Oct. 3, the agency has doubled in size."
    assert ("Oct. 3", "2001-10-03") in _values(nlp, text, "2014-05-05")[1:]


def test_that_month_after_a_preposition_is_of_the_year_the_story_named(nlp: Any) -> None:
    text = "Okafor won the Orvik primary in 2010 and was sworn in that May."
    assert ("that May", "2010-05") in _values(nlp, text, "2014-06-05")


def test_that_before_a_month_name_after_a_verb_is_no_date(nlp: Any) -> None:
    text = "In 2017 Kastan said that May would stay on as the Orvik envoy."
    assert [v for v in _values(nlp, text, "2019-06-05") if "May" in v[0]] == []


def test_a_chronology_lines_own_date_dates_each_of_its_clauses(nlp: Any) -> None:
    text = (
        "Key dates in the harbour dispute:\n\n1998: Veloria leaves the Orvik alliance.\n\n"
        "2003 — Veloria rejoins the alliance and signs a port pact with Kastan."
    )
    st = parsed(nlp, text, "2019-11-26")
    assert date_of(st, "leaves") == ("1998", "timex")  # the date stands as a sentence of its own
    assert date_of(st, "signs") == ("2003", "timex")  # a second verb of the line


def test_a_date_inside_a_line_heads_no_entry(nlp: Any) -> None:
    text = "Kastan officials said on March 3: the port stays shut.\n\nThe port stays shut, Marren says."
    st = parsed(nlp, text, "2019-11-26")
    assert date_of(st, "stays", 1)[1] != "timex"


def test_a_month_after_a_that_clause_opener_keeps_its_own_reading(nlp: Any) -> None:
    text = "Few voters in Orvik are confident that November elections will be fair, a Kastan poll found."
    assert _values(nlp, text, "2014-06-05") == [("November", "2014-11")]
