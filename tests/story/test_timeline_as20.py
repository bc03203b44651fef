"""Session 19 headline classes: an event summary cut before the quoted words its verb governs ("promised
to find" of 'promised to find “fresh money”') or inside a pair ("a pact between the Orvik mills" of "between
the Orvik mills and Veloria's ports") is no headline; a day's line that tells background (a pluperfect,
"has long", a rule, a stance) gives way to one that tells a happening; a long opening clause ("As ..., ")
is dropped like a short one; a present passive forecast ("is expected to ...") weighs what may come; a
day after "prior to" bounds a stretch; a day named as a thing ("the March 3 pier fire") in a clause that
tells the writer's now heads as that thing."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.story import build_timeline
from storyline.story.text import first_clause, speculates, summary_fits_sentence, tells_background


def test_a_summary_cut_before_a_quotation_lost_its_object() -> None:
    sentence = "Mayor Okafor promised to find “fresh money” for the Orvik pier."
    assert not summary_fits_sentence("Okafor promised to find", "Okafor", sentence)
    asked = 'The council asked the Kastan police to spare "older dockers" from the night shifts.'
    assert not summary_fits_sentence("Council asked the Kastan police to spare", "Council", asked)
    # a quotation closing after the word, or the word elsewhere without one, cuts nothing
    closed = 'Okafor said the repairs would "work" and left for Port Alder.'
    assert summary_fits_sentence("Okafor said the repairs would work", "Okafor", closed)
    plain = "Mayor Okafor promised to find more, aides in Port Alder said."
    assert summary_fits_sentence("Okafor promised to find", "Okafor", plain)


def test_a_summary_cut_inside_a_pair_lost_half_of_it() -> None:
    sentence = "Envoy Marren on Friday signed a grain pact between the Orvik mills and Veloria's ports."
    assert not summary_fits_sentence("Marren signed a grain pact between the Orvik mills", "Marren", sentence)
    sides = "Envoy Marren brokered talks between the two sides on Friday."
    assert summary_fits_sentence("Marren brokered talks between the two sides", "Marren", sides)


def test_background_lines_are_told_apart_from_happenings() -> None:
    assert tells_background("Of course, no one expected the Orvik board to fold so fast.")
    assert tells_background("Dock workers in Port Alder naturally feared the new cranes.")
    assert tells_background("The Delvane ferry is usually an hour late in winter.")
    assert tells_background("A week before the vote, Okafor had every hope of a majority in Delvane.")
    assert tells_background("Kastan has long opposed a bridge to Veloria.")
    assert not tells_background("Okafor resigned on Tuesday after the audit.")
    assert not tells_background("The council had to close the pier on Monday.")
    assert not tells_background("Traders who had fled the port returned on Monday.")
    assert not tells_background("Marren said the board had acted too late.")


def test_a_background_lead_gives_way_to_the_days_happening() -> None:
    b = CorpusBuilder()
    b.article(
        "d1",
        "2031-03-05",
        [
            "On Tuesday, the Orvik ferry was usually an hour or more late, commuters in Port Alder said.",
            "Mayor Okafor resigned on Tuesday after auditors found the dredging accounts empty.",
        ],
    )
    b.timex("d1", 0, "Tuesday", "2031-03-04").timex("d1", 1, "Tuesday", "2031-03-04")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-03-04")
    assert entry.headline.startswith("Mayor Okafor resigned"), entry.headline


def test_a_long_opening_clause_drops_before_the_main_clause() -> None:
    line = (
        "As the Veloria envoy packs for a week of hard talks with the Kastan fishing board in Delvane, the "
        "Orvik council voted to reopen the northern ferry pier."
    )
    assert first_clause(line).startswith("The Orvik council voted to reopen"), first_clause(line)
    doing = (
        "After being fined for dumping 2,300 barrels of oil off the coast of Port Alder in 2030, the "
        "Kastan board agreed to rebuild the Delvane pumps."
    )
    assert first_clause(doing).startswith("The Kastan board agreed"), first_clause(doing)
    # a count opening the line is its subject, not an opening clause
    count = "As many as 40 people died in the Orvik flood, the Kastan ministry said on Monday."
    assert first_clause(count).startswith("As many as 40 people died"), first_clause(count)


def test_a_present_passive_forecast_weighs_what_may_come() -> None:
    assert speculates("Exports from Orvik are predicted to double by 2040.")
    assert speculates("The Kastan pact is widely expected to pass the council on Wednesday.")
    assert not speculates(
        "The Kastan pact was expected to pass the council on Wednesday."
    )  # a plan told then
    b = CorpusBuilder()
    # an undated page: only its words tell that the year is still to come
    b.article("d1", None, ["The population of Port Alder is projected to reach two million people in 2060."])
    b.timex("d1", 0, "2060", "2060")
    assert "2060" not in {e.date for e in build_timeline(b.corpus)}


def test_a_day_after_prior_to_bounds_a_stretch() -> None:
    b = CorpusBuilder()
    checked = "The Orvik grain depot had passed every fire check of the Kastan inspectors prior to Wednesday."
    b.article("d1", "2031-05-10", ["The Orvik ferry strike ended on Friday after a week.", checked])
    b.timex("d1", 0, "Friday", "2031-05-09").timex("d1", 1, "Wednesday", "2031-05-07")
    dates = {e.date for e in build_timeline(b.corpus)}
    assert "2031-05-07" not in dates  # the stretch's bound: nothing is told of that day
    assert "2031-05-09" in dates


def test_a_day_named_as_a_thing_under_a_present_perfect_heads_as_that_thing() -> None:
    b = CorpusBuilder()
    line = (
        "Veloria has banned night ferries to Port Alder since the March 3 Orvik pier fire, its ministry said."
    )
    b.article("d1", "2031-04-20", [line])
    b.timex("d1", 0, "March 3", "2031-03-03")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-03-03")
    assert entry.headline.startswith("The March 3 Orvik pier fire"), entry.headline
    # a past act of the day keeps its clause
    b = CorpusBuilder()
    b.article(
        "d1", "2031-04-20", ["Brek toured the March 3 Orvik pier fire site with two inspectors from Kastan."]
    )
    b.timex("d1", 0, "March 3", "2031-03-03")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-03-03")
    assert entry.headline.startswith("Brek toured"), entry.headline
