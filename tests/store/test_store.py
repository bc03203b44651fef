"""Store, row mapping, export contract and Python API on rows built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.records import (
    Article,
    Block,
    Chain,
    Citation,
    DocResult,
    Entity,
    ErrorRecord,
    Event,
    EventMention,
    Mention,
    Quote,
    QuoteMention,
    Role,
    Sentence,
    TimeExpr,
    TimelineEntry,
)
from storyline.store.contract import validate_export, validate_row
from storyline.store.export import export_store
from storyline.store.rows import from_row, to_row
from storyline.store.sqlite import Store, StoreError

TEXT = "Ministers met in Oslo.\n\nThey agreed to talk again, the envoy said."


def _result(doc_id: str = "d1", published: str | None = "2021-05-04") -> DocResult:
    art = Article(
        doc_id=doc_id,
        source_path="x.txt",
        text=TEXT,
        blocks=[Block(0, 22, "body"), Block(24, len(TEXT), "body")],
        title="Talks",
        published=published,
        published_source="explicit" if published else "unknown",
    )
    return DocResult(
        article=art,
        sentences=[Sentence(doc_id, 0, 0, 22), Sentence(doc_id, 1, 24, len(TEXT))],
        timexes=[TimeExpr(doc_id, 17, 21, "Oslo", "DATE", None, "none", 0)],
        mentions=[Mention(doc_id, 0, 17, 21, "Oslo", 0, "name", "GPE", 0)],
        chains=[Chain(doc_id, 0, "Oslo", "GPE", roles=[Role("capital", country="NOR")])],
        quotes=[QuoteMention(doc_id, 0, "talk again", 40, 50, 1, "partial")],
        events=[
            EventMention(doc_id, 0, 1, 24, 48, "agree", "030", "AGREE", None, 4.0, 1, "asserted", "lexicon")
        ],
    )


def test_rows_roundtrip_nested_records() -> None:
    chain = Chain("d", 3, "Ann Lee", "PERSON", roles=[Role("minister", "Government", "NOR", "2020")])
    back = from_row(Chain, to_row(chain))
    assert back == chain
    assert isinstance(back.roles[0], Role)


def test_store_write_replace_and_load(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        st.write_results([_result()])
        st.write_results([_result()])  # rewriting a document replaces its rows, never duplicates them
        assert st.count("documents") == 1
        assert st.count("sentences") == 2
        corpus = st.load_corpus()
    assert corpus.articles["d1"].blocks[1].start == 24
    assert corpus.sentence_text("d1", 1).startswith("They agreed")
    assert corpus.chains[0].roles[0].country == "NOR"


def test_store_refuses_a_missing_or_broken_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "nothing", readonly=True)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "storyline.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(bad, readonly=True)
    with pytest.raises(StoreError, match="cannot write"):  # opened for writing, the same clear error
        Store(bad)


def _full_store(path: Path) -> None:
    with Store(path) as st:
        st.write_results([_result("d1"), _result("d2", None)])
        st.write_errors([ErrorRecord("broken.jsonl", "ingest", "line 3: not JSON", record="line 3")])
        cite = Citation("d1", 1, 24, 48)
        st.replace_corpus_tables(
            [Entity("e1", "Oslo", "GPE", "NOR", ["Oslo"], ["d1"], 1, [Role("capital", country="NOR")])],
            [Quote("q1", "talk again", "partial", sources=[Citation("d1", 1, 40, 50)])],
            [
                Event(
                    "v1",
                    "2021-05-04",
                    "dct",
                    None,
                    "ministers",
                    None,
                    None,
                    None,
                    None,
                    "030",
                    "03",
                    "AGREE",
                    None,
                    4.0,
                    1,
                    "asserted",
                    "Ministers agreed to talk again",
                    "lexicon",
                    [cite],
                    1,
                    1,
                )
            ],
            [TimelineEntry("2021-05-04", "Ministers agree", "They agreed.", ["v1"], ["q1"], [cite], 1.0)],
        )


def test_export_jsonl_validates_against_contract(tmp_path: Path) -> None:
    _full_store(tmp_path / "s")
    manifest = export_store(tmp_path / "s", tmp_path / "out", "jsonl")
    assert validate_export(tmp_path / "out") == []
    assert manifest["counts"]["documents"] == 2
    assert manifest["errors"] == {"ingest": 1}
    ev = json.loads((tmp_path / "out" / "events.jsonl").read_text().splitlines()[0])
    assert ev["cameo_code"] == "030" and ev["sources"][0] == {
        "doc_id": "d1",
        "sentence": 1,
        "start": 24,
        "end": 48,
    }
    assert (tmp_path / "out" / "events.csv").read_text().splitlines()[1].split(",")[0] == "v1"
    undated = [json.loads(x) for x in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()]
    assert {d["published"] for d in undated} == {"2021-05-04", None}


def test_export_parquet_and_csv(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    _full_store(tmp_path / "s")
    export_store(tmp_path / "s", tmp_path / "pq", "parquet")
    table = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert table.column("cameo_code").to_pylist() == ["030"]
    export_store(tmp_path / "s", tmp_path / "csv", "csv")
    header = (tmp_path / "csv" / "documents.csv").read_text().splitlines()[0].split(",")
    assert header[:2] == ["doc_id", "source_path"]
    with pytest.raises(ValueError):
        export_store(tmp_path / "s", tmp_path / "x", "xml")


def test_parquet_columns_keep_their_types_when_all_null_or_empty(tmp_path: Path) -> None:
    """An all-null column (no bylines anywhere) or an empty table keeps its declared type and columns,
    so exports of two corpora concatenate; Arrow's guess from the values was type null, or no column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    _full_store(tmp_path / "s")
    export_store(tmp_path / "s", tmp_path / "pq", "parquet")
    docs = pq.read_schema(tmp_path / "pq" / "documents.parquet")
    assert docs.field("byline").type == pa.string() and docs.field("duplicate_of").type == pa.string()
    roles = pq.read_schema(tmp_path / "pq" / "entities.parquet").field("roles").type.value_type
    assert roles.field("end").type == pa.string()
    with Store(tmp_path / "empty"):
        pass
    export_store(tmp_path / "empty", tmp_path / "pq0", "parquet")
    events = pq.read_table(tmp_path / "pq0" / "events.parquet")
    assert events.num_rows == 0
    assert events.schema.field("cameo_code").type == pa.string()
    assert events.schema.field("goldstein").type == pa.float64()


