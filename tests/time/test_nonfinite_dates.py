"""Gerunds, participles and infinitives take the time of the clause they belong to, or none: their own
form says nothing of the publication day (session 12 judging of event dates)."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2031-03-15"  # a Saturday, no time of day


def test_a_gerund_completing_a_noun_names_no_act_of_the_day(nlp: Any) -> None:
    st = parsed(nlp, "The court's timetable for questioning the two harbour guards is still open.", PUBLISHED)
    assert date_of(st, "questioning") == (None, None)
    # a finite clause after the preposition is no gerund of the noun: its present is the day's
    st = parsed(nlp, "The mayor spoke at the site of what firefighters are treating as arson.", PUBLISHED)
    assert date_of(st, "treating") == (PUBLISHED, "dct")


def test_a_gerund_completing_a_noun_takes_no_date_from_its_clause(nlp: Any) -> None:
    text = (
        "Marren stepped down on Friday because of a ministry policy against promoting officers under inquiry."
    )
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "stepped") == ("2031-03-14", "timex")
    assert date_of(st, "promoting") == (None, None)


def test_a_gerund_after_before_has_a_time_of_its_own(nlp: Any) -> None:
    st = parsed(nlp, "Before visiting Port Alder, Marren met the envoy.", PUBLISHED)
    assert date_of(st, "visiting") == (None, None)


def test_a_past_participle_describing_a_noun_inherits_no_narrative_day(nlp: Any) -> None:
    st = parsed(
        nlp, "Kastan signed the deal on Tuesday.\n\nIt freed four fishermen held in Orvik.", PUBLISHED
    )
    assert date_of(st, "freed") == ("2031-03-11", "inferred")
    assert date_of(st, "held") == (None, None)


def test_a_noun_participle_in_an_undated_past_clause_gets_no_publication_day(nlp: Any) -> None:
    text = "Marren repeated remarks he made in an interview supporting the Veloria mayor."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "supporting") == (None, None)


def test_an_ordinal_infinitive_takes_its_clause_time(nlp: Any) -> None:
    past = parsed(nlp, "Okafor was the only premier to visit the Orvik dam.", PUBLISHED)
    assert date_of(past, "visit") == (None, None)
    present = parsed(nlp, "Okafor is the first premier to visit the Orvik dam.", PUBLISHED)
    assert date_of(present, "visit") == date_of(present, "is") == (None, None)


def test_a_verb_joined_to_a_relative_clause_inherits_no_narrative_day(nlp: Any) -> None:
    text = (
        "Kastan met the envoy on Monday.\n\n"
        "The envoy was then received by Delvane, who praised the port and promised to return."
    )
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "promised") == (None, None)


def test_a_past_act_asked_about_inherits_no_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, "Kastan spoke on Monday.\n\nHe asked whether the envoy called the rebels.", PUBLISHED)
    assert date_of(st, "spoke") == ("2031-03-10", "timex")
    assert date_of(st, "called") == (None, None)


def test_an_infinitive_completing_a_noun_parsed_as_a_relative_clause_is_no_act(nlp: Any) -> None:
    text = "The council on Tuesday asked for a vote on a bill to halt spending on the Orvik dam."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "halt") == (None, None)


def test_a_reported_plan_takes_the_day_of_its_saying(nlp: Any) -> None:
    st = parsed(nlp, "Veloria said on Thursday that it would send aid to Port Alder.", PUBLISHED)
    assert date_of(st, "send") == ("2031-03-13", "timex")
    undated = parsed(nlp, "Veloria said that it would send aid to Port Alder.", PUBLISHED)
    assert date_of(undated, "send") == (None, None)  # a plan reported with no day is no act of a known day


def test_a_saying_inherits_no_day_from_quoted_words(nlp: Any) -> None:
    text = (
        "The assembly met on Tuesday to mourn the dead of Port Alder.\n\n"
        "“We are all shaken by the bombing yesterday,” Speaker Kastan said from the floor.\n\n"
        "Opposition leader Marren said the country stood with the families."
    )
    st = parsed(nlp, text, "2013-04-16")  # a Tuesday
    assert date_of(st, "said the country") == ("2013-04-16", "inferred")


def test_a_quoted_today_still_places_the_next_saying(nlp: Any) -> None:
    text = (
        "“I spoke with the envoy about it this morning,” Okafor said.\n\n“That will not happen,” she added."
    )
    st = parsed(nlp, text, "2013-04-16")
    assert date_of(st, "added") == ("2013-04-16", "inferred")


def test_a_day_in_a_relative_clause_sets_no_narrative_day(nlp: Any) -> None:
    text = (
        "Kastan, who often sides with the mayor but objected on Monday to his plan, spoke to reporters.\n\n"
        "Okafor criticized the plan."
    )
    st = parsed(nlp, text, "2019-10-09")  # a Wednesday
    assert date_of(st, "criticized") == (None, None)
