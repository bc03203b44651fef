"""`storyline export --profile` says how many events its table holds."""

from __future__ import annotations

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
