"""Session 20, second pass on as21: a publication day's line that tells how things stand (a bio line's
"is author of", a column's "Not only is ...", a "keeps turning up", a present perfect made a habit:
"have occurred repeatedly") gives way to a line of the day that tells a happening. Not a passive's
"is accused", a progressive's "are marching", a plan's "is due to", nor a mood the line dates "today".
A "born" apposition and a participle after the main clause head as their acts; a day that only closes a
stretch of days, or that a state lasts "until", and a line that only tells its sources spoke unnamed make
no entry."""

from __future__ import annotations

import pytest
from handmade import CorpusBuilder

from storyline.story import build_timeline
from storyline.story.text import tells_a_standing_state


def _day_headline(lines: list[str], published: str) -> str:
    b = CorpusBuilder()
    b.article("d1", published, lines)
    return next(e for e in build_timeline(b.corpus) if e.date == published).headline


_HAPPENING = "The Orvik harbour police closed the ferry pier after a crane collapsed onto a barge."


@pytest.mark.parametrize(
    "lead",
    [
        "Tomas Brek, a senior fellow at the Port Alder institute for maritime studies, is author of a book on the ferry wars.",
        "As tolls on the coast road climb across the whole Veloria region, one complaint keeps turning up in the council's letters.",
        "Break-ins at the Orvik customs sheds by crews from abroad have occurred repeatedly over the last ten winters.",
    ],
)
def test_a_lead_that_tells_how_things_stand_gives_way_to_the_days_happening(lead: str) -> None:
    headline = _day_headline([lead, _HAPPENING], "2031-05-14")
    assert headline.startswith("The Orvik harbour police closed the ferry pier"), headline


@pytest.mark.parametrize(
    "clause",
    [
        "Okafor, a fellow at an Orvik institute, is author of a book",
        "Not only is the claim about the harbour wrong",
        "One flag keeps turning up at the rallies",
        "Raids on the port have occurred repeatedly, including by crews from Kastan",
    ],
)
def test_a_present_of_being_or_a_habit_tells_a_standing_state(clause: str) -> None:
    assert tells_a_standing_state(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Okafor is accused of fraud by the harbour board",
        "Dock workers are marching through Port Alder",
        "The two envoys are due to meet in Orvik",
        "Fishers are today furious at the board",
        "Marren has resigned from the harbour board",
        "The council voted to close the pier, which is old",
        "Delvane said the port is closed",
    ],
)
def test_a_passive_a_progressive_a_plan_or_an_act_is_no_standing_state(clause: str) -> None:
    assert not tells_a_standing_state(clause)


def _year_headline(line: str, published: str, when: str, value: str) -> str:
    b = CorpusBuilder()
    b.article("d1", published, [line])
    b.timex("d1", 0, when, value)
    return next(e for e in build_timeline(b.corpus) if e.date == value).headline


def test_a_born_apposition_heads_its_year_as_the_birth() -> None:
    line = (
        "Yet the views of Okafor herself, born in the stormy year of 2001 amid dock strikes across the "
        "Orvik coast, remain hard to pin down."
    )
    headline = _year_headline(line, "2031-04-20", "2001", "2001")
    assert (
        headline == "Okafor was born in the stormy year of 2001 amid dock strikes across the Orvik coast"
    ), headline


def test_a_thing_with_a_born_apposition_names_no_birth() -> None:
    line = "The old Veloria ferry line, born in 2001 of a merger, closed its last pier in Port Alder."
    headline = _year_headline(line, "2031-04-20", "2001", "2001")
    assert "was born" not in headline, headline


def test_a_participle_after_a_present_clause_heads_its_year_as_the_subjects_act() -> None:
    line = (
        "The Orvik shipping agency has been wrong in the past, producing a forecast in 2024 that led the "
        "board to close two piers -- a view later dropped."
    )
    headline = _year_headline(line, "2031-04-20", "2024", "2024")
    assert (
        headline
        == "The Orvik shipping agency produced a forecast in 2024 that led the board to close two piers"
    ), headline


@pytest.mark.parametrize(
    "line",
    [
        "The Orvik shipping agency has been wrong in the past, saying in 2024 that the piers were safe.",
        "The Orvik shipping agency has been wrong in the past, stopping the ferries in 2024 for no reason.",
    ],
)
def test_a_saying_or_an_unsure_past_makes_no_participle_act(line: str) -> None:
    headline = _year_headline(line, "2031-04-20", "2024", "2024")
    assert "sayed" not in headline and "stoped" not in headline and "stopped" not in headline, headline


def test_a_day_that_only_closes_a_stretch_of_days_gets_no_side_clause_entry() -> None:
    b = CorpusBuilder()
    line = (
        "The Port Alder ferry company said thieves took the records of travellers who booked a crossing "
        "by phone between March 2 and June 9 of this year."
    )
    b.article("d1", "2031-06-20", [line])
    b.timex("d1", 0, "March 2", "2031-03-02")
    b.timex("d1", 0, "June 9", "2031-06-09")
    dates = {e.date for e in build_timeline(b.corpus)}
    assert "2031-06-09" not in dates, dates


def test_a_state_that_lasts_until_a_coming_day_is_no_account_of_that_day() -> None:
    b = CorpusBuilder()
    line = "The deputy harbour master Marren is in charge of the Orvik port until the board vote on June 9."
    b.article(
        "d1", "2031-05-20", ["The Orvik port board fired its chief on Monday over the ferry losses.", line]
    )
    b.timex("d1", 1, "June 9", "2031-06-09")
    dates = {e.date for e in build_timeline(b.corpus)}
    assert "2031-06-09" not in dates, dates


def test_a_line_that_only_tells_its_sources_spoke_unnamed_heads_nothing() -> None:
    b = CorpusBuilder()
    b.article("d1", "2031-05-20", ["All spoke on condition of anonymity."])
    dates = {e.date for e in build_timeline(b.corpus)}
    assert "2031-05-20" not in dates, dates
