"""Session 16 quote fixes, on invented text: digest excerpts credited once, a paragraph's own speaker, and a
passive "known" that reports nothing."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import holding, run

# --- a digest quotes two excerpts of one piece, then credits them once ---


def test_an_excerpt_before_a_credited_one_is_the_same_authors(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The left worries that the harbour vote will split the coast.",
        "“The fee was never the problem. The problem is that nobody in Port Alder was asked what the new pier "
        "would cost the boats that tie up there every night.”",
        "“A harbour that charges its own fishermen to land their catch is a harbour that will be empty within "
        "five years, and the council knows it.”",
        "Mara Velko, Coast Ledger",
    )
    assert holding(quotes, "The fee was never the problem").speaker_name == "Mara Velko"
    assert holding(quotes, "will be empty within five years").speaker_name == "Mara Velko"


@pytest.mark.parametrize("joiner", ["\u200b", "\u200d", " \u200d ", "\u2060"])
def test_excerpts_joined_by_a_zero_width_character_share_the_credit(nlp: Any, joiner: str) -> None:
    quotes = run(
        nlp,
        "Others note, “The harbour fee will drive the last boats out of Port Alder before the winter comes.”"
        + joiner
        + "“The council has no plan for the fishermen who stay, and it has not asked them what they need.”",
        "Ivo Orvik, Coast Ledger",
    )
    first = holding(quotes, "drive the last boats")
    second = holding(quotes, "has no plan for the fishermen")
    assert first.speaker_name == "Ivo Orvik"  # the credit, not the digest's "Others note"
    assert second.speaker_name == "Ivo Orvik"
    assert second.kind == "direct"  # a whole sentence of its own, though the splitter ran the two together


def test_a_named_speakers_excerpt_keeps_its_speaker_before_a_credited_one(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Mayor Tomas Kastan said: “The fee is fair and the harbour needs the money to mend the pier.”",
        "“A harbour that charges its own fishermen to land their catch will soon be an empty harbour.”",
        "Mara Velko, Coast Ledger",
    )
    assert holding(quotes, "the harbour needs the money").speaker_name == "Tomas Kastan"


# --- a quotation opening a paragraph that names its own speaker later ---


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Nobody on the quay was ever asked about this fee at all." "The fee will empty the harbour within a '
        'year," fisherman Ivo Orvik said.',
        '"Nobody on the quay was ever asked about this fee at all. We learned of it from the papers." '
        'Fisherman Ivo Orvik, who has worked the docks for thirty years, added: "The fee will empty the harbour."',
    ],
)
def test_a_quotation_opening_a_paragraph_is_the_speaker_named_in_it(nlp: Any, paragraph: str) -> None:
    quotes = run(
        nlp,
        '"The fee is fair and the harbour needs the money," Mayor Tomas Kastan said on Monday.',
        paragraph,
    )
    assert holding(quotes, "Nobody on the quay").speaker_name.endswith("Ivo Orvik")


def test_a_paragraph_of_bare_quotations_still_continues_the_last_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"The fee is fair and the harbour needs the money," Mayor Tomas Kastan said on Monday.',
        '"Nobody will pay more than the boats can bear. We have run the numbers twice over."',
    )
    assert holding(quotes, "run the numbers twice").speaker_name == "Tomas Kastan"


# --- "as it is widely known": a passive "know" reports nobody's words ---


def test_a_passive_known_aside_is_no_cue(nlp: Any) -> None:
    quotes = run(
        nlp,
        "On Sunday, Governor Orvik called the levy - or Harbour Fund Charge (HFC) as it is widely known - "
        'a "greedy tax that never should have been passed".',
    )
    q = holding(quotes, "greedy tax")
    assert q.speaker_name == "Orvik"
    assert q.cue == "called"


# --- words quoted before the noun of a remark judge it: they are the judge's ---


def test_a_quoted_epithet_of_someones_remarks_is_the_critics(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Rowing coach Ada Marren stepped down on Friday.",
        'In a letter to members, the Velmar rowing club denounced her "cruel and careless" comments and added '
        "that she no longer spoke for the club.",
    )
    assert holding(quotes, "cruel and careless").speaker_name == "the Velmar rowing club"


def test_a_remark_quoted_after_its_owner_stays_the_owners(nlp: Any) -> None:
    quotes = run(nlp, 'Mayor Tomas Kastan repeated his pledge that "every stall will be rebuilt by spring."')
    assert holding(quotes, "every stall will be rebuilt").speaker_name == "Tomas Kastan"
