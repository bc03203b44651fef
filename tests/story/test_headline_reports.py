"""Headlines from long reports on unseen news: what was reported stays in the line. A line too long for
the headline drops, before cutting words, the time of the report ("told the Ledger on Sunday that"), a
"that" after "said", a concession opening the reported clause, a long "told <whom> that" (as "said"),
an opening attribution ("According to ..., "), an aside with an infinitive in a noun ("favourite to be
the next governor"); a long opening phrase on a doing goes like a short one; a "he" keeps its name when
the line lost words after it."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import Chain, Mention
from storyline.story import build_timeline
from storyline.story.text import first_clause


def test_a_long_report_drops_the_time_it_was_made_to_keep_what_was_said() -> None:
    line = first_clause(
        "Deputy Harbour Minister Ilsa Marren of Kastan told the Ledger on Sunday that the Veloria blockade of "
        'the northern ports was "an act of war" and that Kastan would answer.'
    )
    assert "on Sunday" not in line
    assert line.startswith(
        "Deputy Harbour Minister Ilsa Marren of Kastan said the Veloria blockade of the northern"
    )
    said = first_clause(
        "The Kastan harbour authority said on Monday that the ferry crews of the Orvik line had reclaimed about "
        "a quarter of the routes lost to the strike last winter."
    )
    assert said.startswith(
        "The Kastan harbour authority said the ferry crews of the Orvik line had reclaimed"
    )


def test_a_short_report_keeps_its_time_and_a_day_owned_by_a_noun_stays() -> None:
    short = "The Kastan council said on Monday that the ferry tolls would be halved."
    assert first_clause(short) == short
    owned = first_clause(
        "Reports said Wednesday's storm flooded the lower town of Orvik, the harbour district, the old customs "
        "quarter and the river road."
    )
    assert owned.startswith("Reports said Wednesday's storm flooded")


def test_a_concession_opening_what_was_reported_goes_before_its_point() -> None:
    line = first_clause(
        "But Chief Judge Tomas Brek of the Orvik court ruled late Friday that while the old harbour rules "
        '"may once have had a purpose," foreign crews and local crews must now be paid the same.'
    )
    assert (
        line
        == "Chief Judge Tomas Brek of the Orvik court ruled that foreign crews and local crews must now be paid the same."
    )


def test_a_long_told_whom_becomes_said_unless_what_was_told_points_back_to_them() -> None:
    line = first_clause(
        "The Kastan trade envoy told a crowded hall of shipping executives at the Orvik maritime institute that "
        "the ferry tolls would be halved before the winter season."
    )
    assert line == "The Kastan trade envoy said the ferry tolls would be halved before the winter season."
    pointing = first_clause(
        "The Kastan trade envoy told a crowded hall of shipping executives at the Orvik maritime institute that "
        "it was up to them to keep the ferry tolls low."
    )
    assert pointing.startswith("The Kastan trade envoy told a crowded hall")


def test_an_appositive_with_an_infinitive_in_a_noun_is_an_aside() -> None:
    line = first_clause(
        "Ilsa Marren, a veteran harbour official and favourite to be the next port governor, wrote on Sunday "
        "that the Orvik ferry crews will keep their permits."
    )
    assert line == "Ilsa Marren wrote on Sunday that the Orvik ferry crews will keep their permits."


def test_a_long_opening_phrase_on_a_doing_goes() -> None:
    line = first_clause(
        "After refusing for three days to tell reporters who had taken part in the harbour talks on Wednesday "
        "evening, the Kastan council published the list of delegates on its website."
    )
    assert line == "The Kastan council published the list of delegates on its website."


def test_a_long_line_drops_its_opening_attribution_and_a_bracketed_remark() -> None:
    line = first_clause(
        "According to a new report in the Orvik Ledger, (yes, the Ledger), Tomas Brek used a private account to "
        "run nearly all of the council's official business during his term."
    )
    assert line.startswith("Tomas Brek used a private account")
    short = "According to the council, Tomas Brek resigned on Monday."
    assert first_clause(short) == short
    # a date or an aside on the source after the comma is no clause to lead with
    dated = first_clause(
        "According to a May 14, 2031 council release, Kastan spent an estimated 1.2 percent of its budget on "
        "the harbour guard and its boats."
    )
    assert dated.startswith("According to")


def test_a_he_keeps_its_name_when_the_line_lost_words_after_it() -> None:
    b = CorpusBuilder().article(
        "plot",
        "2031-06-01",
        [
            "Kastan police on Monday charged Tomas Brek with planning an attack on the harbour.",
            "He allegedly told an undercover officer on May 3 that one of his targets would be the customs house "
            "at the mouth of the Orvik river.",
            "The customs house lies next to the old ferry landing.",
        ],
    )
    b.timex("plot", 1, "May 3", "2031-05-03")
    text = b.corpus.articles["plot"].text
    at = text.index("Tomas Brek")
    he = text.index("He allegedly")
    b.corpus.mentions += [
        Mention("plot", 0, at, at + 10, "Tomas Brek", 0, "name", "PERSON", 7),
        Mention("plot", 1, he, he + 2, "He", 1, "pronoun", "PERSON", 7),
    ]
    b.corpus.chains.append(Chain("plot", 7, "Tomas Brek", "PERSON", mention_ids=[0, 1]))
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-05-03")
    assert entry.headline.startswith(
        "Tomas Brek allegedly said one of his targets would be the customs house"
    )


def test_a_long_line_names_its_subject_without_the_role_set_before_the_name() -> None:
    line = first_clause(
        "The council's senior harbour adviser, Tomas E. Brek , told an audience at the Orvik maritime institute "
        "that the Veloria ferry tolls would be halved before winter."
    )
    assert line == "Tomas E. Brek said the Veloria ferry tolls would be halved before winter."
    # the name of someone inside a longer subject is no name for that subject
    lunch = first_clause(
        "A lunch between Brek and his host, Ilsa Marren, appeared to be an attempt by the council to settle the "
        "ferry toll dispute before the long winter season."
    )
    assert not lunch.startswith("Ilsa Marren")


def test_a_line_cut_inside_the_clause_naming_its_day_heads_with_that_clause() -> None:
    b = CorpusBuilder().article(
        "bill",
        "2031-06-06",
        [
            "Eleven provinces have declared the Veloria traders unwelcome in their ports and on Thursday the Kastan "
            "council passed a bill to bar traders from Veloria from entering the harbour.",
            "The bill now goes to the upper chamber.",
        ],
    )
    b.timex("bill", 0, "Thursday", "2031-06-05")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-06-05")
    assert entry.headline == (
        "On Thursday the Kastan council passed a bill to bar traders from Veloria from entering the harbour."
    )


def test_a_quotation_opened_just_before_the_cut_leaves_the_earlier_quotation_marked() -> None:
    line = first_clause(
        "Tomas Brek said “we would be very much in favor of” the Orvik request for new harbour cranes “in terms of "
        "keeping the port of our ally open through the winter.”"
    )
    assert "“we would be very much in favor of”" in line
    assert line.count("“") == line.count("”")
