from __future__ import annotations

import pytest

from storyline.clean.dates import parse_published


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tuesday, 3 August, 1999, 09:05 GMT", "1999-08-03T09:05:00+00:00"),
        ("Monday 12 January 2015 18:40 EST", "2015-01-12T18:40:00-05:00"),
        ("Saturday, October 6, 2012", "2012-10-06"),
        ("Updated: Jan. 4, 2021 at 3:15 p.m. ET", "2021-01-04T15:15:00"),
        ("Posted 2018-07-09T08:30:00Z", "2018-07-09T08:30:00+00:00"),
        ("Thu, 05 Mar 2009 10:50:00 +0100", "2009-03-05T10:50:00+01:00"),
        ("08:15 BST, 2 June 2016", "2016-06-02T08:15:00+01:00"),
        ("the 4th of July 1976", "1976-07-04"),
        ("2016-02-29", "2016-02-29"),
        ("Published: Jun 7, 2016 4:15 p.m. PDT", "2016-06-07T16:15:00-07:00"),
        # "ET" is -05:00 or -04:00 by season: a local time without an offset, never a guessed one
        ("Updated 11:02 AM ET, Wed May 4, 2016", "2016-05-04T11:02:00"),
        ("posted 2019/07/21", "2019-07-21"),
        ("21 Jul 2019 | 14:03 GMT+8", "2019-07-21T14:03:00+08:00"),
        ("Last updated on 5th March 2011", "2011-03-05"),
    ],
)
def test_dates_parse_published_values(text: str, value: str) -> None:
    got = parse_published(text)
    assert got is not None and got[0] == value
    assert got[1] in text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "on March 3 he said",
        "12 Mar 07 | Europe",
        "31 February 2010",
        "Volume 6 Issue 34",
        "2015-13-01",
        "Call 555-1234",
        "Call 2019 0721 now",
        "12/05/2019",
    ],
)
def test_dates_parse_published_rejects(text: str) -> None:
    assert parse_published(text) is None


def test_dates_parse_published_first_date_wins() -> None:
    got = parse_published("Published 4 May 2011. Updated 6 May 2011")
    assert got is not None and got[0] == "2011-05-04"


@pytest.mark.parametrize("text", ["\x00" * 50, "“" * 1000, "9" * 5000, "Monday, " * 300])
def test_dates_parse_published_survives_garbage(text: str) -> None:
    assert parse_published(text) is None


def test_dates_time_package_uses_the_same_parser() -> None:
    from storyline import time as time_stage

    assert time_stage.parse_published is parse_published
