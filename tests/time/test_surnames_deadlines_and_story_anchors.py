"""Values a reader checks on real news: a month word that is a person's surname, a deadline's day ahead,
a named past attack on the paper's own day, a clock time of a past act after a day still to come, and
years "earlier" in a clause told from now.

Every sentence is written for the test; the publication days are chosen so that the expected values
follow from the calendar.
"""

from __future__ import annotations

from typing import Any

from dating_helpers import parsed

from storyline.time import tag_text


def values(text: str, dct: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


# --- a month word that is a surname --------------------------------------------------------------------


def test_a_month_word_before_who_is_a_person() -> None:
    assert values("The ruling is bad news for May who had hoped to keep the port open.", "2031-07-13") == []
    assert values("The vote was a setback for May, whose allies split.", "2031-07-13") == []


def test_a_month_word_the_article_uses_as_a_surname_is_the_person_after_other_words() -> None:
    text = (
        "Premier Odile May met Kastan on Friday. Kastan handed a letter to May and brought gifts for May. "
        "Allies of May called the visit rushed. The treaty was drafted in May."
    )
    assert values(text, "2031-07-13") == [("Friday", "2031-07-11"), ("May", "2031-05")]


def test_a_month_word_stays_a_month_where_no_one_bears_it_as_a_surname() -> None:
    text = "The vote was set for May, and the talks between May and June failed."
    assert values(text, "2031-07-13") == [("May", "2031-05"), ("May", "2031-05"), ("June", "2031-06")]


# --- a deadline noun naming its day --------------------------------------------------------------------


def test_a_deadline_noun_phrase_names_a_day_ahead() -> None:
    text = "Negotiators in Orvik agreed on Monday on a deadline for the signed text and its maps on July 1."
    assert ("July 1", "2032-07-01") in values(text, "2031-11-24")
    assert values("Officials set a deadline of July 1 for the Port Alder bid.", "2031-11-24") == [
        ("July 1", "2032-07-01")
    ]


def test_a_missed_or_previous_deadline_keeps_its_past_day() -> None:
    assert values("Kastan missed the deadline on July 1 and the talks collapsed.", "2031-11-24") == [
        ("July 1", "2031-07-01")
    ]
    assert values("The previous deadline of July 1 passed quietly.", "2031-11-24") == [
        ("July 1", "2031-07-01")
    ]


# --- a past occurrence named by its day ----------------------------------------------------------------


def test_an_attack_named_by_the_paper_s_own_day_is_of_an_earlier_year() -> None:
    # a paper names the day's own attack by "today" or the weekday; "the Sept. 11 bombing" in a paper of
    # Sept. 11 recalls an earlier one
    text = "Kastan resigned the week after the Sept. 11 bombing of the ferry terminal in Port Alder."
    assert ("Sept. 11", "XXXX-09-11") in values(text, "2031-09-11")
    assert ("Sept. 10", "2031-09-10") in values(text.replace("11", "10"), "2031-09-11")


# --- a past act's clock time ---------------------------------------------------------------------------


def test_a_past_act_s_clock_time_takes_no_day_still_ahead(nlp: Any) -> None:
    st = parsed(
        nlp,
        '"The list stays closed until Monday," Kastan said. "Nothing is settled," his aide Orvik Delvane '
        "posted at 3:15 p.m.",
        "2031-12-04",  # a Thursday
    )
    assert [(t.text, t.value) for t in st.timexes] == [
        ("Monday", "2031-12-08"),
        ("3:15 p.m.", "2031-12-04T15:15"),
    ]


def test_a_planned_act_s_clock_time_keeps_the_day_ahead(nlp: Any) -> None:
    st = parsed(nlp, "The council will vote on Monday. The session will open at 9 a.m.", "2031-12-04")
    assert [(t.text, t.value) for t in st.timexes] == [
        ("Monday", "2031-12-08"),
        ("9 a.m.", "2031-12-08T09:00"),
    ]


# --- years "earlier" -----------------------------------------------------------------------------------


def test_years_earlier_in_a_clause_told_from_now_count_from_the_paper(nlp: Any) -> None:
    st = parsed(
        nlp,
        "The old mill shut in 2019. Auditors now find the ledgers tidied and, as at the old mill eight "
        "years earlier, the clerks deny any loss.",
        "2031-04-15",
    )
    assert ("eight years earlier", "2023") in [(t.text, t.value) for t in st.timexes]


def test_years_earlier_in_a_past_clause_count_from_the_story_s_year(nlp: Any) -> None:
    st = parsed(
        nlp, "The old mill shut in 2019. Eight years earlier, the clerks had opened it.", "2031-04-15"
    )
    assert ("Eight years earlier", "2011") in [(t.text, t.value) for t in st.timexes]
