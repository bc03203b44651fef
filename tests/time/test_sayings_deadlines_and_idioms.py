"""Days a reader checks on real news: the day of a saying whose complement has no "that", days counted
from a saying or from the Saturday a Sunday paper is written, deadlines months ahead, the year after a
past story's, and weekday or day words that name no day.

Every sentence is written for the test; the publication days are chosen so that the expected values
follow from the calendar.
"""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import date_of, parsed

from storyline.nlp import parse_article
from storyline.records import Article, Block
from storyline.time import tag_text, tag_timexes
from storyline.time.quoted_days import reanchor_quoted_days

TUESDAY = "2018-04-24"  # the last Saturday is 04-21, the next one 04-28


def values(text: str, dct: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


# --- a day between a speech verb and the subject of its "that"-less complement is the saying's ------------


def test_day_before_an_unmarked_complement_dates_the_saying(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Veloria said on Saturday it would close its northern border crossings and reopen them after the "
        "harvest, a step its neighbours welcomed.",
        TUESDAY,
    )
    assert [(t.text, t.value) for t in st.timexes] == [("Saturday", "2018-04-21")]
    assert date_of(st, "said") == ("2018-04-21", "timex")


def test_day_inside_a_that_clause_stays_the_clause_s(nlp: Any) -> None:
    st = parsed(
        nlp,
        "A cousin told the Marren Herald that, after inspectors visited the farm Sunday, "
        "the owner refused to let them in.",
        TUESDAY,
    )
    assert date_of(st, "told") == (None, None)


# --- "last night" in words said on an earlier day counts from that day -----------------------------------


def _quoted_state(nlp: Any, text: str, published: str) -> Any:
    from storyline.quotes import find_quotes

    art = Article(
        doc_id="t", source_path="t", text=text, blocks=[Block(0, len(text), "body")], published=published
    )
    st = parse_article(nlp, art)
    tag_timexes(st)
    find_quotes(st)
    reanchor_quoted_days(st)
    return st


def test_quoted_last_night_counts_from_the_day_of_the_saying(nlp: Any) -> None:
    st = _quoted_state(
        nlp,
        "“Nobody in this city slept last night. We will respond,” the envoy, "
        "Tomas Orvik, told Kastan Radio on Friday.",
        "2020-01-04",  # a Saturday: the Friday is 01-03, its last night 01-02
    )
    assert {t.text: t.value for t in st.timexes}["last night"] == "2020-01-02TNI"


def test_a_day_the_quotation_itself_names_is_not_counted_twice(nlp: Any) -> None:
    st = _quoted_state(nlp, "“Yesterday's attack was cowardly,” Tomas Orvik said on Friday.", "2020-01-04")
    assert {t.text: t.value for t in st.timexes}["Yesterday"] == "2020-01-02"


def test_quotation_of_the_publication_day_keeps_its_days(nlp: Any) -> None:
    st = _quoted_state(
        nlp, "“What happened last night was cowardly,” Tomas Orvik said on Saturday.", "2020-01-04"
    )
    assert {t.text: t.value for t in st.timexes}["last night"] == "2020-01-03TNI"


# --- a Sunday paper's "last Saturday" is not the day before ----------------------------------------------


def test_last_saturday_in_a_sunday_paper_is_a_week_back() -> None:
    assert values("The prisoners freed last Saturday were flown to Orvik.", "2014-06-08") == [
        ("last Saturday", "2014-05-31")
    ]
    assert values("The talks last Friday failed.", "2014-06-08") == [("last Friday", "2014-06-06")]
    assert values("The prisoners freed last Saturday were flown to Orvik.", "2014-06-09") == [
        ("last Saturday", "2014-06-07")
    ]


# --- a deadline or set date told in the present lies ahead ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Port Alder board has set Oct. 15 as the start date for the bridge.",
        "The deadline for bids is Oct. 15.",
        "Oct. 15 is the deadline.",
    ],
)
def test_a_deadline_months_ahead_takes_the_coming_year(text: str) -> None:
    assert dict(values(text, "2019-03-10"))["Oct. 15"] == "2019-10-15"


def test_a_deadline_set_before_a_past_moment_keeps_the_nearest_year() -> None:
    text = "The board had set Oct. 15 as the deadline, but the work slipped."
    assert dict(values(text, "2019-03-10"))["Oct. 15"] == "2018-10-15"


def test_a_deadline_just_passed_keeps_its_day() -> None:
    assert (
        dict(values("The board set March 9 as the deadline for bids.", "2019-03-10"))["March 9"]
        == "2019-03-09"
    )


# --- "the next year" in a future told from the past -------------------------------------------------------


def test_the_next_year_with_would_follows_the_story_s_year() -> None:
    text = (
        "In October 1984, a storm wrecked the Orvik harbour the mayor had built. "
        "The next year she would open a new pier with Veloria's help. Officials said the next year would be hard."
    )
    assert [v for t, v in values(text, "2013-04-08") if "year" in t] == ["1985", "2014"]


# --- a day counted from a deadline still ahead is no day of a past act --------------------------------


def test_previous_day_after_a_deadline_ahead_is_unknown() -> None:
    text = (
        "Traders said the vote left little time before the Oct. 31 deadline. "
        "The kastan fell sharply, after closing at 4.10 the previous day."
    )
    assert dict(values(text, "2019-08-28"))["the previous day"] is None
    text = "The talks ended on Aug. 20. The rebels had left the previous day."
    assert dict(values(text, "2019-08-28"))["the previous day"] == "2019-08-19"


# --- weekly programmes and figures of speech name no day ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marren went on three Sunday morning talk shows after the flood.",
        "Her main outlet was a Sunday TV show on farming.",
        "It feels like only yesterday that the minister resigned.",
        "I remember it as if it were yesterday.",
    ],
)
def test_no_day_is_named(text: str) -> None:
    assert values(text, "2013-05-10") == []


def test_a_possessive_weekday_before_shows_is_still_a_day() -> None:
    assert values("Sunday's talk shows were busy.", "2013-05-10") == [("Sunday", "2013-05-05")]


# --- a past perfect progressive borrows no narrative day ---------------------------------------------


def test_past_perfect_progressive_takes_no_narrative_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The family was told on Monday about the fire at the Kastan Marren depot. Auditors had been checking "
        "the Marren accounts for months before the fire, a clerk said.",
        "2014-08-27",
    )
    assert date_of(st, "checking") == (None, None)


# --- a future told from a past moment is no act of the publication day ------------------------------------


def test_would_later_takes_no_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Okafor won the party vote in 1975. She would later confess that the result had shocked her.",
        "2013-04-08",
    )
    assert date_of(st, "confess") == (None, None)


# --- a weekday written with a yearless day picks the year it fits ----------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a past verb would put the day in the year before, when April 7 was a Sunday
        ("Senator Tomas Kastan announced his bid on Monday, April 7, at a rally in Port Alder.", "2031-03-04",
         "2031-04-07"),
        ("The harbour board resigned on Thursday, Dec. 2, after the vote.", "2032-11-20", "2032-12-02"),
        # no year within one of the story's fits "Monday": the tense's reading stands
        ("The harbour board resigned on Monday, Dec. 2, after the vote.", "2032-11-20", "2031-12-02"),
    ],
)  # fmt: skip
def test_a_written_weekday_picks_the_year_it_falls_in(
    nlp: Any, text: str, published: str, value: str
) -> None:
    st = parsed(nlp, text, published)
    assert [t.value for t in st.timexes] == [value]
