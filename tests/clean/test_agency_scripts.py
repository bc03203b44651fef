"""Agency video scripts: the soundbites are the article, the shot list is furniture."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.agency_scripts import split_agency_script
from storyline.records import RawDocument

# One line, as scraped: numbered shots, soundbites, a restriction note; it ends on a shot description.
ONE_LINE_SCRIPT = (
    "RESTRICTION SUMMARY: CLIENTS ONLY HARBOUR POOL Port Alder - 3 March 2021 "
    "1. Veloria Harbour Minister Ana Okafor walking to the podium "
    "2. SOUNDBITE (English) Ana Okafor, Veloria Harbour Minister: “The dock strike ends tonight. "
    "Every crew will be back at work by the morning tide.” ++WHITE FLASH++ "
    "3. SOUNDBITE (English) Ana Okafor, Veloria Harbour Minister: “We have agreed a fair wage with the "
    "union and I thank both sides for their patience.” "
    "4. Wide of cranes at the quay 5. Okafor leaving the hall"
)

CAPITALS_SCRIPT = (
    "PORT ALDER, VELORIA (MARCH 3, 2021) (POOL - ACCESS ALL) (SOUNDBITE) (Orvish) VELORIA HARBOUR "
    "MINISTER IVO MARREN, SAYING: “The strike is over and the ships will sail again.” "
    "(SOUNDBITE) (Orvish) UNION LEADER TOMAS DELVANE SAYING: “Our members voted to accept the offer.”"
)


def _raw(text: str) -> RawDocument:
    return RawDocument(source_path="script.txt", content=text, kind="text", url="http://example.org/a")


def test_one_line_script_keeps_its_soundbites_as_speaker_paragraphs() -> None:
    article = clean_document(_raw(ONE_LINE_SCRIPT))
    body = [article.text[b.start : b.end] for b in article.blocks if b.kind == "body"]
    assert body == [
        "Ana Okafor, Veloria Harbour Minister: “The dock strike ends tonight. "
        "Every crew will be back at work by the morning tide.”",
        "Ana Okafor, Veloria Harbour Minister: “We have agreed a fair wage with the union and I thank both "
        "sides for their patience.”",
    ]
    assert "walking to the podium" not in article.text
    assert "WHITE FLASH" not in article.text
    assert article.dropped_lines >= 1


def test_saying_cue_leaves_the_speaker_head() -> None:
    text, furniture = split_agency_script(CAPITALS_SCRIPT)
    assert [p.strip() for p in text.split("\n\n")][:2] == [
        "VELORIA HARBOUR MINISTER IVO MARREN: “The strike is over and the ships will sail again.”",
        "UNION LEADER TOMAS DELVANE: “Our members voted to accept the offer.”",
    ]
    assert furniture == [CAPITALS_SCRIPT]


def test_shot_lines_of_a_multi_line_script_are_furniture() -> None:
    script = (
        "1. Okafor arriving at the quay\n"
        "2. SOUNDBITE (English) Ana Okafor, minister: “We will reopen the port.”\n"
        "3. Cranes at work\n"
    )
    text, furniture = split_agency_script(script)
    assert "Cranes" not in text and "arriving" not in text
    assert "Ana Okafor, minister: “We will reopen the port.”" in text
    assert len(furniture) == 3


def test_radio_transcript_cue_is_no_agency_script() -> None:
    transcript = "(SOUNDBITE OF ARCHIVED RECORDING)\n\nOKAFOR: We will reopen the port.\n"
    assert split_agency_script(transcript) == (transcript, [])


def test_ordinary_article_mentioning_a_soundbite_is_unchanged() -> None:
    text = "1. The minister gave reporters a soundbite (briefly) and left.\n2. Nothing else was said.\n"
    assert split_agency_script(text) == (text, [])


def test_storyline_after_the_shot_list_is_kept() -> None:
    script = (
        "1. Okafor at the quay 2. SOUNDBITE (English) Ana Okafor, minister: “We will reopen the port.” "
        "STORYLINE: Veloria's harbour minister said on Monday that the port of Port Alder would reopen. "
        "The strike had lasted a week."
    )
    text, _ = split_agency_script(script)
    paragraphs = [p.strip() for p in text.split("\n\n")]
    assert paragraphs == [
        "Ana Okafor, minister: “We will reopen the port.”",
        "Veloria's harbour minister said on Monday that the port of Port Alder would reopen. "
        "The strike had lasted a week.",
    ]
