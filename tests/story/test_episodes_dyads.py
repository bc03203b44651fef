from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.corpus import Corpus
from storyline.story import dyad_series, episodes, main_dyads


def _corpus_with_events() -> Corpus:
    b = CorpusBuilder()
    b.article("d1", "2031-01-03", ["Veloria accused Kastan of shelling the border villages overnight."])
    b.article("d2", "2031-01-20", ["Kastan and Veloria agreed to a prisoner exchange at the northern gate."])
    b.article("d3", "2031-05-02", ["Veloria sent food aid to Kastan after the floods in the south."])
    c = b.corpus
    c.events = [
        make_event(
            "v1", "2031-01-02", "Veloria", "Kastan", -2.0, 3, [b.cite("d1", 0)], "Veloria accuses Kastan"
        ),
        make_event(
            "v2", "2031-01-03", "Kastan", "Veloria", -10.0, 4, [b.cite("d1", 0)], "Kastan shells villages"
        ),
        make_event(
            "v3", "2031-01-20", "Kastan", "Veloria", 4.0, 1, [b.cite("d2", 0)], "prisoner exchange agreed"
        ),
        make_event(
            "v4", "2031-05-02", "Veloria", "Kastan", 7.4, 2, [b.cite("d3", 0)], "Veloria sends food aid"
        ),
        make_event("v5", "2031-05-02", "Veloria", "Ostmark", 1.0, 1, [b.cite("d3", 0)], "unrelated pair"),
        make_event("v6", None, "Veloria", "Kastan", 3.0, 1, [b.cite("d3", 0)], "undated"),
    ]
    return c


def test_episodes_split_at_quiet_gaps() -> None:
    eps = episodes(_corpus_with_events())
    assert [(e.start, e.end) for e in eps] == [("2031-01-02", "2031-01-20"), ("2031-05-02", "2031-05-02")]
    assert set(eps[0].event_ids) == {"v1", "v2", "v3"}
    assert eps[0].goldstein_sum == -8.0
    assert eps[0].title  # titled from its events, or the lead of an untitled article reporting them
    assert eps[0].title in {
        "Veloria accuses Kastan",
        "Kastan shells villages",
        "prisoner exchange agreed",
        "Kastan and Veloria agreed to a prisoner exchange at the northern gate.",
    }


def test_episodes_min_gap_parameter_and_text_only_corpus() -> None:
    c = _corpus_with_events()
    assert len(episodes(c, min_gap_days=200)) == 1
    assert len(episodes(c, min_gap_days=10)) == 3
    b = CorpusBuilder()
    b.article("t1", "2031-01-01", ["One."], title="Floods hit the south")
    b.article("t2", "2031-03-01", ["Two."])
    text_only = episodes(b.corpus, min_gap_days=14)
    assert [(e.start, e.end) for e in text_only] == [
        ("2031-01-01", "2031-01-01"),
        ("2031-03-01", "2031-03-01"),
    ]
    assert text_only[0].title == "Floods hit the south"
    assert episodes(Corpus()) == []


def test_dyads_monthly_goldstein_counts_and_quad_mix() -> None:
    series = dyad_series(_corpus_with_events(), "Veloria", "Kastan")
    assert [p.month for p in series] == ["2031-01", "2031-05"]
    jan, may = series
    assert jan.goldstein_sum == -8.0  # -2 - 10 + 4, both directions
    assert jan.count == 3
    assert jan.quad == {1: 1, 2: 0, 3: 1, 4: 1}
    assert (jan.a_to_b, jan.b_to_a) == (1, 2)
    assert may.goldstein_sum == 7.4 and may.count == 1  # the Ostmark event and the undated one are out


def test_dyads_directed_and_by_code_or_id() -> None:
    c = _corpus_with_events()
    directed = dyad_series(c, "VEL", "KAS", directed=True)  # actor codes
    assert [(p.month, p.count) for p in directed] == [("2031-01", 1), ("2031-05", 1)]
    by_id = dyad_series(c, "e-kastan", "e-veloria")
    assert sum(p.count for p in by_id) == 4
    assert dyad_series(c, "Veloria", "Nobody") == []


def test_dyads_main_pairs_ranked_by_event_count() -> None:
    pairs = main_dyads(_corpus_with_events(), 2)
    assert pairs[0] == ("e-kastan", "e-veloria", 4)
    assert pairs[1][2] == 1


