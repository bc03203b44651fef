"""Session 16 timeline classes: a day that closes a stretch ("through Sunday"), a year that is part of a
name ("the Harbour Act of 2029"), headlines that lean back ("First he ...", "On May 3, it ...", "A
former envoy to Orvik, she ...", "The second ..."), a forecast ("Analysts predict ..."), and an event
summary cut inside someone's words."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import TimelineEntry
from storyline.story import build_timeline
from storyline.story.text import first_clause, points_back, speculates, summary_fits_sentence


def _entries(b: CorpusBuilder) -> dict[str, TimelineEntry]:
    return {e.date: e for e in build_timeline(b.corpus)}


def test_a_day_that_closes_a_stretch_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    shut = (
        "The Orvik ferry office was shut from Tuesday through Sunday for the harbour festival of Port Alder."
    )
    budget = "Marren asked the Kastan board to fund the dredging of the channel until May 14 at the latest."
    b.article(
        "ferry", "2031-05-06", ["Tomas Brek said the Orvik fleet would sail again in June.", shut, budget]
    )
    b.timex("ferry", 1, "Tuesday", "2031-05-06").timex("ferry", 1, "Sunday", "2031-05-11")
    b.timex("ferry", 2, "May 14", "2031-05-14")
    entries = _entries(b)
    assert "2031-05-11" not in entries  # the last day the office stays shut: nothing happens on it
    assert "2031-05-14" not in entries
    assert "2031-05-06" in entries  # the stretch's first day stays


def test_a_year_closing_a_name_is_no_entry() -> None:
    b = CorpusBuilder()
    lines = [
        "The Kastan council threatened to invoke the Harbour Act of 1911 to close the Orvik piers.",
        "The Orvell dam opened in 2026 after nine years of building.",
    ]
    b.article("act", "2031-03-04", lines)
    b.timex("act", 0, "1911", "1911").timex("act", 1, "2026", "2026")
    entries = _entries(b)
    assert "1911" not in entries  # the act is named for its year: nothing the sentence tells happened then
    assert "2026" in entries


def test_a_sequence_adverb_or_phrase_before_an_unnamed_pronoun_points_back() -> None:
    assert points_back("First he slips into the storeroom of the Orvik depot, fully dressed.")
    assert points_back("Then they sailed for Port Alder without lights")
    assert points_back("Just as she did not object when the Orvik board met in May 2029 to vote.")
    assert points_back("On May 3, it fired a long-range rocket over the Orvik strait.")
    assert points_back("A close ally of Okafor's, she chaired the Veloria harbour board in 2028.")
    assert points_back("The second weakened any hope of a harbour accord with Kastan.")
    assert points_back("The latter was dropped from the Orvik bill in March.")


def test_readable_lines_with_an_opening_it_or_an_ordinal_do_not_point_back() -> None:
    assert not points_back("On Monday, it emerged that Okafor had left Port Alder.")
    assert not points_back("In May, it was clear that the Orvik board would not meet.")
    assert not points_back("The second round of Kastan talks opened in Port Alder.")
    assert not points_back("First Minister Okafor opened the Orvik bridge.")
    assert not points_back("After the Veloria vote, Okafor resigned.")


def test_a_forecast_in_the_present_weighs_what_may_come() -> None:
    assert speculates("Some analysts predict a Kastan-led council would open the Orvik inquiry")
    assert speculates("Traders expect the Port Alder fees to rise again")
    assert not speculates("Okafor predicted on Monday that the strike would end")


def test_a_summary_cut_inside_a_quotation_does_not_follow_its_sentence() -> None:
    sentence = "Okafor urged the Orvik board to “stop the dredging of the north channel,” her aide said."
    assert not summary_fits_sentence("Ada Okafor urged board to “stop", "Ada Okafor", sentence)
    assert summary_fits_sentence("Ada Okafor urged board", "Ada Okafor", "Okafor urged the board.")


def test_an_opening_phrase_whose_comma_parts_two_modifiers_ends_at_its_nouns_comma() -> None:
    line = (
        "After two nights of noisy, often unruly strikes at the Orvik docks, "
        "the Port Alder harbour board voted on Friday to raise the dockers' wages."
    )
    assert first_clause(line) == "The Port Alder harbour board voted on Friday to raise the dockers' wages."
