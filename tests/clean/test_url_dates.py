"""A publication day written into an article's URL dates a record that carries none."""

from __future__ import annotations

import pytest

from storyline.clean.document import clean_document
from storyline.clean.url_dates import date_in_url, month_in_url, unix_time_in_url
from storyline.records import RawDocument

BODY = (
    "Veloria's parliament voted on the new fisheries bill after a long debate in the capital.\n\n"
    "The measure passed by a narrow margin, and the opposition said it would challenge it in court.\n\n"
    "Ministers from Kastan called the result a step forward for the region's fishing fleets."
)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/world/2016/08/21/fisheries-vote", "2016-08-21"),
        ("https://news.example.org/world/2016/aug/21/fisheries-vote", "2016-08-21"),
        ("https://news.example.org/2019/5/4/", "2019-05-04"),
        ("https://example.com/markets/fleet-record-2019-11-16?mod=home", "2019-11-16"),
        ("https://example.com/news/20190504/fleet", "2019-05-04"),
        ("https://example.com/news/fleet_20190504.html", "2019-05-04"),
    ],
)
def test_full_days_in_the_path_are_read(url: str, day: str) -> None:
    found = date_in_url(url)
    assert found is not None and found[0] == day


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/world/2016/08/fisheries-vote",  # a month is no publication day
        "https://news.example.org/world/2019/02/30/vote",  # no such day
        "https://example.com/search?from=2019-01-01",  # a query parameter, not the page's day
        "https://example.com/id/201905041234",  # a longer number that merely holds the digits
        "https://example.com/story/2016/08/12345-vote",  # an article id after the month
        "http://[broken",
        "",
        None,
    ],
)
def test_no_full_day_no_date(url: str | None) -> None:
    assert date_in_url(url) is None


def test_a_record_without_a_date_takes_its_urls_day() -> None:
    raw = RawDocument(
        source_path="crawl.jsonl",
        content=BODY,
        kind="text",
        record="line 4",
        url="https://news.example.org/world/2016/aug/21/fisheries-vote",
    )
    art = clean_document(raw)
    assert art.published == "2016-08-21"
    assert art.published_source == "metadata"
    assert art.published_evidence == "url: 2016/aug/21"


def test_the_records_own_date_wins_over_the_url() -> None:
    raw = RawDocument(
        source_path="crawl.jsonl",
        content=BODY,
        kind="text",
        url="https://news.example.org/world/2016/08/21/fisheries-vote",
        published="2016-08-22",
    )
    assert clean_document(raw).published == "2016-08-22"


def test_a_date_printed_in_the_text_wins_over_the_url() -> None:
    raw = RawDocument(
        source_path="crawl.jsonl",
        content="Monday, 22 August 2016\n\n" + BODY,
        kind="text",
        url="https://news.example.org/world/2016/08/21/fisheries-vote",
    )
    art = clean_document(raw)
    assert art.published == "2016-08-22"
    assert art.published_source == "explicit"


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("https://news.example.org/world/2019/11/pm-resigns-191129.html", (2019, 11)),
        ("https://news.example.org/2016/aug/fisheries", (2016, 8)),
        ("https://news.example.org/2016/8/fisheries", (2016, 8)),
        ("https://news.example.org/2016/13/fisheries", None),  # no month 13
        ("https://news.example.org/archive/2016", None),
        ("https://news.example.org/list?from=/2016/08/", None),  # the query is not read
        ("https://2016.example.org/08/x", None),  # nor the host
        ("http://[::1", None),
        (None, None),
    ],
)
def test_month_in_url(url: str | None, month: tuple[int, int] | None) -> None:
    assert month_in_url(url) == month


def test_a_year_folder_then_a_month_day_folder_is_a_day() -> None:
    found = date_in_url("https://monitor.example/World/Europe/2016/0821/Veloria-fleet-vote")
    assert found is not None and found[0] == "2016-08-21"
    # four digits that are no month and day are an id, not a date
    assert date_in_url("https://monitor.example/World/2016/4711/Veloria-fleet-vote") is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        # 2016-08-21 14:40 UTC: the same day from the Americas to Europe
        ("https://ledger.example/articles/veloria-fleet-vote-1471790400", "2016-08-21"),
        ("https://ledger.example/articles/veloria-fleet-vote-1471790400.html", "2016-08-21"),
    ],
)
def test_a_unix_time_closing_the_slug_is_a_day(url: str, day: str) -> None:
    found = date_in_url(url)
    assert found is not None and found[0] == day and "Unix time" in found[1]


@pytest.mark.parametrize(
    "url",
    [
        "https://ledger.example/articles/veloria-fleet-vote-1471741200",  # 01:00 UTC: the evening before in America
        "https://ledger.example/articles/1471790400",  # a bare number with no slug: an id
        "https://ledger.example/articles/veloria-fleet-vote-2471790400",  # 2048: no time of a page yet
        "https://ledger.example/articles/veloria-fleet-vote?ts=1471790400",  # a query parameter
    ],
)
def test_no_day_from_an_uncertain_or_unlikely_unix_time(url: str) -> None:
    assert date_in_url(url) is None


def test_unix_time_gives_the_utc_moment() -> None:
    moment = unix_time_in_url("https://ledger.example/articles/veloria-fleet-vote-1471741200")
    assert moment is not None and moment.isoformat() == "2016-08-21T01:00:00+00:00"
