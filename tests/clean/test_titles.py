from __future__ import annotations

from storyline.clean.document import clean_document
from storyline.clean.titles import choose_title, cut_repeated_title, strip_site_name
from storyline.records import BlockKind, RawDocument


def test_titles_strip_site_name() -> None:
    assert (
        strip_site_name("Bridge reopens after repairs | Example Times", "Example Times")
        == "Bridge reopens after repairs"
    )
    assert strip_site_name("World - Bridge reopens after repairs - Example Times", "Example Times") == (
        "Bridge reopens after repairs"
    )
    assert strip_site_name("Bridge reopens after repairs › example.org", None, "example.org") == (
        "Bridge reopens after repairs"
    )
    assert strip_site_name("Q&A - why the bridge closed") == "why the bridge closed"
    assert strip_site_name("No separator here") == "No separator here"


def test_titles_prefer_the_single_h1() -> None:
    assert choose_title("Bridge reopens | Example Times", ["Bridge reopens after three months"]) == (
        "Bridge reopens after three months"
    )
    assert choose_title("Example Times", ["Bridge reopens after three months"], "Example Times") == (
        "Bridge reopens after three months"
    )


def test_titles_h1_that_is_the_site_name_is_ignored() -> None:
    assert (
        choose_title("Bridge reopens | Example Times", ["Example Times"], "Example Times") == "Bridge reopens"
    )


def test_titles_several_h1s_pick_the_one_like_the_title() -> None:
    h1s = ["Latest news", "Bridge reopens after three months of repairs"]
    assert choose_title("Bridge reopens after repairs - Example Times", h1s, "Example Times") == h1s[1]
    assert choose_title(None, h1s) is None
    assert choose_title(None, []) is None


_LEAD = "The Kastan harbour board voted on Tuesday to raise ferry fares by a tenth from the spring."
_NEXT = "Commuters from Port Alder said the rise would cost them a week's wages over the year."


def test_a_headline_glued_to_its_subtitle_leaves_the_subtitle() -> None:
    doc = RawDocument(
        source_path="feed.jsonl",
        kind="text",
        title="Ferry fares rise again as Kastan board votes",
        content=f"Ferry fares rise again as Kastan board votes The board says the fares had not risen in years.\n\n{_LEAD}\n\n{_NEXT}",
    )
    art = clean_document(doc)
    assert art.text.startswith("The board says the fares had not risen in years.")
    assert "votes The board" not in art.text


def test_a_headline_repeated_as_the_first_line_goes() -> None:
    doc = RawDocument(
        source_path="feed.jsonl",
        kind="text",
        title="Will the Orvik ferry survive another winter?",
        content=f"Will the Orvik ferry survive another winter?\n\n{_LEAD}\n\n{_NEXT}",
    )
    art = clean_document(doc)
    assert art.text.startswith(_LEAD)


def test_a_lead_that_opens_with_a_short_headline_stays_whole() -> None:
    blocks: list[tuple[str, BlockKind]] = [
        ("Orvik wins Port Alder seat by 300 votes in a recount on Sunday.", "body")
    ]
    assert cut_repeated_title(blocks, "Orvik wins") == (blocks, 0)
    assert cut_repeated_title([("Kastan ferry fares rise again", "body")], "Kastan ferry fares rise again")[0]
