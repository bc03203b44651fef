from __future__ import annotations

import pytest
from handmade import CorpusBuilder, make_event

from storyline.corpus import Corpus
from storyline.records import Entity, Mention
from storyline.story import build_timeline, candidate_dates
from storyline.story.dates import date_key, in_range


def test_dates_date_key_keeps_known_precision() -> None:
    assert date_key("2000-02-16T17:21:00+00:00") == "2000-02-16"
    assert date_key("1999-03") == "1999-03"
    assert date_key("1997") == "1997"
    assert date_key("PRESENT_REF") is None
    assert date_key("XXXX-03") is None
    assert date_key("2001-W47") is None
    assert date_key("2001-02-30") is None
    assert in_range("2009-03-05", "1999", "2009")
    assert not in_range("2010-01-01", "1999", "2009")
    assert in_range("1999", "1999-06", None)


def test_timeline_prefers_dates_later_articles_refer_to(treaty: Corpus) -> None:
    entries = build_timeline(treaty, max_dates=1)
    assert [e.date for e in entries] == ["2031-05-04"]
    feats = {f.key: f for f in candidate_dates(treaty)}
    assert feats["2031-05-04"].refs == 2  # a3 and a4, both published later
    assert feats["2031-05-04"].pub == 1  # a2 is a duplicate of a1 and does not count


def test_timeline_is_in_date_order_and_cites_body_sentences(treaty: Corpus) -> None:
    entries = build_timeline(treaty, max_dates=4)
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    for e in entries:
        assert e.sources
        for c in e.sources:
            s = treaty.sentences[c.doc_id][c.sentence]
            assert s.block_kind == "body"
            assert (c.start, c.end) == (s.start, s.end)
            assert treaty.sentence_text(c.doc_id, c.sentence) in e.summary


def test_timeline_skips_duplicate_articles(treaty: Corpus) -> None:
    entries = build_timeline(treaty)
    cited_docs = {c.doc_id for e in entries for c in e.sources}
    assert "a2" not in cited_docs
    assert len([e for e in entries if e.date == "2031-05-04"]) == 1


def test_timeline_removes_redundant_sentences() -> None:
    b = CorpusBuilder()
    same = "Veloria and Kastan agreed a ceasefire in Port Alder on Monday after a week of fighting."
    b.article("x1", "2031-03-03", [same], outlet="One")
    b.article(
        "x2",
        "2031-03-03",
        ["Veloria and Kastan agreed to a ceasefire at Port Alder on Monday after a week of fighting."],
        outlet="Two",
    )
    b.article(
        "x3",
        "2031-03-03",
        ["Aid convoys are expected to reach Port Alder and the border towns of Kastan within days."],
        outlet="Three",
    )
    for d in ("x1", "x2"):
        b.timex(d, 0, "Monday", "2031-03-03")
    entries = build_timeline(b.corpus, sentences_per_date=2)
    assert len(entries) == 1
    texts = [b.corpus.sentence_text(c.doc_id, c.sentence) for c in entries[0].sources]
    assert len(texts) == 2
    assert sum("ceasefire" in t for t in texts) == 1  # the two outlets' versions are one fact
    assert any("Aid convoys" in t for t in texts)


def test_timeline_about_keeps_only_matching_articles(treaty: Corpus) -> None:
    entries = build_timeline(treaty, about=["treaty", "troops"])
    dates = {e.date for e in entries}
    assert "2031-05-04" in dates
    assert "2031-06-28" not in dates  # the football article never mentions the keywords
    assert "2031-07-02" not in dates


def test_timeline_entity_centred_uses_resolved_mentions(treaty: Corpus) -> None:
    entries = build_timeline(treaty, entity="Marren")  # an alias of the entity
    assert [e.date for e in entries] == ["2031-05-04"]
    entries_by_id = build_timeline(treaty, entity="e-marren")
    assert [e.date for e in entries_by_id] == ["2031-05-04"]


