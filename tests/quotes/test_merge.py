from __future__ import annotations

from storyline.corpus import Corpus
from storyline.quotes import merge_quotes
from storyline.records import Article, Chain, QuoteMention


def qm(
    doc: str, index: int, text: str, kind: str = "direct", chain: int | None = 1, name: str | None = None
) -> QuoteMention:
    return QuoteMention(
        doc_id=doc,
        index=index,
        text=text,
        start=10 * index,
        end=10 * index + len(text),
        sentence=index,
        kind=kind,  # type: ignore[arg-type]
        speaker_chain_id=chain,
        speaker_name=name,
    )


def corpus(
    mentions: list[QuoteMention], entity_of: dict[tuple[str, int], str], dup: dict[str, str] | None = None
) -> Corpus:
    c = Corpus()
    for d in sorted({m.doc_id for m in mentions}):
        c.articles[d] = Article(doc_id=d, source_path=d, text="", duplicate_of=(dup or {}).get(d))
    c.quote_mentions = mentions
    c.chains = [
        Chain(doc_id=d, chain_id=cid, name="x", ent_type="PERSON", entity_id=eid)
        for (d, cid), eid in entity_of.items()
    ]
    return c


def test_merge_same_words_from_two_outlets_is_one_quote() -> None:
    a = qm("a", 0, "We are ready to bring our positions closer to Nato's in many directions")
    b = qm("b", 0, "we are ready to bring our positions closer to NATO’s in many directions.")
    quotes = merge_quotes(corpus([a, b], {("a", 1): "e1", ("b", 1): "e1"}))
    assert len(quotes) == 1
    assert {s.doc_id for s in quotes[0].sources} == {"a", "b"}
    assert quotes[0].speaker_entity_id == "e1"


def test_merge_longer_stretch_contains_shorter_one() -> None:
    long = qm("a", 0, "The harbour will reopen next week. Ships can dock again from Monday morning")
    short = qm("b", 0, "Ships can dock again from Monday morning", kind="partial")
    quotes = merge_quotes(corpus([long, short], {("a", 1): "e1", ("b", 1): "e1"}))
    assert len(quotes) == 1
    assert quotes[0].text == long.text
    assert quotes[0].kind == "direct"
    assert len(quotes[0].sources) == 2


def test_merge_spelling_and_hyphen_variants_match() -> None:
    a = qm("a", 0, "Defence co-operation must be organised at once")
    b = qm("b", 0, "Defense cooperation must be organized at once")
    assert len(merge_quotes(corpus([a, b], {}))) == 1


def test_merge_different_speakers_stay_apart() -> None:
    a = qm("a", 0, "We will never accept these terms from anyone")
    b = qm("b", 0, "We will never accept these terms from anyone")
    quotes = merge_quotes(corpus([a, b], {("a", 1): "e1", ("b", 1): "e2"}))
    assert len(quotes) == 2


def test_merge_short_phrase_is_not_merged_by_containment() -> None:
    a = qm("a", 0, "It was a sea change in relations", chain=None, name="Jonas Weller")
    b = qm("b", 0, "sea change", kind="partial", chain=None, name="Jonas Weller")
    assert len(merge_quotes(corpus([a, b], {}))) == 2


def test_merge_near_duplicate_document_adds_a_source_but_no_quote() -> None:
    a = qm("a", 0, "The plan is dead and everyone in this building knows it")
    dup_same = qm("d", 0, "The plan is dead and everyone in this building knows it")
    dup_new = qm("d", 1, "A sentence only the duplicate copy carries in its text")
    quotes = merge_quotes(corpus([a, dup_same, dup_new], {}, dup={"d": "a"}))
    assert len(quotes) == 1
    assert {s.doc_id for s in quotes[0].sources} == {"a", "d"}


