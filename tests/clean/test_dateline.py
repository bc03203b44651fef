"""split_dateline and its use in clean_document: wire datelines leave the body for metadata."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean.dateline import split_dateline
from storyline.records import RawDocument


@pytest.mark.parametrize(
    ("line", "prefix", "place", "agency", "rest"),
    [
        (
            "OSLO (Reuters) - Ferries stopped running.",
            "OSLO (Reuters)",
            "OSLO",
            "Reuters",
            "Ferries stopped running.",
        ),
        (
            "TUNIS, Tunisia, June 9 (AFP) -- The port closed.",
            "TUNIS, Tunisia, June 9 (AFP)",
            "TUNIS",
            "AFP",
            "The port closed.",
        ),
        (
            "Lagos, May 2 (Reuters) - Fuel prices rose.",
            "Lagos, May 2 (Reuters)",
            "Lagos",
            "Reuters",
            "Fuel prices rose.",
        ),
        ("HELSINKI — The vote was delayed.", "HELSINKI", "HELSINKI", None, "The vote was delayed."),
        (
            "LOS ANGELES, Feb. 4 - Rain fell all day.",
            "LOS ANGELES, Feb. 4",
            "LOS ANGELES",
            None,
            "Rain fell all day.",
        ),
        ("LIMA (CNN) — Crowds gathered.", "LIMA (CNN)", "LIMA", None, "Crowds gathered."),
        (
            "QUITO EU envoys and local officials met on Monday.",
            "QUITO",
            "QUITO",
            None,
            "EU envoys and local officials met on Monday.",
        ),
        (
            "QUITO Ministers met on Monday to discuss the budget.",
            "QUITO",
            "QUITO",
            None,
            "Ministers met on Monday to discuss the budget.",
        ),
        (
            "BERN US envoys arrived on Monday for the talks.",
            "BERN",
            "BERN",
            None,
            "US envoys arrived on Monday for the talks.",
        ),
        (
            "KASTAN/ORVIK (Harbour Wire) - The envoys met twice.",
            "KASTAN/ORVIK (Harbour Wire)",
            "KASTAN/ORVIK",
            None,
            "The envoys met twice.",
        ),
        (
            "PORT ALDER / ORVIK, March 3 (Reuters) - Talks resumed.",
            "PORT ALDER / ORVIK, March 3 (Reuters)",
            "PORT ALDER / ORVIK",
            "Reuters",
            "Talks resumed.",
        ),
        (
            "Kastan/Orvik (Reuters) - The envoys met twice.",
            "Kastan/Orvik (Reuters)",
            "Kastan/Orvik",
            "Reuters",
            "The envoys met twice.",
        ),
    ],
)
def test_dateline_splits_wire_prefix(
    line: str, prefix: str, place: str, agency: str | None, rest: str
) -> None:
    found = split_dateline(line)
    assert found is not None
    dateline, remainder = found
    assert (dateline.text, dateline.place, dateline.agency, remainder) == (prefix, place, agency, rest)


@pytest.mark.parametrize(
    "line",
    [
        "UN inspectors arrived at the plant on Tuesday.",
        "NATO and its partners met again.",
        "FBI Director Jane Roe said the inquiry was over.",
        "THE MINISTER said nothing at all.",
        "BREAKING The bridge has collapsed in the storm tonight.",
        "Smith - a farmer - said the crop failed.",
        "ACME - the shop on the corner - closed.",
        "The ferry (a new one) - left early.",
        "",
        "((((((((",
        "OSLO",
        "ABC Health is a company that sells medicine.",
        "XYZ Widgets makes parts for bicycles and cars.",
        "HARBOUR VIEW Harbour View is a house with four rooms.",
        "Input/output - a note on the ports.",
    ],
)
def test_dateline_leaves_ordinary_openings(line: str) -> None:
    assert split_dateline(line) is None


def test_dateline_alone_in_its_paragraph() -> None:
    found = split_dateline("ACCRA (AP) --")
    assert found is not None and found[0].agency == "AP" and found[1] == ""


def test_dateline_moved_out_of_article_text() -> None:
    content = (
        "Harbour reopens after storm\n\n"
        "DAKAR, Senegal (Reuters) - The harbour reopened on Tuesday after a storm closed it for a week.\n\n"
        "Fishing boats returned to the quays by the afternoon, the port authority said in a statement.\n"
    )
    art = clean_document(RawDocument(source_path="d.txt", content=content, kind="text"))
    assert art.dateline == "DAKAR, Senegal (Reuters)" and art.agency == "Reuters"
    assert "DAKAR" not in art.text
    first = art.blocks[0] if art.blocks[0].kind == "body" else art.blocks[1]
    assert art.text[first.start : first.end].startswith("The harbour reopened")
    assert "\n\n".join(art.text[b.start : b.end] for b in art.blocks) == art.text


def test_dateline_html_paragraph_alone_is_dropped() -> None:
    html = (
        "<html><head><title>Dam inspected</title></head><body><article><h1>Dam inspected</h1>"
        "<p>ACCRA (AP) —</p>"
        "<p>Engineers inspected the dam on Wednesday and found no cracks in the main wall after the floods.</p>"
        "<p>The inspection was ordered by the water ministry after residents downstream raised concerns.</p>"
        "</article></body></html>"
    )
    art = clean_document(RawDocument(source_path="d.html", content=html, kind="html"))
    assert art.dateline == "ACCRA (AP)" and art.agency == "AP"
    assert "ACCRA" not in art.text and art.text.lstrip().startswith(("Dam inspected", "Engineers"))


@pytest.mark.parametrize(
    "text", ["A" * 200_000, "ÉÉÉ " * 50_000, "(" * 10_000 + " - x", "\u200b\ufeff - -", "OSLO (" * 500]
)
def test_dateline_garbage_is_bounded(text: str) -> None:
    found = split_dateline(text)
    assert found is None or len(found[0].text) <= 90


@pytest.mark.parametrize(
    ("line", "prefix", "place", "credit", "rest"),
    [
        # a broadcaster's dateline closes with its credit, no dash
        ("Lima (CNN) Crowds filled the square on Sunday.", "Lima (CNN)", "Lima", "CNN", "Crowds filled the square on Sunday."),
        ("Port Alder (KTLA) Firefighters fought a blaze near the docks.", "Port Alder (KTLA)", "Port Alder", "KTLA",
         "Firefighters fought a blaze near the docks."),
        # or stands without a place, with or without a dash
        ("(CNN) Harbour agencies scrambled on Friday to find them.", "(CNN)", None, "CNN",
         "Harbour agencies scrambled on Friday to find them."),
        ("(Reuters) - Oil prices rose on Monday as traders waited.", "(Reuters)", None, "Reuters",
         "Oil prices rose on Monday as traders waited."),
    ],
)  # fmt: skip
def test_dateline_credit_without_a_dash_or_a_place(
    line: str, prefix: str, place: str | None, credit: str, rest: str
) -> None:
    found = split_dateline(line)
    assert found is not None
    dateline, remainder = found
    assert (dateline.text, dateline.place, dateline.credit, remainder) == (prefix, place, credit, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Okafor (R) Voters will decide the seat in May.",  # a party letter is no credit
        "Kastan (Veloria) Officials said the border would reopen.",  # nor is any word in parentheses
        "Tom Okafor (R-Kas.) said the vote would fail.",
        "(AP) Photos",  # a heading, no sentence after it
    ],
)
def test_dateline_credit_needs_a_known_name_and_a_sentence(line: str) -> None:
    assert split_dateline(line) is None


def test_dateline_a_sites_web_address_is_its_credit() -> None:
    found = split_dateline(
        "(KastanWire.com) – Despite the pilots' appeals, the harbour board voted on Monday."
    )
    assert found is not None
    dateline, rest = found
    assert (dateline.text, dateline.place, dateline.credit) == ("(KastanWire.com)", None, "KastanWire.com")
    assert rest == "Despite the pilots' appeals, the harbour board voted on Monday."
    assert (
        split_dateline("(Kastan.) – Despite the pilots' appeals, the harbour board voted on Monday.") is None
    )
