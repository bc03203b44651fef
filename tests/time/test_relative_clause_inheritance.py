"""A relative clause inherits no narrative day: it tells what a participant is or did before."""

from __future__ import annotations

from typing import Any

from storyline.nlp import parse_article
from storyline.records import Article, Block
from storyline.time import date_for_span, tag_timexes

TEXT = (
    "Police in Wuhan arrested three protesters on Tuesday. "
    "Officers also detained Li Wen, who criticised the mayor of Wuhan."
)


def _dates(nlp: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    art = Article(
        doc_id="d", source_path="t", text=text, blocks=[Block(0, len(text), "body")], published="2020-02-07"
    )
    state = parse_article(nlp, art)
    tag_timexes(state)
    return {
        t.text: date_for_span(state, state.sentence_index(t.idx), t.idx)
        for t in state.doc
        if t.pos_ == "VERB"
    }


def test_the_main_clause_inherits_and_the_relative_clause_does_not(nlp: Any) -> None:
    dates = _dates(nlp, TEXT)
    assert dates["detained"] == ("2020-02-04", "timex")
    assert dates["criticised"] == (None, None)


def test_a_relative_clause_still_takes_a_time_expression_of_its_own(nlp: Any) -> None:
    dates = _dates(nlp, "Police detained Li Wen, who criticised the mayor of Wuhan on Monday.")
    assert dates["criticised"] == ("2020-02-03", "timex")
