"""A timeline entry tells what happened on its date: a line whose main clause has a time of its own
("signed the pact on Saturday") does not head an earlier date it names further on, and the events an
entry lists belong to the story its lines tell."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.records import TimelineEntry
from storyline.story import build_timeline

PACT = (
    "Veloria signed a border pact with Kastan in Port Alder on Saturday, closing a quarrel over the Orvik "
    "mines that Kastani miners had seized in March 2019."
)
MINES = "The Orvik mines were seized by Kastani miners in March 2019, a Veloria court heard."
SAID = "Kastan was ready to shut the Orvik mines last year, Okafor said in a film that aired on Veloria radio on Sunday."


def _entries(b: CorpusBuilder) -> dict[str, TimelineEntry]:
    return {e.date: e for e in build_timeline(b.corpus, sentences_per_date=2)}


def test_a_line_timing_its_own_act_heads_no_earlier_date_it_names() -> None:
    b = CorpusBuilder()
    b.article("pact", "2031-06-09", [PACT])
    # an unresolved weekday, as in an undated article: ranking does not hand Saturday the line first
    b.timex("pact", 0, "Saturday", "XXXX-WXX-6").timex("pact", 0, "March 2019", "2019-03")
    entry = _entries(b).get("2019-03")
    # the pact was signed on Saturday: told under March 2019, the line shows a later act
    assert entry is None or "signed" not in entry.headline


def test_another_line_heads_the_date_when_one_times_its_own_act() -> None:
    b = CorpusBuilder()
    b.article("pact", "2031-06-09", [PACT]).article("court", "2031-06-10", [MINES])
    b.timex("pact", 0, "Saturday", "XXXX-WXX-6").timex("pact", 0, "March 2019", "2019-03")
    b.timex("court", 0, "March 2019", "2019-03")
    entry = _entries(b)["2019-03"]
    assert "signed" not in entry.headline
    assert "seized" in entry.headline
    assert [c.doc_id for c in entry.sources] == ["court"]


def test_a_speech_verb_after_the_other_time_dates_the_saying() -> None:
    b = CorpusBuilder()
    b.article("said", "2031-06-09", [SAID])
    # "last year" unresolved, as in an undated article: Sunday is the line's only date
    b.timex("said", 0, "last year", "XXXX").timex("said", 0, "Sunday", "2031-06-08")
    assert "2031-06-08" in _entries(b)  # what Okafor said on Sunday is Sunday's line


TREATY = [
    "Veloria and Kastan signed a fishing treaty in Port Alder on Monday.",
    "The treaty opens the Kastan banks to Veloria boats and ends a decade of quarrels over the catch.",
    "Fishermen in Port Alder cheered the treaty on the quay.",
]
ARRESTS = [
    "Police in Norrow arrested three bankers on Monday over a missing pension fund.",
    "The bankers of Norrow Mutual are accused of moving the pension fund to Delvane accounts.",
    "Savers queued outside Norrow Mutual branches to ask about their pensions.",
]


def test_an_entry_lists_only_the_events_of_its_story() -> None:
    b = CorpusBuilder()
    b.article("treaty", "2031-03-04", TREATY).article("arrests", "2031-03-04", ARRESTS)
    b.timex("treaty", 0, "Monday", "2031-03-03").timex("arrests", 0, "Monday", "2031-03-03")
    signed = make_event(
        "signed", "2031-03-03", "Veloria", "Kastan", 5.0, 5, [b.cite("treaty", 0)], "Veloria signed treaty"
    )
    arrested = make_event(
        "arrested",
        "2031-03-03",
        "Police",
        "bankers",
        -5.0,
        17,
        [b.cite("arrests", 0)],
        "Police arrested bankers",
    )
    b.corpus.events = [signed, arrested]
    entry = _entries(b)["2031-03-03"]
    listed = set(entry.event_ids)
    # one entry, one story: the arrests in Norrow fell on the same Monday but are another outlet's news
    assert len(entry.sources) == 1
    assert listed in ({"signed"}, {"arrested"})


WEEK = "The week of June 2 tested the Port Alder council: it met the Veloria envoy on June 4 about the quay."


def test_a_stretch_holding_the_date_times_no_other_act() -> None:
    b = CorpusBuilder()
    b.article("week", "2031-09-20", [WEEK])
    b.timex("week", 0, "The week of June 2", "2031-W23").timex("week", 0, "June 4", "2031-06-04")
    # the week of June 2 holds June 4: the line tells one time, not another act's
    assert [c.sentence for c in _entries(b)["2031-06-04"].sources] == [0]


def test_a_plan_for_later_in_the_month_of_writing_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article(
        "plan",
        "2031-02-03",
        [
            "Tomas Brek is due to appear this month before the Port Alder harbour committee.",
            "Earlier this month, the committee questioned Ilsa Marren about the Orvik contracts.",
        ],
    )
    b.timex("plan", 0, "this month", "2031-02").timex("plan", 1, "Earlier this month", "2031-02")
    entry = _entries(b).get("2031-02")
    # Brek's hearing is still ahead of the report; Marren's questioning is February's account
    assert entry is not None
    assert [c.sentence for c in entry.sources] == [1]
