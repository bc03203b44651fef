"""Words that look like time expressions but are not: a newspaper called a "daily", a number inside a
name or a model year, and "today's" meaning the present age.

Every sentence is written for the test; the papers, firms and people are invented.
"""

from __future__ import annotations

from storyline.time import tag_text


def tagged(text: str, dct: str = "2003-04-09") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


# --- "daily", "weekly": a newspaper or magazine -----------------------------------------------------


def test_periodical_named_after_a_party_or_a_nationality_is_no_set() -> None:
    assert tagged("The ruling party daily Voz Popular compared the strike with sabotage.") == []
    assert tagged("The Dutch weekly De Kastanje reported the sale.") == []


def test_periodical_in_apposition_after_a_comma_is_no_set() -> None:
    assert tagged("The organ of the Farmers Party, daily Zemlja, printed the letter.") == []


def test_periodical_as_subject_or_object_is_no_set() -> None:
    assert tagged("The state-run daily said the minister had resigned.") == []
    assert tagged("The mayor told the conservative weekly that he would run.") == []
    assert tagged("The figures were confirmed, according to the daily.") == []


def test_periodical_with_a_bare_determiner_needs_the_name_to_end_the_phrase() -> None:
    assert tagged("He told the daily Morgenpost that the plant would close.") == []
    assert tagged("The weekly Cabinet meeting was cancelled.") == [("weekly", "SET", "P1W")]


def test_capitalized_daily_in_a_title_is_no_set() -> None:
    assert tagged("An editorial in The Daily Beacon criticized the plan.") == []
    assert tagged("Kestrel Daily reported the merger.") == []


def test_daily_as_a_recurrence_stays_a_set() -> None:
    for text in (
        "Protesters have gathered almost daily outside the embassy.",
        "The agency gives the daily tally of arrivals.",
        "The airline plans daily flights between Oslo and Riga.",
        "It is part of his daily life.",
        "Daily flights resumed after the strike.",
        "The clinic is open daily Monday through Friday.",
    ):
        assert ("daily", "SET", "P1D") in [(w.lower(), t, v) for w, t, v in tagged(text)], text


# --- numbers inside names ---------------------------------------------------------------------------


def test_model_year_before_a_car_make_is_no_date() -> None:
    assert tagged("Police found his 1987 Chevrolet parked near the border.") == []
    assert tagged("She drove a 2004 Toyota Corolla to the rally.") == []


def test_year_before_a_company_name_after_a_preposition_stays_a_year() -> None:
    assert tagged("In 1998 Honda opened a plant in Ohio.") == [("1998", "DATE", "1998")]


def test_number_in_a_name_after_a_naming_verb_is_no_date() -> None:
    assert tagged("They set up a joint venture called Vega 1980, which builds satellite parts.") == []
    assert tagged("The group, known as Charter 2008, called for reform.") == []


def test_number_between_capitalized_words_is_part_of_the_name() -> None:
    assert tagged("The Brightwater 2000 Index of small firms fell sharply.") == []


def test_year_written_with_an_event_stays_a_year() -> None:
    assert tagged("He opened the Kestrel Summit 2005 in Lisbon.")[0] == ("2005", "DATE", "2005")
    assert tagged("The bombing at the 1996 Olympic Games killed one person.") == [("1996", "DATE", "1996")]
    assert tagged("Analysts predicted 1990 Halvorsen earnings of $3 a share.") == [("1990", "DATE", "1990")]


# --- "today's" as the present age -------------------------------------------------------------------


def test_todays_with_a_noun_of_the_age_is_the_present_not_the_day() -> None:
    assert tagged("The trial is a lesson for today's youth.") == [("today", "DATE", "PRESENT_REF")]
    assert tagged("The chips run in many of today's personal computers.") == [
        ("today", "DATE", "PRESENT_REF")
    ]
    assert tagged("Tomorrow's leaders will pay for it.") == [("Tomorrow", "DATE", "FUTURE_REF")]


def test_todays_with_a_noun_of_the_day_stays_the_day() -> None:
    assert tagged("Today's vote was close.") == [("Today", "DATE", "2003-04-09")]
    assert tagged("The offer ran in today's editions of the paper.") == [("today", "DATE", "2003-04-09")]
