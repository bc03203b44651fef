"""A past act told only in a side clause ("Okafor, who was arrested in Orvik last May, ...", "... after
raiders burned the depot in March") still gives its date an entry, headed by the clause read as a line
and citing its sentence; a state, a pluperfect, a plan or a pronoun's act does not. A lead that names a
coming day only in a side clause stays its publication day's line, and a side clause's act on a day
after its article is a plan, no account of that day."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.records import TimelineEntry
from storyline.story import build_timeline
from storyline.story.timeline import side_clause_line

NEWS = [
    "The Orvik harbour board voted to close the north pier for repairs on Monday.",
    "Dock workers in Port Alder said the closure would cost them a week of wages.",
]


def _entries(b: CorpusBuilder) -> dict[str, TimelineEntry]:
    return {e.date: e for e in build_timeline(b.corpus)}


def _line(sentence: str, phrase: str) -> str | None:
    at = sentence.index(phrase)
    return side_clause_line(sentence, at, at + len(phrase))


def test_a_who_clause_gives_its_act_a_line() -> None:
    sentence = "Police in Orvik held Veloria Marren, who fled the port on Tuesday, a spokesman said."
    assert _line(sentence, "Tuesday") == "Veloria Marren fled the port on Tuesday"
    sentence = "The clerk who sealed the Kastan ledger in May was questioned."
    assert _line(sentence, "May") == "The clerk sealed the Kastan ledger in May"  # cut after its time
    sentence = "The suspect is Tomas Brek, a national of Orvik who moved to Port Alder in 2029."
    assert _line(sentence, "2029") == "A national of Orvik moved to Port Alder in 2029"  # not "Orvik moved"


def test_a_that_or_conjunction_clause_gives_its_act_a_line() -> None:
    sentence = "The dredger is twice the size of the ship that sank off Orvik in 1998."
    assert _line(sentence, "1998") == "The ship sank off Orvik in 1998"
    sentence = "The port stays shut after raiders of the Delvane front burned the depot in March."
    assert _line(sentence, "March") == "Raiders of the Delvane front burned the depot in March"
    sentence = "It was the first sinking since a ferry went down off Orvik in June 2029."
    assert _line(sentence, "June 2029") == "A ferry went down off Orvik in June 2029"


def test_no_line_for_a_state_a_pluperfect_a_plan_or_a_pronoun() -> None:
    assert _line("Okafor, who was a senator in 2019, spoke on Monday.", "2019") is None
    assert _line("Okafor, who had fled the port in 2019, spoke on Monday.", "2019") is None
    assert _line("The board, which will vote in May, met on Monday.", "May") is None
    assert _line("The clerks talked after he resigned on Monday.", "Monday") is None
    assert _line("Marren resigned after the vote on Monday.", "Monday") is None
    assert _line("The clerks talked after meeting on Monday.", "Monday") is None
    # "brokered" is a participle: the truce's verb comes after the time
    assert (
        _line("Nothing held after a truce brokered by Kastan last Friday was broken.", "last Friday") is None
    )
    assert _line("Okafor said: “the pier, which closed in May, is a ruin.”", "May") is None
    assert (
        _line("The pier reopened, the first time since a storm shut it in May.", "May") is None
    )  # shut what?
    # the time of a clause nested in the relative one is that clause's act, two steps away
    assert _line("Okafor wants the seat that fell empty when Brek left in 2029.", "2029") is None


def test_a_date_told_only_in_a_side_clause_gets_an_entry_headed_by_it() -> None:
    b = CorpusBuilder()
    line = "Okafor, who was arrested in Port Alder last May, appeared before the Orvik court on Monday."
    b.article("court", "2031-07-02", [*NEWS, line])
    b.timex("court", 0, "Monday", "2031-06-30").timex("court", 2, "last May", "2031-05")
    b.timex("court", 2, "Monday", "2031-06-30")
    entry = _entries(b)["2031-05"]
    assert entry.headline == "Okafor was arrested in Port Alder last May"
    assert [(c.doc_id, c.sentence) for c in entry.sources] == [("court", 2)]


def test_a_side_clause_of_an_article_before_its_date_gives_no_entry() -> None:
    b = CorpusBuilder()
    line = "Okafor, who was named to lead the Orvik board in August, spoke in Port Alder on Monday."
    b.article("plan", "2031-07-02", [*NEWS, line])
    b.timex("plan", 0, "Monday", "2031-06-30").timex("plan", 2, "in August", "2031-08")
    b.timex("plan", 2, "Monday", "2031-06-30")
    assert "2031-08" not in _entries(b)  # told before August, "named in August" can only be a plan


def test_a_lead_naming_a_coming_day_aside_is_its_publication_days_line() -> None:
    b = CorpusBuilder()
    lead = (
        "Kastan and Veloria have agreed a draft fishing accord, though the quarrel over nets must be "
        "settled before their ministers meet on Sunday."
    )
    b.article("accord", "2031-03-07", [lead, "Fishermen in Port Alder welcomed the draft accord."])
    b.timex("accord", 0, "Sunday", "2031-03-09")
    entry = _entries(b).get("2031-03-07")
    assert entry is not None and "agreed a draft fishing accord" in entry.summary


def test_a_side_clauses_act_after_its_article_is_no_account_of_that_day() -> None:
    b = CorpusBuilder()
    lead = (
        "Kastan and Veloria have agreed a draft fishing accord, though the quarrel over nets must be "
        "settled before Kastan ministers meet Veloria on Sunday."
    )
    b.article("accord", "2031-03-07", [lead, "Fishermen in Port Alder welcomed the draft accord."])
    b.timex("accord", 0, "Sunday", "2031-03-09")
    summary = "Kastan ministers meet Veloria"
    b.corpus.events.append(
        make_event("ev1", "2031-03-09", "Kastan", "Veloria", 1.0, 1, [b.cite("accord", 0)], summary)
    )
    assert "2031-03-09" not in _entries(b)  # written two days before, the meeting is a plan


def _suspension_corpus() -> CorpusBuilder:
    b = CorpusBuilder()
    b.article("day", "2031-10-12", ["Kastan halted its grain pact with Veloria on Wednesday.", NEWS[1]])
    b.timex("day", 0, "Wednesday", "2031-10-11")
    recall = "The envoys met for the first time since Kastan halted the pact in October."
    other = "The harbour stayed quiet after Veloria recalled its consul from Orvik in October."
    b.article("later", "2032-03-04", [NEWS[0], recall, other])
    b.timex("later", 0, "Monday", "2032-03-02").timex("later", 1, "October", "2031-10")
    b.timex("later", 2, "October", "2031-10")
    # the recalled halt was merged into the day's event: one act, reported by both sentences
    b.corpus.events = [
        make_event(
            "halt",
            "2031-10-11",
            "Kastan",
            "Veloria",
            -4.0,
            4,
            [b.cite("day", 0), b.cite("later", 1)],
            "Kastan halted",
            "160",
        )
    ]
    return b


def test_a_side_clause_recalling_a_days_act_makes_no_month_entry() -> None:
    entries = _entries(_suspension_corpus())
    assert "2031-10-11" in entries
    month = entries.get("2031-10")
    # the month stays for the other act its side clause tells, not for the recalled halt
    assert month is not None and month.headline.startswith("Veloria recalled its consul"), month


def test_a_side_clause_whose_own_event_repeats_a_days_act_makes_no_month_entry() -> None:
    b = _suspension_corpus()
    day_halt = make_event(
        "halt", "2031-10-11", "Kastan", "Veloria", -4.0, 4, [b.cite("day", 0)], "Kastan halted", "160"
    )
    month_halt = make_event(
        "again", "2031-10", "Kastan", "Veloria", -4.0, 4, [b.cite("later", 1)], "Kastan halted", "160"
    )
    recall = make_event(
        "consul", "2031-10", "Veloria", "Kastan", -4.0, 4, [b.cite("later", 2)], "Veloria recalled", "161"
    )
    b.corpus.events = [day_halt, month_halt, recall]
    month = _entries(b).get("2031-10")
    assert month is not None and month.headline.startswith("Veloria recalled its consul"), month
