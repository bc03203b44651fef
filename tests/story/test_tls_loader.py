"""The fast TLS loader of bench/tls.py: its sentence splitter on hand-written PTB-tokenised text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from storyline.time import tag_text

BENCH = Path(__file__).resolve().parents[2] / "bench" / "tls.py"


@pytest.fixture(scope="module")
def tls() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_tls_loader_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def sentences(tls: ModuleType, text: str) -> list[str]:
    return [text[a:b] for a, b in tls.split_sentences(text)]


def test_month_abbreviation_before_a_day_keeps_the_date_in_one_sentence(tls: ModuleType) -> None:
    text = (
        "Key dates : Feb. 26 - The council imposes sanctions . Talks ended on Sept. 2 . They resumed later ."
    )
    assert sentences(tls, text) == [
        "Key dates : Feb. 26 - The council imposes sanctions .",
        "Talks ended on Sept. 2 .",
        "They resumed later .",
    ]


def test_month_abbreviation_at_a_sentence_end_still_splits(tls: ModuleType) -> None:
    assert sentences(tls, "The envoy left in Feb. The talks stalled .") == [
        "The envoy left in Feb.",
        "The talks stalled .",
    ]


def test_a_chronology_entry_is_dated_once_split(tls: ModuleType) -> None:
    first = sentences(tls, "Feb. 26 - The council imposes sanctions on the government .\n")[0]
    found = tag_text(tls.detokenize(first), "2011-03-10")
    assert [(t.text, t.value) for t in found] == [("Feb. 26", "2011-02-26")]
