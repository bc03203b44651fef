"""Session 17 timeline classes: a question or a sentence of bare quoted words tells no happening, a
pointer subject before "does"/"means" leans back, a date in a relative "that" clause or an opening
concession is no line for the sentence's act, nor is a day owning a thing ("Tuesday's release")
beside the day of the act."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import TimelineEntry
from storyline.story import build_timeline
from storyline.story.text import points_back

NEWS = [
    "The Orvik harbour board voted to close the north pier for repairs on Monday.",
    "Dock workers in Port Alder said the closure would cost them a week of wages.",
]


def _entries(b: CorpusBuilder) -> dict[str, TimelineEntry]:
    return {e.date: e for e in build_timeline(b.corpus)}


def test_a_question_is_no_line_for_the_date_it_names() -> None:
    b = CorpusBuilder()
    asked = "Where were you when the Orvik dam burst on May 3, 2024?"
    b.article("dam", "2031-05-03", [*NEWS, asked])
    b.timex("dam", 0, "Monday", "2031-04-28").timex("dam", 2, "May 3, 2024", "2024-05-03")
    entries = _entries(b)
    assert "2024-05-03" not in entries  # it asks the reader, it tells nothing of that day
    assert "2031-04-28" in entries


def test_bare_quoted_words_are_no_opening_line_of_the_day() -> None:
    b = CorpusBuilder()
    quoted = "“The harbour of Port Alder belongs to the people who work on it.”"
    b.article(
        "quote", "2031-06-02", [quoted, "The Veloria council met in Port Alder to discuss the dredging."]
    )
    b.article("other", "2031-06-02", ["A storm damaged three fishing boats off the Orvik coast overnight."])
    entries = _entries(b)
    entry = entries["2031-06-02"]
    assert "belongs to the people" not in entry.headline
    assert "belongs to the people" not in entry.summary


def test_a_pointer_subject_before_does_or_means_leans_back() -> None:
    assert points_back("That doesn’t mean the Orvik audit is over.")
    assert points_back("This suggests the Kastan board knew of the leak.")
    assert not points_back("That day the Kastan board met in Port Alder.")
    assert not points_back("These documents show the Kastan board knew of the leak.")


def test_a_year_in_a_relative_that_clause_is_no_line_for_the_sentence() -> None:
    b = CorpusBuilder()
    line = "A new Kastan dredger would be twice the size of the ship that sank off Orvik in 1998."
    b.article("ship", "2031-07-01", [*NEWS, line])
    b.timex("ship", 0, "Monday", "2031-06-30").timex("ship", 2, "1998", "1998")
    # the sinking is the ship's story, the sentence weighs a dredger: the clause alone heads 1998
    assert _entries(b)["1998"].headline == "The ship sank off Orvik in 1998"


def test_a_relative_that_clause_telling_the_subjects_act_stays_a_line() -> None:
    b = CorpusBuilder()
    line = "The Marren guild was one of the few unions that backed the Orvik strike in 1998."
    b.article("guild", "2031-07-01", [*NEWS, line])
    b.timex("guild", 0, "Monday", "2031-06-30").timex("guild", 2, "1998", "1998")
    assert "1998" in _entries(b)  # "one of the unions that backed" tells the guild's own act


def test_a_year_in_an_opening_concession_is_no_line_for_the_main_clause() -> None:
    b = CorpusBuilder()
    line = "Although Kastan and Veloria signed a fishing pact in 2009, the two ports still quarrel over nets."
    b.article("pact", "2031-07-01", [*NEWS, line])
    b.timex("pact", 0, "Monday", "2031-06-30").timex("pact", 2, "2009", "2009")
    assert "2009" not in _entries(b)


def test_a_day_owning_a_thing_beside_the_acts_day_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    line = "Okafor said on Thursday that Tuesday’s release of the Orvik audit had shaken the harbour board."
    b.article("audit", "2031-03-06", [*NEWS, line])
    b.timex("audit", 0, "Monday", "2031-03-03")
    b.timex("audit", 2, "Thursday", "2031-03-06").timex("audit", 2, "Tuesday", "2031-03-04")
    entries = _entries(b)
    assert "2031-03-04" not in entries  # the release is named as a thing: the sentence tells Thursday
    assert "Tuesday’s release" in entries["2031-03-06"].summary


def test_a_same_day_lead_opening_on_a_season_of_another_year_is_no_line_for_the_day() -> None:
    b = CorpusBuilder()
    recalled = "In the summer of 2009, Okafor sailed a fishing boat from Port Alder to the Orvik banks alone."
    today = "The Orvik harbour board named Okafor its first woman harbour master at a meeting in Port Alder."
    b.article("master", "2031-06-02", [today, recalled])
    b.timex("master", 1, "the summer of 2009", "2009-SU")
    entry = _entries(b)["2031-06-02"]
    assert "sailed" not in entry.summary
    assert "harbour master" in entry.headline


def test_an_article_opening_on_an_anecdote_of_another_year_gives_no_lead_after_it() -> None:
    b = CorpusBuilder()
    recalled = "In the summer of 2009, Okafor sailed a fishing boat from Port Alder to the Orvik banks alone."
    going_on = "Halfway across, a storm tore the mainsail and the radio went silent for two whole days."
    b.article("master", "2031-06-02", [recalled, going_on])
    b.timex("master", 0, "the summer of 2009", "2009-SU")
    assert "2031-06-02" not in _entries(b)  # the storm is part of the 2009 anecdote, no news of the day
