"""`storyline export --profile` says how many events its table holds and lists its file in the manifest."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from storyline.cli import _profile_rows_note


def _corpus(*categories: str | None) -> Any:
    return cast(Any, SimpleNamespace(events=[SimpleNamespace(plover_category=c) for c in categories]))


def test_polecat_note_counts_the_events_it_leaves_out() -> None:
    """POLECAT has no row for an event without a PLOVER category; the gap was unexplained before."""
    corpus = _corpus("CONSULT", None, "AID", None)
    assert _profile_rows_note(corpus, "polecat") == (
        "2 of 4 events; 2 without a PLOVER category have no POLECAT row"
    )
    assert _profile_rows_note(corpus, "icews") == "4 events"
    assert _profile_rows_note(_corpus("AID"), "polecat") == "1 event"


def test_export_lists_its_profile_file_in_the_manifest(tmp_path: Path) -> None:
    # the profile table was written beside the contract's files but missing from manifest.json "files"
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.store import Store

    store = tmp_path / "store"
    with Store(store) as st:
        st.replace_corpus_tables([], [], [], [])
    result = CliRunner().invoke(
        app, ["export", str(store), "--out", str(tmp_path / "out"), "--profile", "icews"]
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert "events.icews.tsv" in manifest["files"]
    assert (tmp_path / "out" / "events.icews.tsv").is_file()
