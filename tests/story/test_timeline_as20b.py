"""Session 19, second pass on as20: a date naming a thing after a link that sets it apart from the
line's act ("the last plotter of the Nov. 13 raids") heads as that thing whatever the tense; "X did so
when ..." heads as the clause that tells the act; a sentence between dashes that holds the date heads
its entry; "..., including in 2029 when ..." heads as its "when" clause; a year that is only a
comparison's baseline ("poorer than they were in 2019") makes no entry; a month's or a year's line that
tells a stance or a rule gives way to one that tells a happening (its pluperfect accounts stay); a thing
dated by the participle of its making ("a study published in April") heads its month."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.story import build_timeline
from storyline.story.text import tells_background


def _headline_of(b: CorpusBuilder, key: str) -> str:
    return next(e for e in build_timeline(b.corpus) if e.date == key).headline


def test_a_thing_dated_apart_from_a_past_act_heads_as_that_thing() -> None:
    b = CorpusBuilder()
    line = (
        "During the siege, Okafor demanded the release of Tomas Brek, the last free plotter of the "
        "Nov. 13, 2029, raids on Port Alder that killed nine guards."
    )
    b.article("d1", "2031-04-20", [line])
    b.timex("d1", 0, "Nov. 13, 2029", "2029-11-13")
    headline = _headline_of(b, "2029-11-13")
    assert headline.startswith("The Nov. 13, 2029 raids on Port Alder"), headline


def test_did_so_heads_as_the_clause_that_tells_the_act() -> None:
    b = CorpusBuilder()
    line = "Okafor did so when she chose in 2029 to open talks with the Kastan board from her cell in Orvik."
    b.article("d1", "2031-04-20", [line])
    b.timex("d1", 0, "2029", "2029")
    headline = _headline_of(b, "2029")
    assert headline.startswith("Okafor chose in 2029 to open talks"), headline


def test_a_sentence_between_dashes_heads_the_date_it_holds() -> None:
    b = CorpusBuilder()
    line = (
        "Saving the Orvik wetlands – Kastan and Veloria signed a dike pact in Port Alder last May – is a "
        "goal both capitals still share."
    )
    b.article("d1", "2031-09-10", [line])
    b.timex("d1", 0, "last May", "2031-05")
    headline = _headline_of(b, "2031-05")
    assert headline.startswith("Kastan and Veloria signed a dike pact"), headline


def test_an_instance_heads_as_its_when_clause() -> None:
    b = CorpusBuilder()
    line = "In four cases the result was open war, including in 2029 when Kastan blockaded the Orvik straits."
    b.article("d1", "2031-09-10", [line])
    b.timex("d1", 0, "2029", "2029")
    headline = _headline_of(b, "2029")
    assert headline.startswith("Kastan blockaded the Orvik straits"), headline


def test_a_comparisons_baseline_year_makes_no_entry() -> None:
    b = CorpusBuilder()
    b.article(
        "d1",
        "2031-09-10",
        [
            "Fishermen in Orvik are on average poorer now than they were in 2019, the Kastan board said.",
            "Ferry fares in Port Alder doubled this year, up from 2027 when a strike had closed the pier.",
            "More than 40 dockers were hurt in 2029 when a crane fell on the Delvane quay.",
        ],
    )
    b.timex("d1", 0, "2019", "2019").timex("d1", 1, "2027", "2027").timex("d1", 2, "2029", "2029")
    dates = {e.date for e in build_timeline(b.corpus)}
    assert "2019" not in dates and "2027" not in dates
    assert "2029" in dates  # "more than 40" is a count, no comparison with the year


def test_a_stance_gives_way_in_a_years_entry() -> None:
    b = CorpusBuilder()
    stance = "Of course, no one in Port Alder expected the Orvik board to fold in 2029."
    b.article(
        "d1", "2030-02-20", ["The Orvik ferry board met in Kastan on Friday to weigh its fleet.", stance]
    )
    active = (
        "Okafor has been active in efforts to end the ferry dispute, meeting Brek three times in 2029 and "
        "trying to calm the board."
    )
    b.article("d2", "2031-03-02", ["The Kastan port reopened on Saturday after the long strike.", active])
    b.timex("d1", 1, "2029", "2029").timex("d2", 1, "2029", "2029")
    headline = _headline_of(b, "2029")
    # (session 20: the participle that holds the year heads as Okafor's act)
    assert headline == "Okafor met Brek three times in 2029", headline
    # a profile's pluperfect stays a month's or a year's account
    assert not tells_background("Okafor had sold the Orvik docks to Brek by then.", pluperfect=False)
    assert tells_background("Okafor had sold the Orvik docks to Brek by then.")


def test_a_thing_dated_by_its_making_heads_its_month() -> None:
    b = CorpusBuilder()
    line = (
        "Harbour fees are not only about dredging costs, says Ilse Marren, a fellow at the Orvik Institute and "
        "coauthor of a study published in April that urges Kastan to cut them."
    )
    b.article("d1", "2031-09-10", [line])
    b.timex("d1", 0, "April", "2031-04")
    headline = _headline_of(b, "2031-04")
    assert headline.startswith("A study published in April that urges Kastan"), headline
