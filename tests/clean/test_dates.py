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
    ],
)
def test_dates_parse_published_rejects(text: str) -> None:
    assert parse_published(text) is None


def test_dates_parse_published_first_date_wins() -> None:
    got = parse_published("Published 4 May 2011. Updated 6 May 2011")
    assert got is not None and got[0] == "2011-05-04"
