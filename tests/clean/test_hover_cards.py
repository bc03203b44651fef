"""Inline profile cards (full name, recent headlines, "MORE") are cut from scraped text; the name stays."""

from __future__ import annotations

from storyline.clean.document import clean_document
from storyline.clean.hover_cards import strip_hover_cards
from storyline.records import RawDocument

GLUED = (
    "Senator Ana Reyes Ana Maria ReyesBudget talks stall as deadline nears Five things to watch in the "
    "fisheries fight Veloria court hears appeal MORE said on Tuesday that the bill would pass."
)
SPACED = (
    "Speaker Tomas Berg Tomas Olof Berg Harbour tax returns to the agenda Kastan ministers meet again "
    "MORE (Veloria) defended the plan."
)
NICKNAME = (
    "The motion came from Rep. Charles Osk Charles (Chuck) Edvin OskWhy the fleet vote matters Three "
    "takeaways from the hearing MORE, who chairs the committee."
)
GLUED_TO_NAME = (
    "Prosecutors secured a plea from Nils KarvNils Petter KarvThe Ledger's Morning Report: harbour deal "
    "stalls Karv launches a campaign MORE, a former aide."
)


def test_a_card_glued_to_its_first_headline_is_cut() -> None:
    assert strip_hover_cards(GLUED) == "Senator Ana Reyes said on Tuesday that the bill would pass."


def test_a_card_whose_surname_is_not_glued_is_cut() -> None:
    assert strip_hover_cards(SPACED) == "Speaker Tomas Berg (Veloria) defended the plan."


def test_a_card_with_a_bracketed_nickname_is_cut() -> None:
    assert strip_hover_cards(NICKNAME) == "The motion came from Rep. Charles Osk, who chairs the committee."


def test_a_card_glued_to_the_name_itself_is_cut() -> None:
    assert strip_hover_cards(GLUED_TO_NAME) == "Prosecutors secured a plea from Nils Karv, a former aide."


def test_a_card_with_no_headlines_is_cut() -> None:
    text = "Chief of staff Ana Reyes Ana Maria ReyesMORE called the minister on Friday."
    assert strip_hover_cards(text) == "Chief of staff Ana Reyes called the minister on Friday."


def test_text_without_cards_is_unchanged() -> None:
    texts = [
        "READ MORE: Veloria's harbour deal explained",
        "THE DEAL WOULD CUT MORE THAN THE PLAN. THE MINISTERS AGREED.",
        "Advertisement\n\nAdvertisement\n\nREAD MORE",
        "Ana Reyes met Ana Maria Reyes, her cousin, and said they would do MORE together.",
        "Veloria wants more ships, Kastan wants MORE ports.",
    ]
    for text in texts:
        assert strip_hover_cards(text) == text


def test_a_card_never_spans_a_line_break() -> None:
    text = "Ana Reyes\nAna Maria Reyes Budget talks stall MORE said."
    assert strip_hover_cards(text) == text


def test_cleaning_cuts_cards_from_the_article_body() -> None:
    body = (
        GLUED
        + "\n\nThe measure passed by a narrow margin, and the opposition said it would challenge it in court.\n\n"
        + "Ministers from Kastan called the result a step forward for the region's fishing fleets."
    )
    art = clean_document(RawDocument(source_path="crawl.jsonl", content=body, kind="text"))
    assert "MORE" not in art.text
    assert "Ana Reyes said on Tuesday" in art.text


def test_a_paragraph_whose_cards_hold_bars_is_kept_without_them() -> None:
    # A card's headlines carry bars between them; judged with the card, the paragraph read as a menu.
    card = (
        "Minister Lena Marren Lena Sofia MarrenOn The Docks — Ferry fares rise again | Port Alder toll vote "
        "delayed | Okafor names new harbour chief Veloria talks resume MORE"
    )
    paragraph = (
        f"{card} and Defence Minister Tomas Orvik will brief the Kastan parliament on the fleet on Friday."
    )
    body = "\n\n".join(
        [
            "The Kastan government sent two patrol boats to the strait on Tuesday after a fishing dispute.",
            paragraph,
            "Opposition leaders said they had not been told about the deployment before it was announced.",
        ]
    )
    art = clean_document(RawDocument(source_path="crawl.jsonl", content=body, kind="text"))
    assert "Minister Lena Marren and Defence Minister Tomas Orvik will brief" in art.text
    assert "MORE" not in art.text and "|" not in art.text
