"""Dates as pages print them, in several languages and numeric conventions."""

from __future__ import annotations

import pytest

from storyline.clean.printed_dates import printed_dates


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Erschienen am: 13.10.2021", ("2021-10-13",)),
        ("Mittwoch, 26.01.2022 - 14:30", ("2022-01-26",)),
        ("am 3. Februar 2022 um 21:17", ("2022-02-03",)),
        ("sabado 07 de mayo del 2022", ("2022-05-07",)),
        ("30 septembre 2018", ("2018-09-30",)),
        ("3 May, 2022, 11:37 pm", ("2022-05-03",)),
        ("Updated Mar 12, 2020 @ 10:42 am", ("2020-03-12",)),
        ("Posted 2019-07-21T08:00:00Z", ("2019-07-21",)),
        ("10.12.19", ("2019-12-10",)),
        ("17/02/2022", ("2022-02-17",)),
        ("4. 2. 2022.", ("2022-02-04",)),
        ("1er décembre 2019", ("2019-12-01",)),
    ],
)
def test_printed_dates_reads_one_day(text: str, days: tuple[str, ...]) -> None:
    found = printed_dates(text)
    assert [f.days for f in found] == [days]


def test_printed_dates_ambiguous_slash_gives_both_readings() -> None:
    (found,) = printed_dates("3/5/2022 22:41")
    assert found.days == ("2022-03-05", "2022-05-03")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31.02.2022",
        "version 1.2.3",
        "3. Februar",
        "Mai 2016",
        "call 12.34.56",
        "Kapitel 3.10.2022.5",
        "x" * 5000,
    ],
)
def test_printed_dates_ignores_non_dates(text: str) -> None:
    assert printed_dates(text) == []


def test_printed_dates_keeps_page_order_and_offsets() -> None:
    text = "Stand: 28.04.2020 18:00 Uhr. Termin am 5. Mai 2020"
    found = printed_dates(text)
    assert [f.days[0] for f in found] == ["2020-04-28", "2020-05-05"]
    assert text[found[0].start : found[0].end] == "28.04.2020"
