"""Reporting-period focus, "until", -ed words that are no verbs, anaphoric days and "4 in the morning".

Every sentence is written for the test; the DCTs are chosen so that the expected values follow from the calendar.
"""

from __future__ import annotations

import pytest

from storyline.time import tag_text
from storyline.time.tense import FUTURE, NONE, lead_tense, lexical_tense

THURSDAY = "1989-10-26"  # fourth calendar quarter: the third is the last one reported on
WEDNESDAY = "2000-04-05"


def tagged(text: str, dct: str | None = THURSDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_text(text, dct)]


def test_tagger_year_ago_after_nine_months_is_the_year_before() -> None:
    text = (
        "Net rose in the third quarter from $5 million a year earlier. "
        "For the nine months, net was $20 million, up from $15 million a year earlier."
    )
    got = tagged(text)
    year_ago = [v for t, v in got if t == "a year earlier"]
    assert year_ago == ["1988-Q3", "1988"]  # the quarter, then the nine months, a year back


def test_tagger_year_ago_adjective_follows_the_period_in_focus() -> None:
    text = "In the first nine months, net fell, compared with year-earlier net of $3 million."
    assert dict(tagged("Net rose in the third quarter. " + text))["year-earlier"] == "1988"


def test_tagger_quarter_named_after_nine_months_takes_focus_back() -> None:
    text = "For the nine months, sales rose. In the third quarter, net fell from $4 million a year earlier."
    assert dict(tagged(text))["a year earlier"] == "1988-Q3"


def test_tense_until_points_ahead_unless_a_past_verb_holds_it() -> None:
    text = "Officials postponed until Tuesday any action."
    assert lead_tense(text, text.index("Tuesday")) == FUTURE  # a deferral looks ahead
    stayed = "The crew stayed until Tuesday."
    assert lead_tense(stayed, stayed.index("Tuesday")) is None
    opening = "Until Tuesday, police had not named him."
    assert lead_tense(opening, opening.index("Tuesday")) is None
    assert dict(tagged("The agency gave the family until 9 a.m. Tuesday to sign.", WEDNESDAY)) == {
        "9 a.m. Tuesday": "2000-04-11T09:00"
    }


def test_tense_united_is_not_a_past_verb() -> None:
    text = "The father would be traveling to the United States Thursday."
    start = text.index("Thursday")
    assert lexical_tense(text, start, start + 8) == FUTURE
    assert dict(tagged(text, WEDNESDAY))["Thursday"] == "2000-04-06"


def test_tense_possessive_weekday_is_a_day_already_past() -> None:
    text = "They will look for ways to get around Wednesday's ruling."
    assert dict(tagged(text, "2000-01-07"))["Wednesday"] == "2000-01-05"
    start = text.index("Wednesday")
    assert lexical_tense(text, start, start + 9) == NONE  # "will" does not place the ruling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting was on Oct. 23. Earlier that day, police met.", ("Earlier that day", "1989-10-23")),
        ("The shooting was on Oct. 23. He left the next morning.", ("the next morning", "1989-10-24TMO")),
        (
            "The shooting was on Oct. 23. The previous day, he bought a rifle.",
            ("The previous day", "1989-10-22"),
        ),
        ("The vote was on Oct. 23. Results came the same day.", ("the same day", "1989-10-23")),
    ],
)
def test_rules_relative_anaphoric_day_counts_from_the_story_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in tagged(text)


def test_rules_relative_anaphoric_day_without_a_day_before_has_no_value() -> None:
    assert tagged("He left the next morning.") == [("the next morning", None)]


def test_rules_relative_bare_that_day_is_left_alone() -> None:
    assert tagged("On Oct. 23 the market fell. That day has come, he said.") == [("Oct. 23", "1989-10-23")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The father will leave at 4 in the morning.", "2000-04-05T04:00"),
        ("The rally began at 9 in the evening.", "2000-04-05T21:00"),
        ("The call came at 2 at night.", "2000-04-05T02:00"),
        ("The call came at 11 at night.", "2000-04-05T23:00"),
    ],
)
def test_rules_relative_clock_with_part_of_day(text: str, value: str) -> None:
    got = tagged(text, WEDNESDAY)
    assert len(got) == 1 and got[0][1] == value, got


def test_tense_planned_before_a_weekday_looks_ahead_but_not_a_plan_already_kept() -> None:
    ahead = "The team planned to leave Nairobi on Thursday."
    assert dict(tagged(ahead, WEDNESDAY))["Thursday"] == "2000-04-06"
    done = "The offer had been scheduled to expire Friday."
    assert dict(tagged(done, WEDNESDAY))["Friday"] == "2000-03-31"
    after = "On Friday, the government planned to pay the first claims."
    assert dict(tagged(after, WEDNESDAY))["Friday"] == "2000-03-31"
