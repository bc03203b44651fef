"""The report's charts run on calendar time: quiet days, months and years show as gaps."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import CorpusBuilder, make_event  # noqa: E402

from storyline.corpus import Corpus  # noqa: E402
from storyline.report import render_html  # noqa: E402
from storyline.report.build import view_model  # noqa: E402

BAR_TITLE = re.compile(r"<rect [^>]*><title>([^<:]+): ([\d.]+)</title>")


def _articles(days: list[str | None]) -> Corpus:
    b = CorpusBuilder()
    for i, day in enumerate(days):
        b.article(f"d{i}", day, [f"Kastan and Veloria met again, report {i}."])
    return b.corpus


def _bars(chart: str) -> list[tuple[str, float]]:
    return [(label, float(v)) for label, v in BAR_TITLE.findall(chart)]


def test_coverage_over_years_is_per_month_with_empty_months() -> None:
    corpus = _articles(["2012-07-07", "2012-07-20", "2015-01-03", None, "not a date"])
    chart = view_model(corpus)["coverage"]["svg"]
    bars = _bars(chart)
    labels = [label for label, _ in bars]
    assert "Articles per month" in chart
    assert labels[0] == "2012-07" and labels[-1] == "2015-01"
    assert len(labels) == 31  # every month between, not only the two with articles
    assert dict(bars)["2012-07"] == 2 and dict(bars)["2013-06"] == 0
    assert view_model(corpus)["coverage"]["undated"] == 2


def test_coverage_over_weeks_is_per_day_and_over_decades_per_year() -> None:
    short = _bars(view_model(_articles(["2024-03-01", "2024-03-05"]))["coverage"]["svg"])
    assert [label for label, _ in short] == [f"2024-03-0{d}" for d in range(1, 6)]
    long = view_model(_articles(["1999-05-01", "2019-05-01", "2019-06-01"]))["coverage"]["svg"]
    assert "Articles per year" in long
    years = dict(_bars(long))
    assert len(years) == 21 and years["2019"] == 2 and years["2005"] == 0


def _dyad_corpus(dates: list[str]) -> Corpus:
    b = CorpusBuilder()
    b.article("a", "2011-08-01", ["Kastan shelled the Veloria border post."])
    cite = b.cite("a", 0)
    b.corpus.events = [
        make_event(f"e{i}", d, "Kastan", "Veloria", -5.0, 4, [cite]) for i, d in enumerate(dates)
    ]
    return b.corpus


def test_dyad_chart_keeps_quiet_months() -> None:
    chart = view_model(_dyad_corpus(["2011-03-02", "2011-03-09", "2011-06-20"]))["dyads"][0]["svg"]
    labels = re.findall(r'class="tick">(\d{4}-\d\d)</text>', str(chart))
    assert labels == ["2011-03", "2011-04", "2011-05", "2011-06"]


def test_dyad_of_one_month_shows_its_table_without_a_chart() -> None:
    corpus = _dyad_corpus(["2011-03-02", "2011-03-09"])
    dyad = view_model(corpus)["dyads"][0]
    assert dyad["svg"] is None and len(dyad["rows"]) == 1
    html = render_html(corpus)
    relations = html[html.index('id="relations"') : html.index('id="actors"')]
    assert "<svg" not in relations and "None" not in relations and "2011-03" in relations


def test_timeline_background_is_folded_before_the_first_article() -> None:
    from storyline.records import TimelineEntry

    b = CorpusBuilder()
    b.article("a", "2031-05-04", ["Kastan was founded in 1961.", "Kastan and Veloria signed the treaty."])
    b.corpus.timeline = [
        TimelineEntry("1961", "Kastan founded", "", sources=[b.cite("a", 0)]),
        TimelineEntry("2031", "Treaty year", "", sources=[b.cite("a", 1)]),
        TimelineEntry("2031-05-04", "Treaty signed", "", sources=[b.cite("a", 1)]),
    ]
    model = view_model(b.corpus)
    assert [e["headline"] for e in model["background"]] == ["Kastan founded"]
    assert [e["headline"] for e in model["timeline"]] == ["Treaty year", "Treaty signed"]
    html = render_html(b.corpus)
    folded = html[html.index('<details class="background">') : html.index("</details>")]
    assert "Kastan founded" in folded and "Treaty signed" not in folded


def test_a_day_before_the_first_article_stays_after_its_year_only_row() -> None:
    from storyline.records import TimelineEntry

    b = CorpusBuilder()
    b.article("a", "2031-05-04", ["Kastan was founded in 1961.", "Kastan and Veloria signed the treaty."])
    b.corpus.timeline = [
        TimelineEntry("1961", "Kastan founded", "", sources=[b.cite("a", 0)]),
        TimelineEntry("2031", "Treaty year", "", sources=[b.cite("a", 1)]),
        TimelineEntry("2031-03-02", "Draft agreed", "", sources=[b.cite("a", 1)]),
        TimelineEntry("2031-05-04", "Treaty signed", "", sources=[b.cite("a", 1)]),
    ]
    model = view_model(b.corpus)
    # the web's home and API list the store's order: the year's row before its days
    assert [e["headline"] for e in model["background"]] == ["Kastan founded"]
    assert [e["headline"] for e in model["timeline"]] == ["Treaty year", "Draft agreed", "Treaty signed"]


def test_quote_list_keeps_the_most_quoted_speakers_and_says_how_many_are_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from storyline.records import Quote
    from storyline.report import build

    monkeypatch.setattr(build, "MAX_SPEAKERS", 2)
    b = CorpusBuilder()
    b.article("a", "2031-05-04", [f"Speaker {i} said something." for i in range(6)])
    per_speaker = {"Ana": 3, "Bo": 2, "Cy": 1, "Di": 1}
    quotes = [
        Quote(f"q-{name}-{k}", f"{name} words {k}", "direct", None, name, "said", None, [b.cite("a", k)])
        for name, n in per_speaker.items()
        for k in range(n)
    ]
    quotes.append(Quote("q-none", "nobody's words", "direct", None, None, "said", None, [b.cite("a", 5)]))
    b.corpus.quotes = quotes
    model = view_model(b.corpus)
    assert [g["speaker"] for g in model["quotes"]] == ["Ana", "Bo", "Unattributed"]
    assert model["quotes_left_out"] == (2, 2)
    assert "2 more speakers with 2 quotes" in render_html(b.corpus)


def test_only_cited_sentences_carry_ids_in_the_printed_article() -> None:
    b = CorpusBuilder()
    b.article("a", "2031-05-04", ["Kastan met Veloria.", "The weather was fine.", "Kastan shelled the post."])
    b.corpus.events = [make_event("e", "2031-05-04", "Kastan", "Veloria", -5.0, 4, [b.cite("a", 2)])]
    html = render_html(b.corpus)
    article = html[html.index('id="articles"') :]
    assert re.findall(r'<span class="s" id="([^"]+)"', article) == ["d-a-s-2"]
    assert "The weather was fine." in article and "Kastan met Veloria." in article  # text is all there


def test_relationships_rank_pairs_by_all_their_acts_and_say_how_many_are_undated() -> None:
    b = CorpusBuilder()
    b.article("a", "2011-08-01", ["Kastan shelled the Veloria border post."])
    cite = b.cite("a", 0)
    told_undated = [make_event(f"k{i}", None, "Kastan", "Veloria", -5.0, 4, [cite]) for i in range(3)]
    for ev in told_undated:
        ev.first_reported = "2011-08-01"
    b.corpus.events = [
        make_event("k9", "2011-07-30", "Kastan", "Veloria", -5.0, 4, [cite]),
        *told_undated,
        *(make_event(f"o{i}", "2011-07-2" + str(i), "Ostmark", "Veloria", 3.0, 1, [cite]) for i in range(2)),
    ]
    dyads = view_model(b.corpus)["dyads"]
    # four acts, one of them dated, outrank two dated ones
    assert {dyads[0]["a"], dyads[0]["b"]} == {"e-kastan", "e-veloria"}  # (the corpus has no entity table)
    assert dyads[0]["events"] == 4 and dyads[0]["undated"] == 3
    # the table counts every act, the undated ones in the month first reported and marked as such
    assert [(p.month, p.count, p.by_report) for p in dyads[0]["rows"]] == [
        ("2011-07", 1, 0),
        ("2011-08", 3, 3),
    ]
    assert dict(dyads[0]["mix"])["material conflict"] == 4
    assert dyads[0]["svg"] is None  # the chart places dated acts only: one month is no trend
    html = render_html(b.corpus)
    relations = html[html.index('id="relations"') : html.index('id="actors"')]
    assert "3 undated: not charted, counted below in the month first reported" in relations
    assert "of them undated (month first reported)" in relations


def test_undated_quotes_and_events_follow_the_dated_ones_in_report_order() -> None:
    from storyline.records import Quote

    b = CorpusBuilder()
    b.article("early", "2031-03-02", ["Okafor said the Orvik ferry would sail."])
    b.article("late", "2031-06-09", ["Okafor said the Marren dock would close."])
    b.article("mid", "2031-04-20", ["Okafor said the Delvane toll would rise."])
    quotes = [
        Quote("q1", "the dock would close", "indirect", None, "Okafor", "said", None, [b.cite("late", 0)]),
        Quote("q2", "the ferry would sail", "indirect", None, "Okafor", "said", None, [b.cite("early", 0)]),
        Quote(
            "q3", "the toll would rise", "indirect", None, "Okafor", "said", "2031-04-19", [b.cite("mid", 0)]
        ),
    ]
    b.corpus.quotes = quotes
    events = [
        make_event("e1", None, "Okafor", "Marren", 1.0, 1, [b.cite("late", 0)], summary="dock"),
        make_event("e2", None, "Okafor", "Orvik", 1.0, 1, [b.cite("early", 0)], summary="ferry"),
        make_event("e0", None, "Okafor", "Marren", 1.0, 1, [b.cite("late", 0)], summary="never"),
        make_event("e3", "2031-04-19", "Okafor", "Delvane", 1.0, 1, [b.cite("mid", 0)], summary="toll"),
    ]
    events[0].first_reported, events[1].first_reported = "2031-06-09", "2031-03-02"
    b.corpus.events = events
    model = view_model(b.corpus)
    okafor = next(g for g in model["quotes"] if g["speaker"] == "Okafor")
    assert [q["text"] for q in okafor["quotes"]] == [
        "the toll would rise",
        "the ferry would sail",
        "the dock would close",
    ]
    assert [e["summary"] for e in model["events"]] == ["toll", "ferry", "dock", "never"]  # e0: no report day
    quotes_html = render_html(b.corpus)
    section = quotes_html[quotes_html.index('id="quotes"') : quotes_html.index('id="events"')]
    assert section.count("undated · indirect") == 2
    assert "all 3 are listed" not in section  # every quote is shown: no note
    assert "4 events (3 undated) · 3 quotes (2 undated)" in quotes_html  # the header says so first


def test_a_speaker_with_more_quotes_than_shown_says_where_the_rest_are() -> None:
    from storyline.records import Quote
    from storyline.report.build import MAX_QUOTES_PER_SPEAKER

    b = CorpusBuilder()
    b.article("a", "2031-03-02", ["Okafor spoke."])
    n = MAX_QUOTES_PER_SPEAKER + 2
    b.corpus.quotes = [
        Quote(f"q{i}", f"words {i}", "direct", None, "Okafor", "said", None, [b.cite("a", 0)])
        for i in range(n)
    ]
    html = render_html(b.corpus)
    assert (
        f"The first {MAX_QUOTES_PER_SPEAKER} by date (undated ones last); all {n} are listed in the web app"
        in html
    )


def test_dates_are_shown_in_words_and_kept_as_values() -> None:
    b = CorpusBuilder()
    b.article("a", "2011-08-01", ["Kastan fought a border war with Veloria in the 1990s."])
    b.corpus.events = [
        make_event("w", "199", "Kastan", "Veloria", -10.0, 4, [b.cite("a", 0)], "Kastan fought")
    ]
    html = render_html(b.corpus)
    events = html[html.index('id="events"') :]
    assert "<td>1990s</td>" in events and "<td>199</td>" not in events
