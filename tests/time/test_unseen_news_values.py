"""Values the tagger got wrong on unseen news (session 12): a story's year written once, a part of day
right after a date, the stretch "the past year", and rates after abbreviated amounts."""

from __future__ import annotations

from storyline.time import tag_text


def values(text: str, dct: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


def test_a_yearless_day_far_from_the_dct_takes_the_year_its_story_was_written_with() -> None:
    text = (
        "The March 3, 2022, memo from the adviser was made public this week. Officials at the agency "
        "learned March 2 that there had been no strike, and on March 3 the station chief wrote again."
    )
    got = {t: v for t, _, v in values(text, "2024-10-29")}
    assert got["March 2"] == "2022-03-02"
    assert got["March 3"] == "2022-03-03"


def test_a_recent_yearless_day_keeps_the_dcts_year_beside_an_old_written_day() -> None:
    text = "The Oct. 19, 1985, flood still haunts traders. On Oct. 13 the index fell 190 points."
    got = {t: v for t, _, v in values(text, "1989-10-27")}
    assert got["Oct. 13"] == "1989-10-13"


def test_a_yearless_day_far_from_any_written_day_keeps_the_dct_reading() -> None:
    text = "The Jan. 5, 2010, memo was cited. On Sept. 14 the committee voted."
    got = {t: v for t, _, v in values(text, "2014-04-29")}
    assert got["Sept. 14"] == "2013-09-14"


def test_a_part_of_day_right_after_a_date_is_of_that_date() -> None:
    got = values("The March 3, 2022, late-afternoon memo from the adviser was released.", "2024-10-29")
    assert ("late-afternoon", "TIME", "2022-03-03TAF") in got


def test_a_part_of_day_away_from_any_date_stays_on_the_dct() -> None:
    got = values("The late-afternoon memo was released.", "2014-04-29")
    assert got == [("late-afternoon", "TIME", "2014-04-29TAF")]


def test_the_past_year_is_the_stretch_up_to_the_dct() -> None:
    # in an August story "in the past year" is the last twelve months, not the previous calendar year
    assert values("Only two polls in the past year have given the mayor good marks.", "2016-08-18") == [
        ("the past year", "DURATION", "P1Y")
    ]
    assert values("Sales slowed over the last month.", "2016-08-18") == [
        ("the last month", "DURATION", "P1M")
    ]
    assert values("Hate groups grew over the past three years.", "1998-03-03") == [
        ("the past three years", "DURATION", "P3Y")
    ]


def test_a_named_part_or_an_edge_of_the_last_unit_stays_a_date() -> None:
    assert values("The last week of March was busy.", "2016-08-18") == [
        ("The last week of March", "DATE", "2016-W13")
    ]
    assert values("It closed at the end of the past year.", "2016-08-18") == [
        ("the end of the past year", "DATE", "2015")
    ]
    assert values("He met her last year.", "2016-08-18") == [("last year", "DATE", "2015")]


def test_a_rate_after_an_abbreviated_amount_is_a_set() -> None:
    assert values("The firm agreed to spend at least $200bn a year on crops.", "2020-01-11") == [
        ("a year", "SET", "P1Y")
    ]
    assert values("The lease costs £5m a month.", "2020-01-11") == [("a month", "SET", "P1M")]


def test_last_and_the_month_just_gone_is_the_year_befores() -> None:
    # "last February" in a March story: the month just gone would be "last month" or "this past February"
    assert values("Two helicopters crashed last February.", "1998-03-01") == [
        ("last February", "DATE", "1997-02")
    ]
    assert values("Two helicopters crashed this past February.", "1998-03-01") == [
        ("this past February", "DATE", "1998-02")
    ]
    assert values("Two helicopters crashed last January.", "1998-03-01") == [
        ("last January", "DATE", "1998-01")
    ]


def test_a_month_ahead_of_a_forward_looking_clause_is_the_coming_one() -> None:
    text = (
        "“I’d be surprised if there is much progress on a new deal ahead of November’s election,” she said."
    )
    assert values(text, "2020-01-11") == [("November", "DATE", "2020-11")]
    assert values("The party rallied ahead of March’s vote.", "2020-06-11") == [("March", "DATE", "2020-03")]


def test_a_month_name_acting_as_a_subject_is_no_date() -> None:
    text = "The vote was no surprise, as May firmly held on to the plan that was rejected in January."
    assert [t for t, _, _ in values(text, "2019-03-12")] == ["January"]
    assert [t for t, _, _ in values("Prices rose in April and May.", "2019-03-12")] == ["April", "May"]


def test_a_weekday_naming_a_kind_of_programme_is_no_date() -> None:
    assert values("She appeared on five Sunday talk shows to explain it.", "2014-04-29") == []
    assert values("He went to the Sunday news shows to challenge the policy.", "2014-04-29") == []
    assert values("She was not on the Sunday shows.", "2014-04-29") == []
    assert values("A poll released Friday shows support for the strikes.", "2014-04-29") == [
        ("Friday", "DATE", "2014-04-25")
    ]
    assert values("She spoke on Sunday about the shows.", "2014-04-29") == [("Sunday", "DATE", "2014-04-27")]


def test_a_story_dated_to_a_month_gives_that_months_days_their_year() -> None:
    got = values("Here are the latest updates as of Saturday, January 11:", "2020-01")
    assert got == [("Saturday, January 11", "DATE", "2020-01-11")]
    got = values("Talks began in January, and on Monday the envoy left; they end in March.", "2020-01")
    assert [(t, v) for t, _, v in got] == [("January", "2020-01"), ("Monday", None), ("March", "XXXX-03")]


def test_a_part_of_day_takes_the_weekday_its_own_phrase_names() -> None:
    text = (
        "Police stormed the depot early Tuesday. During the evening hours on Monday, guards were seen inside."
    )
    got = {t: v for t, _, v in values(text, "2014-12-15")}
    assert got["the evening"] == "2014-12-15TEV"
    got = {t: v for t, _, v in values("Police met on Friday. In the morning, they left.", "2014-12-15")}
    assert got["the morning"] == "2014-12-12TMO"
