"""Furniture inside a story's body (picture credits, bylines, labels, embed wrappers, update notes) and the
short subheads that belong to it, on invented text."""

from __future__ import annotations

import pytest

from storyline.clean.lines import classify_furniture, classify_lines, normalize_line

PARAGRAPHS = [
    "The harbour board of Port Alder voted on Tuesday to close the northern quay for repairs over the winter.",
    "Mayor Kastan Orvik said the closure would last at least four months and cost the town about two million.",
    "Dock workers at the Veloria terminal said they had not been told how many shifts would be cut this year.",
    "The board's chairwoman, Ines Delvane, told reporters that the ferries would move to the southern quay.",
    "Traders in the old market said they feared fewer visitors would come while the ferries used the far quay.",
    "A second vote on the repair contract is expected next month, after engineers have finished their survey.",
]


def page_with(line: str, at: int = 3) -> str:
    """The invented story with ``line`` as its own paragraph before paragraph ``at``."""
    return "\n\n".join([*PARAGRAPHS[:at], line, *PARAGRAPHS[at:]])


def kinds_of(text: str, refine: bool) -> dict[str, str]:
    return dict(classify_lines(text, refine=refine).blocks)


@pytest.mark.parametrize("refine", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        "Marren Okafor/Staff",
        "Marren Okafor/The Kastan Ledger",
        "Marren Okafor via Getty Images, FILE",
        "Marren Okafor, Veloria News, Port Alder",
        "Opinion",
        "View Photo gallery Ferries of the northern quay: Port Alder's fleet over the years A look at the "
        "boats that have served the town since the quay opened, from steamers to the new electric ferry.",
    ],
)
def test_body_furniture_between_paragraphs_is_dropped(line: str, refine: bool) -> None:
    res = classify_lines(page_with(line), refine=refine)
    assert line not in dict(res.blocks)
    assert line in res.furniture
    assert all(p in dict(res.blocks) for p in PARAGRAPHS)


def test_a_credit_opening_a_paragraph_makes_it_a_caption() -> None:
    caption = (
        "Marren Okafor/The Kastan Ledger Dock workers gather at the gate of the Veloria terminal on Monday "
        "morning, before the board's vote on the northern quay."
    )
    for refine in (True, False):
        assert kinds_of(page_with(caption), refine).get(caption) == "caption"


def test_a_byline_is_no_credit_for_a_sentence() -> None:
    assert classify_furniture("Marren Okafor, the harbour master, said so.") is None
    assert classify_furniture("Marren Okafor, Veloria News, Port Alder") == "byline"


def test_an_embeds_skip_link_and_report_button_go_and_the_post_stays() -> None:
    post = (
        "We moved four ferries to the southern quay tonight. — Port Alder Ferries (@alderferries) May 2, 2020"
    )
    assert normalize_line(f"Skip Twitter post by @alderferries {post} Report") == post
    assert normalize_line(f"Skip Twitter post 2 by @alderferries {post} Report") == post
    assert normalize_line("End of Twitter post by @alderferries") == ""
    # a sentence that merely ends in the word is left alone
    assert normalize_line("The board will publish its Report") == "The board will publish its Report"


def test_an_update_notes_stamp_and_brackets_go_and_its_text_stays() -> None:
    note = "Orvik has since said the quay will reopen in March. The board has not confirmed the date."
    assert normalize_line(f"[Updated, 3:05 p.m. May 2: {note}]") == note
    assert normalize_line(f"[UPDATE: {note}]") == note
    assert normalize_line("[Updated at 3:05 p.m.]") == "[Updated at 3:05 p.m.]"  # no note: left alone


def test_a_stray_closing_bracket_ending_a_paragraph_goes() -> None:
    assert normalize_line("The ferry left the quay at noon.]") == "The ferry left the quay at noon."
    assert (
        normalize_line("The board [of Port Alder] met at noon.]") == "The board [of Port Alder] met at noon.]"
    )
    assert normalize_line("[The ferry left at noon.]") == "[The ferry left at noon.]"


# The line model doubts these two here (a quoted title-case subhead; a question near the story's end).
@pytest.mark.parametrize(("subhead", "at"), [("‘Every Ferry’", 3), ("A mistake?", 5), ("How it happened", 3)])
def test_a_short_subhead_between_kept_paragraphs_stays(subhead: str, at: int) -> None:
    assert kinds_of(page_with(subhead, at), refine=True).get(subhead) in ("heading", "body")


def test_a_line_of_handles_between_paragraphs_is_no_subhead() -> None:
    line = "Follow @alderferries Follow @kastanorvik"
    assert line not in kinds_of(page_with(line), refine=True)


