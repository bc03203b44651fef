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
    text = "The council voted on the bridge on March 9, 2016, officials said on Tuesday."
    c = corpus(("a", OTHER, "2015-06-01"), ("u", text, None))
    got = infer_publication_dates(_with_url(c, "u", "https://city.example/2016/02/bridge"))
    assert got["u"][0] == "2016-03-09" and "lower bound" in got["u"][1]  # the day told, not the folder
    # a vote still to come is no later day the article was written after: the folder's month stands
    plan = "The council will vote on the bridge on March 9, 2016, officials said on Tuesday."
    c = corpus(("a", OTHER, "2015-06-01"), ("u", plan, None))
    assert (
        infer_publication_dates(_with_url(c, "u", "https://city.example/2016/02/bridge"))["u"][0] == "2016-02"
    )
    assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", plan, None))) == {}  # no URL


SIGNED_ON_TUESDAY = (
    "On Tuesday, Norwegian Fisheries Minister Anna Lindqvist and Chilean envoy Pablo Herrera signed a salmon "
    "quota pact in Bergen, ending a long dispute over northern fishing grounds."
)
UNDATED_TUESDAY = (
    "Anna Lindqvist and Pablo Herrera signed a salmon quota pact in Bergen on Tuesday, ending the long "
    "dispute between Norway and Chile over northern fishing grounds."
)


def test_infer_aligns_a_weekday_with_a_report_that_names_the_same_day_for_its_month() -> None:
    # the dated report was published on Wednesday 18 March 2015: its "Tuesday" is the 17th, a lower
    # bound only (the undated article may be of the Tuesday or of the days after), so the month
    c = corpus(
        ("a", SIGNED_ON_TUESDAY, "2015-03-18"), ("b", OTHER, "2015-06-01"), ("u", UNDATED_TUESDAY, None)
    )
    iso, evidence = infer_publication_dates(c)["u"]
    assert iso == "2015-03"
    assert "Tuesday" in evidence and "a weekday gives no day" in evidence


MET_ON_TUESDAY = (
    "Anna Lindqvist and Pablo Herrera met in Bergen on Tuesday and agreed on salmon quotas for the northern "
    "grounds, aides to both said."
)


def test_infer_a_weak_weekday_alignment_gives_only_the_month() -> None:
    # a looser account of the same meeting: too weak a match for the day, enough for its month
    c = corpus(
        ("a", SIGNED_ON_TUESDAY, "2015-03-18"), ("b", OTHER, "2015-06-01"), ("u", MET_ON_TUESDAY, None)
    )
    iso, evidence = infer_publication_dates(c)["u"]
    assert iso == "2015-03"
    assert "Tuesday" in evidence and "only its month" in evidence
    # Tuesday 31 March: an article of that week may be of April, so no month either
    c = corpus(
        ("a", SIGNED_ON_TUESDAY, "2015-04-01"), ("b", OTHER, "2015-06-01"), ("u", MET_ON_TUESDAY, None)
    )
    assert infer_publication_dates(c) == {}


def test_infer_weekday_needs_the_report_to_name_its_day() -> None:
    # the dated report names no day: its article's Wednesday is no Tuesday, and a sentence dated only by
    # its article's day may be background anyway
    c = corpus(("a", SIGNED, "2015-03-17"), ("b", OTHER, "2015-06-01"), ("u", UNDATED_TUESDAY, None))
    assert infer_publication_dates(c) == {}
    c = corpus(("a", SIGNED, "2015-03-18"), ("b", OTHER, "2015-06-01"), ("u", UNDATED_TUESDAY, None))
    assert infer_publication_dates(c) == {}


def test_infer_skips_a_weekday_of_a_plan() -> None:
    plan = UNDATED_TUESDAY.replace("signed", "will sign").replace("ending", "to end")
    c = corpus(("a", SIGNED_ON_TUESDAY, "2015-03-18"), ("b", OTHER, "2015-06-01"), ("u", plan, None))
    assert infer_publication_dates(c) == {}


