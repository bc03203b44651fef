"""Ray executor in local mode: the same store contents as the in-process executor on examples/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus_maker import store_counts, store_tables

from storyline.builder import BuildOptions, build
from storyline.store.sqlite import DOC_TABLES

pytestmark = pytest.mark.ray


def test_ray_same_store_as_local_on_examples(
    tmp_path: Path, examples_dir: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("ray", reason="ray is not installed (pip install -e .[ray])")
    pytest.importorskip("ray.data", reason="ray[data] is not installed")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)  # local mode, whatever the environment says
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    local = build([examples_dir], tmp_path / "local", BuildOptions(report=False))
    on_ray = build([examples_dir], tmp_path / "ray", BuildOptions(report=False, executor="ray", workers=2))
    assert on_ray.executor == "ray"
    assert on_ray.documents_added == local.documents_added > 0
    assert store_counts(tmp_path / "ray") == store_counts(tmp_path / "local")
    tables = (*DOC_TABLES, "entities", "quotes", "events", "timeline", "errors")
    assert store_tables(tmp_path / "ray", tables) == store_tables(tmp_path / "local", tables)
