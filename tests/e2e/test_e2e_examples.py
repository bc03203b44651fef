"""End to end over the demo corpus in examples/ through the CLI, as the README runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.store.contract import validate_export

runner = CliRunner()


@pytest.fixture(scope="module")
def built(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples") / "out"
    result = runner.invoke(app, ["build", str(examples_dir), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_examples_build_writes_store_and_report(built: Path) -> None:
    assert (built / "storyline.sqlite").is_file()
    html = (built / "report.html").read_text(encoding="utf-8")
    assert "<html" in html.lower() and "Duarte" in html


def test_examples_every_input_accounted_for(built: Path, examples_dir: Path) -> None:
    with storyline.open_store(built) as story:
        docs = list(story.documents)
        errors = list(story.errors)
    inputs = [p for p in examples_dir.rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".jsonl"}]
    jsonl_lines = sum(len(p.read_text().splitlines()) for p in inputs if p.suffix == ".jsonl")
    assert (
        len(docs) + len([e for e in errors if e.stage in ("ingest", "clean")])
        == len(inputs) - 1 + jsonl_lines
    )


def test_examples_dates_entities_quotes_events(built: Path) -> None:
    with storyline.open_store(built) as story:
        docs = {Path(d.source_path).name + (d.record or ""): d for d in story.documents}
        entities = list(story.entities)
        quotes = list(story.quotes)
        events = list(story.events)
        timexes = list(story.timexes)
        timeline = list(story.timeline)
    tribune = next(d for k, d in docs.items() if k.startswith("2024-03-04"))
    assert (tribune.published or "").startswith("2024-03-04")
    # "yesterday" in the Monday article is the Sunday of the meeting
    assert any(
        t.doc_id == tribune.doc_id and t.text.lower() == "yesterday" and t.value == "2024-03-03"
        for t in timexes
    )
    # the undated briefing is dated from the corpus, not from the build date
    note = next(d for k, d in docs.items() if k.startswith("briefing-note"))
    assert note.published_source == "inferred" and note.published == "2024-03-04"
    assert note.published_evidence and "yesterday" in note.published_evidence
    # two different ministers share the surname Duarte
    duartes = {e.name for e in entities if e.type == "PERSON" and "Duarte" in e.name}
    assert {"Helena Duarte", "Rui Duarte"} <= duartes
    # the same words carried by two outlets are one quote with two sources
    page = [q for q in quotes if "turned a difficult page" in q.text]
    assert len(page) == 1 and len({s.doc_id for s in page[0].sources}) == 2
    assert events and all(e.sources for e in events)
    assert timeline and [t.date for t in timeline] == sorted(t.date for t in timeline)


def test_examples_export_and_info(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(built), "--format", "jsonl", "--out", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    assert validate_export(tmp_path / "x") == []
    manifest = json.loads((tmp_path / "x" / "manifest.json").read_text())
    assert manifest["counts"]["documents"] >= 5
    info = runner.invoke(app, ["info", str(built)])
    assert info.exit_code == 0 and "2023-10-12" in info.output


def test_examples_rebuild_adds_nothing(built: Path, examples_dir: Path) -> None:
    with storyline.open_store(built) as story:
        before = story.counts()
    summary = storyline.build([examples_dir], built)
    assert summary.documents_added == 0
    assert summary.skipped["done in an earlier run"] + summary.skipped["already in store"] >= 5
    with storyline.open_store(built) as story:
        after = story.counts()
    assert after["documents"] == before["documents"] and after["events"] == before["events"]


def test_cli_help_on_every_command() -> None:
    for cmd in ("build", "export", "info", "errors", "report", "timeline"):
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_cli_info_on_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["info", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no storyline store" in result.output


def test_api_build_twice_in_one_process(examples_dir: Path, tmp_path: Path) -> None:
    # importing the builder module must not replace the package's build() function
    import storyline.builder  # noqa: F401

    first = storyline.build(examples_dir / "briefing-note.txt", tmp_path / "s")
    second = storyline.build([examples_dir / "briefing-note.txt"], tmp_path / "s", report=False)
    assert callable(storyline.build)
    assert first.documents_added == 1 and second.documents_added == 0


def test_cli_export_profiles(built: Path, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["export", str(built), "--out", str(tmp_path / "b"), "--profile", "bogus"])
    assert bad.exit_code == 2 and "unknown --profile" in bad.output
    ok = runner.invoke(app, ["export", str(built), "--out", str(tmp_path / "g"), "--profile", "gdelt2"])
    assert ok.exit_code == 0, ok.output
    rows = [line.split("\t") for line in next((tmp_path / "g").glob("*gdelt*")).read_text().splitlines()]
    assert rows and {len(r) for r in rows} == {61}
    assert all(r[26].isdigit() and len(r[26]) >= 3 for r in rows)  # EventCode: zero-padded CAMEO string