def test_infer_a_unix_time_in_the_url_bounds_the_day_and_gives_the_month() -> None:
    # 2015-03-19 02:00 UTC: the article is of the 18th to the 20th
    url = "https://ledger.example/articles/salmon-pact-signed-1426730400"
    c = _with_url(corpus(("a", SIGNED, "2015-03-17"), ("u", UNDATED, None)), "u", url)
    iso, evidence = infer_publication_dates(c)["u"]
    assert iso == "2015-03-18" and "Unix time" in evidence
    c = _with_url(corpus(("a", OTHER, "2015-06-01"), ("u", UNDATED, None)), "u", url)
    iso, evidence = infer_publication_dates(c)["u"]
    assert iso == "2015-03" and "no day" in evidence
    # the same report a year later is outside the window: no match, only the month
    c = _with_url(corpus(("a", SIGNED, "2016-03-17"), ("u", UNDATED, None)), "u", url)
    assert infer_publication_dates(c)["u"][0] == "2015-03"


def _strike_story(weekday: str, signed: str) -> str:
    return (
        f"Dockworkers in Port Alder went back to work on {weekday} after the harbour board agreed to raise "
        "their wages. The walkout had closed the container terminal for nearly a month, and shipping lines "
        "had begun sending their vessels to other ports along the coast. Union members voted by a wide "
        "margin to accept the offer at a meeting in the old customs hall.\n\n"
        f"{signed}\n\nThe board said the terminal would be fully open within days."
    )


POST = "Back to work at last. Thank you all. — Marren Okafor (@marrenokafor) June 30, 2019"
NARRATED = "The board signed the agreement with the union on June 30, 2019, union leader Marren Okafor said."


def test_infer_an_embedded_posts_day_on_a_weekday_the_article_names_gives_its_month() -> None:
    # June 30, 2019 was a Sunday, the day of the news told "on Sunday", but the article may be of the
    # Monday after: the post's stamp gives its month, no day
    text = _strike_story("Sunday", POST)
    assert text.index("June 30") > 300  # not in the opening
    iso, evidence = infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None)))["u"]
    assert iso == "2019-06"
    assert "embedded post" in evidence and "no day" in evidence


def test_infer_no_fallback_to_a_late_full_date_in_the_storys_words_or_on_another_weekday() -> None:
    # a day told deep in the story agrees with a named weekday by chance as often as not (anniversaries)
    assert (
        infer_publication_dates(
            corpus(("a", OTHER, "2015-06-01"), ("u", _strike_story("Sunday", NARRATED), None))
        )
        == {}
    )
    # a post's stamp on another weekday, or beside a plan's weekday, gives its month but no day
    on_saturday = _strike_story("Saturday", POST)
    plan = _strike_story("Sunday", POST).replace("went back to work", "will go back to work")
    for text in (on_saturday, plan):
        got = infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None)))
        assert got["u"][0] == "2019-06", text


def test_infer_an_embedded_posts_stamp_gives_its_month() -> None:
    # the latest date mentioned signs a post: the article embeds posts of its own days, so the month is
    # its own, but the post may be a day or two older than the article
    iso, evidence = infer_publication_dates(
        corpus(
            ("a", OTHER, "2015-06-01"),
            ("u", _strike_story("Thursday", POST.replace("June 30", "June 12")), None),
        )
    )["u"]
    assert iso == "2019-06"
    assert "embedded post" in evidence and "no day" in evidence
    # not when the same day is recalled elsewhere, nor when a later year is named
    recalled = _strike_story("Thursday", POST) + " The strike of June 30, 2019 was the longest in years."
    later = _strike_story("Thursday", POST) + " A new contract is due in 2021."
    for text in (recalled, later):
        assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}, text
    # nor when the post's day lies outside the URL's month folder: the folder's month stands
    c = corpus(("a", OTHER, "2015-06-01"), ("u", _strike_story("Thursday", POST), None))
    c.articles["u"].url = "https://news.example/2019/08/dockworkers-return"
    assert infer_publication_dates(c)["u"][0] == "2019-08"


