"""Session 18 headline classes: an event summary cut inside a phrase ("called for the creation" of
what) or told in a plain present ("The agency does not audit ports", "Kastan strikes on Orvik") is no
headline for its day; the sentence's own line heads instead."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.story import build_timeline
from storyline.story.text import summary_fits_sentence, tells_a_habit
from storyline.story.timeline import _side_reading_of_the_date


def test_a_summary_cut_before_the_of_of_its_noun_lost_what_it_was_about() -> None:
    sentence = "Senator Okafor and two allies on Tuesday called for the creation of a Delvane harbour panel."
    assert not summary_fits_sentence("Okafor called for the creation", "Okafor", sentence)
    assert summary_fits_sentence("Okafor called for the creation of a panel", "Okafor", sentence)
    # the noun ends its clause: nothing was cut
    ended = "Okafor called for the creation, and the council agreed."
    assert summary_fits_sentence("Okafor called for the creation", "Okafor", ended)


def test_a_summary_cut_after_a_particle_lost_its_object() -> None:
    sentence = "The Kastan trade ministry on Thursday ruled out talks with Veloria in the near term."
    assert not summary_fits_sentence("Kastan ruled out", "Kastan", sentence)
    resigned = "Mayor Brek stepped down in May after the dredging scandal."
    assert summary_fits_sentence("Tomas Brek stepped down", "Tomas Brek", resigned)
    fled = "The crew ran out of the burning Orvik depot."
    assert summary_fits_sentence("Crew ran out", None, fled)


def test_a_plain_present_tells_a_habit_not_a_days_act() -> None:
    assert tells_a_habit("Orvik Port Authority does not inspect ferries", "Orvik Port Authority")
    assert tells_a_habit("Kastan prepares to arm the Delvane militia", "Kastan")
    assert tells_a_habit("Veloria strikes on Orvik positions", "Veloria")  # a plural noun read as a verb
    assert not tells_a_habit("Kastan closed the northern gate", "Kastan")
    assert not tells_a_habit("Kastan says talks are over", "Kastan")
    assert not tells_a_habit("Kastan calls for talks with Veloria", "Kastan")
    assert not tells_a_habit("Kastan has closed the northern gate", "Kastan")
    assert not tells_a_habit("Kastan troops entered Orvik", "Kastan")
    assert not tells_a_habit("Kastan soldiers in Orvik seized the depot", "Kastan")
    # a past act put in headline style is no habit
    signed = "Kastan signed the pact with Veloria on Monday."
    assert not tells_a_habit("Kastan signs pact with Veloria", "Kastan", signed)
    assert tells_a_habit("Kastan signs pact with Veloria", "Kastan", "Kastan signs every pact it is offered.")


def test_a_habit_summary_gives_way_to_its_sentences_line() -> None:
    b = CorpusBuilder()
    text = "The Orvik port authority said on Monday that it does not inspect ferries from Kastan any more."
    b.article("d1", "2031-03-04", [text, "Traders in Port Alder were unhappy."])
    b.timex("d1", 0, "Monday", "2031-03-03")
    ev = make_event(
        "ev1",
        "2031-03-03",
        "Orvik Port Authority",
        "Kastan",
        -2.0,
        3,
        [b.cite("d1", 0)],
        summary="Orvik Port Authority does not inspect ferries",
    )
    b.corpus.events.append(ev)
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-03-03")
    assert entry.headline.startswith("The Orvik port authority said"), entry.headline


def test_a_today_of_these_days_is_no_line_for_the_publication_day() -> None:
    b = CorpusBuilder()
    b.article(
        "now",
        "2031-05-06",
        [
            "Today, nearly 40,000 people in Port Alder depend on the ferries for work.",
            "Today's harbour is twice the size it was when the Kastan navy left.",
        ],
    )
    b.timex("now", 0, "Today", "2031-05-06").timex("now", 1, "Today", "2031-05-06")
    assert "2031-05-06" not in {e.date for e in build_timeline(b.corpus)}


def test_a_today_with_a_past_act_is_the_days_line() -> None:
    b = CorpusBuilder()
    b.article("act", "2031-05-06", ["Today, the Orvik council has voted to close the north pier for a year."])
    b.timex("act", 0, "Today", "2031-05-06")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-05-06")
    assert "voted to close the north pier" in entry.headline


def _side_reading(sentence: str, phrase: str) -> str | None:
    at = sentence.index(phrase)
    return _side_reading_of_the_date(sentence, at, at + len(phrase))


def test_a_conjunction_clause_whose_verb_follows_the_date_tells_the_dates_act() -> None:
    line = "Ferries crossed to Orvik again for the first time since two storms in May 2029 wrecked the pier."
    assert _side_reading(line, "May 2029") == "Two storms in May 2029 wrecked the pier"
    # a pronoun subject names nobody
    assert _side_reading("Ferries crossed again since they in May 2029 wrecked the pier.", "May 2029") is None
    # a sentence opening on the conjunction with no pause has no side clause: the opening runs into the main one
    opening = "After two years of talks Kastan ended exactly where the Orvik demands began in 2029 with the blockade."
    assert _side_reading(opening, "2029") is None


def test_a_dated_happening_listed_after_another_tells_the_dates_act() -> None:
    line = "The decade saw the March 2011 strike at the Orvik docks, and the June 2009 floods of the Delvane delta."
    assert _side_reading(line, "June 2009") == "The June 2009 floods of the Delvane delta"
    # the object of a verb is no happening of its own
    assert _side_reading("Okafor, beaten by Brek, lost the 2029 vote for the Orvik seat.", "2029") is None


def test_a_time_after_a_speech_verb_dates_the_saying_not_a_side_clause() -> None:
    line = "The board will reopen the pier next month, a clerk who met Okafor told reporters Friday."
    assert _side_reading(line, "Friday") is None


def test_a_plan_told_with_is_to_be_or_still_expected_makes_no_entry_for_its_day() -> None:
    b = CorpusBuilder()
    plans = [
        "The Orvik harbour prize is to be announced on Monday.",
        "The winner gets a silver anchor, to be awarded at a dinner in Port Alder on May 20.",
        "The Delvane inquiry is still expected to finish by June 1, its chair said.",
    ]
    b.article("ahead", "2031-05-02", ["The Orvik harbour board met in Port Alder on Friday.", *plans])
    b.timex("ahead", 0, "Friday", "2031-05-02").timex("ahead", 1, "Monday", "2031-05-05")
    b.timex("ahead", 2, "May 20", "2031-05-20").timex("ahead", 3, "June 1", "2031-06-01")
    dates = {e.date for e in build_timeline(b.corpus)}
    assert not dates & {"2031-05-05", "2031-05-20", "2031-06-01"}, dates


def test_an_entry_resting_on_its_event_is_headed_by_the_part_that_names_its_date() -> None:
    b = CorpusBuilder()
    line = (
        "The decade saw the March 2011 strike of the dock workers at the old Orvik harbour,"
        " and the June 2009 floods of the Delvane delta."
    )
    b.article("late", "2031-09-20", ["The Orvik harbour board met in Port Alder on Monday.", line])
    b.timex("late", 0, "Monday", "2031-09-15").timex("late", 1, "March 2011", "2011-03")
    b.timex("late", 1, "June 2009", "2009-06")
    flood = make_event(
        "ev", "2009-06", "Delvane", "Orvik", -2.0, 3, [b.cite("late", 1)], "floods of Delvane delta"
    )
    b.corpus.events.append(flood)
    entries = {e.date: e for e in build_timeline(b.corpus)}
    assert entries["2009-06"].headline == "The June 2009 floods of the Delvane delta.", entries[
        "2009-06"
    ].headline
