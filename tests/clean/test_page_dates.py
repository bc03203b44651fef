"""Publication-date refinements for HTML pages: timestamp kept, local midnight, day-01 checks."""

from __future__ import annotations

import lxml.html

from storyline.clean import CleanOptions, clean_document, page_dates
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


HEADED = """<html><head><title>x</title><script>var d = "12.12.2012";</script></head><body>
<nav><span>01.01.2020</span></nav>
<article><h1>Ferry service resumes</h1>
<div class="meta"><span>By Ana Ruiz</span><time>Wednesday, 4 May 2022, 23:40</time></div>
<p>The ferry resumed on 2 May 2022 after repairs, the port said in a statement on its website.</p>
</article></body></html>"""


def test_page_dates_header_text_starts_at_h1_and_skips_scripts() -> None:
    text = page_dates.header_text(lxml.html.fromstring(HEADED))
    assert text is not None and text.lstrip().startswith("Ferry service resumes")
    assert "12.12.2012" not in text and "01.01.2020" not in text
    assert page_dates.header_text(lxml.html.fromstring("<p>no headline 4 May 2022</p>")) is None


def test_page_dates_header_text_is_bounded() -> None:
    html = "<html><body><h1>T</h1>" + "<div>" * 3000 + "word " * 10000 + "</div>" * 3000 + "</body></html>"
    text = page_dates.header_text(lxml.html.fromstring(html), limit=200)
    assert text is not None and len(text) <= 200


def test_page_dates_header_dates_take_date_lines_not_prose() -> None:
    found = page_dates.header_dates(lxml.html.fromstring(HEADED))
    # the prose date is not a date line; the navigation's date above the headline only comes last
    assert [(f.days, f.above) for f in found] == [(("2022-05-04",), False), (("2020-01-01",), True)]
    assert "23:40" in found[0].line


def test_page_dates_printed_day_resolves_ambiguity_by_reference() -> None:
    found = [page_dates.HeaderDate(("2022-03-05", "2022-05-03"), "3/5/2022 22:41")]
    assert page_dates.printed_day(found, "2022-05-04T02:41:00+00:00") == ("2022-05-03", "3/5/2022 22:41")
    assert page_dates.printed_day(found, None) is None
    assert page_dates.printed_day([], "2022-05-04") is None


def test_page_dates_timed_day_keeps_printed_day() -> None:
    assert page_dates.timed_day("2022-05-03", ["2022-05-04T03:37:37+00:00"]) == "2022-05-03"
    assert page_dates.timed_day("2022-05-03", ["2022-05-03T21:25:00-03:00"]) == "2022-05-03T21:25:00-03:00"
    assert page_dates.timed_day("2022-05-03", ["2022-05-03T22:00:00Z"]) == "2022-05-03"


def test_page_dates_printed_local_date_beats_utc_metadata() -> None:
    html = HEADED.replace(
        "<title>x</title>",
        '<title>x</title><meta property="article:published_time" content="2022-05-05T04:40:00Z">',
    ).replace(
        "</article>",
        "<p>Passengers waiting since the weekend boarded the first crossing, which left on time and "
        "arrived without incident, according to the operator.</p></article>",
    )
    art = clean_document(RawDocument(source_path="p.html", content=html, kind="html"), CleanOptions())
    assert art.published == "2022-05-04T23:40:00"  # the printed local time; no zone is printed
    assert art.published_source == "explicit"
    assert art.published_evidence is not None and "4 May 2022" in art.published_evidence


def _dates_of(body: str) -> list[tuple[tuple[str, ...], bool, bool]]:
    tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    return [(f.days, f.iso, f.above) for f in page_dates.header_dates(tree)]


def test_page_dates_header_dates_skip_other_labelled_dates() -> None:
    assert _dates_of("<h1>Tasting evening</h1><p>Deadline: 15.03.2020</p><p>Termin: 21.02.2020</p>") == []
    assert _dates_of("<h1>Tasting evening</h1><p>Veröffentlicht: 26.12.2022</p>") == [
        (("2022-12-26",), False, False)
    ]
    assert _dates_of("<h1>T</h1><p>zuletzt bearbeitet: 04.02.2022, 08:27 Uhr</p>") == [
        (("2022-02-04",), False, False)
    ]