def test_merge_quote_id_is_stable_across_input_order() -> None:
    a = qm("a", 0, "The bridge will be open before the first snow")
    b = qm("b", 0, "The bridge will be open before the first snow!")
    ids1 = [q.quote_id for q in merge_quotes(corpus([a, b], {}))]
    ids2 = [q.quote_id for q in merge_quotes(corpus([b, a], {}))]
    assert ids1 == ids2 and len(ids1) == 1


def test_merge_unnamed_speaker_text_is_kept() -> None:
    a = qm("a", 0, "This decision is a welcome step forward", chain=None, name="a ministry spokesman")
    [q] = merge_quotes(corpus([a], {}))
    assert q.speaker_name == "a ministry spokesman" and q.speaker_entity_id is None


def test_merge_pull_quote_joins_its_body_quote() -> None:
    body = qm("a", 0, "We cannot leave these families alone this winter", chain=2)
    pull = qm("a", 1, "We cannot leave these families alone this winter", kind="pull", chain=2)
    [q] = merge_quotes(corpus([body, pull], {("a", 2): "e9"}))
    assert q.kind == "direct" and len(q.sources) == 2


def test_merge_unresolved_pronoun_names_no_speaker_but_a_description_does() -> None:
    it = qm("a", 0, "Output has fallen since the strike began on Tuesday", chain=None, name="it")
    desc = qm(
        "b", 0, "The border will stay closed until further notice", chain=None, name="a ministry spokesman"
    )
    that = qm("c", 0, "The river crossings will reopen within a week", chain=None, name="That")
    clitic = qm("d", 0, "Both sides will meet again in the spring", chain=None, name="'s")
    quotes = {q.text: q for q in merge_quotes(corpus([it, desc, that, clitic], {}))}
    assert quotes[it.text].speaker_name is None and quotes[it.text].speaker_entity_id is None
    assert quotes[desc.text].speaker_name == "a ministry spokesman"
    # a demonstrative or a stray clitic names nobody either
    assert quotes[that.text].speaker_name is None and quotes[clitic.text].speaker_name is None


def _published(c: Corpus, days: dict[str, str]) -> Corpus:
    for d, day in days.items():
        c.articles[d].published = day
    return c


def test_merge_a_kind_of_people_joins_a_named_speaker_only_within_days() -> None:
    named = qm("a", 0, "Veloria is the worst harbour polluter in the region", name="Ines Delvane")
    group = qm("b", 0, "worst harbour polluter in the region", kind="partial", chain=None, name="countries")
    years_apart = corpus([named, group], {("a", 1): "e1"})
    assert len(merge_quotes(_published(years_apart, {"a": "2018-05-02", "b": "2015-07-14"}))) == 2
    days_apart = corpus([named, group], {("a", 1): "e1"})
    assert len(merge_quotes(_published(days_apart, {"a": "2018-05-02", "b": "2018-05-04"}))) == 1


def test_merge_a_paper_naming_nobody_still_joins_a_named_report() -> None:
    named = qm("a", 0, "Veloria is the worst harbour polluter in the region", name="Ines Delvane")
    nobody = qm("b", 0, "worst harbour polluter in the region", kind="partial", chain=None, name=None)
    c = _published(corpus([named, nobody], {("a", 1): "e1"}), {"a": "2018-05-02", "b": "2015-07-14"})
    assert len(merge_quotes(c)) == 1


def test_merge_gives_a_quote_the_day_its_earliest_dated_source_came_out() -> None:
    # An undated saying is placed by its first report: the latest day it can have been said.
    late = qm("late", 0, "The ferry to Port Alder will run again before the harvest")
    early = qm("early", 0, "The ferry to Port Alder will run again before the harvest")
    nodate = qm("nodate", 0, "The ferry to Port Alder will run again before the harvest")
    c = corpus([late, early, nodate], {})
    c.articles["late"].published = "2031-06-09T08:00:00"
    c.articles["early"].published = "2031-06-04"
    (quote,) = merge_quotes(c)
    assert quote.date is None
    assert quote.first_reported == "2031-06-04"
    c.articles["early"].published = None
    assert merge_quotes(c)[0].first_reported == "2031-06-09"
