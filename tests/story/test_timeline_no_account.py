"""Timeline dates that tell no happening: a year named only as a thing's date under an event of
another act, a range's or a deadline's bound, and a live page's update notice."""

from __future__ import annotations

import pytest
from handmade import CorpusBuilder, make_event

from storyline.corpus import Corpus
from storyline.records import TimelineEntry
from storyline.story import build_timeline, candidate_dates
from storyline.story.text import first_clause, speculates, summary_fits_sentence

DENIAL = "Kastan has denied breaching the 2019 harbour accord with Veloria, its envoy told reporters."
BLOCKADE = "Traders in Orvik still count the losses of the Kastani navy's February blockade of the port."
LEDGERS = (
    "The ledgers list nine payments Okafor made to the Delvane trust between January 2029 and April 2029."
)
DEADLINE = "The port authority has set a goal of dredging the whole Marren channel by the tail end of 2032."
UPDATE = "Update at 7:12 p.m. ET."


def _entries(corpus: Corpus) -> dict[str, TimelineEntry]:
    return {e.date: e for e in build_timeline(corpus)}


def _event_corpus() -> Corpus:
    b = CorpusBuilder()
    b.article("envoy", "2031-06-02", [DENIAL, "The envoy spoke after a closed meeting in Port Alder."])
    b.timex("envoy", 0, "2019", "2019")
    b.article("traders", "2031-06-03", [BLOCKADE, "Some shops on the quay have not opened since."])
    b.timex("traders", 0, "February", "2031-02")
    denial = make_event(
        "denial", "2019", "Kastan", "Veloria", -2.0, 3, [b.cite("envoy", 0)], "Kastan denied breaching"
    )
    blockade = make_event(
        "blockade",
        "2031-02",
        "Kastan",
        "Orvik",
        -9.5,
        4,
        [b.cite("traders", 0)],
        "Kastani navy blockade of Orvik",
        "191",
    )
    b.corpus.events.extend([denial, blockade])
    return b.corpus


def test_an_event_whose_sentence_names_the_year_only_as_another_things_date_makes_no_entry() -> None:
    assert "2019" not in _entries(_event_corpus())  # the accord's year is no year of the denial


def test_an_event_that_is_the_dated_thing_keeps_its_entry() -> None:
    assert "2031-02" in _entries(_event_corpus())  # "the navy's February blockade" is the blockade


def test_the_second_bound_of_a_range_of_several_words_names_no_happening() -> None:
    b = CorpusBuilder()
    b.article("ledgers", "2031-03-09", [LEDGERS, "The trust has not answered questions about them."])
    b.timex("ledgers", 0, "January 2029", "2029-01")
    b.timex("ledgers", 0, "April 2029", "2029-04")
    entries = _entries(b.corpus)
    assert "2029-01" not in entries
    assert "2029-04" not in entries


def test_a_deadline_at_the_end_of_a_year_names_no_happening() -> None:
    b = CorpusBuilder()
    b.article("port", "2032-02-13", [DEADLINE, "Dredgers have worked on its southern half since the autumn."])
    b.timex("port", 0, "end of 2032", "2032")
    assert "2032" not in _entries(b.corpus)


def _live_page() -> Corpus:
    b = CorpusBuilder()
    lines = [
        "Rescue crews searched the collapsed ferry terminal at Port Alder through the night.",
        "Officials in Orvik said four people were still missing on Tuesday.",
        UPDATE,
        "The harbour master will speak to reporters at the terminal gates.",
    ]
    b.article("live", "2031-04-16", lines)
    b.timex("live", 1, "Tuesday", "2031-04-15")
    b.timex("live", 2, "7:12 p.m. ET", "2031-04-13T19:12", kind="TIME")
    return b.corpus


def test_a_live_pages_update_notice_names_no_day() -> None:
    feats = {f.key: f for f in candidate_dates(_live_page())}
    assert "2031-04-13" not in feats or feats["2031-04-13"].refs == 0


def test_a_live_pages_update_notice_is_no_headline() -> None:
    assert all(not e.headline.startswith("Update") for e in build_timeline(_live_page()))


def test_an_opening_date_keeps_its_year_when_a_dashed_aside_follows_it() -> None:
    line = "On May 14, 2031 — a week before the vote in Port Alder — the Veloria Herald reported that the council was warned."
    assert first_clause(line) == "The Veloria Herald reported that the council was warned."


SUMMIT_LEAD = "The summit of Kastan and Veloria at Port Alder broke up early with no agreement on Thursday."
FLIGHT = "Kastan's foreign minister Ilsa Marren flew to Orvik on Thursday."


