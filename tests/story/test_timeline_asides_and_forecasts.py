"""Session 16 (second wave) timeline classes: a forecast whose verb a cut headline hides ("... are also
likely"), a thing dated inside a relative clause told in the pluperfect ("the chapel, which had lost its roof
in Sunday's storm"), a date in a "when" clause inside an opening "After ..." phrase, a present
belief about what will come, and the day a tally runs to ("As of May 4, ...")."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.story import build_timeline
from storyline.story.text import speculates, weighs_a_likelihood

FILLER = [
    "Fishing boats stayed in the harbour of Port Alder for most of the week.",
    "Traders in Port Alder said prices for grain had risen again.",
    "The weather office expected calm seas along the Veloria coast.",
]
LIKELY = (
    "A second reading of the Orvik dredging bill and a quarrel over the fees paid by the Kastan trawlers "
    "of Port Alder are likely as well once the Veloria senate returns from its recess."
)
PREDICT = (
    "Some analysts predict a Marren-led council would join the chamber in a joint inquiry into the fees."
)
EXPECT = "Traders expect the Port Alder fees to rise again before the chamber votes."
CHAPEL = (
    "After inspecting the Orvik chapel, which had lost part of its roof in Sunday's storm, Okafor promised "
    "the bishops of Port Alder new funds."
)
WALKOUT = "Senator Delvane staged a walkout which forced the Veloria council to miss the Friday deadline."
SEAT = (
    "After weighing a bid for the harbour post that fell empty when Ilsa Marren moved to the Kastan cabinet "
    "in 2029, Ada Okafor chose to stay at the port authority."
)
AFTER_VOTE = "After the harbour vote in May 2029, Ada Okafor resigned from the Port Alder board."


def _lines(b: CorpusBuilder) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entry in build_timeline(b.corpus, sentences_per_date=3):
        out[entry.date] = [b.corpus.sentence_text(c.doc_id, c.sentence) for c in entry.sources]
    return out


def test_a_present_be_likely_is_a_forecast_a_past_one_is_not() -> None:
    assert speculates("More votes on the Orvik harbour budget are also likely in the Kastan council")
    assert weighs_a_likelihood("Votes on the Orvik budget and a debate over the fleet are likely")
    assert not speculates("The Orvik depot fire was likely set by a dock worker")
    assert not weighs_a_likelihood("Okafor said the vote is likely, and the board agreed")
    assert not weighs_a_likelihood("The board approved the fees, though a vote is likely")


def test_a_present_belief_about_what_will_come_is_a_forecast() -> None:
    assert speculates("Harbour pilots do not believe Kastan will close the strait again this winter")
    assert speculates("Traders believe the Orvik port would reopen within weeks")
    assert not speculates("Police believe the gunman fled Port Alder on Monday")
    assert not speculates("Okafor does not attend the board meetings, which will close in May")
    assert not speculates("Okafor does the survey work that will decide the fees")


def test_a_day_whose_lines_only_forecast_is_no_entry_even_when_the_headline_hides_the_verb() -> None:
    b = CorpusBuilder()
    b.article("outlook", "2031-05-06", [LIKELY, PREDICT, EXPECT, *FILLER])
    b.article(
        "ferry", "2031-05-07", ["Okafor opened the new ferry pier at Port Alder on Wednesday.", *FILLER]
    )
    b.timex("ferry", 0, "Wednesday", "2031-05-07")
    lines = _lines(b)
    assert "2031-05-06" not in lines
    assert "2031-05-07" in lines


def test_a_thing_dated_in_a_pluperfect_relative_clause_is_no_line_for_its_day() -> None:
    b = CorpusBuilder()
    b.article("chapel", "2031-06-02", [*FILLER, CHAPEL, WALKOUT])
    b.timex("chapel", 3, "Sunday", "2031-06-01")
    b.timex("chapel", 4, "Friday", "2031-05-30")
    lines = _lines(b)
    assert CHAPEL not in lines.get("2031-06-01", [])
    # a relative clause on the act's own noun tells the act's day: the line stays
    assert WALKOUT in lines["2031-05-30"]


def test_a_date_in_a_when_clause_inside_an_opening_after_phrase_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("seat", "2031-03-04", [*FILLER, SEAT, AFTER_VOTE])
    b.timex("seat", 3, "2029", "2029")
    b.timex("seat", 4, "May 2029", "2029-05")
    lines = _lines(b)
    assert SEAT not in lines.get("2029", [])
    assert AFTER_VOTE in lines["2029-05"]  # an opening "After ..." with no nested clause sets the act's time


def test_a_day_that_a_tally_runs_to_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    tally = "As of May 4, the Orvik fever had reached 48 ports, the Veloria health board said."
    b.article("fever", "2031-05-20", [*FILLER, tally])
    b.timex("fever", 3, "May 4", "2031-05-04")
    assert "2031-05-04" not in _lines(b)
