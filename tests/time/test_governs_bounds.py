"""``date_for_span``: a time expression in a "since/until/before ..." phrase or clause bounds a stretch of
time; it dates what is inside that phrase, never the act the phrase hangs off."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.state import DocState

# a publication time is printed, so a past-tense clause without its own expression is the publication day
PUBLISHED = "2010-06-10T15:00+00:00"


def state_for(nlp: Any, text: str, published: str = PUBLISHED) -> DocState:
    return parsed(nlp, text, published)


def test_governs_bounds_since_phrase_dates_only_what_is_inside(nlp: Any) -> None:
    st = state_for(nlp, "The envoys met for the first time since the floods last March.")
    assert date_of(st, "met") == ("2010-06-10", "dct")
    assert date_of(st, "floods") == ("2010-03", "timex")


def test_governs_bounds_since_clause_dates_only_its_own_verb(nlp: Any) -> None:
    st = state_for(nlp, "Trade has grown sharply since the border reopened in 2004.")
    assert date_of(st, "grown") == ("2010-06-10", "dct")
    assert date_of(st, "reopened") == ("2004", "timex")


def test_governs_bounds_before_phrase_is_not_the_time_of_the_act(nlp: Any) -> None:
    st = state_for(nlp, "The minister resigned before the vote in May.")
    assert date_of(st, "resigned") == ("2010-06-10", "dct")
    assert date_of(st, "vote") == ("2010-05", "timex")


def test_governs_bounds_until_gives_an_end_not_a_date(nlp: Any) -> None:
    st = state_for(nlp, "The ceasefire will hold until Friday.")
    assert date_of(st, "hold") == (None, None)  # a future told with "will" takes no publication day


def test_governs_bounds_negated_until_is_the_time_of_the_act(nlp: Any) -> None:
    # "did not withdraw until Friday": the withdrawal happened on Friday
    st = state_for(nlp, "The rebels did not withdraw until Friday.")
    assert date_of(st, "withdraw") == ("2010-06-04", "timex")


def test_governs_bounds_own_expression_wins_over_a_bound(nlp: Any) -> None:
    st = state_for(nlp, "The minister resigned on Tuesday, before the vote in May.")
    assert date_of(st, "resigned") == ("2010-06-08", "timex")


def test_governs_bounds_after_phrase_still_dates_the_act(nlp: Any) -> None:
    # "after" is not a bound: what follows an event is mostly close to it (measured on real news)
    st = state_for(nlp, "The envoy spoke to reporters after the talks on Thursday.")
    assert date_of(st, "spoke") == ("2010-06-10", "timex")


def test_governs_bounds_fronted_expression_dates_the_whole_sentence(nlp: Any) -> None:
    # the parser may hang "In 2004" off the relative clause in between; the main clause is still 2004,
    # not the day a sentence before set ("On Friday, ...")
    st = state_for(
        nlp,
        "On Friday, troops fired on marchers in the south. "
        "In 2004, Kurds, many of whom are denied citizenship, mounted violent demonstrations "
        "against the government in which 30 people were killed.",
    )
    assert date_of(st, "mounted") == ("2004", "timex")
    assert date_of(st, "killed") == ("2004", "timex")


def test_governs_bounds_fronted_expression_leaves_a_clause_with_its_own_bound(nlp: Any) -> None:
    st = state_for(nlp, "In May, the minister resigned before the budget was passed.")
    assert date_of(st, "resigned") == ("2010-05", "timex")
    assert date_of(st, "passed")[0] != "2010-05"


def test_governs_bounds_expression_modifying_a_noun_dates_only_that_noun(nlp: Any) -> None:
    st = state_for(nlp, "Investigators are examining foreign interference in the 2008 elections.")
    assert date_of(st, "examining") == ("2010-06-10", "dct")
    st = state_for(nlp, "The ministers prepared for the April summit.")
    assert date_of(st, "prepared") == ("2010-06-10", "dct")
    assert date_of(st, "summit") == ("2010-04", "timex")


def test_governs_bounds_past_clause_placed_after_another_act_has_no_publication_day(nlp: Any) -> None:
    # the publication time is printed, so a plain past clause takes the publication day
    st = state_for(
        nlp, "Kastan and Veloria signed a new accord, five months after Kastan suspended the old one."
    )
    assert date_of(st, "signed") == ("2010-06-10", "dct")
    assert date_of(st, "suspended") == (None, None)
    st = state_for(nlp, "The talks resumed on Monday, two years after the envoys last met.")
    assert date_of(st, "resumed") == ("2010-06-07", "timex")
    assert date_of(st, "met") == (None, None)


def test_governs_bounds_present_perfect_takes_no_narrative_day(nlp: Any) -> None:
    # no publication time: a past clause inherits the day an earlier sentence set ...
    text = (
        "Kastan closed the border on Friday. Traders waited at the gate. "
        "Veloria has insisted on open borders since the treaty."
    )
    st = state_for(nlp, text, published="2010-06-10")
    assert date_of(st, "waited") == ("2010-06-04", "inferred")
    # ... but a present perfect tells a state up to now, not an act of that day
    assert date_of(st, "insisted") == (None, None)
    # and a past perfect an act before that day
    text = "Kastan closed the border on Friday. Traders had waited at the gate for a week."
    st = state_for(nlp, text, published="2010-06-10")
    assert date_of(st, "waited") == (None, None)


def test_governs_bounds_opening_expression_does_not_date_a_perfect_clause_inside(nlp: Any) -> None:
    text = "On Saturday, the Kastan ministry said the rebel commander has been killed in a raid."
    st = state_for(nlp, text, published="2010-06-10")
    assert date_of(st, "said") == ("2010-06-05", "timex")
    assert date_of(st, "killed") == (None, None)  # before the saying, on a day not given


def test_governs_bounds_narrative_day_stops_where_the_story_moves_in_time(nlp: Any) -> None:
    text = (
        "On Monday, Kastan held a general election. The ruling party lost twenty seats. "
        "In early September, the governor dissolved parliament. She did so at the request of the premier."
    )
    st = state_for(nlp, text, published="2010-06-10")
    assert date_of(st, "lost") == ("2010-06-07", "inferred")  # the election's day carries on
    assert date_of(st, "did") == (None, None)  # September is not Monday


def test_governs_bounds_since_phrase_read_from_the_words_when_the_parser_hangs_ago_elsewhere(
    nlp: Any,
) -> None:
    # the parser hangs "ago" off the main verb, outside the "since" phrase: the words still bound it
    text = (
        "We are at a moment of close cooperation, the closest cooperation between Kastan and Veloria since "
        "the war against the empire 60 years ago and we need to build on that."
    )
    st = state_for(nlp, text)
    assert date_of(st, "cooperation", nth=1)[1] != "timex"
    # an expression right after its verb still dates it
    st = state_for(nlp, "The two states signed a treaty 60 years ago, before the war.")
    assert date_of(st, "signed") == ("1950", "timex")
