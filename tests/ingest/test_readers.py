"""Readers and bad inputs: every document is read, every bad input becomes one error row."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from storyline.ingest import iter_inputs, readers
from storyline.records import ErrorRecord, RawDocument

BODY = "The council met on Tuesday. The mayor said the budget would pass before the summer recess."


def _split(items: list[RawDocument | ErrorRecord]) -> tuple[list[RawDocument], list[ErrorRecord]]:
    docs = [x for x in items if isinstance(x, RawDocument)]
    errs = [x for x in items if isinstance(x, ErrorRecord)]
    return docs, errs


def test_readers_folder_recursive_with_globs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "two.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    (tmp_path / "skip.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    docs, errs = _split(list(iter_inputs([tmp_path], include=["a/*"], exclude=["*.html"])))
    assert [Path(d.source_path).name for d in docs] == ["one.txt"]
    assert errs == []
    docs, _ = _split(list(iter_inputs([tmp_path])))
    assert sorted(Path(d.source_path).name for d in docs) == ["one.txt", "skip.txt", "two.html"]
    assert {d.kind for d in docs} == {"text", "html"}


def test_readers_unsupported_file_in_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04...")
    _, errs = _split(list(iter_inputs([tmp_path])))
    assert len(errs) == 1 and "unsupported" in errs[0].message
    # the build summary groups errors by the text before the first colon: it must name the cause
    assert errs[0].message.split(":", 1)[0].startswith("unsupported file type '.docx'")


def test_readers_missing_path_is_an_error(tmp_path: Path) -> None:
    _, errs = _split(list(iter_inputs([tmp_path / "nope"])))
    assert errs[0].stage == "ingest" and "no such" in errs[0].message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "Caf\u00e9 \u201cquoted\u201d"),
        (
            "na\u00efve r\u00e9sum\u00e9 \u00e0 la carte".encode("latin-1"),
            "na\u00efve r\u00e9sum\u00e9 \u00e0 la carte",
        ),
        (b"\xef\xbb\xbf" + "Z\u00fcrich".encode(), "Z\u00fcrich"),
        ("\ufeffZ\u00fcrich news".encode("utf-16-le"), "Z\u00fcrich news"),
    ],
)
def test_readers_detect_encoding(tmp_path: Path, data: bytes, expected: str) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and docs[0].content == expected


def test_readers_binary_and_empty_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    docs, errs = _split(list(iter_inputs([tmp_path])))
    assert docs == []
    messages = {Path(e.path).name: e.message for e in errs}
    assert "binary" in messages["bin.txt"]
    assert "empty" in messages["empty.html"] and "empty" in messages["blank.txt"]


def test_readers_huge_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "big.html").write_text("<p>" + "word " * 1000 + "</p>")
    (tmp_path / "ok.txt").write_text(BODY)
    docs, errs = _split(list(iter_inputs([tmp_path])))
    assert [Path(d.source_path).name for d in docs] == ["ok.txt"]
    assert len(errs) == 1 and "too large" in errs[0].message


def test_readers_txt_holding_html_is_read_as_html(tmp_path: Path) -> None:
    f = tmp_path / "page.txt"
    f.write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    docs, _ = _split(list(iter_inputs([f])))
    assert docs[0].kind == "html"


def test_readers_jsonl_fields_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY, "title": "Budget", "url": "https://example.org/a", "date": "2009-03-05"}),
        "{not json",
        json.dumps(
            {"html": f"<p>{BODY}</p>", "source": "Example Times", "authors": ["A. Writer", "B. Writer"]}
        ),
        json.dumps(["a list"]),
        json.dumps({"title": "no body"}),
        "",
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines), encoding="utf-8")
    docs, errs = _split(list(iter_inputs([f])))
    assert [d.record for d in docs] == ["line 1", "line 3"]
    assert docs[0].title == "Budget" and docs[0].published == "2009-03-05" and docs[0].kind == "text"
    assert (
        docs[1].kind == "html"
        and docs[1].outlet == "Example Times"
        and docs[1].byline == "A. Writer, B. Writer"
    )
    assert [e.record for e in errs] == ["line 2", "line 4", "line 5"]
    assert "malformed JSON" in errs[0].message


def test_readers_jsonl_custom_field_names(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"body_text": BODY, "when": "2001-11-23", "published": "ignored"}) + "\n")
    docs, _ = _split(list(iter_inputs([f], jsonl_fields={"text": "body_text", "published": "when"})))
    assert docs[0].content == BODY and docs[0].published == "2001-11-23"


def test_readers_jsonl_gz_and_truncated_gzip(tmp_path: Path) -> None:
    payload = "\n".join(json.dumps({"text": f"{BODY} Item {i}."}) for i in range(200)).encode()
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(payload))
    docs, errs = _split(list(iter_inputs([good])))
    assert len(docs) == 200 and errs == []
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(gzip.compress(payload)[:-400])
    docs, errs = _split(list(iter_inputs([bad])))
    assert 0 < len(docs) < 200
    assert len(errs) == 1 and "truncated" in errs[0].message and errs[0].record is not None


def test_readers_csv_rows(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text(
        f'title,text,url\nFirst,"{BODY}",https://e.org/1\nEmpty,,https://e.org/2\n', encoding="utf-8"
    )
    docs, errs = _split(list(iter_inputs([f])))
    assert len(docs) == 1 and docs[0].title == "First" and docs[0].url == "https://e.org/1"
    assert len(errs) == 1 and errs[0].record == "row 3"


def _warc_bytes(records: list[tuple[str, str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, ctype, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_readers_warc_html_responses(tmp_path: Path, gz: bool) -> None:
    page = f"<html><body><p>{BODY}</p></body></html>".encode("cp1252")
    data = _warc_bytes(
        [
            ("https://e.org/a", "text/html; charset=windows-1252", page),
            ("https://e.org/logo.png", "image/png", b"\x89PNG...."),
            ("https://e.org/b", "text/html", page),
        ],
        gz,
    )
    f = tmp_path / ("x.warc.gz" if gz else "x.warc")
    f.write_bytes(data)
    docs, errs = _split(list(iter_inputs([f])))
    assert [d.url for d in docs] == ["https://e.org/a", "https://e.org/b"]
    assert docs[0].kind == "html" and docs[0].published is None
    assert len(errs) == 1 and "not an HTML" in errs[0].message


def test_readers_broken_warc_record_is_an_error(tmp_path: Path) -> None:
    page = f"<html><body><p>{BODY}</p></body></html>".encode()
    good = _warc_bytes([("https://e.org/a", "text/html", page)], gz=True)
    f = tmp_path / "broken.warc.gz"
    f.write_bytes(good + gzip.compress(b"WARC/1.0\r\nGarbage-Header\r\n\r\nnot a record") + good[:50])
    docs, errs = _split(list(iter_inputs([f])))
    assert len(docs) == 1
    # the broken record, then the tail cut inside a gzip member (warcio stops there without a word)
    assert [(e.stage, e.record) for e in errs] == [("ingest", "record 2"), ("ingest", "record 3")]


def test_readers_html_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u2013 d\u00e9j\u00e0 vu</p></body></html>'
    f = tmp_path / "p.htm"
    f.write_bytes(page.encode("cp1252"))
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and "Caf\u00e9 \u2013 d\u00e9j\u00e0 vu" in docs[0].content


def test_readers_truncated_plain_gzip_text(tmp_path: Path) -> None:
    f = tmp_path / "a.txt.gz"
    f.write_bytes(gzip.compress((BODY * 200).encode())[:-50])
    docs, errs = _split(list(iter_inputs([f])))
    assert docs == [] and len(errs) == 1 and "cannot read" in errs[0].message


def test_readers_keep_a_text_with_stray_control_bytes_and_drop_the_bytes(tmp_path: Path) -> None:
    """One NUL or escape byte in a scraped article is debris, not a binary file: the article is read
    and the bytes go (R and CSV readers refuse a NUL); a vertical tab still separates its lines."""
    dirty = "Okafor\x00 met the Marren\x1b envoys in Port Alder.\x0bThe talks\x7f ended on Friday. " + BODY
    (tmp_path / "dirty.txt").write_bytes(dirty.encode("utf-8"))
    line = {"text": "Kastan\x00 opened the Orvik bridge.\x07 " + BODY, "title": "Orvik\x00 bridge"}
    blank = {"text": "\x00\x01\x02", "title": "nothing"}
    (tmp_path / "dirty.jsonl").write_text(
        json.dumps(line) + "\n" + json.dumps(blank) + "\n", encoding="utf-8"
    )
    (tmp_path / "nuls.txt").write_bytes(b"Veloria\x00\x00\x00" * 200)
    docs, errs = _split(list(iter_inputs([tmp_path])))
    by_name = {Path(d.source_path).name: d for d in docs}
    assert by_name["dirty.txt"].content.startswith(
        "Okafor met the Marren envoys in Port Alder.\nThe talks ended"
    )
    assert by_name["dirty.jsonl"].content.startswith("Kastan opened the Orvik bridge. ")
    assert by_name["dirty.jsonl"].title == "Orvik bridge"
    reasons = {(Path(e.path).name, e.record): e.message for e in errs}
    assert "no text" in reasons[("dirty.jsonl", "line 2")]
    assert "binary" in reasons[("nuls.txt", None)]


@pytest.mark.parametrize("given", ["0000-00-00", "2031-02-30", "soon"])
def test_record_date_that_is_no_date_leaves_the_article_undated_and_says_why(
    tmp_path: Path, given: str
) -> None:
    """An impossible container date is dropped, never guessed at, but the article's evidence names it:
    before, the date vanished without a word."""
    from storyline.clean import clean_document

    text = "Marren officials in Port Alder said the Orvik ferry would run again after repairs. " * 3
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": text, "date": given}) + "\n", encoding="utf-8")
    docs, errs = _split(list(iter_inputs([tmp_path])))
    assert errs == [] and len(docs) == 1
    article = clean_document(docs[0])
    assert article.published is None and article.published_source == "unknown"
    assert article.published_evidence == f"metadata date not understood: {given}"
