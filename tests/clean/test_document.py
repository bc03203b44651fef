"""clean_document on hand-written documents: text and HTML paths, metadata, errors."""

from __future__ import annotations

import pytest

from storyline.clean import CleanError, CleanOptions, clean_document, doc_id_for
from storyline.records import RawDocument

TEXT = """Example Daily | World | Business | Sport | Opinion
Monday 12 January 2015 18:40 EST
Markets rally as rates are held
By Jane Carter

LONDON (Reuters) - Shares rose sharply on Monday after the central bank kept its main interest rate unchanged.

Analysts had expected a small cut, according to a survey of economists published last week.

"We see no reason to move yet," the bank's governor told a news conference in the capital.

Copyright 2015 Example Daily Ltd. All rights reserved.
"""

HTML = """<html lang="en"><head><title>Bridge reopens after repairs | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2019-05-03T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge reopens after repairs</h1>
<p>The bridge reopened on Friday after three months of repairs, the transport agency said in a statement.</p>
<h2>Cables replaced</h2>
<p>Engineers replaced two of the steel cables and resurfaced the whole deck of the bridge over the river.</p>
<p>Traffic is expected to return to normal levels by the end of the month, officials said on Friday.</p>
<p>Advertisement</p>
</article><footer>Copyright 2019 Example Times. All rights reserved.</footer></body></html>"""


def test_document_text_article_and_metadata() -> None:
    art = clean_document(RawDocument(source_path="a.txt", content=TEXT, kind="text"))
    assert art.title == "Markets rally as rates are held"
    assert art.published == "2015-01-12T18:40:00-05:00" and art.published_source == "explicit"
    assert art.published_evidence == "Monday 12 January 2015 18:40 EST"
    assert art.agency == "Reuters" and art.byline == "Jane Carter"
    assert art.outlet == "Example Daily" and art.language == "en"
    assert art.text.startswith("Shares rose sharply") and "Copyright" not in art.text
    assert art.dateline == "LONDON (Reuters)"
    assert art.doc_id == doc_id_for(art.text) and len(art.doc_id) == 16
    assert art.dropped_lines == 5


def test_document_blocks_index_text() -> None:
    art = clean_document(RawDocument(source_path="a.txt", content=TEXT, kind="text"))
    assert "\n\n".join(art.text[b.start : b.end] for b in art.blocks) == art.text
    assert [b.kind for b in art.blocks] == ["body", "body", "body"]


def test_document_metadata_date_wins_and_undated_stays_unknown() -> None:
    raw = RawDocument(
        source_path="a.jsonl", content=TEXT, kind="text", published="2015-01-13", record="line 1"
    )
    art = clean_document(raw)
    assert art.published == "2015-01-13" and art.published_source == "metadata" and art.record == "line 1"
    body_only = "\n\n".join(TEXT.split("\n\n")[1:3])
    art = clean_document(RawDocument(source_path="b.txt", content=body_only, kind="text"))
    assert art.published is None and art.published_source == "unknown" and art.published_evidence is None


def test_document_html_path() -> None:
    art = clean_document(
        RawDocument(source_path="p.html", content=HTML, kind="html", url="https://example.org/x")
    )
    assert "The bridge reopened on Friday" in art.text and "Traffic is expected" in art.text
    assert "Advertisement" not in art.text and "Home" not in art.text
    assert ("Cables replaced", "heading") in [(art.text[b.start : b.end], b.kind) for b in art.blocks]
    assert art.title == "Bridge reopens after repairs"
    assert art.published is not None and art.published.startswith("2019-05-03")
    assert art.published_source == "metadata"
    assert art.outlet == "Example Times"


@pytest.mark.parametrize(
    ("content", "kind", "reason"),
    [
        ("Home\nNews\nContact", "text", "no article text"),
        (
            "Die Bundesregierung hat am Mittwoch beschlossen, die Steuern im kommenden Jahr deutlich zu senken.\n\n"
            "Der Finanzminister sagte, die Entlastung komme vor allem Familien mit kleinen Einkommen zugute.",
            "text",
            "language is 'de'",
        ),
        ("<html><body></body></html>", "html", "no article"),
    ],
)
def test_document_clean_errors(content: str, kind: str, reason: str) -> None:
    with pytest.raises(CleanError, match=reason):
        clean_document(RawDocument(source_path="x", content=content, kind=kind))  # type: ignore[arg-type]