def test_export_adds_sentences_errors_and_column_kinds(tmp_path: Path) -> None:
    """A citation's `sentence` index resolves in sentences.jsonl, unreadable inputs are listed, and the
    manifest tells a CSV reader which columns are text (a code "030" must not become the number 30)."""
    _full_store(tmp_path / "s")
    manifest = export_store(tmp_path / "s", tmp_path / "out", "jsonl")
    out = tmp_path / "out"
    sentences = [json.loads(x) for x in (out / "sentences.jsonl").read_text().splitlines()]
    assert {(s["doc_id"], s["index"]) for s in sentences} >= {("d1", 1)}
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["path"], e["record"]) for e in errors] == [("broken.jsonl", "line 3")]
    assert manifest["counts"]["errors"] == 1
    assert manifest["columns"]["events"]["cameo_code"] == "string"
    assert manifest["columns"]["events"]["goldstein"] == "number"
    assert manifest["columns"]["events"]["sources"] == "json"
    assert validate_export(out) == []


def test_jsonl_export_escapes_unicode_line_breaks(tmp_path: Path) -> None:
    """A title with a line or paragraph separator stays on its row for readers that split on them."""
    result = _result("d1")
    result.article.title = "Veloria\u2028talks\x85end\u2029today"
    with Store(tmp_path / "s") as st:
        st.write_results([result])
    export_store(tmp_path / "s", tmp_path / "out", "jsonl")
    lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["title"] == "Veloria\u2028talks\x85end\u2029today"


def test_export_of_a_missing_store_leaves_no_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        export_store(tmp_path / "no-store", tmp_path / "out", "csv")
    assert not (tmp_path / "out").exists()


def test_contract_flags_bad_rows() -> None:
    row = {k: None for k in ("quote_id", "text", "kind", "sources")}
    problems = validate_row("quotes.jsonl", row)
    assert any("quote_id" in p for p in problems)
    assert any("speaker_entity_id" in p for p in problems)  # missing field


def test_api_tables_convert_to_pandas(tmp_path: Path) -> None:
    import storyline

    _full_store(tmp_path / "s")
    with storyline.open_store(tmp_path / "s") as story:
        df = story.events.to_pandas()
        assert list(df["cameo_code"]) == ["030"]
        assert len(story.documents) == 2
        assert story.date_range() == ("2021-05-04", "2021-05-04")
        with pytest.raises(AttributeError):
            _ = story.no_such_table
