"""Dates unseen news showed wrong (session 12), on invented text: acts only asked about, supposed, guessed
at or pressed for take no publication day; a speech verb with no words reported is an act like any other;
a time expression after "of" dates the noun it completes, and a relative clause of a dated noun takes
that noun's date; "through" bounds a stretch; a "while" participle shares its governor's day.

Every sentence is written for the test; the people, places and papers are invented.
"""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.state import DocState

PUBLISHED = "2019-02-22"  # a Friday
TUESDAY = "2019-02-19"


def state_for(nlp: Any, text: str) -> DocState:
    return parsed(nlp, text, PUBLISHED)


# --- asked about, supposed, guessed at, pressed for ---------------------------------------------


def test_an_act_asked_about_with_whether_gets_no_publication_day(nlp: Any) -> None:
    st = state_for(nlp, "Kastani leaders expressed doubts about whether the governor will comply.")
    assert date_of(st, "comply") == (None, None)
    assert date_of(st, "expressed")[0] is None  # a past clause with no day named before: unknown


def test_an_act_under_a_condition_stays_undated(nlp: Any) -> None:
    st = state_for(nlp, "The envoy warned that if the rebels attack the port, the navy will respond.")
    assert date_of(st, "attack") == (None, None)


def test_a_hedged_sentence_tells_no_act_of_the_day(nlp: Any) -> None:
    st = state_for(
        nlp, "Maybe the northern army thinks it is about to be invaded, leading it to strike first."
    )
    assert date_of(st, "strike") == (None, None)
    assert date_of(st, "invaded") == (None, None)


def test_a_plain_present_act_still_takes_the_publication_day(nlp: Any) -> None:
    st = state_for(nlp, "The northern army is massing troops at the border, officials say.")
    assert date_of(st, "massing") == (PUBLISHED, "dct")


def test_an_act_someone_is_urged_to_do_gets_no_publication_day(nlp: Any) -> None:
    st = state_for(nlp, "Lawmakers are urging the governor to pardon the protesters.")
    assert date_of(st, "pardon") == (None, None)


def test_a_speech_verb_with_no_reported_words_is_unreal_under_a_modal(nlp: Any) -> None:
    st = state_for(nlp, "The ministry could easily deny any responsibility for the blockade.")
    assert date_of(st, "deny") == (None, None)
    st = state_for(nlp, "The accord would allow the port authority to deny entry to foreign tankers.")
    assert date_of(st, "deny") == (None, None)


def test_a_speech_verb_that_reports_words_keeps_its_saying_day(nlp: Any) -> None:
    st = state_for(nlp, "The governor would say that the blockade was a mistake.")
    assert date_of(st, "say") == (None, None)
    # "would later say": a saying after a past moment of the story, at a time of its own (session 13)
    st = state_for(nlp, "The governor would later say that the blockade was a mistake.")
    assert date_of(st, "say") == (None, None)


# --- a time after "of", and the relative clause of a dated noun ----------------------------------


def test_a_date_after_of_dates_the_noun_not_the_clause(nlp: Any) -> None:
    text = (
        "The governor made a solemn visit to the port Tuesday, embracing survivors of the Aug. 6, 1975, dam "
        "collapse and renewing calls for new dikes."
    )
    st = state_for(nlp, text)
    assert date_of(st, "embracing") == (TUESDAY, "timex")
    assert date_of(st, "renewing") == (TUESDAY, "timex")


def test_a_time_noun_before_of_still_places_the_clause(nlp: Any) -> None:
    st = state_for(nlp, "On the morning of May 3, 2018, the rebels attacked the base.")
    assert date_of(st, "attacked") == ("2018-05-03", "timex")


def test_a_relative_clause_of_a_dated_noun_takes_the_nouns_date(nlp: Any) -> None:
    text = (
        "Senators wrote a letter on Tuesday about the response to the Sept. 11, 2016, raid in which "
        "four guards were killed."
    )
    st = state_for(nlp, text)
    assert date_of(st, "killed") == ("2016-09-11", "timex")
    assert date_of(st, "wrote") == (TUESDAY, "timex")


# --- "through" bounds a stretch; "while" runs along -------------------------------------------


def test_through_bounds_a_stretch_and_dates_nothing_outside_it(nlp: Any) -> None:
    text = "The council passed a bill on Tuesday funding the port authority through mid-December."
    st = state_for(nlp, text)
    funding = date_of(st, "funding")[0]
    assert funding is None or not funding.endswith("-12")  # not the month the stretch ends in
    assert date_of(st, "passed") == (TUESDAY, "timex")


def test_a_while_participle_shares_its_governors_day(nlp: Any) -> None:
    st = state_for(nlp, "The minister, while visiting the border region, criticized the rebels on Tuesday.")
    assert date_of(st, "visiting") == (TUESDAY, "timex")


def test_an_after_participle_still_has_its_own_time(nlp: Any) -> None:
    st = state_for(nlp, "The minister, after visiting the border region, criticized the rebels on Tuesday.")
    assert date_of(st, "visiting")[0] != TUESDAY


# --- an act named as to come or as possible --------------------------------------------------------


def test_an_upcoming_or_potential_act_gets_no_publication_day(nlp: Any) -> None:
    st = state_for(nlp, "The governor replaced his envoy ahead of the upcoming talks with the rebels.")
    assert date_of(st, "talks") == (None, None)
    st = state_for(nlp, "The potential strike by the navy worries the port authority.")
    assert date_of(st, "strike") == (None, None)


def test_a_plain_event_noun_of_the_present_takes_no_day(nlp: Any) -> None:
    st = state_for(nlp, "The strike by the dock workers worries the port authority.")
    assert date_of(st, "strike") == (None, None)
