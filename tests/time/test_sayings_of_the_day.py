"""A past saying with no time of its own and no narrative day is of the publication day, unless the
sentences around it name another time (session 15, issue 4)."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed


def test_saying_with_no_time_nearby_takes_the_publication_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "Ferries to Port Alder stayed in harbour as the storm moved north.\n\n"
        "Okafor said the crossings would resume once the wind eased.",
        "2014-05-20",
    )
    assert date_of(st, "said") == ("2014-05-20", "dct")


def test_saying_next_to_another_time_stays_undated(nlp: Any) -> None:
    st = parsed(
        nlp,
        "In March, the Veloria customs office seized two trucks of fuel at the border. "
        "Marren said the drivers carried no permits.",
        "2014-05-20",
    )
    assert date_of(st, "said") == (None, None)


def test_past_act_that_is_no_saying_stays_undated(nlp: Any) -> None:
    st = parsed(nlp, "The convoy crossed the Orvik bridge after the storm.", "2014-05-20")
    assert date_of(st, "crossed") == (None, None)


def test_saying_in_an_undated_article_stays_undated(nlp: Any) -> None:
    st = parsed(nlp, "Okafor said the crossings would resume once the wind eased.", None)
    assert date_of(st, "said") == (None, None)


def test_act_told_by_a_speech_verb_stays_undated(nlp: Any) -> None:
    # "threatened", "praised", "denied": as often an act of weeks before as one of the day
    st = parsed(nlp, "Okafor threatened to close the Port Alder crossing to all trucks.", "2014-05-20")
    assert date_of(st, "threatened") == (None, None)


def test_passive_announcement_stays_undated(nlp: Any) -> None:
    st = parsed(nlp, "The closure of the Orvik crossing was announced as the storm grew.", "2014-05-20")
    assert date_of(st, "announced") == (None, None)
