"""End to end over the five reference articles in ../shared/seeds (skipped when absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import storyline
from storyline.store.contract import validate_export
from storyline.store.export import export_store

pytestmark = pytest.mark.seeds

ROOT = Path(__file__).resolve().parents[2]

# Kinds of scraped boilerplate (general page furniture, not article content).
BOILERPLATE = re.compile(
    r"^(E-mail this story|See also:|Links to more|Internet links:|Copyright|Click to|Please read our comment|"
    r"Your support|Notifications can be managed|Stay up to date|Join our commenting|Search .* Online|"
    r"Front Page$|You are in:)",
    re.I,
)


@pytest.fixture(scope="module")
def seed_store(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "store"
    storyline.build([seeds_dir], out)
    return out


@pytest.fixture(scope="module")
def story(seed_store: Path):  # type: ignore[no-untyped-def]
    with storyline.open_store(seed_store) as s:
        yield s


def _docs_by_file(story) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {Path(d.source_path).name: d for d in story.documents}


def test_seeds_five_documents(story) -> None:  # type: ignore[no-untyped-def]
    assert len(story.documents) == 5


def test_seeds_body_keeps_sentences_and_drops_boilerplate(story, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # bench/seed_annotations.json: hand annotation (line numbers only) of the lines a reader calls the body
    annotations = json.loads((ROOT / "bench" / "seed_annotations.json").read_text(encoding="utf-8"))["body"]
    docs = _docs_by_file(story)
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = docs[path.name]
        body = " ".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind in ("body", "heading"))
        norm_body = " ".join(body.split())
        body_lines = set(annotations[path.name])
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = " ".join(line.split())
            if number in body_lines:
                # a dateline prefix ("MOSCOW") is moved into metadata, the rest of the line stays
                rest = line.removeprefix(doc.dateline or "").strip() if doc.dateline else line
                assert rest in norm_body, f"{path.name}:{number}: article sentence lost: {line[:80]!r}"
            elif BOILERPLATE.match(line):
                assert line not in norm_body, f"{path.name}:{number}: boilerplate kept: {line!r}"


def test_seeds_dated_articles_get_printed_dates(story) -> None:  # type: ignore[no-untyped-def]
    dates = sorted((d.published or "")[:10] for d in story.documents if d.published_source == "explicit")
    assert dates == ["2000-02-16", "2001-11-23", "2001-11-23", "2009-03-05"]


def _people(story, surname: str) -> list[object]:  # type: ignore[no-untyped-def]
    return [e for e in story.entities if e.type == "PERSON" and surname in e.name]


def test_seeds_two_ivanovs_one_robertson(story) -> None:  # type: ignore[no-untyped-def]
    ivanovs = {e.name for e in _people(story, "Ivanov")}
    assert "Igor Ivanov" in ivanovs and "Sergei Ivanov" in ivanovs
    igor = next(e for e in _people(story, "Ivanov") if e.name == "Igor Ivanov")
    sergei = next(e for e in _people(story, "Ivanov") if e.name == "Sergei Ivanov")
    assert igor.entity_id != sergei.entity_id
    robertsons = _people(story, "Robertson")
    assert len(robertsons) == 1
    assert {"Lord Robertson", "George Robertson"} <= set(robertsons[0].aliases)


def test_seeds_quote_by_robertson(story) -> None:  # type: ignore[no-untyped-def]
    entities = {e.entity_id: e for e in story.entities}
    speakers = [entities[q.speaker_entity_id].name for q in story.quotes if q.speaker_entity_id in entities]
    assert any("Robertson" in s for s in speakers)


def test_seeds_last_march_resolved_to_1999(story) -> None:  # type: ignore[no-untyped-def]
    bbc_2000 = [d.doc_id for d in story.documents if (d.published or "").startswith("2000-02-16")]
    values = [
        t.value for t in story.timexes if t.doc_id in bbc_2000 and t.text.lower().endswith("last march")
    ]
    assert values and all(v == "1999-03" for v in values)


def test_seeds_export_validates(seed_store: Path, tmp_path: Path) -> None:
    export_store(seed_store, tmp_path / "export", "jsonl")
    assert validate_export(tmp_path / "export") == []