def test_timeline_entity_unresolved_name_matches_words() -> None:
    b = CorpusBuilder()
    b.article("n1", "2031-01-05", ["Governor Tamsin Vale opened the new harbour bridge on Sunday."])
    b.article("n2", "2031-01-09", ["The harbour authority raised fees for cargo ships this week."])
    b.corpus.entities = [Entity("p1", "Someone Else", "PERSON")]
    b.corpus.mentions = [Mention("n2", 0, 4, 10, "harbour", 0, "name", "ORG", 0, entity_id="p1")]
    entries = build_timeline(b.corpus, entity="Tamsin Vale")
    assert [e.date for e in entries] == ["2031-01-05"]


def test_timeline_attaches_events_quotes_and_headline(treaty: Corpus) -> None:
    entries = {e.date: e for e in build_timeline(treaty)}
    day = entries["2031-05-04"]
    assert day.event_ids == ["ev1"]
    assert day.quote_ids == ["q1"]
    assert day.headline == "Veloria signs border treaty with Kastan"
    assert 0.0 < day.importance <= 1.0


def test_timeline_start_end_bound_entries(treaty: Corpus) -> None:
    entries = build_timeline(treaty, start="2031-06", end="2031-06-30")
    assert entries
    assert all("2031-06-01" <= e.date <= "2031-06-30" for e in entries)


def test_timeline_keeps_month_precision_dates() -> None:
    b = CorpusBuilder()
    b.article(
        "m1",
        "2032-02-16",
        [
            "The alliance froze its ties with Kastan last March after the air strikes began.",
            "Talks resumed in Port Alder this week.",
        ],
    ).timex("m1", 0, "last March", "2031-03")
    b.article(
        "m2",
        "2032-05-01",
        ["Relations have slowly recovered since the freeze of last March between the two sides."],
    ).timex("m2", 0, "last March", "2031-03")
    entries = build_timeline(b.corpus)
    dates = [e.date for e in entries]
    assert "2031-03" in dates
    assert dates == sorted(dates)
    assert "2031-03" not in [e.date for e in build_timeline(b.corpus, day_only=True)]


def test_timeline_works_from_text_alone_and_handles_empty_input() -> None:
    assert build_timeline(Corpus()) == []
    b = CorpusBuilder()
    b.article("t1", None, ["", "???"])  # no date, garbage sentences
    assert build_timeline(b.corpus) == []
    b.article(
        "t2", "2031-04-01", ["Kastan closed its embassy in Veloria after the expulsion of two diplomats."]
    )
    entries = build_timeline(b.corpus)
    assert [e.date for e in entries] == ["2031-04-01"]
    assert entries[0].event_ids == []


def test_timeline_event_without_text_support_still_makes_an_entry() -> None:
    b = CorpusBuilder()
    b.article("e1", "2031-09-09", ["Short.", "Kastan recalled its ambassador from Veloria on 2 September."])
    b.timex("e1", 1, "2 September", "2031-09-02")
    b.corpus.events = [
        make_event(
            "evx",
            "2031-09-02",
            "Kastan",
            "Veloria",
            -4.0,
            3,
            [b.cite("e1", 1)],
            summary="Kastan recalls ambassador",
        )
    ]
    entries = {e.date: e for e in build_timeline(b.corpus)}
    assert entries["2031-09-02"].event_ids == ["evx"]
    assert entries["2031-09-02"].sources[0].sentence == 1


def test_timeline_about_and_entity_together_must_both_match(treaty: Corpus) -> None:
    both = build_timeline(treaty, about=["treaty"], entity="Ilsa Marren")
    assert [e.date for e in both] == ["2031-05-04"]
    assert build_timeline(treaty, about=["football"], entity="Ilsa Marren") == []


