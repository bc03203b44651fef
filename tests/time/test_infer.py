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


def test_infer_no_fallback_to_a_day_that_names_a_past_event() -> None:
    # the lede's own day is relative ("on Saturday"); the full date names what started the feud
    text = (
        "Farmers and the water board signed a truce on Saturday, ending the 20-year feud that began after "
        "the May 3, 1999 dam collapse near Orvik."
    )
    assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}
    since = "Tolls have been waived since June 4, 2012, when the bridge reopened after a flood."
    assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", since, None))) == {}


def test_infer_no_fallback_when_a_later_year_is_named() -> None:
    text = "The bridge reopened on June 4, 2012. Traffic had doubled by 2016, the council said."
    assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}


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


def _with_url(c: Corpus, doc_id: str, url: str) -> Corpus:
    c.articles[doc_id].url = url
    return c


def test_infer_keeps_to_the_month_folder_of_the_url() -> None:
    # the same report dated in two years; the URL's month folder says which one the undated copy follows
    def build(url: str) -> Corpus:
        c = corpus(("a", SIGNED, "2015-03-17"), ("a2", SIGNED, "2016-11-20"), ("u", UNDATED, None))
        return _with_url(c, "u", url)

    assert infer_publication_dates(build("https://news.example/2015/03/salmon-pact"))["u"][0] == "2015-03-18"
    iso, evidence = infer_publication_dates(build("https://news.example/2016/11/salmon-pact"))["u"]
    assert iso == "2016-11-21" and "month folder" in evidence
    # a report outside the folder's month is no match: the folder alone gives the month, without a day
    only_2015 = corpus(("a", SIGNED, "2015-03-17"), ("u", UNDATED, None))
    iso, evidence = infer_publication_dates(_with_url(only_2015, "u", "https://news.example/2019/07/pact"))[
        "u"
    ]
    assert iso == "2019-07" and "no day" in evidence


def test_infer_no_fallback_outside_the_month_folder() -> None:
    text = "The bridge reopened on June 4, 2012, two years after it was closed in May 2010 by a flood."
    c = corpus(("a", OTHER, "2015-06-01"), ("u", text, None))
    # the opening's day is older than the folder: the article looks back on it, and has only a month
    assert (
        infer_publication_dates(_with_url(c, "u", "https://city.example/2014/02/bridge"))["u"][0] == "2014-02"
    )
    c = corpus(("a", OTHER, "2015-06-01"), ("u", text, None))
    assert (
        infer_publication_dates(_with_url(c, "u", "https://city.example/2012/06/bridge"))["u"][0]
        == "2012-06-04"
    )


def test_infer_month_folder_gives_no_month_when_the_text_names_a_later_day() -> None:
    text = "The council will vote on the bridge on March 9, 2016, officials said on Tuesday."
    c = corpus(("a", OTHER, "2015-06-01"), ("u", text, None))
    assert infer_publication_dates(_with_url(c, "u", "https://city.example/2016/02/bridge")) == {}
    assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}  # no URL
