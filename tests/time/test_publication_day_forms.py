"""Which present and future forms take the publication day (session 16).

Judged on three sets of unseen news, only a present progressive in the body ("the army is shelling the
port") and a heading's present were of the publication day often enough; the plain present, "will", other
modals, infinitives of plans, participles and the present passive take no day, and neither does a
progressive in a relative clause, a perfect progressive or one inside quotation marks."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2031-03-14T15:00+00:00"  # a Friday, with the time printed
DAY = "2031-03-14"


def test_a_progressive_of_the_body_keeps_the_publication_day(nlp: Any) -> None:
    st = parsed(nlp, "The Orvik army is shelling the harbour of Port Alder.", PUBLISHED)
    assert date_of(st, "shelling") == (DAY, "dct")


def test_futures_plain_presents_and_plans_take_no_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Delvane will close the border crossing. The ministry backs the Kastan militia. "
        "Veloria hopes to expand the pipeline.",
        PUBLISHED,
    )
    assert date_of(st, "close") == (None, None)
    assert date_of(st, "backs") == (None, None)
    assert date_of(st, "expand") == (None, None)


def test_a_relative_perfect_or_quoted_progressive_takes_no_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Marren met the envoy, who is urging Orvik to free the crew. "
        "Okafor's party has been demanding a recount for months.",
        PUBLISHED,
    )
    assert date_of(st, "urging") == (None, None)
    assert date_of(st, "demanding") == (None, None)


def test_a_heading_present_keeps_the_publication_day(nlp: Any) -> None:
    st = parsed(nlp, "The talks went on late.", PUBLISHED, heading="Kastan closes its embassy in Veloria")
    assert date_of(st, "closes") == (DAY, "dct")


def test_a_weekday_closing_a_stretch_follows_the_one_that_opens_it(nlp: Any) -> None:
    # a Monday page: "will lead ... from Tuesday through Saturday" ends on the coming Saturday, though the
    # saying at the end of the sentence is past
    st = parsed(
        nlp,
        "Okafor will lead a trade delegation visiting Orvik from Tuesday through Saturday, the ministry said Monday.",
        "2031-03-10",
    )
    values = {t.text: t.value for t in st.timexes}
    assert values["Tuesday"] == "2031-03-11"
    assert values["Saturday"] == "2031-03-15"