def test_page_dates_header_dates_above_headline_come_last() -> None:
    body = "<div>Section</div><div>7 April 2020</div><h1>Trial results</h1><p>Updated: 9 April 2020</p>"
    assert _dates_of(body) == [(("2020-04-09",), False, False), (("2020-04-07",), False, True)]
    found = page_dates.header_dates(lxml.html.fromstring(f"<html><body>{body}</body></html>"))
    assert page_dates.printed_day(found, None) == ("2020-04-09", "Updated: 9 April 2020")
    above_only = page_dates.header_dates(
        lxml.html.fromstring("<div>7 April 2020</div><h1>Trial results</h1>")
    )
    assert page_dates.printed_day(above_only, None) == ("2020-04-07", "7 April 2020")


def test_page_dates_printed_day_prefers_dates_written_for_readers() -> None:
    body = "<h1>Template</h1><span>2018-08-29 14:15:57</span><span>22.06.2018 10:20</span>"
    found = page_dates.header_dates(lxml.html.fromstring(f"<html><body>{body}</body></html>"))
    assert [f.iso for f in found] == [True, False]
    assert page_dates.printed_day(found, None) == ("2018-06-22", "22.06.2018 10:20")
    iso_only = page_dates.header_dates(
        lxml.html.fromstring("<html><body><h1>T</h1><p>2020-01-16</p></body></html>")
    )
    assert page_dates.printed_day(iso_only, None) == ("2020-01-16", "2020-01-16")


def test_page_dates_timed_day_reads_time_from_printed_line() -> None:
    assert page_dates.timed_day("2022-05-03", [], "3 May, 2022, 11:37 pm") == "2022-05-03T23:37:00"
    assert (
        page_dates.timed_day("2022-05-03", [], "Tuesday 3 May 2022 09:05 BST") == "2022-05-03T09:05:00+01:00"
    )
    assert page_dates.timed_day("2022-05-03", [], "4 May 2022, 11:37 pm") == "2022-05-03"
    assert page_dates.timed_day("2022-05-03", [], None) == "2022-05-03"


def test_page_dates_header_window_reads_across_nesting() -> None:
    html = (
        "<html><body><div><p>Markets</p><div><span>Friday 7 April 2020</span></div></div>"
        "<main><article><header><h1>Trial results</h1></header></article>"
        "<section><p>Rates rose on 3 May 2020 in several places, the report said.</p>"
        "<footer><p>8 April 2020</p></footer></section></main></body></html>"
    )
    found = page_dates.header_dates(lxml.html.fromstring(html))
    assert [(f.days[0], f.above) for f in found] == [("2020-04-08", False), ("2020-04-07", True)]
    text = page_dates.header_text(lxml.html.fromstring(html))
    assert text is not None and text.index("Trial results") < text.index("3 May 2020") < text.index("8 April")


def test_page_dates_marked_dates_need_a_publication_mark_and_a_printed_day() -> None:
    html = (
        "<html><body><div class='title'>Winter walks</div>"
        "<time datetime='2022-01-20'>20.01.2022</time>"
        "<time itemprop='datePublished' datetime='2022-01-27'>27.01.2022</time>"
        "<time class='entry-date published'>January 2022</time><time pubdate>3/4/2022</time>"
        "<time class='entry-date'>Jan 27, 2022 at 9:05</time></body></html>"
    )
    found = page_dates.marked_dates(lxml.html.fromstring(html))
    assert [(f.days, f.marked) for f in found] == [(("2022-01-27",), True)]
    comments = html.replace("Jan 27, 2022", "Feb 2, 2022")  # marked times printing different days: a list
    assert page_dates.marked_dates(lxml.html.fromstring(comments)) == []
    # a date line at the headline comes first; the marked date is the fallback
    below = page_dates.HeaderDate(("2022-01-21",), "21.01.2022")
    assert page_dates.printed_day([*found, below], None) == ("2022-01-21", "21.01.2022")
    assert page_dates.printed_day(found, None) == ("2022-01-27", "27.01.2022")


def test_page_dates_printed_day_skips_future_days() -> None:
    found = [
        page_dates.HeaderDate(("2031-05-01",), "1 May 2031"),
        page_dates.HeaderDate(("2030-02-03",), "3.2.2030"),
    ]
    assert page_dates.printed_day(found, None, latest="2030-06-01") == ("2030-02-03", "3.2.2030")
    ambiguous = [page_dates.HeaderDate(("2030-03-05", "2030-05-03"), "3/5/2030")]
    assert page_dates.printed_day(ambiguous, None, latest="2030-04-01") == ("2030-03-05", "3/5/2030")
    assert page_dates.printed_day(found, None, latest="2029-12-31") is None
