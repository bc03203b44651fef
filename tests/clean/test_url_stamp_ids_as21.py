"""A creation stamp closing a URL's slug (yyMMddHHmmss and milliseconds) gives the publication day only
when every field is a valid moment, not in the future, at an hour whose day is the same across the
newsrooms' time zones."""

from __future__ import annotations

import pytest

from storyline.clean.url_dates import date_in_url


def test_a_stamp_id_closing_the_slug_is_a_day() -> None:
    found = date_in_url("https://harbour.example/news/veloria-ferry-strike-210315093012345.html")
    assert found is not None and found[0] == "2021-03-15" and "page stamp" in found[1]


@pytest.mark.parametrize(
    "url",
    [
        "https://harbour.example/news/veloria-ferry-strike-211399093012345.html",  # month 13: an id
        "https://harbour.example/news/veloria-ferry-strike-210315093075345.html",  # second 75: an id
        "https://harbour.example/news/veloria-ferry-strike-210315233012345.html",  # 23:30: day uncertain
        "https://harbour.example/news/veloria-ferry-strike-990315093012345.html",  # 2099: not yet
        "https://harbour.example/news/210315093012345.html",  # no slug before the digits
        "https://harbour.example/news/veloria-ferry-strike-2103150930123456.html",  # sixteen digits
    ],
)
def test_no_day_from_digits_that_are_no_valid_stamp(url: str) -> None:
    assert date_in_url(url) is None
