"""A headline never shows someone's words as what happened: a line that opens or goes on with a
quotation keeps its quotation marks, and names its speaker when the sentence does."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.story import build_timeline

FILLER = [
    "Fishing boats stayed in the harbour of Port Alder for most of the week.",
    "Traders in Port Alder said prices for grain had risen again.",
    "The weather office expected calm seas along the Veloria coast.",
]


def _headline(sentences: list[str], phrase: str) -> str:
    b = CorpusBuilder()
    b.article("pier", "2031-05-10", [*FILLER, *sentences])
    b.timex("pier", len(FILLER) + len(sentences) - 1, phrase, "2031-05-02")
    entries = build_timeline(b.corpus, start="2031-05-02", end="2031-05-02")
    return entries[0].headline


def test_an_unattributed_quotation_keeps_its_marks() -> None:
    # a same-day lead opening on a quotation no speaker is named for: no line reads alone
    b = CorpusBuilder()
    line = (
        "“The harbour of Port Alder came back to life this morning for all of us,” read a banner on the pier."
    )
    b.article("pier", "2031-05-02", [line])
    entries = build_timeline(b.corpus, start="2031-05-02", end="2031-05-02")
    assert entries[0].headline == line


def test_a_lead_that_is_all_quotation_makes_no_entry() -> None:
    # nothing but someone's words (they go on in the next paragraph): no happening of the day is told
    b = CorpusBuilder()
    b.article(
        "pier", "2031-05-02", ["“The harbour of Port Alder came back to life this morning for all of us."]
    )
    assert build_timeline(b.corpus, start="2031-05-02", end="2031-05-02") == []


def test_a_quotation_going_on_from_the_sentence_before_names_its_speaker() -> None:
    opening = "“The storm took everything from the fishermen of Port Alder."
    going_on = "We will rebuild every pier by the summer,” Mayor Ada Okafor said on May 2."
    headline = _headline([opening, going_on], "May 2")
    assert headline.startswith("Mayor Ada Okafor said: “We will rebuild every pier")
