"""``parse_published`` on dateline shapes written for the test."""

from __future__ import annotations

import pytest

from storyline.time import parse_published


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tuesday, 3 April, 2012, 09:05 GMT", "2012-04-03T09:05+00:00"),
        ("Monday 12 January 2015 18:40 EST", "2015-01-12T18:40-05:00"),
        ("Saturday, October 6, 2018", "2018-10-06"),
        ("Published: Jun 7, 2016 4:15 p.m. PDT", "2016-06-07T16:15-07:00"),
        ("Updated 11:02 AM ET, Wed May 4, 2016", "2016-05-04T11:02-05:00"),
        ("Sun, 08 Mar 2020 07:30:00 +0100", "2020-03-08T07:30:00+01:00"),
        ("2019-07-21T14:03:00Z", "2019-07-21T14:03:00+00:00"),
        ("posted 2019/07/21", "2019-07-21"),
        ("21 Jul 2019 | 14:03 GMT+8", "2019-07-21T14:03+08:00"),
        ("Last updated on 5th March 2011", "2011-03-05"),
    ],
)
def test_published_dateline_shapes(line: str, iso: str) -> None:
    got = parse_published(line)
    assert got is not None
    assert got[0] == iso
    assert got[1] and got[1] in line


@pytest.mark.parametrize(
    "line", ["", "No date here", "See you on March 5", "Call 2019 0721 now", "31 February 2019"]
)
def test_published_rejects_non_dates(line: str) -> None:
    assert parse_published(line) is None


@pytest.mark.parametrize("line", ["\x00" * 50, "“" * 1000, "9" * 5000, "Monday, " * 300])
def test_published_survives_garbage(line: str) -> None:
    assert parse_published(line) is None
