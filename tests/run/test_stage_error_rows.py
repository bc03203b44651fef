"""A stage that fails on one document leaves an errors row that says which input it came from."""

from __future__ import annotations

from typing import Any

import pytest

import storyline.entities.stage as entity_stage
import storyline.quotes.find as quote_find
from storyline.clean import clean_document
from storyline.pipeline import process_articles
from storyline.records import RawDocument

TEXT = (
    "Harbour officials in Velmora said on Tuesday that the fishing fleet would stay in port.\n\n"
    '"We cannot risk the crews," the port director, Anika Sorel, told reporters.'
)


def _boom(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("synthetic failure")


@pytest.mark.parametrize(
    ("module", "name", "stage"),
    [(quote_find, "_find", "quotes"), (entity_stage, "_find_mentions", "entities")],
)
def test_stage_error_row_names_the_input_record(
    nlp: Any, monkeypatch: pytest.MonkeyPatch, module: Any, name: str, stage: str
) -> None:
    raw = RawDocument(source_path="crawl/part-7.jsonl", content=TEXT, kind="text", record="line 7")
    article = clean_document(raw)
    monkeypatch.setattr(module, name, _boom)
    [result] = list(process_articles(nlp, [article]))
    rows = [e for e in result.errors if e.stage == stage]
    assert len(rows) == 1, result.errors
    row = rows[0]
    assert (row.path, row.record, row.doc_id) == ("crawl/part-7.jsonl", "line 7", article.doc_id)
    assert "synthetic failure" in row.message
    assert result.article.record == "line 7"  # the document itself is still kept
