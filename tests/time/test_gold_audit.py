"""The gold-consistency audit on hand-made gold: which wrong values the gold itself contradicts."""

from __future__ import annotations

import pytest

from storyline.time.gold_audit import audit_values, expression_form, value_shape
from storyline.time.scoring import GoldDoc, Timex, score_document


def _doc(name: str, text: str, spans: list[tuple[str, str]]) -> GoldDoc:
    """A gold document whose timexes are the first occurrence of each phrase, with the given values."""
    timexes = []
    for phrase, value in spans:
        start = text.index(phrase)
        timexes.append(Timex(start, start + len(phrase), "DATE", value))
    return GoldDoc(name=name, text=text, dct="2011-05-20", timexes=timexes)


def test_forms_mask_what_changes_between_mentions() -> None:
    assert expression_form("Tuesday night") == expression_form("Friday night") == "WD night"
    assert expression_form("Oct. 12") == expression_form("March 3,") == "MON N"
    assert expression_form("50 years ago") == expression_form("ten years ago".replace("ten", "10"))
    assert expression_form("last week") != expression_form("next week")
    assert value_shape("2011-W19") == value_shape("1998-w07") == "9999-W99"
    assert value_shape("2011-WXX") != value_shape("2011-W19")


def test_wrong_values_sorted_by_the_golds_own_convention() -> None:
    # The gold gives "last week" a week number twice and XXXX-WXX once; the tagger always gives a week number.
    docs = [
        _doc("a", "Talks in Orvik stalled last week.", [("last week", "2011-W19")]),
        _doc("b", "Kastan said last week it would wait.", [("last week", "2011-W19")]),
        _doc(
            "c",
            "Veloria signed last week and Marren on Friday.",
            [("last week", "2011-WXX"), ("Friday", "2011-05-13")],
        ),
    ]
    systems = [[Timex(d.timexes[0].start, d.timexes[0].end, "DATE", "2011-W19")] for d in docs]
    friday = docs[2].timexes[1]
    systems[2].append(
        Timex(friday.start, friday.end, "DATE", "2011-05-20")
    )  # same kind of value, another day
    audit = audit_values(docs, systems)
    assert (audit.wrong, audit.anchor, audit.gold_convention, audit.other) == (2, 1, 1, 0)
    assert audit.examples == {("last week", "9999-WXX", "9999-W99"): 1}
    scores = score_document(docs[0].timexes, systems[0])
    for d, s in zip(docs[1:], systems[1:], strict=True):
        scores.add(score_document(d.timexes, s))
    assert scores.value_f1 == pytest.approx(2 / 4)
    assert audit.value_f1_if_consistent(scores) == pytest.approx(3 / 4)


def test_a_minority_reading_is_not_the_golds_convention() -> None:
    # Gold gives "the quarter" a numbered quarter twice; the tagger's QX reading is the gold's minority.
    docs = [
        _doc("a", "Sales rose in the quarter.", [("the quarter", "2011-Q1")]),
        _doc("b", "Costs fell in the quarter.", [("the quarter", "2011-Q1")]),
    ]
    systems = [[Timex(d.timexes[0].start, d.timexes[0].end, "DATE", "2011-QX")] for d in docs]
    audit = audit_values(docs, systems)
    assert (audit.wrong, audit.gold_convention, audit.other) == (2, 0, 2)
