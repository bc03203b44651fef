"""How the corpus phase reads and writes the store: compiled row codecs, reloading only rewritten
documents, and writing back only the entity links resolution changed."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from storyline.corpus import Corpus
from storyline.records import (
    Article,
    Block,
    Chain,
    Citation,
    DocResult,
    Entity,
    Event,
    Mention,
    Role,
    Sentence,
    TimeExpr,
    TimelineEntry,
)
from storyline.store.rows import from_row, row_columns, row_reader, row_values, to_row
from storyline.store.sqlite import Store


def _doc(doc_id: str, words: list[str], published: str | None = "2021-05-04") -> DocResult:
    """One document whose sentences are ``words``, each naming one person."""
    text = "\n\n".join(f"{w} spoke." for w in words)
    spans, start = [], 0
    for w in words:
        spans.append((start, start + len(w) + len(" spoke.")))
        start = spans[-1][1] + 2
    art = Article(
        doc_id=doc_id,
        source_path=f"{doc_id}.txt",
        text=text,
        blocks=[Block(s, e, "body") for s, e in spans],
        published=published,
        published_source="explicit" if published else "unknown",
    )
    return DocResult(
        article=art,
        sentences=[Sentence(doc_id, i, s, e) for i, (s, e) in enumerate(spans)],
        timexes=[TimeExpr(doc_id, s, s + 1, "x", "DATE", None, "none", i) for i, (s, _) in enumerate(spans)],
        mentions=[
            Mention(doc_id, i, s, s + len(w), w, i, "name", "PERSON", i)
            for i, ((s, _), w) in enumerate(zip(spans, words, strict=True))
        ],
        chains=[
            Chain(doc_id, i, w, "PERSON", surname=w, roles=[Role("minister", country="NOR")])
            for i, w in enumerate(words)
        ],
    )


def _as_plain(corpus: Corpus) -> dict[str, Any]:
    """Everything a corpus holds, in its order (dict key order included)."""
    return {
        "articles": [(k, dataclasses.asdict(a)) for k, a in corpus.articles.items()],
        "sentences": [(k, [dataclasses.asdict(s) for s in v]) for k, v in corpus.sentences.items()],
        **{
            name: [dataclasses.asdict(r) for r in getattr(corpus, name)]
            for name in ("timexes", "mentions", "chains", "quote_mentions", "event_mentions")
        },
    }


def test_row_codec_matches_asdict_json_and_ignores_unknown_columns() -> None:
    event = Event(
        "v1", "2021-05-04", "dct", None, "ministers", None, None, None, None, "030", "03", "AGREE",
        None, 4.0, 1, "asserted", "Ministers agreed", "lexicon", [Citation("d1", 1, 24, 48)], 1, 1,
    )  # fmt: skip
    values = dict(zip(row_columns(Event), row_values(event), strict=True))
    assert values == to_row(event)
    # nested records are stored as the JSON of dataclasses.asdict, keys in field order
    expected = json.dumps(
        [dataclasses.asdict(c) for c in event.sources], ensure_ascii=False, separators=(",", ":")
    )
    assert values["sources"] == expected
    # a column the record does not know is skipped; a field without a column takes its default
    names = ["stray", *(n for n in row_columns(Event) if n != "sources")]
    read = row_reader(Event, names)
    back = read(["?", *(values[n] for n in names[1:])])
    assert back == dataclasses.replace(event, sources=[])
    assert from_row(Event, values) == event
    assert isinstance(from_row(Event, values).sources[0], Citation)


def test_reload_documents_gives_what_a_full_load_gives(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        st.write_results([_doc("a1", ["Berg"]), _doc("b2", ["Lund", "Dahl"]), _doc("c3", ["Holm"])])
        corpus = st.load_corpus(with_corpus_tables=False)
        # b2 is rewritten with other rows (one more sentence, a new date); a3 is a new document
        st.write_results([_doc("b2", ["Lund", "Dahl", "Moe"], "2021-06-01"), _doc("a3", ["Vik"])])
        st.reload_documents(corpus, ["b2", "a3"])
        assert _as_plain(corpus) == _as_plain(st.load_corpus(with_corpus_tables=False))
        assert corpus.articles["b2"].published == "2021-06-01"


def _entity_link_writes(store: Store) -> list[tuple[int, int]]:
    """Record the number of chains and mentions each ``update_links`` call is given."""
    calls: list[tuple[int, int]] = []
    original = store.update_links

    def counting(chains: Any, mentions: Any) -> None:
        calls.append((len(chains), len(mentions)))
        original(chains, mentions)

    store.update_links = counting
    return calls


def test_rebuild_writes_only_the_entity_links_that_changed(tmp_path: Path) -> None:
    from storyline.builder import BuildOptions
    from storyline.corpus_stages import run_corpus_stages
    from storyline.pipeline import StageStats

    def no_model() -> Any:
        raise AssertionError("no document needs parsing again")

    opts = BuildOptions(report=False)
    with Store(tmp_path / "s") as st:
        st.write_results([_doc("a1", ["Berg", "Lund"]), _doc("b2", ["Berg"])])
        calls = _entity_link_writes(st)
        run_corpus_stages(st, no_model, StageStats(), opts)
        linked = {(m.doc_id, m.mention_id): m.entity_id for m in st.rows("mentions")}
        run_corpus_stages(st, no_model, StageStats(), opts)
        assert {(m.doc_id, m.mention_id): m.entity_id for m in st.rows("mentions")} == linked
    assert any(linked.values())
    assert calls[0] == (3, 3)  # first build: every chain and mention gets its entity
    assert calls[1] == (0, 0)  # rebuild over the same documents: nothing to rewrite


def test_corpus_tables_round_trip(tmp_path: Path) -> None:
    cite = Citation("d1", 0, 0, 4)
    entity = Entity("e1", "Berg", "PERSON", None, ["Berg"], ["d1"], 1, [Role("minister", country="NOR")])
    entry = TimelineEntry("2021-05-04", "Berg speaks", "Berg spoke.", [], [], [cite], 1.0)
    with Store(tmp_path / "s") as st:
        st.replace_corpus_tables([entity], [], [], [entry])
        assert list(st.rows("entities")) == [entity]
        assert list(st.rows("timeline")) == [entry]


def test_a_re_dated_copy_keeps_its_duplicate_link(tmp_path: Path, nlp: Any) -> None:
    # an undated copy of a dated article: dedupe links it, date inference dates it, and the re-dated row
    # that is written back still carries the link
    from storyline.builder import BuildOptions
    from storyline.corpus_stages import run_corpus_stages
    from storyline.pipeline import StageStats

    body = (
        "Kastan and Veloria signed a border treaty in Port Alder on 3 May 2021 after two years of talks. "
        "The foreign ministers of both countries called the treaty a new beginning for the whole region. "
        "Traders on both sides of the river welcomed the news and expect the crossings to reopen soon."
    )
    dated = _doc("a1", ["Berg"])
    dated.article.text = body
    dated.article.blocks = [Block(0, len(body), "body")]
    dated.sentences, dated.timexes, dated.mentions, dated.chains = (
        [Sentence("a1", 0, 0, len(body))],
        [],
        [],
        [],
    )
    copy = _doc("b2", ["Berg"], published=None)
    copy.article.text = body + " Reporting by the wire staff."
    copy.article.blocks = [Block(0, len(copy.article.text), "body")]
    copy.sentences, copy.timexes, copy.mentions, copy.chains = [Sentence("b2", 0, 0, len(body))], [], [], []
    with Store(tmp_path / "s") as st:
        st.write_results([dated, copy])
        run_corpus_stages(st, lambda: nlp, StageStats(), BuildOptions(report=False))
        rows = {a.doc_id: a for a in st.rows("documents")}
    assert rows["b2"].published_source == "inferred"
    assert rows["b2"].duplicate_of == "a1"