def test_an_article_lead_heads_before_an_act_from_a_later_line() -> None:
    b = CorpusBuilder()
    lines = [SUMMIT_LEAD, "Both delegations left the hall without a joint statement.", FLIGHT]
    b.article("summit", "2031-05-15", lines)
    b.timex("summit", 0, "Thursday", "2031-05-15")
    b.timex("summit", 2, "Thursday", "2031-05-15")
    flight = make_event(
        "flight",
        "2031-05-15",
        "Ilsa Marren",
        "Orvik",
        1.0,
        1,
        [b.cite("summit", 2)],
        "Ilsa Marren flew to Orvik",
        "042",
    )
    b.corpus.events.append(flight)
    entry = _entries(b.corpus)["2031-05-15"]
    assert entry.headline.startswith("The summit of Kastan and Veloria at Port Alder broke up early")


def test_a_conditional_acts_summary_heads_no_entry() -> None:
    b = CorpusBuilder()
    lines = [
        "If Tomas Brek ever toured Orvik in 2029, he could have said so at the time.",
        "Tomas Brek has denied any trip to Orvik in 2029, his office said.",
    ]
    b.article("brek", "2031-02-02", lines)
    b.timex("brek", 0, "2029", "2029")
    b.timex("brek", 1, "2029", "2029")
    visit = make_event(
        "visit",
        "2029",
        "Tomas Brek",
        "Orvik",
        1.0,
        1,
        [b.cite("brek", 0)],
        "Tomas Brek ever toured Orvik",
        "042",
    )
    visit.modality = "hypothetical"
    b.corpus.events.append(visit)
    assert "toured Orvik" not in _entries(b.corpus)["2029"].headline


def test_a_line_weighing_what_might_be_gives_way_to_one_that_reports() -> None:
    b = CorpusBuilder()
    lines = [
        "Any single storm could shake the harbour economy of Port Alder for years to come, traders in Orvik fear.",
        "Floods closed the harbour of Port Alder to all ferries on Monday.",
    ]
    b.article("storm", "2031-09-08", lines)
    b.timex("storm", 1, "Monday", "2031-09-08")
    assert _entries(b.corpus)["2031-09-08"].headline.startswith("Floods closed the harbour")


@pytest.mark.parametrize(
    ("clause", "weighs"),
    [
        ("Any single storm could shake the harbour economy of Port Alder", True),
        ("If Tomas Brek did visit Orvik in 2029", True),
        ("Ten years ago, such a leak would not have mattered to Veloria", True),
        ("Kastan said the port could close within a week", False),
        ("Floods closed the harbour so ferries could not dock", False),
        ("The next year she would sign the accord with Veloria", False),
        ("May 3 was the day the port could reopen", False),
    ],
)
def test_a_clause_speculates_when_it_opens_on_a_condition_or_its_first_verb_is_a_modal(
    clause: str, weighs: bool
) -> None:
    assert speculates(clause) is weighs


def test_an_act_on_someones_kin_is_no_act_on_them() -> None:
    sentence = "Marren also spoke Wednesday with the parents of Ada Okafor, the student held in Orvik."
    assert not summary_fits_sentence("Ilsa Marren spoke with Ada Okafor", "Ilsa Marren", sentence)
    assert summary_fits_sentence(
        "Ilsa Marren spoke with Ada Okafor", "Ilsa Marren", sentence.replace("the parents of ", "")
    )


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "Putting its threats into action, the Kastan navy closed the strait of Orvik to tankers on Monday.",
            "The Kastan navy closed the strait of Orvik to tankers on Monday.",
        ),
        (
            "Speaking to reporters in Port Alder on Friday, Ilsa Marren said the pier would reopen in May.",
            "Ilsa Marren said the pier would reopen in May.",
        ),
        (  # a place ending in "-ing" that opens a list is no participle
            "Beijing, Orvik and Port Alder reported record harbour traffic for the third month running.",
            "Beijing, Orvik and Port Alder reported record harbour traffic for the third month running.",
        ),
    ],
)
def test_an_opening_participle_phrase_goes(line: str, clause: str) -> None:
    assert first_clause(line) == clause


def test_a_date_that_recurs_names_no_happening_of_its_day() -> None:
    b = CorpusBuilder()
    lines = [
        "Veloria paused on Wednesday to honour the crew of the ferry lost off Port Alder.",
        "Bells rang across the harbour town at noon.",
        "Fishing boats stayed in port for the day.",
        "Ada Okafor plans to come back to the harbour wall each May 3 to lay flowers.",
    ]
    b.article("memorial", "2031-05-03", lines)
    b.timex("memorial", 0, "Wednesday", "2031-05-03")
    b.timex("memorial", 3, "May 3", "2031-05-03")
    entry = _entries(b.corpus)["2031-05-03"]
    assert all("each May 3" not in b.corpus.articles["memorial"].text[c.start : c.end] for c in entry.sources)


def test_the_day_that_closes_a_reporting_period_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    claims = "Claims for harbour relief in Veloria rose by 300 to 5,200 in the week ended March 9, the ministry said."
    b.article(
        "claims", "2031-03-14", ["Veloria's harbour fees fell for a third month, the ministry said.", claims]
    )
    b.timex("claims", 1, "March 9", "2031-03-09")
    assert "2031-03-09" not in _entries(b.corpus)
