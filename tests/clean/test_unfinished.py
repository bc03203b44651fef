"""Paragraphs of running text whose last full stop was lost: body, not captions."""

from __future__ import annotations

import pytest

from storyline.clean.lines import classify_lines
from storyline.clean.unfinished import unfinished_paragraph, unfinished_reported_sentence

_UNFINISHED = (
    "The harbour board met twice in March to weigh the offer from the Veloria shipyard. Its chair, "
    "Ana Orvik, told members that the old quay could not take another winter of storms without repairs"
)

_PAGE = f"""Port Alder approves new quay

The council of Port Alder voted on Tuesday to rebuild the ferry quay before the winter storms arrive.

Councillors backed the plan by nine votes to four after a debate that lasted well into the evening.

{_UNFINISHED}

Work is due to start in May, once the last ferries have moved to a temporary berth on the north shore.

The mayor, Tomas Delvane, said the town could not wait for another report on the crumbling stones.
"""


@pytest.mark.parametrize("refine", [True, False])
def test_a_paragraph_that_lost_its_last_full_stop_stays_in_the_body(refine: bool) -> None:
    kinds = dict(classify_lines(_PAGE, refine=refine).blocks)
    assert kinds[_UNFINISHED] == "body"


# one long sentence that lost its full stop and reports what a source said
_REPORTED = (
    "Port Alder's coastguard towed the burning trawler into the bay before sending two crews aboard "
    "from the Veloria station, it said in a statement"
)


@pytest.mark.parametrize("refine", [True, False])
def test_a_lone_reported_sentence_that_lost_its_full_stop_stays_in_the_body(refine: bool) -> None:
    page = _PAGE.replace(_UNFINISHED, _REPORTED)
    kinds = dict(classify_lines(page, refine=refine).blocks)
    assert kinds[_REPORTED] == "body"


@pytest.mark.parametrize("refine", [True, False])
def test_a_reported_item_of_a_list_that_lost_its_bullets_stays_with_the_list(refine: bool) -> None:
    items = [
        "Kastan's harbour master told local radio that the northern quay would stay shut until the spring tides",
        "The Veloria coastguard said two more cutters would patrol the strait from the first of the month",
        "Port Alder's council voted to delay the ferry fare rise until the repairs to the old pier are done",
    ]
    page = "\n\n".join(
        [
            "Port Alder approves new quay",
            "The council of Port Alder voted on Tuesday to rebuild the ferry quay before the winter storms.",
            "In other developments:",
            *items,
            "Work is due to start in May, once the last ferries have moved to a temporary berth up the coast.",
            "The mayor, Tomas Delvane, said the town could not wait for another report on the crumbling stones.",
        ]
    )
    kinds = dict(classify_lines(page, refine=refine).blocks)
    assert [kinds.get(item) for item in items] == ["body", "body", "body"]


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Orvik speaks after the vote, officials said",  # short
        "Mayor Tomas Delvane waves to the crowd at the quay in Port Alder on Monday after the vote on the pier",
        "Mayor Tomas Delvane, who said the quay would reopen in May, walks past the stones (Photo: Ana Lind)",
        "We said we would rebuild the quay and we will rebuild it for the whole town — Mayor Tomas Delvane",
    ],
)
def test_captions_are_not_reported_sentences(caption: str) -> None:
    assert not unfinished_reported_sentence(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a picture's credit, a post's handle, a photographer's credit, a place in the picture
        "Ferry crews wait at the old terminal. The quay has been closed since the storm (Photo: Ana Lind)",
        "The quay deal is a disgrace. The town deserves a vote on it and soon — Tomas Orvik (@torvik) May 2",
        "Ana Lind/Staff Ferry crews wait at the old terminal. The quay has been closed since the winter storm",
        "Mayor Tomas Delvane (left) opens the quay. He told the crowd that the stones would hold for a century",
        # a quotation closed by a dash and its speaker
        '"We will rebuild the quay. It will stand for a hundred years and more." — former mayor Ana Orvik',
        # a short credit or teaser closing it, a teaser printed twice
        "Ferry crews wait at the old terminal in the rain. Ana Lind",
        "Kastan votes on the quay. Kastan votes on the quay. Kastan votes on the quay",
        # a link's label glued to its headline, a teaser opening with fragments
        "Harbour vote:'We will rebuild.' Mayor Tomas Delvane clashes with the ferry crews over the old quay",
        "Storm. Flood. Ruin. What people in Port Alder searched for after the harbour wall broke",
        # a slug in capitals
        "RESTRICTION SUMMARY: PORT ALDER POOL ONLY. Various of the mayor walking along the quay with aides",
        # one sentence only
        "The harbour board met twice in March to weigh the offer from the Veloria shipyard on the quay",
    ],
)
def test_captions_are_not_unfinished_paragraphs(caption: str) -> None:
    assert not unfinished_paragraph(caption)


def test_an_abbreviated_title_ends_no_sentence() -> None:
    assert not unfinished_paragraph("Harbour talks with Gen. Tomas Orvik on the future of the old ferry quay")
    assert unfinished_paragraph(_UNFINISHED)


def test_a_run_of_captions_under_a_gallery_stays_captions() -> None:
    gallery = (
        "Police walk along the quay after the storm today. Crowds are seen standing on the north shore",
        "Ferry crews wait at the old terminal this afternoon. Many people were seen waiting for news there",
    )
    page = _PAGE.replace(_UNFINISHED, "\n\n".join(gallery))
    kinds = dict(classify_lines(page, refine=False).blocks)
    assert all(kinds.get(line) != "body" for line in gallery)
