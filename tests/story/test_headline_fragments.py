"""Headlines cut into fragments (an opening phrase alone, a subject whose verb was cut, a date's noun
taken for the subject), lines about a thing the sentence before told, and entries their events alone
make: each is sourced, and none is a plan its reports foretold."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.corpus import Corpus
from storyline.records import TimelineEntry
from storyline.story import build_timeline
from storyline.story.text import first_clause, points_back, quote_led_headline, reads_as_a_line, speculates


def test_a_closing_dash_without_its_space_still_ends_the_aside() -> None:
    line = first_clause(
        "Since the spring of 2030 -- when the ferry strike first closed the quay --Okafor has refused "
        "every invitation to the harbour talks and has sent only short written replies to the board."
    )
    assert "Okafor has refused" in line


def test_a_cut_keeps_more_than_the_opening_participle_phrase() -> None:
    line = first_clause(
        "Alarmed by complaints from the harbour unions, despite her earlier promise, Marren announced on "
        "Tuesday that the Orvik toll bridge would stay closed until the spring."
    )
    assert "Marren" in line


def test_a_cut_does_not_leave_a_subject_without_its_verb() -> None:
    line = first_clause(
        "It was as though Judge Ilsa Marren, speaking to a half-empty hall in Port Alder during the "
        "winter of 2029, had forgiven every debt the fishing fleet of Orvik owed to the town."
    )
    assert not line.rstrip("…").endswith("Marren")


def test_a_date_inside_the_opening_phrase_does_not_end_it() -> None:
    line = first_clause(
        "At the May 2, 2031, hearing, a senator asked about the ministry's silence on the harbour talks."
    )
    assert line.startswith("A senator asked")


def test_an_opening_date_phrase_still_drops() -> None:
    assert first_clause("On March 18, 2031, the council closed the port of Orvik to all ships.").startswith(
        "The council closed"
    )


def test_a_thing_the_sentences_before_told_points_back() -> None:
    assert points_back("That figure could not be confirmed by the Orvik police.")
    assert points_back("Those negotiations had been frozen for four months.")


def test_a_time_opening_with_this_or_that_does_not_point_back() -> None:
    assert not points_back("This week was the hardest for the Delvane ferry crews.")
    assert not points_back("That same night was the coldest of the year in Port Alder.")


def _entries(corpus: Corpus) -> dict[str, TimelineEntry]:
    return {e.date: e for e in build_timeline(corpus)}


def _blockade_corpus() -> Corpus:
    b = CorpusBuilder()
    b.article(
        "traders",
        "2031-06-03",
        [
            "Traders in Orvik still count the losses of the Kastani navy's February blockade of the port.",
            "Some shops on the quay have not opened since.",
        ],
    )
    b.timex("traders", 0, "February", "2031-02")
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
    b.corpus.events.append(blockade)
    return b.corpus


def test_an_entry_its_events_alone_make_cites_their_sentence() -> None:
    entry = _entries(_blockade_corpus())["2031-02"]
    assert entry.sources and entry.sources[0].sentence == 0
    assert "blockade" in entry.summary


def test_an_event_every_report_foretold_makes_no_entry() -> None:
    b = CorpusBuilder()
    b.article(
        "pact",
        "2031-05-06",
        [
            'The pact reads: "Up to forty detained fishermen of Veloria will be freed by May 10, 2031."',
            'Officials urged both sides to "get ready for the coming release of the fishermen."',
        ],
    )
    b.timex("pact", 0, "May 10, 2031", "2031-05-10")
    release = make_event(
        "release",
        "2031-05-10",
        "Kastan",
        "Veloria",
        4.0,
        2,
        [b.cite("pact", 0), b.cite("pact", 1)],
        "Kastan freed fishermen",
        "0874",
    )
    b.corpus.events.append(release)
    assert "2031-05-10" not in _entries(b.corpus)


def test_an_opening_past_participle_phrase_drops_before_another_opening_phrase() -> None:
    line = first_clause(
        "Angered over the harbour fees, despite the council's promise, Marren closed the Delvane quay to "
        "Kastani trawlers on Friday and ordered the customs office to stop all clearances."
    )
    assert line.startswith("Marren closed the Delvane quay")


def test_a_power_weighed_with_can_or_a_comparison_with_as_if_speculates() -> None:
    assert speculates("Nobody but the Orvik audit board can rule whether the ledgers hide a fraud")
    assert speculates("It was as though the mayor had forgiven every debt of the fleet")
    assert not speculates("Okafor said the ferries can sail again from Port Alder")


def test_an_interjection_opens_no_line() -> None:
    assert not reads_as_a_line("Oh, the old trick of a statement at midnight, as the Orvik board knows.")


def test_a_date_whose_only_line_speculates_makes_no_entry() -> None:
    b = CorpusBuilder()
    b.article(
        "column",
        "2031-04-12",
        [
            "Nobody but the Delvane audit board can rule on Friday whether Okafor's ledgers hide a fraud.",
            "The harbour board met for an hour and adjourned without a word to the reporters waiting outside.",
        ],
    )
    b.timex("column", 0, "Friday", "2031-04-11")
    assert "2031-04-11" not in _entries(b.corpus)


def test_an_including_aside_drops_instead_of_cutting_the_clause_before_its_verb() -> None:
    line = first_clause(
        "The two unions, including the dockers of Orvik and the ferry crews of Delvane, walked out on "
        "Tuesday after the harbour board cut the winter bonus for the second year running."
    )
    assert "including" not in line and line.endswith("for the second year running.")


def test_an_including_aside_before_a_description_stays() -> None:
    line = first_clause(
        "Meanwhile, senior harbour officials, including Tomas Brek, the acting port director, met quietly "
        "on Thursday to draw up plans for closing the Orvik quay."
    )
    assert "officials the acting" not in line


def test_a_speaker_named_after_the_verb_keeps_the_of_in_a_title() -> None:
    line = quote_led_headline(
        '"The ferries will sail again within the month," said Minister of Harbours Tomas Brek in Port Alder.'
    )
    assert line is not None and line.startswith("Minister of Harbours Tomas Brek said:")


def test_a_speaker_closing_the_sentence_loses_its_full_stop() -> None:
    line = quote_led_headline('"The ferries will sail again within the month," said Governor Ilsa Marren.')
    assert line is not None and line.startswith("Governor Ilsa Marren said:")
