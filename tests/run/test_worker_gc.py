"""A worker freezes what it loaded once, so the garbage collector stops rescanning the model."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from storyline.run import local


def test_load_worker_model_freezes_the_loaded_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.nlp
    import storyline.run.worker

    model = object()
    monkeypatch.setattr(storyline.nlp, "load_model", lambda name: model)
    monkeypatch.setattr(storyline.run.worker, "warm_up", lambda nlp: None)
    gc.unfreeze()
    try:
        got: Any = local.load_worker_model("any-model", None)
        assert got is model
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