def test_dyads_by_report_places_undated_events_in_their_first_report_month() -> None:
    c = _corpus_with_events()
    undated = next(e for e in c.events if e.event_id == "v6")
    undated.first_reported = "2031-05-02"
    assert [(p.month, p.count) for p in dyad_series(c, "Veloria", "Kastan")] == [
        ("2031-01", 3),
        ("2031-05", 1),
    ]
    placed = dyad_series(c, "Veloria", "Kastan", by_report=True)
    assert [(p.month, p.count, p.by_report) for p in placed] == [("2031-01", 3, 0), ("2031-05", 2, 1)]
    assert placed[1].goldstein_sum == 10.4  # 7.4 + 3.0
    # a year-only date is what the text said: it is never moved to the report month
    undated.date = "2030"
    assert [p.count for p in dyad_series(c, "Veloria", "Kastan", by_report=True)] == [3, 1]


def test_episode_title_prefers_a_widely_reported_readable_act_then_the_main_article_headline() -> None:
    b = CorpusBuilder()
    b.article(
        "d1",
        "2031-03-04",
        ["Gunmen killed three people near the Port Alder market on Monday."],
        title="Market attack shakes Port Alder",
    )
    b.article("d2", "2031-03-05", ["Kastan troops shelled Port Alder on Tuesday."], title="Shelling resumes")
    c = b.corpus
    killed = make_event("k1", "2031-03-03", "x", "y", -10.0, 4, [b.cite("d1", 0)], "killed three people")
    killed.source_name = killed.source_entity_id = killed.source_actor_code = None
    killed.num_documents = 3  # the most reported act, but it names no doer
    c.events = [killed]
    assert episodes(c)[0].title == "Market attack shakes Port Alder"  # the article that reports it
    shelled = make_event(
        "s1",
        "2031-03-04",
        "Kastan",
        "Port Alder",
        -9.0,
        4,
        [b.cite("d2", 0)],
        "Kastan troops shelled Port Alder",
    )
    c.events = [killed, shelled]
    # one article's act is a clause of its sentence: that article's headline titles the episode
    assert episodes(c)[0].title == "Market attack shakes Port Alder"
    shelled.num_documents = 2  # an act several articles report is what the episode was about
    assert episodes(c)[0].title == "Kastan troops shelled Port Alder"


def test_an_untitled_episode_is_titled_by_its_main_articles_lead_not_a_cut_clause() -> None:
    b = CorpusBuilder()
    b.article(
        "d1",
        "2031-03-04",
        [
            "(This post was last updated at 6:10 p.m. local time on Monday evening in Port Alder.)",
            "Kastan troops shelled the Port Alder market on Monday, killing three people and wounding a dozen.",
        ],
    )
    b.article(
        "d2",
        "2031-03-05",
        [
            "The Veloria council sent two ferries of medical supplies to Port Alder on Tuesday after the shelling."
        ],
    )
    c = b.corpus
    cut = make_event(
        "k1", "2031-03-03", "Kastan", "Port Alder", -10.0, 4, [b.cite("d1", 1)], "shelled the market"
    )
    c.events = [cut]
    assert episodes(c)[0].title.startswith("Kastan troops shelled the Port Alder market")


def test_episodes_end_on_activity_not_on_foretold_events() -> None:
    """An event every report of which was published before its day is a plan: it neither stretches
    its episode nor opens one of its own."""
    c = _corpus_with_events()
    b_cite = c.events[2].sources  # reported by the article of 2031-01-20 only
    c.events += [
        make_event("p1", "2031-01-30", "Kastan", "Veloria", 4.0, 1, b_cite, "talks will resume"),
        make_event("p2", "2031-03-15", "Kastan", "Veloria", 4.0, 1, b_cite, "a summit is planned"),
    ]
    eps = episodes(c)
    assert [(e.start, e.end) for e in eps] == [("2031-01-02", "2031-01-20"), ("2031-05-02", "2031-05-02")]
    assert not {"p1", "p2"} & {i for e in eps for i in e.event_ids}


def test_untitled_episode_takes_its_article_opening_over_a_cut_summary() -> None:
    b = CorpusBuilder()
    b.article("s1", "2031-06-01", ["Smoke rose over Port Alder.", "Guns shelled the market at dawn."])
    c = b.corpus
    c.events = [make_event("m1", "2031-06-01", "", "", -9.0, 1, [b.cite("s1", 1)], "shelled the market")]
    # the lead is too short to title it alone, and the summary is a clause cut from its sentence
    assert [e.title for e in episodes(c)] == ["Untitled: Smoke rose over Port Alder."]
    b2 = CorpusBuilder()
    b2.article("s2", "2031-06-01", ["Smoke rose over Port Alder."])  # no event at all: not left untitled
    assert [e.title for e in episodes(b2.corpus)] == ["Untitled: Smoke rose over Port Alder."]
