"""Session 18 quote fix (helper quotes19b), on invented text: a lead-in "X said in a statement:" before a
paragraph wholly in quotation marks gives the quotation to X, not to the statement noun (no speaker); so
does "X said in a statement that the '...'" where the parse hangs the clause on the noun."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run

_QUOTED = '"The west quay will reopen on Monday once the cranes are repaired. Ships may dock again then."'


def test_a_lead_in_said_in_a_statement_gives_the_paragraph_to_its_subject(nlp: Any) -> None:
    q = holding(run(nlp, "The Kastan Harbour Board said in a statement:", _QUOTED), "west quay")
    assert q.speaker_name == "The Kastan Harbour Board"
    assert q.cue == "said"


def test_a_lead_in_with_a_modified_statement_and_a_day_gives_it_to_the_subject(nlp: Any) -> None:
    q = holding(
        run(nlp, "The Veloria ministry said in a written statement on Tuesday:", _QUOTED), "west quay"
    )
    assert q.speaker_name == "The Veloria ministry"


def test_an_issued_statement_lead_in_still_gives_it_to_the_issuer(nlp: Any) -> None:
    q = holding(run(nlp, "The Orvik Ferry Company issued this statement:", _QUOTED), "west quay")
    assert q.speaker_name == "The Orvik Ferry Company"


def test_said_in_a_statement_that_gives_the_partial_quote_to_the_subject(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Senator Ana Delvane said the council should wait.",
        "“I’m not against it,” she told the Orvik Herald.",
        "Harbour Committee Chairman Tomas Okafor (R-Port) said in a statement that the summit’s “primary aim "
        'must be Veloria’s fuel program."',
    )
    q = holding(quotes, "primary aim")
    assert q.speaker_name == "Tomas Okafor"
    assert q.cue == "said"
