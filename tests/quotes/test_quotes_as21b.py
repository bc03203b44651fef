"""Session 20 quote fixes (helper quotes21b, judged on unseen news), on invented text: a quoted sentence
broken by its credit ('"My fear," X, the commander, told me, "is ..."') is direct in both halves and both
are the credited speaker's; a lead-in paragraph ending on a colon introduces the quotation paragraphs under
it, a report's own findings too ("The report found:"); a present "X claims he's ..., saying" report ends at the
participle; '"..." said a senior officer' with no comma inside the mark names the officer."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run


def test_a_credit_with_an_appositive_names_the_first_half(nlp: Any) -> None:
    quotes = run(
        nlp,
        "“My biggest fear,” Colonel Lena Marren, the acting head of the Orvik guard, told me last spring, "
        "“is that the harbour falls.”",
    )
    first = holding(quotes, "My biggest fear")
    assert first.speaker_name == "Lena Marren"


def test_the_words_after_a_mid_sentence_credit_are_direct(nlp: Any) -> None:
    quotes = run(nlp, "“My fear,” Marren said, “is that nobody will pay for the boats.”")
    rest = holding(quotes, "nobody will pay")
    assert (rest.kind, rest.speaker_name) == ("direct", "Marren")


def test_a_scare_quote_after_a_credit_stays_partial(nlp: Any) -> None:
    quotes = run(nlp, "Marren said the fees were “unfair,” and Okafor called them “a quiet theft.”")
    assert holding(quotes, "quiet theft").kind == "partial"


def test_a_reports_lead_in_paragraph_introduces_the_quotations_under_it(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour inquiry heard from Marren, who ran the port. “We warned them for years,” she said.",
        "The report found:",
        "“Most ferries in Port Alder were older than thirty years.”",
        "“Harbour fees rose by half in a decade.”",
    )
    assert holding(quotes, "thirty years").speaker_name == "The report"
    assert holding(quotes, "rose by half").speaker_name == "The report"


def test_a_lead_in_paragraph_of_someone_bringing_details_introduces_the_quotation(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Ledger reporter Tomas Okafor brings us these details from the talks in Port Alder:",
        "“The main issues were the fees and the old boats.”",
    )
    assert holding(quotes, "main issues").speaker_name == "Tomas Okafor"


def test_a_quotation_paragraph_after_a_thing_ending_on_a_colon_gets_no_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The sign at the Orvik gate was short:",
        "“No ferries after dark.”",
    )
    assert all(q.speaker_name is None for q in quotes if "after dark" in q.text)


def test_a_present_claim_ends_before_the_claimants_saying(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Yet Delvane claims he's still in charge of the port, saying he was pushed out of Port Alder by a cabal.",
    )
    claim = next(q for q in quotes if q.cue == "claims")
    assert claim.text == "he's still in charge of the port"
    assert any(q.cue == "saying" and q.speaker_name == "Delvane" for q in quotes)


def test_a_credit_after_a_closing_mark_without_a_comma_names_the_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The Orvik crews back the crown. “We would join the league if we could” said a Veloria senior "
        "harbour officer. “Why shouldn’t we be working with Kastan or any other port?”",
    )
    assert holding(quotes, "join the league").speaker_name == "a Veloria senior harbour officer"
    assert holding(quotes, "any other port").speaker_name == "a Veloria senior harbour officer"


def test_a_text_put_out_after_a_closing_mark_is_no_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Orvik Ferries, which says it is \"a ferry firm that offers 'cheap trips to places your aunt would rather "
        "you skipped,' \" posted this statement on its website:",
        '"We can confirm that one of our passengers is being held in Port Alder."',
    )
    assert all(q.speaker_name != "this statement" for q in quotes)
