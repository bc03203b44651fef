"""Timeline lines tell what happened on their date: a date named only in a side clause ("since a storm
closed it in March 2029", "Okafor, who took office in May 2030, ..."), inside someone's words, or in a
plan written before the day is no line for it, and a same-day lead about other years is no lead."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.story import build_timeline

FILLER = [
    "Fishing boats stayed in the harbour of Port Alder for most of the week.",
    "Traders in Port Alder said prices for grain had risen again.",
    "The weather office expected calm seas along the Veloria coast.",
]
REOPENED = (
    "Port Alder reopened its harbour to the boats, the first reopening since a storm closed it in March 2029."
)
SIGNED = "Minister Tomas Okafor, who took office in May 2030, signed the Veloria fishing pact with Kastan."
CLEFT = "It was Kastan that gave up the Orvik mines in 1990, long before the border war began."
AIDE = "A Delvane aide who attended the harbour talks said on Sunday that the envoy had left Port Alder."
AFTER = "After the council vote on Monday, Ilsa Marren resigned from the Port Alder harbour board."


def _lines(b: CorpusBuilder, start: str | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entry in build_timeline(b.corpus, start=start, sentences_per_date=3):
        out[entry.date] = [b.corpus.sentence_text(c.doc_id, c.sentence) for c in entry.sources]
    return out


def _side_clause_corpus() -> CorpusBuilder:
    b = CorpusBuilder()
    b.article("harbour", "2031-06-10", [*FILLER, REOPENED, SIGNED, CLEFT, AIDE, AFTER])
    b.timex("harbour", 3, "March 2029", "2029-03")
    b.timex("harbour", 4, "May 2030", "2030-05")
    b.timex("harbour", 5, "1990", "1990")
    b.timex("harbour", 6, "Sunday", "2031-06-08")
    b.timex("harbour", 7, "Monday", "2031-06-09")
    return b


def test_a_date_in_a_since_clause_is_no_line_for_it() -> None:
    assert REOPENED not in _lines(_side_clause_corpus()).get("2029-03", [])


def test_a_date_in_a_relative_clause_is_no_line_for_it() -> None:
    # the sentence's own act (the signing) is no line for May 2030; the clause's act heads it instead
    entries = {e.date: e for e in build_timeline(_side_clause_corpus().corpus)}
    assert entries["2030-05"].headline == "Minister Tomas Okafor took office in May 2030"


def test_a_cleft_keeps_its_date() -> None:
    assert CLEFT in _lines(_side_clause_corpus())["1990"]


def test_a_speech_verb_after_the_relative_clause_dates_the_saying() -> None:
    assert AIDE in _lines(_side_clause_corpus())["2031-06-08"]


def test_an_opening_after_clause_sets_the_time_of_the_act() -> None:
    assert AFTER in _lines(_side_clause_corpus())["2031-06-09"]


def test_an_event_dated_only_by_a_side_clause_makes_no_entry() -> None:
    b = _side_clause_corpus()
    shut = make_event(
        "shut", "2029-03", "Kastan", "Port Alder", -4.0, 3, [b.cite("harbour", 3)], "Kastan navy shut Orvik"
    )
    b.corpus.events.append(shut)
    assert "2029-03" not in _lines(b)


WAIT = "“We will not wait until tomorrow,” Okafor told reporters in Port Alder."
SEALED = "And we sealed it today,” the Veloria envoy told the crowd in Port Alder."
OPEN = "Okafor said on Friday that “the harbour of Port Alder is open again.”"


def test_a_date_inside_a_quotation_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("talks", "2031-05-02", [*FILLER, WAIT, "“The pact is near,” Okafor said.", SEALED, OPEN])
    b.timex("talks", 3, "tomorrow", "2031-05-03").timex("talks", 5, "today", "2031-05-02")
    b.timex("talks", 6, "Friday", "2031-05-02")
    lines = _lines(b)
    assert WAIT not in lines.get("2031-05-03", [])
    assert SEALED not in lines.get("2031-05-02", [])  # the quotation opened in the sentence before
    assert OPEN in lines["2031-05-02"]  # the day of the saying, outside the quotation


VOTE = "The Orvik council will vote on the harbour tax on Thursday, its chairman said."
BEGIN = "Harbour talks between Kastan and Veloria begin Thursday in Port Alder."
TWEET = "On Saturday, Ilsa Marren wrote online: “The strikes in Port Alder will end soon.”"


def test_a_plan_for_a_later_day_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("plans", "2031-05-02", [*FILLER, VOTE, BEGIN, TWEET])
    b.timex("plans", 3, "Thursday", "2031-05-08").timex("plans", 4, "Thursday", "2031-05-08")
    b.timex("plans", 5, "Saturday", "2031-05-03")
    lines = _lines(b)
    assert VOTE not in lines.get("2031-05-08", [])
    assert BEGIN in lines["2031-05-08"]  # a schedule in other words is left alone
    assert TWEET in lines["2031-05-03"]  # "will" inside the quotation is the writer's, not a plan


MINES = "Kastan gave up its mines in 2019 in exchange for aid, only to lose the port to rebels in 2023."
CLOSED = "Veloria closed its border crossing with Kastan as fighting spread to the hills near Port Alder."


def test_a_same_day_lead_about_other_years_is_no_line_for_the_day() -> None:
    b = CorpusBuilder()
    b.article("border", "2031-05-02", [MINES, CLOSED, *FILLER])
    b.timex("border", 0, "2019", "2019").timex("border", 0, "2023", "2023")
    lines = _lines(b, start="2031")  # the years themselves out of the way: the lead is free for the day
    assert MINES not in lines["2031-05-02"]
    assert CLOSED in lines["2031-05-02"]


TOLL = "Kastan troops have killed at least 90 people in Orvik since the riots began there on April 9."


def test_a_day_since_names_stays_a_line_for_it() -> None:
    # "since" only bounds a year or a month; the day it names is the day of the happening it tells
    b = CorpusBuilder()
    b.article("toll", "2031-04-02", [*FILLER, TOLL])
    b.timex("toll", 3, "April 9", "2031-04-09")
    assert TOLL in _lines(b)["2031-04-09"]
