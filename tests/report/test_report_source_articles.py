"""Source articles a reader can tell apart: an untitled one is shown by its opening words, marked as
no headline, not as "(untitled)"; undated ones come after the dated, and an inferred day says so."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import CorpusBuilder, make_event  # noqa: E402

from storyline.labels import article_label, opening  # noqa: E402
from storyline.records import Block  # noqa: E402
from storyline.report import render_html  # noqa: E402

_LEAD = "Dock workers in Port Alder walked off the job on Monday after the Orvik council cut their pay by a third."


def test_untitled_source_article_shows_its_opening_words() -> None:
    b = CorpusBuilder()
    b.article("u1", "2031-03-02", [_LEAD, "The strike closed the ferry terminal."], kinds=["caption", "body"])
    b.article("u2", "2031-03-03", [_LEAD], title="Port Alder dockers strike")
    c = b.corpus
    c.events = [
        make_event(
            "e1", "2031-03-02", "Orvik", "Kastan", -2.0, 1, [b.cite("u1", 1)], "strike closes terminal"
        ),
        make_event("e2", "2031-03-03", "Orvik", "Kastan", -2.0, 1, [b.cite("u2", 0)], "dockers strike"),
    ]
    html = render_html(c)
    assert "(untitled)" not in html
    # the caption above the story is skipped: the label is the first body text, marked as no headline
    assert "<h3><bdi>Untitled: The strike closed the ferry terminal.</bdi></h3>" in html
    assert "<h3><bdi>Port Alder dockers strike</bdi></h3>" in html


def test_label_cuts_a_long_opening_at_a_word_and_says_so() -> None:
    label = article_label(None, _LEAD)
    assert label == "Untitled: Dock workers in Port Alder walked off the job on Monday after …"
    assert article_label("  Orvik   votes ", _LEAD) == "Orvik votes"
    assert article_label(None, "  \n ") is None
    assert article_label(None, None) is None


def test_opening_skips_captions_and_survives_odd_blocks() -> None:
    text = "Photo: a crane at dawn.\n\nVeloria reopened the border crossing."
    blocks = [Block(0, 23, "caption"), Block(25, len(text), "body")]
    assert opening(text, blocks) == "Veloria reopened the border crossing."
    assert opening(text, [Block(50, 10, "body")]) == text  # an impossible block: the text's start
    assert opening(None) == ""


def test_source_articles_list_undated_last_and_mark_inferred_days() -> None:
    b = CorpusBuilder()
    b.article("n1", None, ["Veloria recalled its envoy from Kastan."], title="Envoy recalled")
    b.article("i1", "2031-03-05", ["Orvik closed its port to Kastan ships."], title="Port closed")
    b.article("m1", "2031-03-01", ["Kastan protested the closure."], title="Kastan protests")
    c = b.corpus
    c.articles["i1"].published_source = "inferred"
    c.events = [
        make_event(f"e{i}", "2031-03-01", "Orvik", "Kastan", -2.0, 1, [b.cite(d, 0)], "x")
        for i, d in enumerate(["n1", "i1", "m1"])
    ]
    html = render_html(c)
    order = [
        html.index(f"<h3><bdi>{t}</bdi></h3>") for t in ("Kastan protests", "Port closed", "Envoy recalled")
    ]
    assert order == sorted(order)
    assert "2031-03-05 (inferred)" in html and "2031-03-01 (inferred)" not in html
