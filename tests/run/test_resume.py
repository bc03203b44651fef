"""kill -9 in the middle of a build, then the same command again: every document exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from corpus_maker import store_counts, store_tables, write_corpus

from storyline.builder import BuildOptions, build
from storyline.store.sqlite import DOC_TABLES

N_DOCS = 40


def _stored(store: Path) -> int:
    db = store / "storyline.sqlite"
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # schema not created yet, or locked for a moment
        return 0


def _command(inputs: Path, store: Path, workers: int) -> list[str]:
    return [
        sys.executable, "-m", "storyline.cli", "build", str(inputs), "-o", str(store),
        "--batch-size", "2", "--workers", str(workers), "--quiet", "--no-report",
    ]  # fmt: skip


@pytest.mark.parametrize("workers", [1, 2])
def test_resume_after_sigkill_matches_uninterrupted_build(tmp_path: Path, nlp: Any, workers: int) -> None:
    inputs = tmp_path / "in"
    write_corpus(inputs, N_DOCS)
    reference = tmp_path / "reference"
    build([inputs], reference, BuildOptions(report=False, batch_size=2))

    store = tmp_path / "killed"
    cmd = _command(inputs, store, workers)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 600
    while _stored(store) < 6:
        if proc.poll() is not None or time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"the build ended or stalled before it could be killed: {proc.stderr.read()!r}")  # type: ignore[union-attr]
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers, as `kill -9` on a process group
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    at_kill = _stored(store)
    assert 0 < at_kill < N_DOCS, "the kill must land in the per-document phase"

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr[-2000:]

    assert store_counts(store) == store_counts(reference)
    assert store_tables(store, tuple(DOC_TABLES)) == store_tables(reference, tuple(DOC_TABLES))
    assert store_counts(store)["documents"] == N_DOCS