def test_a_title_case_headline_set_as_a_caption_is_another_storys_link() -> None:
    teaser = "Why Port Alder Fears a Long Winter Without Its Northern Quay"
    # a caption the rules keep between paragraphs (it follows a picture's credit)
    photo = "Marren Okafor/Staff"
    caption = "Ferries Wait at the Southern Quay in Port Alder. Photo: Kastan Ledger"
    for refine in (True, False):
        kinds = kinds_of(page_with(f"{photo}\n\n{teaser}\n\n{caption}"), refine)
        assert teaser not in kinds
        assert all(p in kinds for p in PARAGRAPHS)


@pytest.mark.parametrize("refine", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        # a related story's headline glued to the box's label
        "Related Coverage Veloria port workers vote to strike over the quay's closure",
        # a topic label glued to another story's headline by its colon, no space after it
        "Harbour talks:Orvik walks out of the board's meeting with the ferry owners",
        "Quay repairs::What we know about the cost and the four-month closure",
        "Port Alder fees:Ferry tickets to rise in spring, board says.",
    ],
)
def test_a_labelled_link_to_another_story_is_dropped(line: str, refine: bool) -> None:
    res = classify_lines(page_with(line), refine=refine)
    assert line not in dict(res.blocks)
    assert all(p in dict(res.blocks) for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour talks: Orvik walks out of the board's meeting with the ferry owners.",  # prose spaces its colon
        "Related stories ran in the Kastan Ledger on Monday.",
    ],
)
def test_a_colon_or_related_in_prose_is_no_link(line: str) -> None:
    assert classify_furniture(line) is None


def test_a_kicker_label_opening_a_paragraph_goes() -> None:
    sentence = "The harbour board of Port Alder has voted in secret to sell the northern quay, Okafor said."
    assert normalize_line(f"EXCLUSIVE: {sentence}") == sentence
    assert normalize_line(f"BREAKING NEWS: {sentence}") == sentence
    assert normalize_line(f"DEVELOPING: {sentence}") == sentence
    # a label that is a sentence's own word, or a label alone, is left
    assert (
        normalize_line("Exclusive: the board's word for its talks")
        == "Exclusive: the board's word for its talks"
    )
    assert normalize_line("EXCLUSIVE:") == "EXCLUSIVE:"


def test_a_transcripts_clip_label_goes_and_the_clips_words_stay() -> None:
    assert normalize_line("archived recording (ana okafor) The quay stays open.") == "The quay stays open."
    assert (
        normalize_line("archived recording 1 The ferries will stop. archived recording 2 [CHEERING] We won.")
        == "The ferries will stop. [CHEERING] We won."
    )
    assert (
        normalize_line("archived recording — handed the quay without a vote.")
        == "— handed the quay without a vote."
    )
    # the words in a sentence are no label
    line = "Orvik played an archived recording of the vote to the board."
    assert normalize_line(line) == line


def test_a_short_sentence_after_a_player_between_paragraphs_stays() -> None:
    player = (
        "JUST WATCHED Ferries leave the quay Replay More Videos ... MUST WATCH Ferries leave the quay 02:16"
    )
    short = "Few agree."
    text = "\n\n".join([*PARAGRAPHS[:3], player, short, *PARAGRAPHS[3:]])
    for refine in (True, False):
        kinds = kinds_of(text, refine)
        assert kinds.get(short) == "body"
        assert player not in kinds


@pytest.mark.parametrize(
    "credit", ["MARREN OKAFOR/REUTERS/FILE", "MARREN OKAFOR/THE KASTAN LEDGER", "IVO DELVANE/GETTY IMAGES"]
)
def test_a_credit_in_capitals_opening_a_paragraph_makes_it_a_caption(credit: str) -> None:
    caption = (
        f"{credit} A dock worker paints a sign at the gate of the Veloria terminal in Port Alder, on the "
        "morning of the vote. The quay has been open since the spring."
    )
    for refine in (True, False):
        assert kinds_of(page_with(caption), refine).get(caption) == "caption"


def test_two_places_in_capitals_opening_a_paragraph_are_no_credit() -> None:
    lead = (
        "PORT ALDER/KASTAN Harbour pilots in both towns stopped work on Monday, the board said, and the "
        "ferries stayed at the quay until noon."
    )
    assert kinds_of("\n\n".join([lead, *PARAGRAPHS]), refine=False).get(lead) == "body"


def test_a_wire_services_instrument_code_after_a_company_goes() -> None:
    assert normalize_line("Shares of Kastan Ferries Inc (KFER.O) rose 2% on Monday.") == (
        "Shares of Kastan Ferries Inc rose 2% on Monday."
    )
    assert normalize_line("Orvik Shipping Corp [ORVK.UL] declined to comment.") == (
        "Orvik Shipping Corp declined to comment."
    )
    assert normalize_line("Port Alder Harbour Co (600123.SS) fell.") == "Port Alder Harbour Co fell."
    # abbreviations in brackets stay
    for line in (
        "He moved to Washington (D.C.) in May.",
        "The clause (Art. 5) was read out.",
        "See (A.1) here.",
    ):
        assert normalize_line(line) == line
