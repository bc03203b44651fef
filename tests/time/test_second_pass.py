"""Second diagnostic pass over news timelines: clock times after far dates, tense cues that do not
govern the expression."""

from __future__ import annotations

import pytest

from storyline.time import tag_text

DCT = "2013-04-02"  # a Tuesday


def _value(text: str, phrase: str, dct: str = DCT) -> str | None:
    found = [t.value for t in tag_text(text, dct) if t.text == phrase]
    assert found, (phrase, [t.text for t in tag_text(text, dct)])
    return found[0]


@pytest.mark.parametrize(
    ("text", "clock", "day"),
    [
        ("May 20, 2013 at 9:14 pm | Reply I do not agree with the council.", "9:14 pm", "2013-05-20"),
        ("Posted Sat Nov 2, 2013 6:48 pm EDT by a reader", "6:48 pm EDT", "2013-11-02"),
        (
            "The hearing was set for January 7, 2013, at 10 a.m. in the district court.",
            "10 a.m.",
            "2013-01-07",
        ),
    ],
)
def test_a_clock_time_right_after_a_date_is_of_that_day_however_far(text: str, clock: str, day: str) -> None:
    assert (_value(text, clock) or "").startswith(day + "T")


def test_a_clock_time_further_on_still_stays_near_the_dct() -> None:
    # a date weeks away earlier in the sentence does not pull a later, separate clock time to it
    text = "The plan dates from May 20, 2013 and the mayor spoke at 3 pm to reporters."
    assert (_value(text, "3 pm") or "").startswith(DCT)


def test_a_clock_time_with_seconds_after_a_date_is_of_that_day() -> None:
    text = "Ministers meet again updated: Tue May 14 2013 19:01:00 The ministers met on Tuesday."
    assert _value(text, "19:01:00") == "2013-05-14T19:01"


def test_a_race_time_is_no_clock_time() -> None:
    assert [t.text for t in tag_text("She won the marathon in 2:21:37 after a fast start.", DCT)] == []


FRIDAY = "2013-04-05"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the verb before the weekday governs it, not the attribution after a comma
        ("The league will open an office in the port on Sunday, officials said.", "2013-04-07"),
        ("The envoy, who is due in the capital on Saturday, had said talks were possible.", "2013-04-06"),
        # a fronted weekday keeps the reporting verb's past
        ("On Sunday, officials said they will open an office.", "2013-03-31"),
        # nor does the attribution clause's own future reach back
        (
            "Jets kept up the strikes, hitting the port twice on Monday, and the allies said there would be more.",
            "2013-04-01",
        ),
    ],
)
def test_an_attribution_after_a_comma_does_not_date_the_act(text: str, day: str) -> None:
    assert [t.value for t in tag_text(text, FRIDAY) if t.type == "DATE"] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "ahead of" places what follows it, not the weekday before it
        ("On Thursday, ahead of the mass rallies that followed, the president lifted the law.", "2013-04-04"),
        ("But ahead of a visit by the envoy on Saturday, residents reported a lull.", "2013-04-06"),
    ],
)
def test_ahead_of_places_what_follows_it(text: str, day: str) -> None:
    assert [t.value for t in tag_text(text, FRIDAY) if t.type == "DATE"] == [day]


@pytest.mark.parametrize(
    "text",
    ["The toll was lower than on many previous Fridays.", "As on past Friday nights, crowds gathered."],
)
def test_plural_weekdays_after_a_relative_word_are_no_single_day(text: str) -> None:
    found = [t for t in tag_text(text, FRIDAY) if "day" in t.text]
    assert found and all(t.type == "SET" and t.value and t.value.startswith("XXXX-WXX") for t in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In an interview to be aired on Sunday, the minister warned of a long crisis.", "2013-04-07"),
        ("More buses were to be arranged for Saturday as necessary.", "2013-04-06"),
        # a raising verb or a superlative before "to be" leaves the past reading
        (
            "The walkout seemed to be sparked by the shooting on Monday, when guards fired on a crowd.",
            "2013-04-01",
        ),
        ("He was the latest protester to be killed by the police on Monday.", "2013-04-01"),
    ],
)
def test_a_passive_infinitive_points_ahead(text: str, day: str) -> None:
    assert [t.value for t in tag_text(text, FRIDAY) if t.type == "DATE"] == [day]
