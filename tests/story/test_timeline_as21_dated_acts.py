"""Session 20 on as21: a happening told as a noun and dated inside a line whose act is of another time
heads its entry as that noun phrase: its date before the noun after "for the", "for its" or "including
the" ("claimed responsibility for the May 14 bombings that ..."), or its date after the noun ("in
response to the latest missile test in February", "over the killing a year ago of ..."). Not when the
noun is one of the line's own ("suffered one of its worst attacks on March 18"), nor when it has a date
of its own ("on the anniversary of the 2029 bombing last April")."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import Chain, Mention
from storyline.story import build_timeline
from storyline.story.text import points_back


def _headline_of(line: str, published: str, when: str, value: str) -> str:
    b = CorpusBuilder()
    b.article("d1", published, [line])
    b.timex("d1", 0, when, value)
    return next(e for e in build_timeline(b.corpus) if e.date == value).headline


def test_a_day_named_after_for_the_heads_as_its_happening() -> None:
    line = (
        "The new wave of raids comes as the Veloria premier pushes for a joint force after the Orvik Front "
        "claimed responsibility for the May 14 bombings that left 40 dead in Port Alder."
    )
    headline = _headline_of(line, "2031-05-20", "May 14", "2031-05-14")
    assert headline == "The May 14 bombings that left 40 dead in Port Alder", headline


def test_a_day_named_after_a_doers_its_heads_as_its_happening() -> None:
    line = "The Kastan harbour board on Friday released its legal case for its March 2 dredging raid that sank a trawler."
    headline = _headline_of(line, "2031-03-20", "March 2", "2031-03-02")
    assert headline == "The March 2 dredging raid that sank a trawler", headline


def test_an_including_that_took_its_the_heads_as_its_happening() -> None:
    line = (
        "At times they have named past strikes, including the late June drone attack in Orvik that killed "
        "a Kastan engineer."
    )
    headline = _headline_of(line, "2030-09-20", "the late June", "2030-06")
    assert headline.startswith("The late June drone attack in Orvik that killed"), headline


def test_a_month_after_its_happenings_noun_heads_as_that_happening() -> None:
    line = (
        "The harbour council on Monday doubled its fines on Orvik shippers in response to the latest "
        "Kastani missile test in February."
    )
    headline = _headline_of(line, "2031-04-20", "February", "2031-02")
    assert headline == "The latest Kastani missile test in February", headline


def test_a_year_between_a_happenings_noun_and_its_object_heads_as_that_happening() -> None:
    line = (
        "Delvane's cabinet faced hard questions over the killing a year ago of a ferry pilot near the "
        "Orvik docks, which the harbour police still call an accident."
    )
    headline = _headline_of(line, "2031-04-20", "a year ago", "2030")
    assert headline == "The killing a year ago of a ferry pilot near the Orvik docks", headline


def test_a_happening_that_is_the_lines_subject_keeps_no_verb_of_the_line() -> None:
    line = "Anger over the Veloria harbour vote in October was the fiercest the port had seen in years."
    headline = _headline_of(line, "2031-11-20", "October", "2031-10")
    assert headline == "The Veloria harbour vote in October", headline


def test_one_of_the_lines_own_happenings_keeps_the_line() -> None:
    line = "The port city suffered one of its worst bomb attacks on March 18 when a ferry exploded."
    headline = _headline_of(line, "2031-03-20", "March 18", "2031-03-18")
    assert headline.startswith("The port city suffered one of its worst"), headline


def test_a_happening_with_its_own_year_is_not_dated_by_the_next_time() -> None:
    line = (
        "In a speech on the anniversary of the 2029 Orvik harbour bombing last April, Okafor said most "
        "plotters had shown warning signs to their families."
    )
    headline = _headline_of(line, "2031-02-18", "last April", "2030-04")
    assert not headline.startswith("The 2029"), headline


def test_a_pact_agreed_in_a_year_set_off_by_commas_heads_that_year() -> None:
    line = (
        "Ending the pact, agreed by Okafor and Marren in 2007, would open the way to a race for the straits."
    )
    headline = _headline_of(line, "2031-04-14", "2007", "2007")
    assert headline == "The pact agreed by Okafor and Marren in 2007", headline


def test_a_compact_that_two_states_signed_in_a_year_heads_that_year() -> None:
    line = (
        "Each time a trade mission visited us in Orvik, the envoy showed a chart on why Veloria should keep "
        "the Port Alder compact that the two states had signed in 2021."
    )
    headline = _headline_of(line, "2031-04-14", "2021", "2021")
    assert headline == "The Port Alder compact that the two states had signed in 2021", headline


def test_a_report_that_is_the_lines_subject_keeps_the_line() -> None:
    line = "The long port report, released in May and seen by the Orvik Ledger, was led by two senators."
    headline = _headline_of(line, "2031-07-14", "May", "2031-05")
    assert headline.startswith("The long port report, released in May"), headline


def test_a_moments_when_clause_heads_its_date() -> None:
    line = (
        "The calm that has helped Marren rise may be rooted in that cold night in March 2001 when a bomb "
        "went off in the family's Orvik flat."
    )
    headline = _headline_of(line, "2031-04-14", "March 2001", "2001-03")
    assert headline == "A bomb went off in the family's Orvik flat", headline


def test_an_opening_earlier_that_describes_the_subject_is_no_opening_phrase() -> None:
    b = CorpusBuilder()
    b.article(
        "d1", "2031-04-14", ["Earlier Orvik harbour drills took place on Nov. 30, 2029 and Aug. 30, 2029."]
    )
    b.timex("d1", 0, "Nov. 30, 2029", "2029-11-30").timex("d1", 0, "Aug. 30, 2029", "2029-08-30")
    headlines = [e.headline for e in build_timeline(b.corpus)]
    assert headlines and all(h.startswith("Earlier Orvik harbour drills took place") for h in headlines), (
        headlines
    )


def test_a_pointed_thing_with_a_past_verb_points_back() -> None:
    assert points_back("These inspections occurred on March 27, 2029")
    assert points_back("That custom caught on in 1922")
    assert not points_back("That night police arrested nine dockers")
    assert not points_back("This week Kastan signed the pact")


def test_a_side_clause_entry_whose_line_points_back_is_no_entry() -> None:
    b = CorpusBuilder()
    line = "The Orvik port board issued a notice about the last of these inspections, which occurred on March 27, 2029."
    b.article("d1", "2031-04-14", [line])
    b.timex("d1", 0, "March 27, 2029", "2029-03-27")
    at = line.index("Orvik")
    b.corpus.mentions.append(Mention("d1", 0, at, at + 5, "Orvik", 0, "name", "GPE", 3))
    b.corpus.chains.append(Chain("d1", 3, "Orvik", "GPE", mention_ids=[0]))
    assert "2029-03-27" not in {e.date for e in build_timeline(b.corpus)}
