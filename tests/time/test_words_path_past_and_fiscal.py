"""The words-only path (``tag_text``, no parse): names that end in -ed, a past verb right before a date,
"the latest fiscal year" and "this year ... as last" (judged on the TimeBank part of TBAQ, session 19).

Every sentence is written for the test with invented names; the publication days are chosen so that the
expected values follow from the calendar.
"""

from __future__ import annotations

import pytest

from storyline.time import tag_text

LATE_OCTOBER = "2021-10-27"  # October 31 and December are still ahead of it; a past act puts them in 2020


def values(text: str, dct: str) -> dict[str, str | None]:
    return {t.text: t.value for t in tag_text(text, dct)}


# --- a capitalised word ending in -ed is a name, not a past verb --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Profit fell last year.\n\nOrvied is paying a dividend of 5 cents, up 15% from 4 cents a year earlier.",
        "Profit fell last year.\n\nOrvied Holdings pays a dividend of 5 cents, up from 4 cents a year earlier.",
        "Profit fell last year.\n\nThe board of Orvied pays 5 cents a share, up from 4 cents a year earlier.",
    ],
)
def test_name_ending_in_ed_is_no_past_verb(text: str) -> None:
    # a present clause counts "a year earlier" from the publication year, not from the year named before
    assert values(text, "2021-11-02")["a year earlier"] == "2020"


def test_participle_opening_a_clause_is_still_past() -> None:
    # "Asked about ..." opens a past clause: the year named before is the one it counts from
    got = values(
        "The mill shut in 2015. Asked about it, the owner said it had opened a year earlier.", "2021-11-02"
    )
    assert got["a year earlier"] == "2014"


# --- a past verb right before a yearless date keeps it in the past -----------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("For the quarter ended Oct. 31, Marren Foods lost $3 million.", "Oct. 31", "2020-10-31"),
        ("The Veloria ferry line was sold in December, its owner said.", "December", "2020-12"),
        ("Okafor resigned on Dec. 4 after the vote.", "Dec. 4", "2020-12-04"),
    ],
)
def test_past_verb_right_before_holds_date_back(text: str, word: str, expected: str) -> None:
    assert values(text, LATE_OCTOBER)[word] == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a verb farther off may be another event's: the nearer December keeps its head start
        ("Port Alder changed its ferry timetable in December.", "December", "2021-12"),
        # a passive with "be" looks ahead, and a participle after an article is an adjective
        ("The sale will be completed in December.", "December", "2021-12"),
        ("Delegates prepared for the delayed December summit.", "December", "2021-12"),
        # a name ending in -ed right before the month is no verb
        ("A Kastan delegation visits Orvied in December.", "December", "2021-12"),
    ],
)
def test_no_adjacent_past_verb_keeps_reading(text: str, word: str, expected: str) -> None:
    assert values(text, LATE_OCTOBER)[word] == expected


# --- "the latest fiscal year" ------------------------------------------------------------------------


def test_latest_fiscal_year_is_the_last_one() -> None:
    got = values("Delvane Mining earned $40 million in the latest fiscal year.", LATE_OCTOBER)
    assert got["the latest fiscal year"] == "2020"


def test_latest_without_fiscal_is_no_time() -> None:
    # "the latest year for which figures exist" names no calendar year of its own
    assert "the latest year" not in values(
        "The latest year for which figures exist shows a rise.", LATE_OCTOBER
    )


# --- "this year ... than last": the unit before, written once ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marren Foods will pay twice as much this year as last.", "2020"),
        ("Ferry traffic at Port Alder fell this month and last, the port said.", "2021-09"),
    ],
)
def test_elliptic_last_is_the_unit_before(text: str, expected: str) -> None:
    assert values(text, LATE_OCTOBER)["last"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "This year the Veloria crew came first and last.",  # a rank
        "This year Okafor finished last in the race.",  # no comparison
    ],
)
def test_rank_last_is_no_time(text: str) -> None:
    assert "last" not in values(text, LATE_OCTOBER)
