"""What crawlers, APIs and spreadsheets hand us: field-name variants, nesting, loose types, JSON
documents instead of JSON lines, other CSV separators, WARC files cut short, odd folder entries."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from storyline.ingest import iter_inputs
from storyline.ingest.fields import pick_fields
from storyline.records import ErrorRecord, RawDocument

BODY = "The Orvik harbour board met on Monday. Its chair, Lise Marren, said the new ferry fees would hold."


def _split(items: list[RawDocument | ErrorRecord]) -> tuple[list[RawDocument], list[ErrorRecord]]:
    docs = [x for x in items if isinstance(x, RawDocument)]
    errs = [x for x in items if isinstance(x, ErrorRecord)]
    return docs, errs


# --- field names, nesting and types -------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"Title": "Fees rise", "Content": BODY}, "title", "Fees rise"),
        ({"text": BODY, "Published Date": "2021-05-04"}, "published", "2021-05-04"),
        (
            {"text": BODY, "pubDate": "Tue, 04 May 2021 08:00:00 GMT"},
            "published",
            "Tue, 04 May 2021 08:00:00 GMT",
        ),
        ({"text": BODY, "publishedAt": "2021-05-04T08:00:00Z"}, "published", "2021-05-04T08:00:00Z"),
        ({"text": BODY, "webUrl": "https://kastan.example/a"}, "url", "https://kastan.example/a"),
        ({"thread": {"url": "https://kastan.example/b"}, "text": BODY}, "url", "https://kastan.example/b"),
        ({"fields": {"bodyText": BODY}}, "text", BODY),
        ({"article": {"title": "Nested", "body": BODY}}, "text", BODY),
        ({"headline": {"main": "Ferry fees", "kicker": "Port"}, "text": BODY}, "title", "Ferry fees"),
        ({"source": {"id": None, "name": "Delvane Post"}, "text": BODY}, "outlet", "Delvane Post"),
        (
            {"authors": [{"name": "Ana Veloria"}, {"name": "Tom Okafor"}], "text": BODY},
            "byline",
            "Ana Veloria, Tom Okafor",
        ),
        (
            {"text": ["First paragraph.", None, "Second paragraph."]},
            "text",
            "First paragraph.\n\nSecond paragraph.",
        ),
        ({"text": 42, "body": BODY}, "text", BODY),
    ],
)
def test_fields_variants_nesting_and_types(record: dict[str, Any], field: str, expected: str) -> None:
    assert pick_fields(record)[field] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1620115200, "2021-05-04T08:00:00+00:00"),
        (1620115200000, "2021-05-04T08:00:00+00:00"),
        ("1620115200", "2021-05-04T08:00:00+00:00"),
        (1620115200.5, "2021-05-04T08:00:00+00:00"),
        ({"$date": 1620115200000}, "2021-05-04T08:00:00+00:00"),
        ({"$date": "2021-05-04T08:00:00Z"}, "2021-05-04T08:00:00Z"),
        (20210504, "2021-05-04"),
        ("2021-05-04T08:00:00+05:30", "2021-05-04T08:00:00+05:30"),
        (True, None),
        (float("nan"), None),
        (float("inf"), None),
    ],
)
def test_fields_dates_epoch_and_compact(value: Any, expected: str | None) -> None:
    assert pick_fields({"text": BODY, "date": value})["published"] == expected


def test_fields_nan_is_no_title() -> None:
    assert pick_fields(json.loads('{"text": "Fees rise.", "title": NaN}'))["title"] is None


def test_fields_explicit_mapping_takes_a_dotted_path() -> None:
    record = {"payload": {"story": BODY}, "story": "a teaser"}
    assert pick_fields(record, {"text": "payload.story"})["text"] == BODY


def test_readers_html_fragment_in_a_text_field_is_html(tmp_path: Path) -> None:
    f = tmp_path / "cms.jsonl"
    lines = [
        {"text": f"<p>{BODY}</p><p>{BODY}</p>"},
        {"text": f"{BODY} A reader wrote <p> once."},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and [d.kind for d in docs] == ["html", "text"]


# --- JSON documents, code pages, separators -----------------------------------------------------


def test_readers_json_array_pretty_object_and_api_response(tmp_path: Path) -> None:
    (tmp_path / "array.jsonl").write_text(json.dumps([{"text": BODY}, {"text": BODY + " Again."}, 7]))
    (tmp_path / "pretty.json").write_text(json.dumps({"title": "Pretty", "text": BODY}, indent=2))
    api = {
        "status": "ok",
        "articles": [{"title": "One", "content": BODY}, {"title": "Two", "content": BODY + "!"}],
    }
    (tmp_path / "api.json").write_text(json.dumps(api))
    (tmp_path / "api-pretty.json").write_text(
        json.dumps({"response": {"results": api["articles"]}}, indent=1)
    )
    docs, errs = _split(list(iter_inputs([tmp_path])))
    got = sorted((Path(d.source_path).name, d.record, d.title) for d in docs)
    assert got == [
        ("api-pretty.json", "item 1", "One"),
        ("api-pretty.json", "item 2", "Two"),
        ("api.json", "line 1 item 1", "One"),
        ("api.json", "line 1 item 2", "Two"),
        ("array.jsonl", "item 1", None),
        ("array.jsonl", "item 2", None),
        ("pretty.json", None, "Pretty"),
    ]
    assert [(Path(e.path).name, e.record) for e in errs] == [("array.jsonl", "item 3")]


@pytest.mark.parametrize("first", ['{"text": "cut off', "[1, 2, 3]"])
def test_readers_jsonl_with_a_bad_first_line_still_reads_the_rest(tmp_path: Path, first: str) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(first + "\n" + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    docs, errs = _split(list(iter_inputs([f])))
    assert [d.record for d in docs] == ["line 2"] and [e.record for e in errs] == ["line 1"]


def test_readers_jsonl_in_a_windows_code_page(tmp_path: Path) -> None:
    f = tmp_path / "export.jsonl"
    f.write_bytes(
        json.dumps({"text": BODY + " Caf\u00e9 \u2013 d\u00e9j\u00e0 vu."}, ensure_ascii=False).encode(
            "cp1252"
        )
    )
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and docs[0].content.endswith("Caf\u00e9 \u2013 d\u00e9j\u00e0 vu.")


def test_readers_plain_file_named_gz_is_read(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl.gz"
    f.write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and len(docs) == 1


@pytest.mark.parametrize(("name", "sep"), [("semi.csv", ";"), ("tabs.csv", "\t"), ("sheet.tsv", "\t")])
def test_readers_csv_separator_from_the_header(tmp_path: Path, name: str, sep: str) -> None:
    f = tmp_path / name
    f.write_text(f'Title{sep}Text{sep}Date\nFees{sep}"{BODY}"{sep}2021-05-04\n', encoding="utf-8")
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and (docs[0].title, docs[0].content, docs[0].published) == ("Fees", BODY, "2021-05-04")


# --- WARC ------------------------------------------------------------------------------------------


def _warc(records: list[tuple[str, str, str, bytes]], gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for kind, url, ctype, body in records:
        if kind == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, kind, payload=io.BytesIO(body), http_headers=http)
        elif kind == "revisit":
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_revisit_record(
                url, "sha1:AAAA", url, "2021-05-01T00:00:00Z", http_headers=http
            )
        else:
            rec = writer.create_warc_record(url, kind, payload=io.BytesIO(body), warc_content_type=ctype)
        writer.write_record(rec)
    return buf.getvalue()


PAGE = f"<html><body><h1>Fees</h1><p>{BODY}</p><p>{BODY}</p></body></html>".encode()


def test_readers_warc_cut_inside_a_gzip_member_is_reported(tmp_path: Path) -> None:
    data = _warc([("response", f"https://kastan.example/{i}", "text/html", PAGE) for i in range(4)])
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: len(data) - 200])
    docs, errs = _split(list(iter_inputs([f])))
    assert len(docs) == 3
    assert len(errs) == 1 and errs[0].record == "record 4" and "truncated" in errs[0].message


@pytest.mark.parametrize(
    ("name", "data"), [("e.warc", b""), ("junk.warc.gz", b"\x1f\x8b\x08\x00junk"), ("junk.warc", b"hello")]
)
def test_readers_warc_empty_or_junk_file_is_an_error(tmp_path: Path, name: str, data: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    docs, errs = _split(list(iter_inputs([f])))
    assert docs == [] and len(errs) == 1


def test_readers_warc_resource_conversion_and_revisit_records(tmp_path: Path) -> None:
    data = _warc(
        [
            ("resource", "https://kastan.example/r", "text/html", PAGE),
            ("conversion", "https://kastan.example/c", "text/plain", BODY.encode()),
            ("revisit", "https://kastan.example/r", "text/html", b""),
            ("resource", "https://kastan.example/i", "image/png", b"\x89PNG"),
        ]
    )
    f = tmp_path / "crawl.warc.wet.gz"
    f.write_bytes(data)
    docs, errs = _split(list(iter_inputs([f])))
    assert [(d.url, d.kind) for d in docs] == [
        ("https://kastan.example/r", "html"),
        ("https://kastan.example/c", "text"),
    ]
    assert [e.record for e in errs] == ["record 3", "record 4"]
    assert "revisit" in errs[0].message and "image/png" in errs[1].message


# --- folder entries ----------------------------------------------------------------------------------


def test_readers_broken_link_and_pipe_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "b.txt")
    os.mkfifo(tmp_path / "c.txt")
    docs, errs = _split(list(iter_inputs([tmp_path])))
    assert len(docs) == 1
    assert sorted((Path(e.path).name, e.message.split(" (")[0]) for e in errs) == [
        ("b.txt", "broken symbolic link"),
        ("c.txt", "not a regular file"),
    ]


def test_readers_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(BODY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:  # what a folder without read permission does for a normal user
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, errs = _split(list(iter_inputs([tmp_path])))
    assert [Path(d.source_path).name for d in docs] == ["a.txt"]
    assert len(errs) == 1 and errs[0].path.endswith("locked") and "Permission denied" in errs[0].message


def test_readers_gzipped_json_array(tmp_path: Path) -> None:
    f = tmp_path / "a.json.gz"
    f.write_bytes(gzip.compress(json.dumps([{"text": BODY}]).encode()))
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and [d.record for d in docs] == ["item 1"]


def test_readers_json_nested_too_deep_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "deep.jsonl"
    f.write_text('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n" + json.dumps({"text": BODY}) + "\n")
    docs, errs = _split(list(iter_inputs([f])))
    assert [d.record for d in docs] == ["line 2"]
    assert [e.record for e in errs] == ["line 1"] and "malformed JSON" in errs[0].message


def test_readers_file_name_not_in_utf8_is_storable(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(BODY.encode())
    docs, errs = _split(list(iter_inputs([tmp_path])))
    assert errs == [] and docs[0].source_path.endswith("caf\\xe9.txt")
    docs[0].source_path.encode("utf-8")  # SQLite refuses surrogate escapes


def test_fields_half_a_surrogate_pair_becomes_a_replacement_character() -> None:
    got = pick_fields(json.loads('{"title": "Ferry \\ud83d fees", "text": "Fees \\ud83d\\ude00 rise."}'))
    assert got["title"] == "Ferry \ufffd fees" and got["text"] == "Fees \U0001f600 rise."


def test_readers_old_arc_file(tmp_path: Path) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    head = b"1 0 InventedArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://t.arc 0.0.0.0 20210504000000 text/plain %d\n%s\n" % (len(head), head)
    arc += b"http://kastan.example/a 10.0.0.1 20210504000000 text/html %d\n%s\n" % (len(http), http)
    f = tmp_path / "old.arc"
    f.write_bytes(arc)
    docs, errs = _split(list(iter_inputs([f])))
    assert errs == [] and [(d.url, d.kind) for d in docs] == [("http://kastan.example/a", "html")]
