"""The store keeps a record of its last build that a user can read later: its times are those of the build,
not blanks written before the build had finished."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from corpus_maker import write_corpus

from storyline.builder import BuildOptions, build


def test_the_stored_build_record_has_the_builds_times(tmp_path: Path, nlp: Any) -> None:
    inputs = tmp_path / "in"
    write_corpus(inputs, 3)
    summary = build([inputs], tmp_path / "store", BuildOptions(report=False))
    conn = sqlite3.connect(tmp_path / "store" / "storyline.sqlite")
    try:
        stored = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'last_build'").fetchone()[0])
    finally:
        conn.close()
    assert stored["seconds"] > 0 and stored["seconds"] <= summary.seconds + 1e-3
    assert stored["stage_seconds"] and set(stored["stage_seconds"]) == set(summary.stage_seconds)
