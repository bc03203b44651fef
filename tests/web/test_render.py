"""Cutting article text into highlightable pieces: exact spans, clamped offsets, text kept whole."""

from __future__ import annotations

import pytest

from storyline.records import Mention, QuoteMention
from storyline.web.queries import ArticleView
from storyline.web.render import article_parts


@pytest.fixture
def view_of(webrows):  # type: ignore[no-untyped-def]
    def make(text: str) -> ArticleView:
        res = webrows.article_result("d" * 16, text)
        return ArticleView(article=res.article, sentences=res.sentences)

    return make


def flat(parts) -> str:  # type: ignore[no-untyped-def]
    return "".join(p.text for b in parts for s in b.parts for p in s.pieces)


def test_render_parts_keep_every_character_of_each_block(view_of) -> None:  # type: ignore[no-untyped-def]
    text = "First line here. Second one!\n\nNext block."
    parts = article_parts(view_of(text))
    assert [b.kind for b in parts] == ["body", "body"]
    assert flat(parts) == text.replace("\n\n", "")
    assert [s.sentence for s in parts[0].parts] == [0, None, 1]  # the space between is not a sentence


def test_render_parts_mark_cited_sentence_span_quote_and_mention(view_of) -> None:  # type: ignore[no-untyped-def]
    text = 'The mayor said "we will reopen" today. Other words.'
    v = view_of(text)
    m = text.index("mayor")
    q = text.index("we will")
    v.mentions = [Mention(v.article.doc_id, 0, m, m + 5, "mayor", 0, "title", "PERSON", 0, entity_id="E1")]
    v.quotes = [QuoteMention(v.article.doc_id, 0, "we will reopen", q, q + 14, 0, "direct")]
    span = (text.index("reopen"), text.index("reopen") + 6)
    parts = article_parts(v, cited_sentence=0, span=span)
    sents = parts[0].parts
    assert sents[0].cited and not sents[-1].cited
    pieces = sents[0].pieces
    assert [p.text for p in pieces if p.cited] == ["reopen"]
    assert "".join(p.text for p in pieces if p.quote) == "we will reopen"
    assert [(p.text, p.entity_id) for p in pieces if p.entity_id] == [("mayor", "E1")]


def test_render_parts_clamp_bad_offsets(view_of) -> None:  # type: ignore[no-untyped-def]
    text = "Short text."
    v = view_of(text)
    v.mentions = [Mention(v.article.doc_id, 0, -10, 9999, "x", 0, "name", "PERSON", 0, entity_id="E")]
    v.quotes = [QuoteMention(v.article.doc_id, 0, "x", 8, 2, 0, "direct")]  # end before start: ignored
    parts = article_parts(v, cited_sentence=99, span=(-5, 10**9))
    assert flat(parts) == text
    assert all(
        p.cited and p.entity_id == "E" and not p.quote for b in parts for s in b.parts for p in s.pieces
    )


def test_render_parts_without_blocks_split_on_blank_lines(view_of) -> None:  # type: ignore[no-untyped-def]
    v = view_of("One.\n\nTwo.")
    v.article.blocks = []
    assert [flat([b]) for b in article_parts(v)] == ["One.", "Two."]


def test_render_coverage_chart_labels_never_crowd() -> None:
    from storyline.web.render import CHART_W, MIN_GAP, coverage_chart

    months = [f"{y}-{m:02d}" for y in range(2010, 2021) for m in range(1, 13)]
    cov = [{"month": mo, "documents": i % 7} for i, mo in enumerate(months)]
    chart = coverage_chart(cov)
    assert len(chart["bars"]) == len(months)
    xs = [lab["x"] for lab in chart["labels"]]
    assert xs == sorted(xs) and xs[0] == 0 and xs[-1] == CHART_W
    assert all(b - a >= MIN_GAP for a, b in zip(xs, xs[1:], strict=False))
    assert chart["labels"][0]["text"] == "2010-01" and chart["labels"][-1]["text"] == "2020-12"
    tallest = max(chart["bars"], key=lambda b: b["h"])
    assert tallest["y"] == 0
    short = coverage_chart([{"month": "2024-01", "documents": 2}, {"month": "2024-02", "documents": 0}])
    assert [lab["text"] for lab in short["labels"]] == ["2024-01", "2024-02"]
    assert coverage_chart([]) == {"bars": [], "labels": [], "width": CHART_W}


def test_dyad_line_does_not_run_across_quiet_months() -> None:
    from storyline.web.render import dyad_chart

    months = ["2015-03", "2015-04", "2015-05", "2015-06", "2015-07"]
    series = [
        {"month": "2015-03", "events": 2, "goldstein": -5.0},
        {"month": "2015-04", "events": 1, "goldstein": 3.0},
        {"month": "2015-07", "events": 1, "goldstein": 1.0},
    ]
    chart = dyad_chart(series, months, width=500.0)
    assert len(chart["dots"]) == 3 and len(chart["bars"]) == 3
    # March-April is one line; July stands alone (a dot, no line drawn back to April)
    assert chart["lines"] == [
        f"{chart['dots'][0]['x']},{chart['dots'][0]['y']} {chart['dots'][1]['x']},{chart['dots'][1]['y']}"
    ]


def test_chart_tooltips_count_one_in_the_singular() -> None:
    from storyline.web.render import coverage_chart, dyad_chart

    cov = coverage_chart([{"month": "2024-01", "documents": 1}, {"month": "2024-02", "documents": 3}])
    assert [b["title"] for b in cov["bars"]] == ["2024-01: 1 article", "2024-02: 3 articles"]
    series = [
        {"month": "2024-01", "events": 1, "goldstein": 2.0},
        {"month": "2024-02", "events": 2, "goldstein": -1.0},
    ]
    bars = dyad_chart(series, ["2024-01", "2024-02"])["bars"]
    assert [b["title"] for b in bars] == ["2024-01: 1 event", "2024-02: 2 events"]
