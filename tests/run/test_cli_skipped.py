"""Inputs a build skips are listed one by one (`storyline skipped`) and announced, never only counted;
`storyline errors --stage` refuses a stage no build writes; command help reads as written prose."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()
TEXT = "Orvik harbour board met on Tuesday.\n\nThe Kastan dock tolls will fall in May, the board said."
OTHER = "Delvane rail union voted on Friday.\n\nMarren depot staff will strike in April, the union said."


def _inputs(folder: Path, names: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in names.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(inputs: Path, store: Path, *flags: str) -> str:
    result = runner.invoke(app, ["build", str(inputs), "-o", str(store), "--no-report", *flags])
    assert result.exit_code == 0, result.output
    return result.output


def test_skipped_inputs_are_listed_with_what_they_repeat(tmp_path: Path) -> None:
    first = _inputs(tmp_path / "one", {"a.txt": TEXT, "b.txt": TEXT})
    store = tmp_path / "store"
    output = _build(first, store)
    assert "1 input had the same text as another input of this build" in output
    second = _inputs(tmp_path / "two", {"c.txt": TEXT, "d.txt": OTHER})
    output = _build(second, store)
    assert "1 input had the same text as a document already in the store" in output
    assert "storyline skipped" in output

    listed = runner.invoke(app, ["skipped", str(store), "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert {(Path(r["path"]).name, Path(r["kept_path"]).name, r["status"]) for r in rows} == {
        ("b.txt", "a.txt", "duplicate"),
        ("c.txt", "a.txt", "in store"),
    }
    table = runner.invoke(app, ["skipped", str(store)], env={"COLUMNS": "200"})
    assert "2 inputs skipped" in table.output and "stored by an earlier build" in table.output
    errors = runner.invoke(app, ["errors", str(store)], env={"COLUMNS": "200"})
    assert "2 more inputs had the same text as a stored document" in errors.output


def test_a_rerun_of_the_same_inputs_says_they_were_done(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "in", {"a.txt": TEXT})
    store = tmp_path / "store"
    _build(folder, store, "--quiet")
    assert "1 input was done by an earlier build" in _build(folder, store, "--quiet")


def test_errors_rejects_an_unknown_stage_and_lists_the_stages(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _build(_inputs(tmp_path / "in", {"a.txt": TEXT}), store, "--quiet")
    result = runner.invoke(app, ["errors", str(store), "--stage", "bogus"], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert "unknown --stage 'bogus'" in result.output and "ingest, clean, nlp" in result.output
    assert runner.invoke(app, ["errors", str(store), "--stage", "clean"]).exit_code == 0


def test_command_help_never_breaks_a_paragraph_where_the_source_wrapped() -> None:
    result = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"})
    assert "whose cleaned text is new, then redoes the corpus stages" in result.output
