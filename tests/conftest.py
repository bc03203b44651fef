"""Shared fixtures. Data in ../shared is read at run time; tests that need it skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    env = os.environ.get("STORYLINE_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if not d.is_dir():
        pytest.skip("../shared is absent")
    return d


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    d = shared / "seeds"
    if not d.is_dir() or not any(d.glob("*.txt")):
        pytest.skip("../shared/seeds is absent")
    return d


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from storyline.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"