def test_timeline_headline_is_top_sentence_clause_when_event_summary_is_a_fragment() -> None:
    b = CorpusBuilder()
    b.article(
        "f1",
        "2031-03-02",
        [
            "But after weeks of quarrels, Veloria and Kastan agreed on Monday to reopen the river crossings; "
            "traders welcomed the move.",
        ],
    ).timex("f1", 0, "Monday", "2031-03-01")
    c = b.corpus
    c.events = [
        make_event(
            "evf", "2031-03-01", "Veloria", "Kastan", 5.0, 1, [b.cite("f1", 0)], summary="their to to reopen"
        )
    ]
    [entry] = build_timeline(c)
    assert entry.date == "2031-03-01" and entry.event_ids == ["evf"]
    assert entry.headline == "Veloria and Kastan agreed on Monday to reopen the river crossings"


def test_timeline_counts_later_references_and_density(treaty: Corpus) -> None:
    feats = {f.key: f for f in candidate_dates(treaty)}
    assert feats["2031-05-04"].refs_later == 2  # a3 and a4; a1 is same-day, a2 a duplicate
    assert feats["2031-05-04"].refs_same == 1
    assert feats["2031-06-09"].refs_later == 1  # a3, published the day after
    # articles published within 30 days either side, per day of the 61-day window
    assert feats["2031-05-04"].density == 1 / 61
    assert feats["2031-06-09"].density == 3 / 61


def test_timeline_prefers_a_date_that_stands_out_in_a_quiet_period() -> None:
    b = CorpusBuilder()
    for i in range(8):  # a busy week of coverage that does not point at any day
        b.article(
            f"busy{i}", f"2031-01-{10 + i:02d}", [f"Kastan harbour fees were debated again, report {i}."]
        )
    for day, label in (("2031-01-12", "January"), ("2031-04-12", "April")):
        for j in range(2):
            doc = f"ref-{label}-{j}"
            b.article(
                doc,
                f"2031-{day[5:7]}-20",
                [f"Kastan closed the harbour on {label} 12 after a storm warning."],
            )
            b.timex(doc, 0, f"{label} 12", day)
    [entry] = build_timeline(b.corpus, max_dates=1)
    assert entry.date == "2031-04-12"
    feats = {f.key: f for f in candidate_dates(b.corpus)}
    assert feats["2031-01-12"].refs_later == feats["2031-04-12"].refs_later == 2
    assert feats["2031-01-12"].density > feats["2031-04-12"].density


def test_timeline_counts_chronology_entries_not_datelines_or_ranges() -> None:
    b = CorpusBuilder()
    b.article(
        "chrono",
        "2031-09-30",
        [
            "March 18 - Kastan troops close the northern border crossings.",
            "10 June: Veloria recalls its ambassador from Kastan.",
            "Talks ran from July 4 - 6 in the capital.",
            "Ferries resumed on August 2 and fares fell.",
        ],
    )
    b.timex("chrono", 0, "March 18", "2031-03-18")
    b.timex("chrono", 1, "10 June", "2031-06-10")
    b.timex("chrono", 2, "July 4", "2031-07-04")
    b.timex("chrono", 3, "August 2", "2031-08-02")
    # a same-day report that opens with its own date is a dateline, not a chronology entry
    b.article("daily", "2031-06-10", ["10 June - Veloria recalls its ambassador, officials say."])
    b.timex("daily", 0, "10 June", "2031-06-10")
    feats = {f.key: f for f in candidate_dates(b.corpus)}
    assert feats["2031-03-18"].chron == 1
    assert feats["2031-06-10"].chron == 1
    assert feats["2031-07-04"].chron == 0  # "4 - 6" is a range, no event follows the dash
    assert feats["2031-08-02"].chron == 0


