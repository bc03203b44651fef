"""Second pass over the told-past-act rule and a few values: a day the performed act's own noun names, a
casualty report, a wish held while speaking, an "according to" cue, a quoted perfect progressive; a
planned day told in the past, a holiday naming its celebration, a live page's update stamp. Invented
text throughout."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

PUBLISHED = "2019-02-22"  # a Friday
WEDNESDAY = "2019-02-20"

OPENING = "The Veloria council voted on Wednesday to close the Port Alder depot. "


def _values(nlp: Any, text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in parsed(nlp, text, published).timexes}


def test_a_day_naming_the_performed_act_dates_a_told_act(nlp: Any) -> None:
    text = OPENING + "“The militia carried out Monday's raid on the depot,” Okafor said."
    assert date_of(parsed(nlp, text, PUBLISHED), "carried") == ("2019-02-18", "timex")
    text = OPENING + "Okafor said the militia conducted Monday's raid on the depot."
    assert date_of(parsed(nlp, text, PUBLISHED), "conducted") == ("2019-02-18", "timex")


def test_a_reported_casualty_keeps_the_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "The harbour board said nine guards were wounded in the fire.", PUBLISHED)
    assert date_of(st, "wounded") == (WEDNESDAY, "inferred")


def test_a_wish_held_while_speaking_keeps_the_narrative_day(nlp: Any) -> None:
    st = parsed(nlp, OPENING + "Okafor said she wanted to push for a new vote.", PUBLISHED)
    assert date_of(st, "wanted") == (WEDNESDAY, "inferred")


def test_an_according_to_cue_is_dated_as_its_report(nlp: Any) -> None:
    text = OPENING + "The guards, according to the audit, “left the depot unlocked.”"
    assert date_of(parsed(nlp, text, PUBLISHED), "according") == (WEDNESDAY, "inferred")


def test_a_quoted_perfect_progressive_takes_no_day_of_the_saying(nlp: Any) -> None:
    text = OPENING + "“We have been working on this plan for years,” Okafor said on Thursday."
    st = parsed(nlp, text, PUBLISHED)
    assert date_of(st, "working") == (None, None)
    assert date_of(st, "said") == ("2019-02-21", "timex")


def test_a_planned_date_told_in_the_past_is_the_coming_one(nlp: Any) -> None:
    values = _values(
        nlp, "Kastan and Okafor were to meet in Orvik. The first hearing date was July 3.", "2018-06-15"
    )
    assert values["July 3"] == "2018-07-03"


def test_a_planned_date_told_in_the_past_months_back_stays_past(nlp: Any) -> None:
    values = _values(nlp, "The deadline was March 2, but the council extended it.", "2018-05-27")
    assert values["March 2"] == "2018-03-02"


def test_a_holiday_naming_its_celebration_far_off_is_the_last_one(nlp: Any) -> None:
    values = _values(nlp, "Kastan wants a march like the Independence Day parade in Orvik.", "2018-02-06")
    assert values["Independence Day"] == "2017-07-04"


def test_a_holiday_naming_its_celebration_soon_is_the_coming_one(nlp: Any) -> None:
    values = _values(nlp, "Kastan wants a march like the Independence Day parade in Orvik.", "2018-06-20")
    assert values["Independence Day"] == "2018-07-04"


def test_a_live_pages_update_stamp_is_of_the_page_day(nlp: Any) -> None:
    text = "Police raided a flat in Orvik on Monday. Okafor was arrested.\n\nUpdate at 7:26 a.m. ET.\n\nThe mayor spoke."
    assert _values(nlp, text, "2018-07-20")["7:26 a.m. ET"] == "2018-07-20T07:26"


def test_a_clock_time_after_its_day_keeps_that_day(nlp: Any) -> None:
    values = _values(nlp, "Police raided a flat in Orvik on Monday at 7:26 a.m. ET.", "2018-07-20")
    assert values["7:26 a.m. ET"] == "2018-07-16T07:26"
