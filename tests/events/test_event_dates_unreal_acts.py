"""An act the coder reads as only weighed, wanted or possible takes neither the publication day nor a day
named sentences before; an act someone is called on to do takes no day from the call. Plans keep their
day. Invented text (session 12, from unseen news)."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events

PUBLISHED = "2019-02-22"  # a Friday


def _dates(st: Any) -> dict[str, tuple[str | None, str | None]]:
    find_events(st)
    return {e.trigger: (e.date, e.date_source) for e in st.events}


def test_an_act_called_for_takes_no_day_from_the_call(make_state: Any) -> None:
    st = make_state(
        "Kastan's leaders called on Thursday for the navy to blockade the port.", published=PUBLISHED
    )
    dates = _dates(st)
    assert dates["call on"] == ("2019-02-21", "timex")
    assert dates["blockade port"] == (None, None)


def test_an_act_asked_about_takes_no_publication_day(make_state: Any) -> None:
    st = make_state(
        "There are also questions about whether the rebel fighters will be willing to disarm.",
        published=PUBLISHED,
    )
    assert _dates(st)["willing to disarm"] == (None, None)


def test_a_hypothetical_act_takes_no_publication_day_whatever_its_clause(make_state: Any) -> None:
    st = make_state(
        "Under the ruling, families cannot be held for long; generally, the government has to release "
        "them after about 20 days.",
        published=PUBLISHED,
    )
    dates = _dates(st)
    assert dates["release"] == (None, None)


def test_a_plan_takes_no_publication_day(make_state: Any) -> None:
    st = make_state("The envoy said the navy will blockade the port.", published=PUBLISHED)
    assert _dates(st)["blockade port"] == (None, None)  # "will" was of the day 3 times in 25


def test_an_announced_plan_the_coder_calls_hypothetical_takes_no_day(make_state: Any) -> None:
    st = make_state("The Kastani banks said they would seek financing in Asia.", published=PUBLISHED)
    assert _dates(st)["seek"] == (None, None)