def test_document_language_gate_can_be_opened() -> None:
    german = (
        "Die Bundesregierung hat am Mittwoch beschlossen, die Steuern im kommenden Jahr deutlich zu senken.\n\n"
        "Der Finanzminister sagte, die Entlastung komme vor allem Familien mit kleinen Einkommen zugute."
    )
    art = clean_document(
        RawDocument(source_path="x", content=german, kind="text"), CleanOptions(languages=None)
    )
    assert art.language == "de"


@pytest.mark.parametrize(
    "content",
    [
        "\x00\x01\x02" * 50,
        '""""" ((((( “““',
        "a" * 100_000,
        "\u202e\u200b\ufeff" * 30 + "\n" * 500,
        "<" * 5000,
    ],
)
def test_document_garbage_never_crashes(content: str) -> None:
    try:
        art = clean_document(RawDocument(source_path="x", content=content, kind="text"))
    except CleanError as exc:
        assert str(exc)  # a reason, not a crash
    else:
        assert art.text and art.doc_id == doc_id_for(art.text)


def test_document_html_time_limit_and_size_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from storyline.clean import html as html_mod

    with pytest.raises(html_mod.ExtractionTimeout), html_mod.time_limit(0.05):
        time.sleep(2)
    monkeypatch.setattr(html_mod, "MAX_HTML_CHARS", 100)
    with pytest.raises(CleanError, match="too large"):
        clean_document(RawDocument(source_path="big.html", content=HTML, kind="html"))


def test_document_time_limit_restores_an_outer_timer() -> None:
    import signal

    from storyline.clean import html as html_mod

    signal.setitimer(signal.ITIMER_REAL, 30)
    try:
        with html_mod.time_limit(5):
            pass
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def test_a_credit_to_another_newsroom_does_not_name_the_outlet() -> None:
    text = "\n\n".join(
        [
            "Ferry crews in Port Alder returned to work on Monday after the owners agreed to restore old shifts.",
            "The union said its members had voted by a large margin to accept the offer on Sunday night.",
            "The first crossing left the quay at dawn, and the timetable should be normal by Wednesday.",
            "The Associated Press contributed to this report.",
        ]
    )
    art = clean_document(RawDocument(source_path="a.txt", content=text, kind="text"))
    assert "contributed" not in art.text
    assert art.outlet is None  # the credited agency did not print the story


def test_document_paragraph_repeated_right_after_itself_is_dropped() -> None:
    caption = "Ships wait outside Port Alder, Veloria, on Tuesday, March 2, 2021. (Kastan Photo/Ivo Marren)"
    lead = "Harbour pilots in Port Alder voted on Tuesday to end a strike that had kept ships at anchor for a week."
    rest = (
        "The union said its members accepted a pay offer after two days of talks with the port authority.\n\n"
        "The first ships are expected to dock on Thursday morning, a spokesman for the authority said."
    )
    content = f"{lead}\n\n{caption}\n\n{caption}\n\n{rest}\n"
    raw = RawDocument(source_path="a.txt", content=content, kind="text")
    article = clean_document(raw)
    assert article.text.count("Ships wait outside Port Alder") == 1
    assert "Harbour pilots" in article.text


def test_a_columnists_credit_left_in_the_furniture_names_no_outlet() -> None:
    # a digest quoting a columnist of a known outlet: the credit names where the piece ran, not the page
    raw = RawDocument(
        source_path="digest.txt",
        content=(
            "The Port Alder council voted on Tuesday to rebuild the old ferry quay before the winter storms.\n\n"
            "Councillors backed the plan by nine votes to four after a long debate that ran into the night.\n\n"
            "Work is due to start in May, once the last ferries have moved to a temporary berth up the coast.\n\n"
            "From the Right\n\n"
            "Ana Orvik, The Guardian\n"
        ),
        kind="text",
        url="https://www.veloria-digest.example/archives/quay-vote",
    )
    assert clean_document(raw).outlet == "veloria-digest.example"


def test_an_embedded_clips_label_names_no_outlet() -> None:
    # the clip is another broadcaster's: a page on an unknown domain keeps its own name
    raw = RawDocument(
        source_path="a.txt",
        content=(
            "The Port Alder council voted on Tuesday to rebuild the old ferry quay before the winter storms.\n\n"
            "Councillors backed the plan by nine votes to four after a long debate that ran into the night.\n\n"
            "WATCH CNN ARGUE ABOUT THE QUAY FOR AN HOUR:\n\n"
            "Work is due to start in May, once the last ferries have moved to a temporary berth up the coast.\n"
        ),
        kind="text",
        url="https://www.veloria-digest.example/2031/05/02/quay-vote",
    )
    assert clean_document(raw).outlet == "veloria-digest.example"
