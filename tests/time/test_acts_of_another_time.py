"""An event noun whose time is not its clause's takes no date from the clause's expression or saying: one an
adjective names as to come ("the proposed accord"), or a known act that a plan or a possibility is about
("would renounce the treaty"). An act the clause carries out, or an expression in the noun's own phrase,
still dates it."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

_PUBLISHED = "2011-03-19"


def test_a_proposed_act_takes_no_day_from_the_vote_on_it(nlp: Any) -> None:
    st = parsed(
        nlp, "The assembly voted Tuesday against the governor's proposed accord, rejecting it.", _PUBLISHED
    )
    assert date_of(st, "voted") == ("2011-03-15", "timex")
    assert date_of(st, "accord") == (None, None)


def test_a_known_act_a_plan_is_about_takes_no_day_of_the_saying(nlp: Any) -> None:
    st = parsed(nlp, "The president said Friday he would decertify the treaty on fishing rights.", _PUBLISHED)
    assert date_of(st, "treaty") == (None, None)
    st = parsed(
        nlp,
        "Marren said Thursday that he would consider recognizing Okafor's seizure of the island.",
        _PUBLISHED,
    )
    assert date_of(st, "seizure") == (None, None)


def test_an_act_the_plan_carries_out_keeps_the_day(nlp: Any) -> None:
    st = parsed(nlp, "The two leaders will hold the talks on Friday, the ministry said.", _PUBLISHED)
    assert date_of(st, "talks") == ("2011-03-25", "timex")


def test_an_expression_in_the_noun_phrase_still_dates_it(nlp: Any) -> None:
    st = parsed(nlp, "Officials said Monday the upcoming talks on Friday would be hard.", _PUBLISHED)
    assert date_of(st, "talks")[0] == "2011-03-25"


def test_a_known_act_a_past_clause_tells_of_keeps_its_time(nlp: Any) -> None:
    st = parsed(nlp, "That is exactly what happened in 2009 with the seizure of the island.", _PUBLISHED)
    assert date_of(st, "seizure") == ("2009", "timex")


def test_a_known_act_the_plan_does_not_act_on_keeps_the_day(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The headlines this week from Okafor's trip will add to his fame.\n\n"
        "The navy said Thursday that it will proceed with a hearing despite his support from the governor.",
        _PUBLISHED,
    )
    assert date_of(st, "trip")[1] == "timex"
    assert date_of(st, "support")[0] is not None


def test_a_known_act_in_the_subject_of_a_possibility_takes_no_later_day(nlp: Any) -> None:
    st = parsed(
        nlp, "A clash over the handling of the envoy's murder could unfold as early as next week.", _PUBLISHED
    )
    assert date_of(st, "murder") == (None, None)