def test_timeline_weights_later_references_by_their_distance() -> None:
    b = CorpusBuilder()
    for i, pub in enumerate(("2031-02-02", "2031-02-02")):  # the next day only
        b.article(f"near{i}", pub, [f"Kastan shut the port on February 1, report {i}."])
        b.timex(f"near{i}", 0, "February 1", "2031-02-01")
    for i, pub in enumerate(("2031-05-01", "2031-06-01")):  # still cited months later
        b.article(f"far{i}", pub, [f"Veloria signed the accord on January 10, note {i}."])
        b.timex(f"far{i}", 0, "January 10", "2031-01-10")
    feats = {f.key: f for f in candidate_dates(b.corpus)}
    assert feats["2031-02-01"].refs_later == feats["2031-01-10"].refs_later == 2
    assert feats["2031-01-10"].refs_dist > 4 * feats["2031-02-01"].refs_dist > 0
    [entry] = build_timeline(b.corpus, max_dates=1)
    assert entry.date == "2031-01-10"


def test_timeline_weights_background_pieces_that_look_back_on_many_days() -> None:
    b = CorpusBuilder()
    # a background piece naming four earlier days, and a one-off article naming one earlier day
    days = ("2031-03-02", "2031-03-09", "2031-04-15", "2031-05-20")
    b.article(
        "background",
        "2031-07-01",
        [f"Kastan troops moved on day {i} of the crisis, the army said." for i in range(len(days))],
    )
    for i, day in enumerate(days):
        b.timex("background", i, f"day {i}", day)
    b.article("oneoff", "2031-07-01", ["Veloria lifted the curfew on the quiet day, officials said."])
    b.timex("oneoff", 0, "the quiet day", "2031-03-16")
    # "yesterday" is news, not a look back: a next-day report adds no background weight
    b.article("nextday", "2031-03-03", ["Kastan troops moved again yesterday, the army said."])
    b.timex("nextday", 0, "yesterday", "2031-03-02")
    feats = {f.key: f for f in candidate_dates(b.corpus)}
    assert feats["2031-03-02"].refs_later == 2
    assert feats["2031-03-02"].refs_retro == feats["2031-05-20"].refs_retro
    assert feats["2031-05-20"].refs_retro > feats["2031-03-16"].refs_retro > 0
    [entry] = build_timeline(b.corpus, max_dates=1, about=["Kastan"])
    assert entry.date in days


def test_timeline_line_prefers_the_act_over_a_quote_about_it() -> None:
    b = CorpusBuilder()
    b.article(
        "a",
        "2031-03-10",
        [
            '"Kastan closed the northern border crossings today," a Veloria official said.',
            "Kastan closed the northern border crossings today after a week of protests.",
        ],
    )
    [entry] = build_timeline(b.corpus, sentences_per_date=1)
    assert entry.summary.startswith("Kastan closed the northern border crossings today after")
    # the last line of a quotation that runs over several paragraphs is someone's words too
    b = CorpusBuilder()
    b.article(
        "q",
        "2031-03-10",
        [
            'Kastan closed the northern border crossings today after a week of protests."',
            "Kastan closed the northern border crossings today after a week of protests.",
        ],
    )
    [entry] = build_timeline(b.corpus, sentences_per_date=1)
    assert [c.sentence for c in entry.sources] == [1]


def test_timeline_event_line_needs_its_day_named_in_its_own_sentence() -> None:
    # the second sentence's event took the day named one sentence before; it is background, not that
    # day's news, so only the sentence that names the day is a line for it
    b = CorpusBuilder()
    b.article(
        "n1",
        "2031-06-20",
        [
            "Kastan troops crossed the river into Veloria on Friday, the army said.",
            "Among the units were the oldest regiments of the Kastan army and several militia groups.",
        ],
    ).timex("n1", 0, "Friday", "2031-06-18")
    cites = [b.cite("n1", 0), b.cite("n1", 1)]
    b.corpus.events = [make_event("evn", "2031-06-18", "Kastan", "Veloria", -9.0, 4, cites)]
    entries = {e.date: e for e in build_timeline(b.corpus, sentences_per_date=2)}
    assert [c.sentence for c in entries["2031-06-18"].sources] == [0]


