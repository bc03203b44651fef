"""Mojibake repair: UTF-8 read as Windows-1252 (once or twice) and Windows-1252 punctuation read as Latin-1."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean.encoding import repair_mojibake
from storyline.records import RawDocument


def _cp1252_byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined pass through as C1 controls
        return chr(b)


def _mangle(text: str, times: int = 1) -> str:
    """What a reader that takes UTF-8 bytes for Windows-1252 makes of ``text`` (``times`` over)."""
    for _ in range(times):
        text = "".join(_cp1252_byte(b) for b in text.encode("utf-8"))
    return text


@pytest.mark.parametrize("times", [1, 2])
def test_utf8_read_as_windows_1252_is_restored(times: int) -> None:
    original = "Kastan’s minister says talks are “over” — for now"
    damaged = _mangle(original, times)
    assert damaged != original
    assert repair_mojibake(damaged) == original


def test_windows_punctuation_read_as_latin1_is_restored() -> None:
    damaged = "Veloria\x92s envoy left PORT ALDER \x96 the talks stalled"
    assert repair_mojibake(damaged) == "Veloria’s envoy left PORT ALDER – the talks stalled"


@pytest.mark.parametrize(
    "text",
    ["São Paulo and Zürich", "naïve café — “quoted” text", "Ørsted paid £5m in 2019", "Plain ASCII text."],
)
def test_sound_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_clean_document_repairs_title_and_body() -> None:
    body = (
        "The foreign minister of Kastan’s coalition resigned on Monday after the vote failed in parliament.\n\n"
        "“We will not return to the table,” she told reporters in the capital of the republic.\n"
    )
    raw = RawDocument(
        source_path="a.jsonl",
        content=_mangle(body),
        kind="text",
        title=_mangle("Kastan’s minister quits", 2),
    )
    art = clean_document(raw)
    assert art.title == "Kastan’s minister quits"
    assert "Kastan’s coalition" in art.text and "“We will not return" in art.text
    assert "â€" not in art.text
