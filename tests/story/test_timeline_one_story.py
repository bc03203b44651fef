"""A date's summary tells one story: a corpus of many stories often has two unrelated ones on a day."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.story import build_timeline

CEASEFIRE = [
    "Veloria and Kastan agreed a ceasefire in Port Alder on Monday.",
    "The ceasefire ends a week of fighting around Port Alder and the Kastan border towns.",
    "Veloria said its troops would leave the border towns of Kastan within days.",
]
CEASEFIRE_AGAIN = [
    "Kastan began pulling its troops out of Port Alder after Monday's ceasefire with Veloria.",
    "Residents of the Kastan border towns said the fighting around Port Alder had stopped.",
    "Veloria and Kastan will meet again in Port Alder to talk about the border.",
]
PRIZE = [
    "The Orvell Prize for chemistry went to Ilsa Marren of Norrow University on Monday.",
    "Marren studies catalysts that split water into hydrogen and oxygen with sunlight.",
    "The prize carries a gold medal and a research grant for her laboratory at Norrow.",
]


def _day_sources(b: CorpusBuilder, day: str) -> list[str]:
    entries = build_timeline(b.corpus, sentences_per_date=2)
    entry = next(e for e in entries if e.date == day)
    return [b.corpus.sentence_text(c.doc_id, c.sentence) for c in entry.sources]


def test_a_day_summary_keeps_to_the_story_of_its_first_line() -> None:
    b = CorpusBuilder()
    b.article("war1", "2031-03-04", CEASEFIRE).article("prize", "2031-03-04", PRIZE)
    b.timex("war1", 0, "Monday", "2031-03-03").timex("prize", 0, "Monday", "2031-03-03")
    lines = _day_sources(b, "2031-03-03")
    # the ceasefire and the prize both fell on Monday, but they are two stories, not one summary
    assert len(lines) == 1


def test_a_day_summary_takes_lines_of_one_story_from_several_articles() -> None:
    b = CorpusBuilder()
    b.article("war1", "2031-03-04", CEASEFIRE)
    b.article("war2", "2031-03-05", CEASEFIRE_AGAIN)
    b.article("prize", "2031-03-04", PRIZE)
    b.timex("war1", 0, "Monday", "2031-03-03").timex("prize", 0, "Monday", "2031-03-03")
    b.timex("war2", 0, "Monday", "2031-03-03")
    lines = _day_sources(b, "2031-03-03")
    assert len(lines) == 2
    assert all("Port Alder" in line for line in lines)  # two outlets on the ceasefire, no prize


PROFILE = [
    "Tomas Brek joined the Veloria navy in 2010 as a cadet.",
    "He married the painter Ilsa Marren in 2010 in Norrow.",
    "He now commands the frigate Alder.",
]
DAM = [
    "The Orvell dam opened in 2010 after nine years of building.",
    "Farmers say the opening of the Orvell dam in 2010 flooded their valley.",
    "The dam supplies power to Norrow.",
]


def test_a_year_summary_does_not_join_two_steps_of_a_profile() -> None:
    b = CorpusBuilder()
    b.article("bio", "2031-03-04", PROFILE)
    b.timex("bio", 0, "2010", "2010").timex("bio", 1, "2010", "2010")
    lines = _day_sources(b, "2010")
    # one article named the year twice, for two different steps of one life
    assert len(lines) == 1


def test_a_year_summary_joins_lines_about_one_happening() -> None:
    b = CorpusBuilder()
    b.article("dam", "2031-03-04", DAM)
    b.timex("dam", 0, "2010", "2010").timex("dam", 1, "2010", "2010")
    lines = _day_sources(b, "2010")
    assert len(lines) == 2


def test_a_year_that_bounds_a_stretch_or_names_a_thing_is_no_entry() -> None:
    b = CorpusBuilder()
    b.article(
        "p1",
        "2031-03-04",
        [
            "Tomas Brek has led the Kastan council since 2019 and will stand again.",
            "Between 2010 and 2018, the council met in Port Alder.",
            "Brek read from his 2024 memoir at the Port Alder fair.",
            "The Orvell dam opened in 2026 after nine years of building.",
        ],
    )
    b.timex("p1", 0, "2019", "2019").timex("p1", 1, "2010", "2010").timex("p1", 1, "2018", "2018")
    b.timex("p1", 2, "2024", "2024").timex("p1", 3, "2026", "2026")
    dates = {e.date for e in build_timeline(b.corpus)}
    # "since 2019" bounds his time in office, "between 2010 and 2018" a stretch of years, "his 2024
    # memoir" names a book: none of those years had a happening the sentence tells; the dam opened in 2026
    assert "2026" in dates
    assert not {"2019", "2010", "2018", "2024"} & dates


def test_an_event_whose_date_was_inferred_makes_no_entry_on_its_own() -> None:
    def entry_dates(date_source: str) -> set[str]:
        b = CorpusBuilder()
        b.article(
            "m1",
            "2031-09-15",
            [
                "Kastan and Veloria met in Port Alder on Monday to talk about the dam.",
                "Meanwhile, two dozen nations met in Norrow, calling the floods a threat to the region.",
            ],
        )
        b.timex("m1", 0, "Monday", "2031-09-15")
        ev = make_event(
            "evm", "2031-09-10", "Norrow", "Kastan", 1.0, 1, [b.cite("m1", 1)], summary="Norrow met"
        )
        ev.date_source = date_source  # type: ignore[assignment]
        b.corpus.events = [ev]
        return {e.date for e in build_timeline(b.corpus)}

    # no sentence names 10 September: a date guessed from the context is no entry by itself
    assert "2031-09-10" not in entry_dates("inferred")
    assert "2031-09-10" in entry_dates("timex")


def test_a_newsroom_note_is_no_line() -> None:
    b = CorpusBuilder()
    note = "Ilsa Marren and Tomas Brek contributed to this report, which was updated at 12:19 p.m. on Monday."
    b.article("n1", "2031-03-04", ["Kastan closed the northern gate to all traffic on Tuesday.", note])
    b.timex("n1", 0, "Tuesday", "2031-03-04").timex("n1", 1, "Monday", "2031-03-03")
    dates = {e.date for e in build_timeline(b.corpus)}
    assert "2031-03-04" in dates
    assert "2031-03-03" not in dates  # the note dates the report, nothing that happened


def test_a_year_named_ahead_of_it_is_no_line_for_that_year() -> None:
    b = CorpusBuilder()
    b.article(
        "f1", "2031-03-04", ["Tomas Brek will stand again for the Kastan council next year, aides said."]
    )
    b.article("f2", "2033-05-06", ["Tomas Brek lost his seat on the Kastan council in 2032 after ten years."])
    b.timex("f1", 0, "next year", "2032").timex("f2", 0, "2032", "2032")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2032")
    # a plan written in 2031 is no account of 2032; what later articles say happened then is
    assert [c.doc_id for c in entry.sources] == ["f2"]
