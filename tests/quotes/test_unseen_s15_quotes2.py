"""Who said what, on speaker heads and credits judged wrong in unseen real news (session 15, second
wave); all texts are invented."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run

# --- "ROLE, NAME:" in capitals: the name after the role spoke ---


def test_a_speaker_head_in_capitals_names_the_person_after_the_role(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour talks in Velmar ended late on Tuesday without a deal.",
        "KASTANI PRESIDENT, MARREN OKAFOR: “We will not accept any deal that leaves the harbour closed.”",
        "VELORIAN CHANCELLOR, ANNA DELVANE: “Our door remains open, and the ferries will sail again.”",
        "KASTANI PRESIDENT, MARREN OKAFOR: “We have waited long enough for the ferries.”",
    )
    assert holding(quotes, "leaves the harbour closed").speaker_name == "Marren Okafor"
    assert holding(quotes, "Our door remains open").speaker_name == "Anna Delvane"
    assert holding(quotes, "waited long enough").speaker_name == "Marren Okafor"


def test_transcript_labels_with_the_role_first_name_the_person(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour talks in Velmar ended late on Tuesday without a deal.",
        "KASTANI PRESIDENT, MARREN OKAFOR: We will not accept any deal that leaves the harbour closed.",
        "VELORIAN CHANCELLOR, ANNA DELVANE: Our door remains open, and the ferries will sail again.",
    )
    assert holding(quotes, "leaves the harbour closed").speaker_name == "Marren Okafor"
    assert holding(quotes, "Our door remains open").speaker_name == "Anna Delvane"


# --- '"words" Name, Outlet': a round-up's credit names the columnist ---


def test_a_quotation_closed_by_a_credit_is_the_credited_writers(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Writers split over the harbour plan.",
        "“Velmar has waited a decade for a ferry it can trust. The new plan fixes none of the old faults, "
        "and the council knows it.” Tomas Orvik, Port Alder Ledger",
        "“It is cheap, it is late, and it will work. That is more than the last plan could claim.” "
        "Editorial Board, The Velmar Courier",
    )
    assert holding(quotes, "waited a decade").speaker_name == "Tomas Orvik"
    assert holding(quotes, "more than the last plan").speaker_name == "Editorial Board"


def test_a_credit_in_the_next_paragraph_names_the_writer(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Writers split over the harbour plan.",
        "Some argue that “the ferries are a luxury the town can no longer pay for, whatever the council says.”",
        "Marta Kiral, Velmar Review",
        "The council meets in March.",
    )
    assert holding(quotes, "a luxury the town").speaker_name == "Marta Kiral"


def test_a_sentence_after_a_quotation_is_no_credit(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Writers split over the harbour plan.",
        "“It is cheap, it is late, and it will work,” said Anna Delvane. Kastan Orvik, a pilot, agreed.",
    )
    assert holding(quotes, "it will work").speaker_name == "Anna Delvane"


# --- a curly apostrophe in a name keeps its speaker ---


def test_a_name_with_a_curly_apostrophe_speaks(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour master, Marta O’Dowd, spoke on Monday.",
        "“The crew did what the drills taught them,” O’Dowd said.",
    )
    assert holding(quotes, "drills taught them").speaker_name == "Marta O’Dowd"


# --- a scare quote in a clause of time or manner is not what the speech verb reports ---


def test_a_scare_quote_in_an_as_clause_is_not_the_speakers(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The council debated the harbour plan.",
        "“We have a clear plan and the money to pay for it,” Mr. Orvik said as he pressed council "
        "members to back Mayor Delvane’s “hard limit” on new towers.",
    )
    assert holding(quotes, "clear plan").speaker_name == "Mr. Orvik"
    assert not any(q.text == "hard limit" and q.speaker_name == "Mr. Orvik" for q in quotes)


def test_a_quote_holding_its_own_as_clause_stays_reported(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The council debated the harbour plan.",
        "Mr. Orvik said the towers would go ahead, though he wants to keep the old quay “as it always was” "
        "for the ferries.",
    )
    assert holding(quotes, "as it always was").speaker_name == "Mr. Orvik"


def test_a_scare_quote_in_another_persons_clause_is_that_persons(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The council debated the harbour plan.",
        "Mayor Anna Delvane called Mr. Orvik a “coward” after he attacked the unions and blamed the delays "
        "on “lazy crews” at the quay.",
    )
    assert holding(quotes, "lazy crews").speaker_name == "Mr. Orvik"


# --- a definite role as the speaker holds the next "he" ---


def test_a_role_speaker_holds_the_next_he_over_a_possessor(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour talks resumed on Monday.",
        "The Velorian spy chief told lawmakers on Tuesday that Marren Okafor’s navy had doubled in size.",
        "“They are building faster than anyone expected,” he said.",
    )
    assert holding(quotes, "building faster").speaker_name == "The Velorian spy chief"


def test_a_role_that_fits_a_person_named_before_stays_that_person(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Marren Okafor, the Velorian president, arrived in Port Alder on Sunday.",
        "The Velorian president told reporters that the talks would be hard. “We came to listen,” he said.",
    )
    assert holding(quotes, "came to listen").speaker_name == "Marren Okafor"


def test_a_subhead_after_a_quotation_is_no_credit(nlp: Any) -> None:
    quotes = run(
        nlp,
        "“The ferries will run on time. But if we are going to fix the quay, we need the money,” Mr. Orvik said.",
        "“That is the whole of it.”",
        "A Costly, Divisive Plan.",
        "The council meets in March.",
    )
    assert holding(quotes, "whole of it").speaker_name == "Mr. Orvik"


def test_a_clause_of_time_inside_the_reported_words_stays_reported(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour talks resumed on Monday.",
        "The Port Alder Ledger said in an editorial that the council would act only once the storms have "
        "left the quay a “heap of stones”.",
    )
    assert holding(quotes, "heap of stones").speaker_name == "The Port Alder Ledger"


def test_a_clause_of_time_opening_the_reported_words_stays_reported(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The inquiry into the ferry company closed on Friday.",
        "The inspector declined to act, with Chief Inspector Kastan Lind saying while the owner had been "
        "“badly careless,” he did not think any court would find her guilty.",
    )
    assert holding(quotes, "badly careless").speaker_name == "Kastan Lind"
