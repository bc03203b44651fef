"""The report's relationship tables and the web app's relations count a pair by one rule
(``storyline.pairs.side_key``), and a citation of an undated article says "undated"."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import CorpusBuilder, make_event  # noqa: E402

from storyline.pairs import entity_name_index, side_key  # noqa: E402
from storyline.records import Entity, Event  # noqa: E402
from storyline.report import render_html  # noqa: E402
from storyline.report.build import _Cited, _dyad_charts  # noqa: E402


def _okafor_corpus() -> CorpusBuilder:
    """Two acts of the linked Okafor toward Veloria, one where "Okafor" was left unlinked, and one act
    told by an undated article (no month to place it in)."""
    b = CorpusBuilder()
    b.article("d1", "2031-04-02", ["Okafor met Veloria.", "Okafor praised Veloria."], outlet="Orvik Herald")
    b.article("d2", None, ["Okafor thanked Veloria."], outlet="Marren Daily")
    c = b.corpus
    c.entities = [
        Entity("ent-okafor", "Amara Okafor", "PERSON", aliases=["Okafor"], doc_ids=["d1", "d2"]),
        Entity("ent-veloria", "Veloria", "GPE", doc_ids=["d1", "d2"]),
    ]

    def act(event_id: str, doc: str, i: int, linked: bool) -> Event:
        ev = make_event(event_id, None, "Okafor", "Veloria", 1.0, 1, [b.cite(doc, i)], "x")
        return replace(
            ev,
            source_entity_id="ent-okafor" if linked else None,
            target_entity_id="ent-veloria",
            first_reported=c.articles[doc].published,
        )

    c.events = [act("e1", "d1", 0, True), act("e2", "d1", 1, False), act("e3", "d2", 0, True)]
    return b


def test_an_unlinked_side_named_by_one_entity_counts_for_that_entity() -> None:
    by_name = entity_name_index([("ent-okafor", "Amara Okafor", ["Okafor"]), ("ent-ben", "Ben Okafor", [])])
    assert side_key(None, "KAS", " okafor ", by_name) == "ent-okafor"
    assert side_key("ent-x", None, "Okafor", by_name) == "ent-x"  # a linked side keeps its entity
    # a name two entities share names neither: the side stays its code, else its words
    shared = entity_name_index([("e1", "Orvik", []), ("e2", "Orvik", [])])
    assert side_key(None, "ORV", "Orvik", shared) == "ORV"
    assert side_key(None, None, "Orvik", shared) == "Orvik"
    assert side_key(None, None, "  ", shared) is None


def test_report_pair_counts_every_act_and_its_table_adds_up() -> None:
    corpus = _okafor_corpus().corpus
    (chart,) = _dyad_charts(corpus, {"ent-okafor": "Amara Okafor", "ent-veloria": "Veloria"})
    assert (chart["events"], chart["undated"]) == (3, 3)
    assert sum(p.count for p in chart["rows"]) + chart["unplaced"].count == 3
    assert chart["unplaced"].event_ids == ["e3"]  # the undated article's act: the table's last row
    html = render_html(corpus)
    assert "<td>undated article</td>" in html


def test_report_cites_an_undated_article_as_undated() -> None:
    b = _okafor_corpus()
    cited = _Cited()
    (dated,) = cited.links(b.corpus, [b.cite("d1", 0)])
    (undated,) = cited.links(b.corpus, [b.cite("d2", 0)])
    assert dated.label == "Orvik Herald · 2031-04-02"
    assert undated.label == "Marren Daily · undated"
