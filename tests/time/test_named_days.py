"""Yearless month-days that name a past event ("the June 4 massacre") do not take the DCT's year."""

from __future__ import annotations

import pytest

from storyline.records import TimeExpr
from storyline.time import tag_text


def day(text: str, dct: str | None, needle: str) -> TimeExpr:
    """The one expression of ``text`` whose text is ``needle``."""
    found = [t for t in tag_text(text, dct) if t.text == needle]
    assert len(found) == 1, tag_text(text, dct)
    return found[0]


@pytest.mark.parametrize(
    ("text", "dct", "needle", "value"),
    [
        # the document writes the year with the same month-day elsewhere
        (
            "On June 4, 1989, troops cleared the square. Relatives still mourn the June 4 massacre.",
            "2012-06-10",
            "June 4",
            "1989-06-04",
        ),
        # a year written right after the noun, or right before the day
        ("It was the worst attack since the July 7 bombings in 2005.", "2012-03-01", "July 7", "2005-07-07"),
        ("The report faulted the 1998 Aug. 7 bombings inquiry.", "2003-02-01", "Aug. 7", "1998-08-07"),
        # an ordinal anniversary near the DCT counts back from it
        (
            "Crowds marked the 11th anniversary of the Sept. 11 attacks.",
            "2012-09-11",
            "Sept. 11",
            "2001-09-11",
        ),
        (
            "The first anniversary of the leader's Dec. 17 death falls next week.",
            "2012-12-11",
            "Dec. 17",
            "2011-12-17",
        ),
        (
            "Officials noted the one-year anniversary of the March 3 vote.",
            "2012-03-05",
            "March 3",
            "2011-03-03",
        ),
    ],
)
def test_a_year_the_text_gives(text: str, dct: str, needle: str, value: str) -> None:
    assert day(text, dct, needle).value == value


@pytest.mark.parametrize(
    ("text", "dct", "needle"),
    [
        # groups, places and institutions named after a day
        ("Members of the March 14 coalition met on Monday.", "2012-10-22", "March 14"),
        ("Leaders of the April 6 movement, a youth group, called a rally.", "2012-11-23", "April 6"),
        ("Armored vehicles stood on the 6th of October bridge.", "2013-07-05", "the 6th of October"),
        ("Fighters of the February 17 Martyrs' Brigade guarded the gate.", "2011-07-31", "February 17"),
        ("Visitors lined up at the National September 11 Memorial.", "2013-09-11", "September 11"),
        # an anniversary without a count, and an era
        ("They gathered on the anniversary of the May 9 riots.", "2012-11-15", "May 9"),
        ("He criticised post-Sept. 11 security rules.", "2014-09-30", "Sept. 11"),
        # an anniversary a season or more from the DCT is a past one of unknown year
        ("The raid came on the 11th anniversary of the Sept. 11 attacks.", "2013-12-30", "Sept. 11"),
        # a past occurrence the tense rule would put after the DCT
        ("Officials still debate the July 7 bombings.", "2012-04-01", "July 7"),
        ("Experts still argue about the Nov. 2 coup.", "2015-06-01", "Nov. 2"),
    ],
)
def test_a_named_day_without_a_year_is_underspecified(text: str, dct: str, needle: str) -> None:
    found = day(text, dct, needle)
    assert found.value is not None and found.value.startswith("XXXX-"), found


@pytest.mark.parametrize(
    ("text", "dct", "needle", "value", "end_value"),
    [
        # an upcoming or recent event keeps the DCT's reading
        ("Leaders will meet at the April 3-4 summit.", "2012-03-20", "April 3-4", "2012-04-03", "2012-04-04"),
        ("Leaders met at the April 3-4 summit.", "2012-05-01", "April 3-4", "2012-04-03", "2012-04-04"),
        ("Senators prepared for the April 14 committee vote.", "2015-04-03", "April 14", "2015-04-14", None),
        ("Inspectors examined the Aug. 21 chemical attack.", "2013-09-10", "Aug. 21", "2013-08-21", None),
        ("Negotiators missed the March 31 deadline.", "2015-04-02", "March 31", "2015-03-31", None),
        ("The editor wrote a December 26 Wall Street Journal column.", "2017-12-30", "December 26", "2017-12-26", None),
        # a short anniversary is this year's
        ("Protesters marked the one-month anniversary of the March 3 attack.", "2012-04-03", "March 3", "2012-03-03",
         None),
    ],
)  # fmt: skip
def test_an_event_near_the_dct_keeps_its_reading(
    text: str, dct: str, needle: str, value: str, end_value: str | None
) -> None:
    found = day(text, dct, needle)
    assert (found.value, found.end_value) == (value, end_value)


def test_a_written_year_dates_only_the_named_use() -> None:
    # "On Sept. 11 gunmen ..." is the day of this article's news, not the day written with 2001 above it
    text = "On Sept. 11, 2001, hijackers struck. On Sept. 11 gunmen stormed the compound after the Sept. 11 attacks."
    values = [t.value for t in tag_text(text, "2012-09-12")]
    assert values == ["2001-09-11", "2012-09-11", "2001-09-11"]


def test_two_written_years_anchor_nothing() -> None:
    # the document writes the month-day with two years: which one a named use means is not known
    text = "On Sept. 11, 2001, hijackers struck. On Sept. 11, 2019, crowds met at the Sept. 11 Memorial."
    assert [t.value for t in tag_text(text, "2019-09-11")] == ["2001-09-11", "2019-09-11", "XXXX-09-11"]


def test_an_underspecified_day_does_not_set_the_narrative_day() -> None:
    # "the next day" follows the story's own day, not a day of unknown year a name refers to
    text = "Officials met on May 2 to discuss the June 4 massacre. The next day they issued a report."
    found = {t.text: t.value for t in tag_text(text, "2012-05-20")}
    assert found["June 4"] == "XXXX-06-04"
    assert found["The next day"] == "2012-05-03"


def test_without_a_dct_a_written_year_still_anchors() -> None:
    text = "It was the worst attack since the July 7 bombings in 2005. On July 7 nobody was hurt."
    assert [t.value for t in tag_text(text, None)] == ["2005-07-07", "2005", "XXXX-07-07"]


@pytest.mark.parametrize(
    "text",
    [
        "the June 4",
        "the 11th anniversary of the June 4",
        "post-June 4",
        "the June 4 \u2019",
        "anniversary of the June 31 attacks",
        "the 999th anniversary of the June 4 attacks",
        "the zero-year anniversary of the June 4 attacks",
    ],
)
def test_odd_input_does_not_crash(text: str) -> None:
    for dct in ("2012-06-10", None):
        tag_text(text, dct)