def test_infer_no_fallback_to_an_opening_day_recalled_or_used_as_a_bound() -> None:
    recalled = (
        "On June 4, 2012, when the old bridge fell into the river, twelve people died. It reopens soon."
    )
    bound = "In the weeks leading up to June 4, 2012, engineers had warned that the old bridge was unsafe."
    clause = (
        "The collapse, which took place on June 4, 2012, and killed twelve people, is still the subject of "
        "a council inquiry in Port Alder."
    )
    for text in (recalled, bound, clause):
        assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}


def test_infer_reads_a_posts_signature_set_apart_as_a_caption_but_no_photos_day() -> None:
    from storyline.records import Block

    def with_aside(aside: str) -> Corpus:
        text = _strike_story("Sunday", aside)
        c = corpus(("a", OTHER, "2015-06-01"), ("u", text, None))
        start = text.index(aside)
        c.articles["u"].blocks = [Block(0, start - 2, "body"), Block(start, start + len(aside), "caption")]
        return c

    assert infer_publication_dates(with_aside(POST))["u"][0] == "2019-06"
    # a photo's caption with the same day is no signature: the photo may be old
    photo = "Dockworkers leave the customs hall in Port Alder, June 30, 2019. Photo: Kastan Wire"
    assert infer_publication_dates(with_aside(photo)) == {}


def test_infer_no_fallback_to_the_day_of_a_photo_left_in_the_opening() -> None:
    for caption in (
        "FILE - In this June 4, 2012, file photo, the old bridge is seen",
        "In this June 4, 2012, photo, a crane lifts",
    ):
        text = f"{caption} over the river in Port Alder. The council voted to replace it."
        assert infer_publication_dates(corpus(("a", OTHER, "2015-06-01"), ("u", text, None))) == {}


def test_infer_a_date_told_as_still_to_come_bounds_nothing() -> None:
    # a deadline or a plan may lie years after the article: the aligned "yesterday" still decides
    for ahead in (
        " The two sides will review the quotas in December 2016.",
        " The pact sets a target of restocking the northern grounds by December 2016.",
    ):
        c = corpus(("a", SIGNED, "2015-03-17T16:00+00:00"), ("u", UNDATED + ahead, None))
        assert infer_publication_dates(c)["u"][0] == "2015-03-18", ahead
    # told as done, a later date still shows the article was written after it
    done = " By December 2016 the northern grounds had recovered."
    c = corpus(("a", SIGNED, "2015-03-17T16:00+00:00"), ("u", UNDATED + done, None))
    assert infer_publication_dates(c).get("u", ("",))[0] != "2015-03-18"


TOLD_ON_AIR = (
    "Harbour master Marren Okafor said the night ferries would not dock at the old Port Alder quay today or "
    "any other day, in a radio interview."
)


def test_infer_skips_a_today_in_a_transcripts_line_of_speech() -> None:
    # a transcript's "OKAFOR: We ... today" is the speaker's word (often "nowadays"), and a later article
    # quoting it again carries its own, later day
    said = (
        "Kastan Radio aired the interview with the harbour master of Port Alder.\n\n"
        "OKAFOR: We will not let the night ferries dock at the old Port Alder quay today or any other day, "
        "Marren Okafor told listeners."
    )
    c = corpus(("a", TOLD_ON_AIR, "2015-06-03"), ("b", OTHER, "2015-06-01"), ("u", said, None))
    assert infer_publication_dates(c) == {}
    # the same line told in the article's own words keeps its day
    told = said.replace("OKAFOR: We will not let", "Officials will not let")
    c = corpus(("a", TOLD_ON_AIR, "2015-06-03"), ("b", OTHER, "2015-06-01"), ("u", told, None))
    assert infer_publication_dates(c)["u"][0] == "2015-06-03"
    # a label that opens no speech in the first or second person is no speaker's ("UPDATE: ...")
    update = said.replace("OKAFOR: We will not let", "UPDATE: Officials will not let")
    c = corpus(("a", TOLD_ON_AIR, "2015-06-03"), ("b", OTHER, "2015-06-01"), ("u", update, None))
    assert infer_publication_dates(c)["u"][0] == "2015-06-03"
