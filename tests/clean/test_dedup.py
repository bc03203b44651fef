from __future__ import annotations

from storyline.clean import assemble, doc_id_for, mark_near_duplicates, strip_repeated_outlet_lines
from storyline.records import Article, BlockKind

STORY = (
    "The central bank kept its main interest rate unchanged on Monday, surprising analysts who had expected a cut. "
    "The governor said inflation was still too high and that the bank would wait for more data before acting. "
    "Shares rose in early trading while the currency fell slightly against the dollar and the euro."
)
OTHER = (
    "Heavy rain forced thousands of people from their homes along the river as water levels rose overnight. "
    "Rescue teams used boats to reach villages cut off by the floods, and schools were turned into shelters."
)


def _article(
    text: str, published: str | None = None, outlet: str | None = None, extra: list[str] = ()
) -> Article:  # type: ignore[assignment]
    blocks: list[tuple[str, BlockKind]] = [(text, "body"), *[(e, "body") for e in extra]]
    full, spans = assemble(blocks)
    return Article(
        doc_id=doc_id_for(full), source_path="x", text=full, blocks=spans, published=published, outlet=outlet
    )


def test_dedup_marks_later_copy() -> None:
    early = _article(STORY, "2015-01-12")
    late = _article(STORY + " Reporting by a staff writer.", "2015-01-13")
    other = _article(OTHER, "2015-01-12")
    dup = mark_near_duplicates([late, other, early])
    assert dup == {late.doc_id: early.doc_id}


def test_dedup_undated_copy_points_to_dated_one_and_exact_copies_are_one_doc() -> None:
    dated, undated = _article(STORY, "2015-01-12"), _article(STORY + " Extra words here.")
    assert mark_near_duplicates([undated, dated]) == {undated.doc_id: dated.doc_id}
    assert mark_near_duplicates([dated, _article(STORY, "2015-01-12")]) == {}


def test_dedup_strip_repeated_outlet_lines() -> None:
    promo = "Sign up for our morning briefing"
    arts = [
        _article(
            f"{OTHER} Story {i} about floods in the region number {i}.", outlet="Example Times", extra=[promo]
        )
        for i in range(3)
    ]
    arts.append(_article(STORY, outlet="Other Paper", extra=[promo]))
    out = strip_repeated_outlet_lines(arts)
    assert all(promo not in a.text for a in out[:3])
    assert all(a.dropped_lines == 1 and a.doc_id == doc_id_for(a.text) for a in out[:3])
    assert out[3] is arts[3]
