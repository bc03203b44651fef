"""Publication-date refinements for HTML pages: timestamp kept, local midnight, day-01 checks."""

from __future__ import annotations

import lxml.html

from storyline.clean import CleanOptions, clean_document
from storyline.clean.page_dates import day_is_printed, structured_published, timed_date
from storyline.records import RawDocument

PAGE = """<html><head>
<meta property="article:modified_time" content="2021-06-09T10:00:00+00:00">
<meta property="article:published_time" content="2021-06-07T14:05:00+02:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-07T12:05:00Z",
 "dateModified": "2021-06-09T10:00:00Z"}</script></head>
<body><time itemprop="datePublished" datetime="2021-06-07">7 June</time></body></html>"""


def test_page_dates_structured_published_ignores_modified() -> None:
    stamps = structured_published(lxml.html.fromstring(PAGE))
    assert stamps == ["2021-06-07T14:05:00+02:00", "2021-06-07T12:05:00Z", "2021-06-07"]


def test_page_dates_timed_date_keeps_time_and_zone() -> None:
    assert timed_date("2021-06-07", ["2021-06-07T14:05:00+02:00"]) == (
        "2021-06-07T14:05:00+02:00",
        "2021-06-07T14:05:00+02:00",
    )
    assert timed_date("2021-06-07", ["2021-06-08T01:00:00+02:00"]) == ("2021-06-07", None)
    assert timed_date("2021-06-07", []) == ("2021-06-07", None)


def test_page_dates_utc_local_midnight_is_next_day() -> None:
    assert timed_date("2021-06-06", ["2021-06-06T22:00:00.000Z"])[0] == "2021-06-07"
    assert timed_date("2021-12-31", ["2021-12-31T23:00Z"])[0] == "2022-01-01"
    assert timed_date("2021-06-06", ["2021-06-06T22:17:00Z"])[0] == "2021-06-06T22:17:00+00:00"


def test_page_dates_day_is_printed_needs_the_day() -> None:
    assert day_is_printed("Posted 01.03.2022, 09:15", "2022-03-01")
    assert day_is_printed("Updated March 1st, 2022", "2022-03-01")
    assert day_is_printed("1 March 2022", "2022-03-01")
    assert not day_is_printed("Archive: March 2022", "2022-03-01")
    assert not day_is_printed("11.03.2022", "2022-03-01")
    assert not day_is_printed("anything", "not a date")


def test_page_dates_html_article_gets_timestamp() -> None:
    html = PAGE.replace(
        "<body>",
        "<body><article><h1>Canal reopens</h1><p>The canal reopened to boats on Monday after a month of "
        "dredging work, the waterways authority said.</p><p>Barges queued at both locks from early "
        "morning and the first passed through shortly after nine.</p></article>",
    )
    art = clean_document(RawDocument(source_path="p.html", content=html, kind="html"), CleanOptions())
    assert art.published is not None and art.published.startswith("2021-06-07T")
    assert art.published_source == "metadata"
