"""`storyline timeline` prints article text as written (brackets are no markup) and names the
articles each entry comes from."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()
TEXT = (
    "Port Alder, June 9, 2031 -- Veloria's harbour board [/i] shut the Orvik canal locks on Monday, "
    "June 9, 2031, after a collision between two Kastan barges.\n\n"
    "The board said the locks would stay shut until the [bold] wreck was cleared."
)


def test_timeline_prints_brackets_as_written_and_names_its_sources(tmp_path: Path) -> None:
    src = tmp_path / "locks.txt"
    src.write_text(TEXT, encoding="utf-8")
    store = tmp_path / "store"
    built = runner.invoke(app, ["build", str(src), "-o", str(store), "--quiet", "--no-report"])
    assert built.exit_code == 0, built.output
    result = runner.invoke(app, ["timeline", str(store)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "[/i]" in flat and "[bold]" in flat
    assert "· 2031-06-09]" in flat  # the entry names the article it comes from and its day


def test_timeline_refuses_an_unknown_format_or_date_bound(tmp_path: Path) -> None:
    """A misspelt bound filtered every entry away and an unknown format printed text, both with exit 0."""
    bad_format = runner.invoke(app, ["timeline", str(tmp_path), "--format", "csv"])
    assert bad_format.exit_code == 2 and "--format" in bad_format.output
    bad_bound = runner.invoke(app, ["timeline", str(tmp_path), "--from", "last spring"])
    assert bad_bound.exit_code == 2 and "--from" in bad_bound.output


def test_timeline_refuses_a_bound_no_calendar_has(tmp_path: Path) -> None:
    # the ISO shape alone let a thirteenth month or a thirtieth of February through, exit 0
    for flag, value in (("--from", "2031-13"), ("--to", "2031-02-30")):
        result = runner.invoke(app, ["timeline", str(tmp_path), flag, value])
        assert result.exit_code == 2 and flag in result.output, (value, result.output)


def test_timeline_says_when_no_entry_matches(tmp_path: Path) -> None:
    from storyline.store.sqlite import Store

    with Store(tmp_path / "store"):
        pass
    result = runner.invoke(app, ["timeline", str(tmp_path / "store"), "--from", "2031"])
    assert result.exit_code == 0
    assert "No timeline entries match" in result.output
