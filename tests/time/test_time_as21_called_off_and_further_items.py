"""Session 20 (time) on invented text: a plan told in the passive past and then put off took a day that
went by; a day after "as well as one" or "and another" dates that further item, not the act before it; a
saying at a named occasion takes the day of the mention that names it, not of a nearer other one."""

from __future__ import annotations

from typing import Any

import pytest
from dating_helpers import date_of, parsed

WEDNESDAY = "2021-03-17"


def parsed_value_of(nlp: Any, text: str, word: str) -> str | None:
    return next(t.value for t in parsed(nlp, text, WEDNESDAY).timexes if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Marren's hearing was planned for Tuesday but was called off when the judge fell ill.",
            "Tuesday",
            "16",
        ),
        ("The Veloria ferry auction was scheduled for Friday but was delayed by a week.", "Friday", "12"),
        (
            "The harbour board meeting was scheduled for Sunday, but it was postponed at the request of "
            "Okafor's lawyers.",
            "Sunday",
            "14",
        ),
    ],
)
def test_a_past_plan_called_off_took_the_last_day(nlp: Any, text: str, word: str, day: str) -> None:
    assert parsed_value_of(nlp, text, word) == f"2021-03-{day}"


@pytest.mark.parametrize(
    "text",
    [
        "The Port Alder toll vote is planned for Monday but may be called off.",
        "Marren has scheduled a vote on the toll for Monday.",
    ],
)
def test_a_plan_still_standing_looks_ahead(nlp: Any, text: str) -> None:
    assert parsed_value_of(nlp, text, "Monday") == "2021-03-22"


def test_a_day_after_as_well_as_one_dates_the_further_item(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Orvik's militia claimed Tuesday's ambush on the convoy, as well as one last month near Delvane.",
        WEDNESDAY,
    )
    assert date_of(st, "claimed") != ("2021-02", "timex")
    assert date_of(st, "ambush") == ("2021-03-16", "timex")


def test_a_day_after_and_another_dates_the_further_item(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Orvik's militia claimed Tuesday's ambush on the convoy and another one last month near Delvane.",
        WEDNESDAY,
    )
    assert date_of(st, "claimed")[0] != "2021-02"
    assert date_of(st, "another") == ("2021-02", "timex")


def test_a_day_of_the_act_itself_still_dates_it(nlp: Any) -> None:
    st = parsed(nlp, "Police raided a warehouse in Port Alder on Friday and another on Monday.", WEDNESDAY)
    assert date_of(st, "raided") == ("2021-03-12", "timex")


def test_a_named_occasion_is_dated_by_the_mention_that_names_it(nlp: Any) -> None:
    # the nearer rally is another one ("in Delvane"): the saying at "the Port Alder rally" is of the
    # Saturday the story gave the rally in Port Alder
    st = parsed(
        nlp,
        "Supporters filled the hall for Marren's rally in Port Alder on a rainy Saturday.\n\n"
        "Marren wants the ferry toll scrapped. At a rally in Delvane in March, she said the harbour board "
        "would fall.\n\n"
        "“We will take the harbour back,” Marren said at the Port Alder rally.",
        WEDNESDAY,
    )
    assert date_of(st, "said at") == ("2021-03-13", "timex")


def test_an_unnamed_occasion_still_takes_the_nearest_mention(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Marren spoke at a rally in Port Alder on Saturday.\n\n"
        "“We will take the harbour back,” Marren said at the rally.",
        WEDNESDAY,
    )
    assert date_of(st, "said at") == ("2021-03-13", "timex")


_CHRONOLOGY = (
    "How the harbour dispute unfolded:\n\n"
    "May 4, 2030: Orvik takes over the Port Alder harbour board.\n\n"
    "Aug. 12: Orvik fires the port director. In early September, the board votes to sell two tugs.\n\n"
    "Oct. 3: Marren sues the board over the sale.\n\n"
    "In July, a court in Delvane froze the sale."
)


def test_a_month_in_a_chronology_entry_takes_the_chronologys_year(nlp: Any) -> None:
    from storyline.time import tag_text

    for timexes in (tag_text(_CHRONOLOGY, "2031-09-20"), parsed(nlp, _CHRONOLOGY, "2031-09-20").timexes):
        values = {t.text: t.value for t in timexes}
        assert values["early September"] == "2030-09"
        assert values["July"] == "2031-07"  # a paragraph after the chronology: no entry's month
