"""Cross-document merge: one Event per real-world event, with every citing sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline.events.merge as merge_module
from storyline.corpus import Corpus
from storyline.events import merge_events
from storyline.events.merge import act_senses, dates_compatible, trigger_stems
from storyline.records import Article, Chain, EventMention


def mention(
    doc: str, sent: int, code: str, src: str | None, tgt: str | None, date: str | None, **kw: object
) -> EventMention:
    fields: dict[str, object] = dict(
        doc_id=doc,
        index=sent,
        sentence=sent,
        start=10 * sent,
        end=10 * sent + 5,
        trigger="t",
        cameo_code=code,
        plover_category=None,
        plover_mode=None,
        goldstein=0.0,
        quad_class=1,
        modality="asserted",
        coded_by="lexicon",
        source_name=src,
        target_name=tgt,
        date=date,
        date_source="timex" if date else None,
        summary=f"{src} did {code} to {tgt}",
    )
    fields.update(kw)
    return EventMention(**fields)  # type: ignore[arg-type]


def corpus_of(mentions: list[EventMention], dup: dict[str, str] | None = None) -> Corpus:
    c = Corpus()
    for m in mentions:
        if m.doc_id not in c.articles:
            c.articles[m.doc_id] = Article(doc_id=m.doc_id, source_path=m.doc_id, text="x" * 200)
    for d, orig in (dup or {}).items():
        c.articles[d].duplicate_of = orig
    c.event_mentions = mentions
    return c


def test_merge_same_event_from_two_outlets_is_one_row() -> None:
    ms = [
        mention("a", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("b", 4, "042", "Lena Park", "Peru", "2003-05-03"),  # next-day report
        mention("b", 6, "0421"[:3], "Lena Park", "Peru", "2003-05"),  # month-level mention
    ]
    events = merge_events(corpus_of(ms))
    assert len(events) == 1
    ev = events[0]
    assert ev.num_sources == 3 and ev.num_documents == 2
    assert {c.doc_id for c in ev.sources} == {"a", "b"}
    assert ev.cameo_code == "042" and ev.plover_category == "CONSULT" and ev.goldstein == 1.9
    assert ev.date in ("2003-05-02", "2003-05-03")


def test_merge_keeps_different_dates_roots_and_dyads_apart() -> None:
    ms = [
        mention("a", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("b", 1, "042", "Lena Park", "Peru", "2003-09-20"),  # another visit
        mention("c", 1, "111", "Lena Park", "Peru", "2003-05-02"),  # another act
        mention("d", 1, "042", "Lena Park", "Chile", "2003-05-02"),  # another host
    ]
    assert len(merge_events(corpus_of(ms))) == 4


def test_merge_a_year_report_joins_one_visit_and_never_bridges_two() -> None:
    ms = [
        mention("a", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("b", 1, "042", "Lena Park", "Peru", "2003-05-03"),
        mention("c", 1, "042", "Lena Park", "Peru", "2003-09-20"),  # another visit
        mention("d", 1, "042", "Lena Park", "Peru", "2003"),  # "visited Peru in 2003", years later
        mention("e", 1, "042", "Lena Park", "Peru", "2001"),  # a year with no day report
    ]
    events = sorted(merge_events(corpus_of(ms)), key=lambda e: e.date or "")
    assert [(e.date, e.num_documents) for e in events] == [("2001", 1), ("2003-05-02", 3), ("2003-09-20", 1)]
    assert {c.doc_id for c in events[1].sources} == {"a", "b", "d"}


def test_merge_mutual_acts_ignore_actor_order_but_hostile_acts_do_not() -> None:
    ms = [
        mention("a", 1, "040", "Ghana", "Togo", "2001-01-01"),
        mention("b", 1, "040", "Togo", "Ghana", "2001-01-01"),
        mention("a", 2, "190", "Ghana", "Togo", "2001-01-01"),
        mention("b", 2, "190", "Togo", "Ghana", "2001-01-01"),
    ]
    events = merge_events(corpus_of(ms))
    assert sorted(e.cameo_root for e in events) == ["04", "19", "19"]


def test_merge_uses_resolved_entities_over_surface_names() -> None:
    ms = [
        mention("a", 1, "051", "the alliance", "Peru", "2001-01-01", source_chain_id=3),
        mention("b", 1, "051", "NATO", "Peru", "2001-01-01", source_chain_id=7),
    ]
    c = corpus_of(ms)
    c.chains = [
        Chain(doc_id="a", chain_id=3, name="the alliance", ent_type="ORG", entity_id="E-nato"),
        Chain(doc_id="b", chain_id=7, name="NATO", ent_type="ORG", entity_id="E-nato"),
    ]
    events = merge_events(c)
    assert len(events) == 1 and events[0].source_entity_id == "E-nato"


def test_merge_duplicate_documents_are_not_counted_twice() -> None:
    ms = [
        mention("a", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("copy", 1, "042", "Lena Park", "Peru", "2003-05-02"),
    ]
    events = merge_events(corpus_of(ms, dup={"copy": "a"}))
    assert len(events) == 1 and events[0].num_documents == 1 and events[0].num_sources == 1


def test_merge_negated_reports_stay_apart_from_assertions() -> None:
    ms = [
        mention("a", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("b", 1, "042", "Lena Park", "Peru", "2003-05-02", modality="negated"),
    ]
    assert sorted(e.modality for e in merge_events(corpus_of(ms))) == ["asserted", "negated"]


def test_merge_event_ids_are_stable_and_distinct() -> None:
    ms = [
        mention("a", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("a", 1, "042", "Lena Park", "Chile", "2003-05-02"),
    ]
    first = [e.event_id for e in merge_events(corpus_of(ms))]
    again = [e.event_id for e in merge_events(corpus_of(list(reversed(ms))))]
    assert len(set(first)) == 2 and sorted(first) == sorted(again)


def test_merge_dates_compatible_rules() -> None:
    assert dates_compatible("2000-02-16", "2000-02-17")
    assert dates_compatible("2000-02", "2000-02-16T17:21:00+00:00")
    assert not dates_compatible("2000-02-16", "2000-02-19")
    assert not dates_compatible(None, "2000")


def test_merge_two_people_with_one_actor_code_stay_apart() -> None:
    ms = [
        mention(
            "a", 1, "040", "Ana Petrova", "Peru", "2001-01-01", source_chain_id=1, source_actor_code="RUSGOV"
        ),
        mention(
            "b", 1, "040", "Olga Petrova", "Peru", "2001-01-01", source_chain_id=2, source_actor_code="RUSGOV"
        ),
    ]
    c = corpus_of(ms)
    c.chains = [
        Chain(doc_id="a", chain_id=1, name="Ana Petrova", ent_type="PERSON", entity_id="E-ana"),
        Chain(doc_id="b", chain_id=2, name="Olga Petrova", ent_type="PERSON", entity_id="E-olga"),
    ]
    assert len(merge_events(c)) == 2


def test_merge_countries_match_by_code_across_chain_and_bare_name() -> None:
    ms = [
        mention("a", 1, "161", "Russia", "NATO", "1999", source_chain_id=4, source_actor_code="RUS"),
        mention("b", 1, "161", "the Russians", "NATO", "1999", source_actor_code="RUS"),
    ]
    c = corpus_of(ms)
    c.chains = [
        Chain(doc_id="a", chain_id=4, name="Russia", ent_type="GPE", actor_code="RUS", entity_id="E-ru")
    ]
    events = merge_events(c)
    assert len(events) == 1 and events[0].num_documents == 2


def test_merge_doerless_report_joins_the_named_doer_in_the_same_article() -> None:
    ms = [
        mention("a", 0, "160", None, "Peru", "2007", target_actor_code="PER"),
        mention("a", 9, "160", "Chile", "Peru", "2007", date_source="inferred", target_actor_code="PER"),
        mention(
            "b", 2, "160", None, "Peru", "2007", target_actor_code="PER"
        ),  # another article: doer unknown
    ]
    events = merge_events(corpus_of(ms))
    named = [e for e in events if e.source_name == "Chile"]
    assert len(named) == 1 and {(c.doc_id, c.sentence) for c in named[0].sources} == {("a", 0), ("a", 9)}
    assert [e.source_name for e in events if e.sources[0].doc_id == "b"] == [None]


def test_merge_takes_the_actor_code_from_the_report_that_has_it() -> None:
    ms = [
        mention("a", 1, "040", "Lena Park", "Ana Petrova", "2003-05-02", target_chain_id=1),
        mention(
            "b",
            2,
            "040",
            "Lena Park",
            "Ana Petrova",
            "2003-05-02",
            target_chain_id=2,
            target_actor_code="PERGOV",
        ),
    ]
    c = corpus_of(ms)
    c.chains = [
        Chain(doc_id="a", chain_id=1, name="Ana Petrova", ent_type="PERSON", entity_id="E-ana"),
        Chain(doc_id="b", chain_id=2, name="Ana Petrova", ent_type="PERSON", entity_id="E-ana"),
    ]
    events = merge_events(c)
    assert len(events) == 1 and events[0].target_actor_code == "PERGOV"


def test_merge_state_lineage_joins_a_predecessor_and_its_successor() -> None:
    ms = [
        mention("a", 1, "195", "Ruritania", "Yugoslavia", "1999", target_actor_code="YUG"),
        mention("b", 3, "190", "Ruritania", "Serbia", "1999-03", target_actor_code="SRB"),
    ]
    events = merge_events(corpus_of(ms))
    assert len(events) == 1
    assert events[0].num_documents == 2 and events[0].date == "1999-03"


def test_merge_state_lineage_keeps_two_parts_and_unrelated_states_apart() -> None:
    ms = [
        mention("a", 1, "190", "Ruritania", "Yugoslavia", "1999-03", target_actor_code="YUG"),
        mention("b", 1, "190", "Ruritania", "Serbia", "1999-03", target_actor_code="SRB"),
        mention("c", 1, "190", "Ruritania", "Montenegro", "1999-03", target_actor_code="MTN"),
        mention("d", 1, "190", "Ruritania", "Peru", "1999-03", target_actor_code="PER"),
        mention("e", 1, "190", "Ruritania", "Serbia", "2004-06", target_actor_code="SRB"),  # another war
    ]
    events = merge_events(corpus_of(ms))
    groups = sorted(sorted(c.doc_id for c in e.sources) for e in events)
    # Yugoslavia joins one of its parts, never both; Peru and the later date stay apart
    assert len(events) == 4
    assert ["d"] in groups and ["e"] in groups
    assert ["a", "b"] in groups or ["a", "c"] in groups


def test_lineage_codes_related_needs_a_listed_pair_and_the_same_sector() -> None:
    from storyline.events.lineage import codes_related

    assert codes_related("YUG", "SRB") and codes_related("SRB", "YUG")
    assert codes_related("SUNGOV", "RUSGOV")
    assert not codes_related("SRB", "MTN")  # two parts of one whole
    assert not codes_related("YUGMIL", "SRBGOV")
    assert not codes_related("RUS", "RUS") and not codes_related(None, "RUS")


def test_merge_first_reported_is_the_earliest_publication_day() -> None:
    ms = [
        mention("late", 2, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("early", 3, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("nodate", 1, "042", "Lena Park", "Peru", "2003-05-02"),
        mention("late", 5, "057", "Lena Park", "Peru", None),  # no time expression, no publication time
    ]
    c = corpus_of(ms)
    c.articles["late"].published = "2003-05-09T08:00:00+00:00"
    c.articles["early"].published = "2003-05-04"
    met, signed = sorted(merge_events(c), key=lambda e: e.cameo_code)
    assert met.num_documents == 3 and met.first_reported == "2003-05-04"
    # the undated act stays undated: first_reported is a bound (on or before), not its date
    assert signed.date is None and signed.date_source is None
    assert signed.first_reported == "2003-05-09"
    assert (
        merge_events(corpus_of([mention("x", 1, "042", "Lena Park", "Peru", None)]))[0].first_reported is None
    )


def test_merge_targetless_report_joins_the_one_target_the_same_doer_acted_on() -> None:
    ms = [
        mention("a", 1, "160", "Kastan", "Veloria", "2011-10-11", source_actor_code="KST"),
        # other articles: "the Kastani government suspended the accord in October"
        mention(
            "b", 3, "160", "Kastan government", None, "2011-10", source_actor_code="KSTGOV", source_chain_id=2
        ),
        mention("c", 2, "160", "Kastan", None, "2011-10-12", source_actor_code="KST"),
    ]
    c = corpus_of(ms)
    c.chains = [Chain(doc_id="b", chain_id=2, name="Kastan government", ent_type="ORG", actor_code="KSTGOV")]
    events = merge_events(c)
    assert len(events) == 1
    ev = events[0]
    assert ev.target_name == "Veloria" and ev.date == "2011-10-11" and ev.num_documents == 3


def test_merge_targetless_report_stays_apart_when_the_target_is_not_unique_or_dates_are_coarse() -> None:
    two_targets = [
        mention("a", 1, "160", "Kastan", "Veloria", "2011-10-11", source_actor_code="KST"),
        mention("b", 1, "160", "Kastan", "Ostria", "2011-10-11", source_actor_code="KST"),
        mention("c", 1, "160", "Kastan", None, "2011-10-11", source_actor_code="KST"),
    ]
    assert sorted(str(e.target_name) for e in merge_events(corpus_of(two_targets))) == [
        "None",
        "Ostria",
        "Veloria",
    ]
    # a host known only by its year contains every day of it: no evidence of the same act
    year_host = [
        mention("a", 1, "111", "Kastan", "Veloria", "2011", source_actor_code="KST"),
        mention("b", 1, "111", "Kastan", None, "2011-10-12", source_actor_code="KST"),
    ]
    assert len(merge_events(corpus_of(year_host))) == 2
    # another doer's report, or a report with only a year, stays apart too
    other = [
        mention("a", 1, "160", "Kastan", "Veloria", "2011-10-11", source_actor_code="KST"),
        mention("b", 1, "160", "Ostria", None, "2011-10-11", source_actor_code="OST"),
        mention("c", 1, "160", "Kastan", None, "2011", source_actor_code="KST"),
    ]
    assert len(merge_events(corpus_of(other))) == 3
    # "protesters" in two places are not known to be the same protesters
    generic = [
        mention("a", 1, "141", "protesters", "Kastan", "2011-10-11", source_actor_code="CVL"),
        mention("b", 1, "141", "protesters", None, "2011-10-11", source_actor_code="CVL"),
    ]
    assert len(merge_events(corpus_of(generic))) == 2


def test_merge_targetless_report_joins_only_a_host_that_names_the_act_alike() -> None:
    def accusing(doc: str, sent: int, code: str, tgt: str | None, trigger: str, **kw: object) -> EventMention:
        kw.setdefault("source_actor_code", "KST")
        return mention(doc, sent, code, "Kastan", tgt, "2011-10-11", trigger=trigger, **kw)

    ms = [
        accusing("a", 1, "112", "Veloria", "accuse"),
        accusing("b", 2, "112", None, "make accusation"),  # "Kastan's accusations": the same act told alike
        accusing("c", 4, "111", None, "criticise"),  # another statement by Kastan that day
        accusing("a", 1, "112", None, "accuse", start=30, end=36),  # a second clause of the host's sentence
    ]
    events = merge_events(corpus_of(ms))
    hosted = next(e for e in events if e.target_name == "Veloria")
    assert sorted((c.doc_id, c.start) for c in hosted.sources) == [("a", 10), ("b", 20)]
    apart = next(e for e in events if e.target_name is None)
    assert sorted((c.doc_id, c.start) for c in apart.sources) == [("a", 30), ("c", 40)]


def test_merge_trigger_stems_ignore_support_verbs_and_inflection() -> None:
    assert trigger_stems("hold talks with") == trigger_stems("talk")
    assert trigger_stems("announce withdrawal") == trigger_stems("withdraw")
    assert trigger_stems("vetoes") == trigger_stems("veto")
    assert trigger_stems("criticise").isdisjoint(trigger_stems("accuse"))
    assert trigger_stems("go to") == frozenset()


def test_merge_doerless_report_joins_only_a_doer_that_names_the_act_alike_on_a_known_target() -> None:
    ms = [
        mention("a", 1, "111", "Kastan", "Veloria", "2011-10-11", trigger="condemn", target_actor_code="VLR"),
        # "the resolution condemning Veloria": the same act, told with the same verb
        mention("a", 4, "111", None, "Veloria", "2011-10-11", trigger="condemn", target_actor_code="VLR"),
        # "Western criticism of Veloria": another act of disapproval with no doer
        mention("a", 6, "111", None, "Veloria", "2011-10-11", trigger="criticism", target_actor_code="VLR"),
        # "23 protesters were killed" / "forces killed 15 protesters": a kind of people, not one target
        mention(
            "a", 2, "1823", "Kastan", "protesters", "2011-10-11", trigger="kill", target_actor_code="CVL"
        ),
        mention("a", 3, "1823", None, "protesters", "2011-10-11", trigger="kill", target_actor_code="CVL"),
    ]
    events = merge_events(corpus_of(ms))
    cites = sorted(sorted(c.sentence for c in e.sources) for e in events)
    assert cites == [[1, 4], [2], [3], [6]]


def test_merge_undated_reports_of_one_article_join_only_when_told_alike() -> None:
    def undated(sent: int, code: str, trigger: str) -> EventMention:
        return mention("a", sent, code, "Mira Olsen", None, None, trigger=trigger)

    ms = [
        undated(2, "055", "apologize"),  # "Olsen later apologized for the remark"
        undated(5, "051", "praise"),  # "she praised the volunteers"
        undated(7, "051", "hail"),  # "critics hailed her memoir"
        undated(9, "055", "apology"),  # "her apology was accepted"
        undated(12, "051", "praised"),  # "she was also praised abroad"
    ]
    events = merge_events(corpus_of(ms))
    assert sorted(sorted(c.sentence for c in e.sources) for e in events) == [[2, 9], [5, 12], [7]]


def test_merge_tolls_of_unnamed_people_on_adjacent_days_stay_apart() -> None:
    def toll(doc: str, date: str, victims: str) -> EventMention:
        return mention(doc, 1, "1823", None, victims, date, trigger="kill", target_actor_code="CVL")

    ms = [
        toll("a", "2014-03-04", "35 people"),  # "35 people were killed on Tuesday"
        toll("b", "2014-03-05", "nine people"),  # "nine people were killed on Wednesday", elsewhere
        toll("c", "2014-03-04", "34 civilians"),  # "34 civilians were killed on Tuesday", another outlet
        toll("d", "2014-03-05", "35 people"),  # the next day's copy of the first report, word for word
    ]
    events = merge_events(corpus_of(ms))
    assert sorted(sorted(c.doc_id for c in e.sources) for e in events) == [["a", "c", "d"], ["b"]]
    # a named victim on the next day is still the same killing
    named = [
        mention("a", 1, "1823", None, "Mira Olsen", "2014-03-04", trigger="kill"),
        mention("b", 1, "1823", None, "Mira Olsen", "2014-03-05", trigger="killing"),
    ]
    assert len(merge_events(corpus_of(named))) == 1


def test_merge_a_mutual_act_with_one_side_unnamed_is_not_its_mirror() -> None:
    ms = [
        # "Kastan held talks on Monday" / "the talks someone held with Kastan on Monday"
        mention("a", 1, "040", "Kastan", None, "2011-10-11", source_actor_code="KST"),
        mention("b", 1, "040", None, "Kastan", "2011-10-11", target_actor_code="KST"),
    ]
    assert len(merge_events(corpus_of(ms))) == 2
    # both sides named: the order of a mutual act does not matter
    both = [
        mention(
            "a", 1, "040", "Kastan", "Ostria", "2011-10-11", source_actor_code="KST", target_actor_code="OST"
        ),
        mention(
            "b", 1, "040", "Ostria", "Kastan", "2011-10-11", source_actor_code="OST", target_actor_code="KST"
        ),
    ]
    assert len(merge_events(corpus_of(both))) == 1


def test_merge_a_month_or_year_report_joins_only_a_day_group_that_tells_the_act_alike() -> None:
    ms = [
        mention("a", 1, "194", None, "Ostria", "2014-07-29", trigger="shell", target_actor_code="OST"),
        # "sanctions over the 2014 annexation of Ostria's coast": the same root, another act
        mention("b", 1, "192", None, "Ostria", "2014", trigger="annex", target_actor_code="OST"),
        # "the shelling in July": the same act, told alike
        mention("c", 1, "194", None, "Ostria", "2014-07", trigger="shelling", target_actor_code="OST"),
    ]
    events = merge_events(corpus_of(ms))
    assert sorted(sorted(c.doc_id for c in e.sources) for e in events) == [["a", "c"], ["b"]]


# One act told in other words (data/act_synonyms.tsv): only words of one line of the table are alike.


def told_alike(a: str, b: str) -> bool:
    return not act_senses(a).isdisjoint(act_senses(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("visit", "hold trip"),  # "Kastan visited Ostria" / "Kastan's trip"
        ("go to", "visit"),  # "will go to Ostria on Friday" / "the visit": the words of a phrase in a row
        ("plan to fly to", "trip"),
        ("veto", "block"),  # "vetoed the resolution" / "blocked the resolution"
        ("assassination", "kill"),
        ("murder", "killing"),
        ("pound", "bombardment"),  # "tanks pounded the town" / "the bombardment of the town"
        ("shell", "air strike"),
        ("call for", "urge"),
        ("expect to discuss", "talk"),
        ("hold summit", "meet"),
        ("kidnap", "abduction"),
        ("protest", "take demonstration"),
        ("invade", "invasion"),  # a nominal form the stemmer does not reach
    ],
)
def test_act_words_of_one_line_are_alike(a: str, b: str) -> None:
    assert told_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("kill", "wound"),  # two acts of one kind: the dead and the wounded of one attack differ
        ("promise", "pledge"),  # a promise of reform and a pledge to quit are statements of other content
        ("arrest", "detain"),  # two roundups of one force on one day
        ("accuse", "blame"),
        ("say", "claim"),
        ("support", "back"),
        ("fire", "shoot"),  # "fire" alone is a dismissal as often as a shot
        ("go", "visit"),  # only the whole phrase "go to" names a trip
        ("talk", "negotiation"),
        ("march", "protest"),  # "supporters marched" / "protests": a rally for and a protest against
    ],
)
def test_acts_told_in_words_of_no_common_line_stay_unlike(a: str, b: str) -> None:
    assert not told_alike(a, b)


def test_merge_targetless_report_told_in_other_words_joins_its_host() -> None:
    def visiting(doc: str, tgt: str | None, trigger: str) -> EventMention:
        return mention(doc, 2, "042", "Kastan", tgt, "2011-10-11", trigger=trigger, source_actor_code="KST")

    ms = [
        visiting("a", "Veloria", "visit"),  # "Kastan visited Veloria on Tuesday"
        visiting("b", None, "trip"),  # "Kastan's trip, his first abroad" in another outlet
    ]
    assert [e.num_sources for e in merge_events(corpus_of(ms))] == [2]


def test_merge_undated_reports_told_in_other_words_join_within_their_article() -> None:
    ms = [
        mention("a", 1, "1823", None, "Mira Olsen", None, trigger="kill"),  # "Olsen was killed"
        mention("a", 4, "1823", None, "Mira Olsen", None, trigger="murder"),  # "Olsen's murder"
        mention("a", 6, "1823", None, "Mira Olsen", None, trigger="wound"),  # a coded slip: apart
    ]
    events = merge_events(corpus_of(ms))
    assert sorted(sorted(c.sentence for c in e.sources) for e in events) == [[1, 4], [6]]


def test_merge_month_report_told_in_other_words_joins_the_day_group() -> None:
    ms = [
        mention("a", 1, "129", "Ostria", "United Nations", "2011-10-04", trigger="veto"),
        # "Ostria blocked the resolution in October"
        mention("b", 1, "129", "Ostria", "United Nations", "2011-10", trigger="block"),
    ]
    assert [e.num_sources for e in merge_events(corpus_of(ms))] == [2]


def test_merge_reports_naming_only_a_kind_of_people_need_a_shared_word() -> None:
    def toll(sent: int, victims: str, trigger: str) -> EventMention:
        return mention("a", sent, "1823", None, victims, None, trigger=trigger, target_actor_code="CVL")

    # "more than 1,000 civilians have been killed" / "a regime that does not care how many people it
    # murders": a toll and a charge, not one act told twice
    ms = [toll(1, "civilians", "kill"), toll(5, "people", "murder")]
    assert len(merge_events(corpus_of(ms))) == 2
    # the same word still joins them, as before
    same_word = [toll(1, "civilians", "kill"), toll(5, "civilians", "killing")]
    assert len(merge_events(corpus_of(same_word))) == 1


def test_merge_without_the_synonym_table_only_shared_words_join(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(merge_module, "ACT_SYNONYMS_FILE", tmp_path / "missing.tsv")
    merge_module._act_synonym_sets.cache_clear()
    merge_module.act_senses.cache_clear()
    try:
        assert act_senses("visit") == frozenset()
        ms = [
            mention("a", 1, "1823", None, "Mira Olsen", None, trigger="kill"),
            mention("a", 4, "1823", None, "Mira Olsen", None, trigger="murder"),
        ]
        assert len(merge_events(corpus_of(ms))) == 2
    finally:
        merge_module._act_synonym_sets.cache_clear()
        merge_module.act_senses.cache_clear()


def test_merge_gives_two_events_opening_on_the_same_words_two_ids() -> None:
    # "men and women fight": one mention per doer with no entity, the same words and the same pair key
    ms = [
        mention("a", 3, "190", "men", None, None, source_actor_code="UNK"),
        mention("a", 3, "190", "women", None, None, source_actor_code="UNK"),
    ]
    events = merge_events(corpus_of(ms))
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids))
    assert sum(e.num_sources for e in events) == 2


def _published(c: Corpus, days: dict[str, str]) -> Corpus:
    for doc, day in days.items():
        c.articles[doc].published = day
    return c


def test_merge_an_undated_report_joins_the_act_dated_just_before_its_article() -> None:
    def talks(doc: str, date: str | None, trigger: str) -> EventMention:
        return mention(
            doc, 3, "040", "Kastan", "Veloria", date, trigger=trigger, source_actor_code="KAS",
            target_actor_code="VEL",
        )  # fmt: skip

    # "Kastan held talks with Veloria on Tuesday" in one paper; "after meeting Veloria" with no day in
    # Thursday's paper of another: both sides identified, the same act told a day or two later
    ms = [talks("a", "2031-05-06", "talk"), talks("b", None, "meet")]
    events = merge_events(_published(corpus_of(ms), {"a": "2031-05-07", "b": "2031-05-08"}))
    assert len(events) == 1 and events[0].num_documents == 2 and events[0].date == "2031-05-06"
    # a paper of a week later, or of the day before the act, may tell another meeting of the two
    for day in ("2031-05-13", "2031-05-05"):
        events = merge_events(_published(corpus_of(ms), {"a": "2031-05-07", "b": day}))
        assert len(events) == 2, day
    # an undated article gives no day to measure the lag from
    assert len(merge_events(_published(corpus_of(ms), {"a": "2031-05-07"}))) == 2


def test_merge_an_undated_report_of_unidentified_sides_needs_the_act_told_alike() -> None:
    def report(doc: str, date: str | None, trigger: str) -> EventMention:
        return mention(doc, 2, "051", "the harbour board", "the dockers", date, trigger=trigger)

    days = {"a": "2031-05-07", "b": "2031-05-07"}
    ms = [report("a", "2031-05-06", "praise"), report("b", None, "hail")]
    assert len(merge_events(_published(corpus_of(ms), days))) == 2
    ms = [report("a", "2031-05-06", "praise"), report("b", None, "praised")]
    assert len(merge_events(_published(corpus_of(ms), days))) == 1


def test_merge_an_undated_report_stays_apart_from_its_own_article_s_dated_act() -> None:
    def meeting(date: str | None, trigger: str, index: int) -> EventMention:
        return mention(
            "a", index, "040", "Kastan", "Veloria", date, trigger=trigger, source_actor_code="KAS",
            target_actor_code="VEL",
        )  # fmt: skip

    # "Kastan met Veloria on Tuesday ... the two have met twice before": the article left the second
    # undated as another time; only another paper's dated report may take it in
    ms = [meeting("2031-05-06", "meet", 1), meeting(None, "meet", 5)]
    events = merge_events(_published(corpus_of(ms), {"a": "2031-05-07"}))
    assert len(events) == 2


def test_merge_mirrored_reports_of_a_mutual_act_name_each_side_once() -> None:
    # "Kastan met Orvik" and "Orvik's talks with Kastan": the side with an actor code is told as doer in
    # one report and as target in the other; the merged event must still name both sides.
    ms = [
        mention(
            "a",
            1,
            "040",
            "Kastan",
            "Orvik",
            "2003-05-02",
            source_chain_id=1,
            target_chain_id=2,
            target_actor_code="ORV",
        ),
        mention(
            "a",
            7,
            "040",
            "Orvik",
            "Kastan",
            "2003-05-02",
            source_chain_id=2,
            target_chain_id=1,
            source_actor_code="ORV",
        ),
    ]
    c = corpus_of(ms)
    c.chains = [
        Chain(doc_id="a", chain_id=1, name="Kastan", ent_type="PERSON", entity_id="E-kastan"),
        Chain(doc_id="a", chain_id=2, name="Orvik", ent_type="PERSON", entity_id="E-orvik"),
    ]
    events = merge_events(c)
    assert len(events) == 1
    ev = events[0]
    assert {ev.source_entity_id, ev.target_entity_id} == {"E-kastan", "E-orvik"}
    assert ev.source_name != ev.target_name


def test_merge_an_undated_report_of_identified_sides_needs_the_same_code_or_the_act_told_alike() -> None:
    # "Kastan's visit to Veloria" dated by one paper; "Kastan discussed the grain deal with Veloria" with
    # no day in another paper of the next day: both consultations (one root), not one act
    visit = mention(
        "a",
        1,
        "042",
        "Kastan",
        "Veloria",
        "2031-05-06",
        trigger="visit",
        source_actor_code="KAS",
        target_actor_code="VEL",
    )
    talk = mention(
        "b",
        2,
        "040",
        "Kastan",
        "Veloria",
        None,
        trigger="discussed",
        source_actor_code="KAS",
        target_actor_code="VEL",
    )
    days = {"a": "2031-05-07", "b": "2031-05-07"}
    assert len(merge_events(_published(corpus_of([visit, talk]), days))) == 2
    # the same act told in the same word still joins
    again = mention(
        "b",
        2,
        "042",
        "Kastan",
        "Veloria",
        None,
        trigger="visit",
        source_actor_code="KAS",
        target_actor_code="VEL",
    )
    assert len(merge_events(_published(corpus_of([visit, again]), days))) == 1
