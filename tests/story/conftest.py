"""Fixtures of the story tests: hand-built corpora (see handmade.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from handmade import CorpusBuilder, treaty_corpus  # noqa: E402

from storyline.corpus import Corpus  # noqa: E402


@pytest.fixture
def builder() -> CorpusBuilder:
    return CorpusBuilder()


@pytest.fixture
def treaty() -> Corpus:
    return treaty_corpus()
