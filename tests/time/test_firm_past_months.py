"""Months and days under a past verb the parse reads, the day "the next day" counts from, a stretch of
years, and the act a verdict names.

On the parse path a finite past or perfect verb that governs a yearless month or month-day keeps it before
the publication day however far back ("banned travel in January" in a November story); the words alone
give the past side only a six-month head start, because the word-read tense is often another event's.
Every sentence is written for the test; the publication days are chosen so that the expected values
follow from the calendar.
"""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import date_of, parsed

from storyline.time import tag_text

NOVEMBER = "2020-11-02"  # January 2020 is ten months back, January 2021 two months ahead
OCTOBER = "2020-10-18"


def parsed_values(nlp: Any, text: str, dct: str) -> dict[str, str | None]:
    return {t.text: t.value for t in parsed(nlp, text, dct).timexes}


# --- a finite past verb keeps a bare month or a month-day in the past (parse path) -------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The governor said he closed the border in January.", "January", "2020-01"),
        ("The museum has reopened its doors in January.", "January", "2020-01"),
        ("The inspectors were sent home in February, officials said.", "February", "2020-02"),
        ("The virus spread quickly, and by March, strict measures were taken by the government.", "March", "2020-03"),
        ("On January 15, the mayor banned large gatherings.", "January 15", "2020-01-15"),
        ("Several stations had started taking precautions by handing out masks to ticket inspectors from as early as March 8.",
         "March 8", "2020-03-08"),
        ("The clinic tested its staff as early as March 8.", "March 8", "2020-03-08"),
    ],
)  # fmt: skip
def test_finite_past_keeps_month_back(nlp: Any, text: str, word: str, expected: str) -> None:
    dct = OCTOBER if "March" in word else NOVEMBER
    assert parsed_values(nlp, text, dct)[word] == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an infinitive, a modal, a plan or a deferral still looks ahead
        ("The two parties agreed to hold new elections in January.", "January", "2021-01"),
        ("The vote was postponed to January.", "January", "2021-01"),
        ("The governor said the border would reopen in January.", "January", "2021-01"),
        ("New elections were due in January, the governor said.", "January", "2021-01"),
        # a noun or an adjective between the verb and the month: the month dates that thing
        ("The board declared a dividend payable in January.", "January", "2021-01"),
        # "until" is read with its verb by the words ("gave them until ...": a deadline ahead)
        ("The regulator gave the firm until mid-January to answer.", "mid-January", "2021-01"),
        # an earliest date still to come
        ("The ban could be lifted as early as January 8.", "January 8", "2021-01-08"),
    ],
)  # fmt: skip
def test_no_firm_past_keeps_reading(nlp: Any, text: str, word: str, expected: str) -> None:
    assert parsed_values(nlp, text, NOVEMBER)[word] == expected


def test_words_path_keeps_its_head_start() -> None:
    # without the parse the word-read past is too noisy for a full-year head start: the nearer January wins
    got = {t.text: t.value for t in tag_text("The governor said he closed the border in January.", NOVEMBER)}
    assert got["January"] == "2021-01"


def test_month_under_firm_past_dates_its_event(nlp: Any) -> None:
    st = parsed(nlp, "The president said he banned flights from the region in January.", NOVEMBER)
    assert date_of(st, "banned") == ("2020-01", "timex")


# --- a holiday sets the narrative day; "the eve of" it is the day before ------------------------------


def test_next_day_counts_from_the_eve_of_a_holiday() -> None:
    text = (
        "On July 1, the council cleared the square. The mayor spoke at a rally on the eve of Independence Day."
        " The next day, he held a parade."
    )
    got = {t.text: t.value for t in tag_text(text, "2020-08-31")}
    assert got["Independence Day"] == "2020-07-04"
    assert got["The next day"] == "2020-07-04"


def test_following_day_counts_from_a_holiday() -> None:
    got = {t.text: t.value for t in tag_text("On May 2, shops reopened. Crowds came on Christmas Day. "
                                             "The following day, sales began.", "2020-12-31")}  # fmt: skip
    assert got["The following day"] == "2020-12-26"


def test_next_day_needs_a_day_named_shortly_before() -> None:
    # fifteen undated sentences later the story has moved on: "the next day" has nothing to count from
    filler = " ".join(["The crowd listened to more speeches."] * 15)
    got = {t.text: t.value for t in tag_text(f"On July 1, the council met. {filler} The next day, he resigned.",
                                             "2020-08-31")}  # fmt: skip
    assert got["The next day"] is None


def test_next_day_counts_from_a_day_a_few_sentences_back() -> None:
    filler = " ".join(["The crowd listened to more speeches."] * 3)
    got = {t.text: t.value for t in tag_text(f"On July 1, the council met. {filler} The next day, he resigned. "
                                             "That same day, his deputy quit.", "2020-08-31")}  # fmt: skip
    assert got["The next day"] == "2020-07-02"
    assert got["That same day"] == "2020-07-02"


# --- a stretch of years dates its clause by the decade holding it, or not at all ----------------------


def test_year_range_dates_by_its_decade(nlp: Any) -> None:
    st = parsed(nlp, "A survey found that officers seized 126 skins from 2013 to 2019.", "2020-06-11")
    assert date_of(st, "seized") == ("201", "timex")


def test_year_range_across_decades_gives_no_date(nlp: Any) -> None:
    st = parsed(nlp, "A survey found that officers seized 126 skins from 2008 to 2014.", "2020-06-11")
    assert date_of(st, "seized") == (None, None)


def test_day_range_keeps_its_first_day(nlp: Any) -> None:
    st = parsed(nlp, "The fair ran from September 25 to September 27, 2019.", "2020-06-11")
    assert date_of(st, "ran")[0] == "2019-09-25"


# --- the act a verdict or a charge names is not dated by the verdict ---------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The former mayor was convicted of filing false returns and obstructing the tax office, among other "
         "crimes, in 2010.", "obstructing"),
        ("The former mayor was convicted of filing false returns, among other crimes, in 2010.", "filing"),
        ("In 2012, the banker was found guilty of hiding his earnings from the tax office.", "hiding"),
        ("On Monday, the senator was arrested for taking bribes.", "taking"),
    ],
)  # fmt: skip
def test_charged_act_is_not_dated_by_the_verdict(nlp: Any, text: str, act: str) -> None:
    st = parsed(nlp, text, NOVEMBER)
    assert date_of(st, act) == (None, None)


def test_charged_act_with_its_own_time_keeps_it(nlp: Any) -> None:
    st = parsed(nlp, "In 2012, the clerk was convicted of stealing cars in 2008.", NOVEMBER)
    assert date_of(st, "stealing") == ("2008", "timex")
    assert date_of(st, "convicted") == ("2012", "timex")


# --- a bare part of day names no day and sets no narrative day --------------------------------------


def test_bare_part_of_day_sets_no_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, "The guard told me to be ready in the morning. He drove me to the city.", OCTOBER)
    assert date_of(st, "drove") == (None, None)


def test_this_morning_sets_the_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, "The guard released the prisoners this morning. He drove them to the city.", OCTOBER)
    assert date_of(st, "drove") == (OCTOBER, "inferred")


def test_part_of_day_after_a_named_day_carries_it(nlp: Any) -> None:
    st = parsed(nlp, "Crowds gathered on Saturday. Clashes broke out in the evening. Police arrested twenty people.",
                OCTOBER)  # fmt: skip
    assert date_of(st, "arrested") == ("2020-10-17", "inferred")
