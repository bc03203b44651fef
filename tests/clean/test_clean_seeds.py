"""The seed articles (skipped when ../shared is absent), scored against bench/seed_annotations.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.clean import clean_document
from storyline.ingest import iter_inputs
from storyline.records import Article, RawDocument

ANNOTATIONS = Path(__file__).resolve().parents[2] / "bench" / "seed_annotations.json"


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, tuple[RawDocument, Article]]:
    out = {}
    for raw in iter_inputs([seeds_dir]):
        assert isinstance(raw, RawDocument), raw
        out[Path(raw.source_path).name] = (raw, clean_document(raw))
    return out


@pytest.fixture(scope="module")
def notes() -> dict[str, dict[str, object]]:
    return json.loads(ANNOTATIONS.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_seeds_body_keeps_article_lines_and_drops_furniture(seeds, notes) -> None:  # type: ignore[no-untyped-def]
    assert len(seeds) == 5
    for name, (raw, art) in seeds.items():
        lines = [" ".join(ln.split()) for ln in raw.content.splitlines()]
        wanted = {lines[i - 1] for i in notes["body"][name]}
        body = {art.text[b.start : b.end] for b in art.blocks if b.kind == "body"}
        if art.dateline:  # the line as printed is the dateline, maybe a dash, then the first body block
            printed = {ln for ln in wanted if ln.startswith(art.dateline)}
            assert len(printed) == 1, (name, art.dateline)
            line = printed.pop()
            rest = line[len(art.dateline) :].lstrip(" -–—")
            assert rest in body, (name, rest)
            body = (body - {rest}) | {line}
        assert wanted <= body, (name, wanted - body)
        assert body <= wanted, (name, body - wanted)
        assert art.dropped_lines > 0


def test_seeds_printed_dates(seeds, notes) -> None:  # type: ignore[no-untyped-def]
    for name, (_, art) in seeds.items():
        expected = notes["published"][name]
        if expected is None:
            assert art.published is None and art.published_source == "unknown"
        else:
            assert art.published is not None and art.published[:10] == expected
            assert art.published_source == "explicit" and art.published_evidence


def test_seeds_asides_are_not_body(seeds) -> None:  # type: ignore[no-untyped-def]
    kinds = {b.kind for _, art in seeds.values() for b in art.blocks}
    assert {"pull", "attribution", "heading"} <= kinds
