"""`storyline build` on unusable outputs and empty inputs: a clear message and exit code, no traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.records import ErrorRecord
from storyline.run.items import skip_reason

runner = CliRunner()
TEXT = "Port Alder council met on Monday.\n\nThe Veloria ferry fees will rise in June, the council said."


def _article(tmp_path: Path) -> Path:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    return f


def test_cli_build_into_a_file_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["build", str(_article(tmp_path)), "-o", str(out), "--quiet"])
    assert result.exit_code == 2 and "is a file" in result.output
    assert not isinstance(result.exception, OSError)


def test_cli_build_into_a_folder_with_a_broken_database_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "storyline.sqlite").write_text("this is no database", encoding="utf-8")
    result = runner.invoke(app, ["build", str(_article(tmp_path)), "-o", str(out), "--quiet"])
    assert result.exit_code == 2 and "Cannot write the store" in result.output


def test_cli_build_of_an_empty_folder_names_it(tmp_path: Path) -> None:
    empty = tmp_path / "in"
    empty.mkdir()
    result = runner.invoke(app, ["build", str(empty), "-o", str(tmp_path / "out"), "--quiet", "--no-report"])
    assert result.exit_code == 1 and "No input files found" in result.output


def test_skip_reason_groups_by_cause_not_detail() -> None:
    rows = [
        ErrorRecord(
            "w.warc.gz", "ingest", "skipped: HTTP status 404 for https://kastan.example/a", record="record 3"
        ),
        ErrorRecord(
            "w.warc.gz", "ingest", "skipped: HTTP status 404 for https://kastan.example/b", record="record 9"
        ),
        ErrorRecord("w.warc.gz", "ingest", "skipped: not an HTML response (image/png)", record="record 4"),
        ErrorRecord("a", "ingest", "unsupported file type '(none)', skipped"),
    ]
    assert [skip_reason(e) for e in rows] == [
        "ingest: HTTP status 404",
        "ingest: HTTP status 404",
        "ingest: not an HTML response",
        "ingest: unsupported file type '(none)', skipped",
    ]