@pytest.mark.parametrize(("date_source", "is_line"), [("dct", False), ("timex", True)])
def test_timeline_event_dated_by_its_article_day_alone_is_no_line(date_source: str, is_line: bool) -> None:
    # an event the publication day dated is often a standing fact ("Kastan exports mostly heavy crude")
    last = "Kastan exports mostly heavy crude to Veloria through the northern crossings"
    b = CorpusBuilder()
    b.article(
        "p1",
        "2031-07-01",
        [
            "Veloria reopened the northern border crossings to freight traffic on Monday.",
            "Officials in both capitals welcomed the decision as a first step.",
            "Trucks were queuing at the crossings by the afternoon, witnesses said.",
            last + (" today." if date_source == "timex" else "."),
        ],
    )
    if date_source == "timex":
        b.timex("p1", 3, "today", "2031-07-01")
    event = make_event("evp", "2031-07-01", "Kastan", "Veloria", 1.0, 1, [b.cite("p1", 3)])
    event.date_source = date_source  # type: ignore[assignment]
    b.corpus.events = [event]
    [entry] = build_timeline(b.corpus, sentences_per_date=4)
    assert (3 in [c.sentence for c in entry.sources]) is is_line


def test_timeline_a_month_entry_with_nothing_of_its_own_is_dropped() -> None:
    # one sentence names both the day and the month; the day's entry tells it, and the month's event,
    # whose only sentence that is, would make an entry with nothing of its own to say
    b = CorpusBuilder()
    text = "Kastan and Veloria signed the accord on Wednesday after two rounds of talks this month."
    b.article("s1", "2031-03-21", [text, "Fishing boats stayed in port on Thursday."])
    b.timex("s1", 0, "Wednesday", "2031-03-19").timex("s1", 0, "this month", "2031-03")
    b.timex("s1", 1, "Thursday", "2031-03-20")
    b.corpus.events = [
        make_event(
            "day", "2031-03-19", "Kastan", "Veloria", 8.0, 1, [b.cite("s1", 0)], "Kastan signed", "057"
        ),
        make_event(
            "month", "2031-03", "Kastan", "Veloria", 8.0, 1, [b.cite("s1", 0)], "Kastan signed", "057"
        ),
    ]
    entries = build_timeline(b.corpus)
    dates = [e.date for e in entries]
    assert "2031-03-19" in dates and "2031-03" not in dates, [(e.date, e.summary) for e in entries]
    assert all(e.summary for e in entries)


def test_timeline_a_month_that_restates_its_day_is_no_second_entry() -> None:
    b = CorpusBuilder()
    b.article("d1", "2031-10-12", ["Kastan suspended its fishing accord with Veloria on Wednesday."])
    b.timex("d1", 0, "Wednesday", "2031-10-11")
    b.article("m1", "2032-03-04", ["The talks were the first since Kastan suspended the accord in October."])
    b.timex("m1", 0, "October", "2031-10")
    b.article(
        "m2",
        "2032-03-05",
        ["Kastan froze the fishing accord in October, and Veloria expelled its envoy in October."],
    )
    b.timex("m2", 0, "October", "2031-10")
    suspend_day = make_event(
        "sd", "2031-10-11", "Kastan", "Veloria", -4.0, 4, [b.cite("d1", 0)], "Kastan suspended", "160"
    )
    suspend_month = make_event(
        "sm", "2031-10", "Kastan", "Veloria", -4.0, 4, [b.cite("m1", 0)], "Kastan suspended", "160"
    )
    b.corpus.events = [suspend_day, suspend_month]
    dates = [e.date for e in build_timeline(b.corpus)]
    assert "2031-10-11" in dates and "2031-10" not in dates, dates
    # a month with an act no day of it has stays
    expel = make_event(
        "ex", "2031-10", "Veloria", "Kastan", -5.0, 4, [b.cite("m2", 0)], "Veloria expelled", "166"
    )
    b.corpus.events = [suspend_day, suspend_month, expel]
    assert "2031-10" in [e.date for e in build_timeline(b.corpus)]
