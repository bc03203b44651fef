"""``infer_publication_dates`` on small corpora written for the test."""

from __future__ import annotations

from storyline.corpus import Corpus
from storyline.records import Article
from storyline.time.infer import infer_publication_dates


def corpus(*arts: tuple[str, str, str | None]) -> Corpus:
    c = Corpus()
    for doc_id, text, published in arts:
        c.articles[doc_id] = Article(
            doc_id=doc_id, source_path=doc_id, text=text, published=published, outlet=doc_id
        )
    return c


SIGNED = (
    "Norwegian Fisheries Minister Anna Lindqvist and Chilean envoy Pablo Herrera signed a salmon quota pact in "
    "Bergen, ending a long dispute over northern fishing grounds."
)
UNDATED = (
    "Norway and Chile ended their salmon quota dispute yesterday when Anna Lindqvist and Pablo Herrera signed a "
    "pact in Bergen. Negotiators had first met on March 2 in Santiago."
)
OTHER = "Brazilian Trade Minister Carla Souza opened a coffee fair in Recife, promising lower export duties."


def test_infer_aligns_yesterday_with_a_dated_report() -> None:
    c = corpus(("a", SIGNED, "2015-03-17T16:00+00:00"), ("b", OTHER, "2015-06-01"), ("u", UNDATED, None))
    got = infer_publication_dates(c)
    assert set(got) == {"u"}
    iso, evidence = got["u"]
    assert iso == "2015-03-18"
    assert "yesterday" in evidence and "a" in evidence and "lindqvist" in evidence.lower()


def test_infer_yearless_mentions_choose_between_candidates() -> None:
    # The same pact text dated in two years: the yearless "March 2" is recent only for the first one.
    c = corpus(("a", SIGNED, "2015-03-17"), ("a2", SIGNED, "2016-11-20"), ("u", UNDATED, None))
    assert infer_publication_dates(c)["u"][0] == "2015-03-18"


def test_infer_falls_back_to_a_full_date_in_the_opening() -> None:
    text = "The bridge reopened on June 4, 2012, two years after it was closed in May 2010 by a flood."
    got = infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None)))
    iso, evidence = got["u"]
    assert iso == "2012-06-04"
    assert "lower bound" in evidence


def test_infer_no_fallback_to_an_old_date_deep_in_the_text() -> None:
    text = "Engineers said repairs went well. " * 12 + "The bridge first opened on June 4, 1962."
    assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}


def test_infer_says_nothing_without_evidence() -> None:
    got = infer_publication_dates(
        corpus(("a", OTHER, "2015-06-01"), ("u", "The ministers met yesterday.", None))
    )
    assert got == {}


def test_infer_ignores_dated_articles() -> None:
    assert infer_publication_dates(corpus(("a", SIGNED, "2015-03-17"))) == {}


def test_infer_survives_empty_and_odd_articles() -> None:
    c = corpus(
        ("a", "", "2015-06-01"),
        ("u", "", None),
        ("v", "“" * 50 + " yesterday " * 20, None),
        ("w", "x", "bad"),
    )
    assert infer_publication_dates(c) == {}
