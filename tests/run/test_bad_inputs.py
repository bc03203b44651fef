"""A corpus of broken inputs built here: every file ends up as documents or as errors rows, no crash."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

from corpus_maker import article

from storyline.builder import BuildOptions, build


def _warc_gz(n: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(n):
        body = f"<html><body><h1>Port talks {i}</h1><p>{'Ministers met again to discuss port fees. ' * 20}</p></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            f"http://example.org/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
        )
        writer.write_record(rec)
    return buf.getvalue()


def make_bad_corpus(d: Path) -> None:
    import random

    rng = random.Random(3)
    d.mkdir(parents=True)
    (d / "good.txt").write_text(article(1, rng), encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\n \t \n")
    (d / "invalid-utf8.txt").write_bytes(
        article(2, rng).encode() + b"\n\nCaf\xe9 \xff\xfe the envoy said \x80\x81 it was over.\n"
    )
    (d / "too-big.txt").write_bytes(b"The talks went on. " * (11 * 1024 * 1024 // 19))
    (d / "long-lines.txt").write_text(("word " * 50_000 + "\n") * 6, encoding="utf-8")
    lines = [json.dumps({"text": article(10 + i, rng), "outlet": "Wire"}) for i in range(4)]
    (d / "truncated.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode())[:-40])
    (d / "malformed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"text": article(20, rng)}),
                "{not json at all",
                "[1, 2, 3]",
                json.dumps({"title": "no body here"}),
                json.dumps({"text": ""}),
                '{"text": "unterminated',
                json.dumps({"html": "<p>" + "deep " * 10 + "</p>"}),
                json.dumps({"text": article(21, rng)}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    warc = _warc_gz(3)
    (d / "truncated.warc.gz").write_bytes(warc[: len(warc) * 2 // 3])
    (d / "garbage.warc").write_bytes(b"WARC/1.0\r\nthis is not a warc header\r\n\r\n" + bytes(range(256)))
    (d / "bomb-divs.html").write_text(
        "<html><body>" + "<div>" * 60_000 + "deep" + "</div>" * 60_000, encoding="utf-8"
    )
    (d / "bomb-inline.html").write_text("<p>" + "<b><i>" * 40_000 + "text", encoding="utf-8")
    (d / "unclosed.html").write_text(
        '<html><head><title>Talks<body><p>The minister said "yes', encoding="utf-8"
    )
    (d / "report.pdf").write_bytes(b"%PDF-1.4 not supported")


def test_bad_inputs_all_accounted_for(tmp_path: Path, nlp: Any) -> None:
    corpus = tmp_path / "bad"
    make_bad_corpus(corpus)
    summary = build([corpus], tmp_path / "st", BuildOptions(report=False, batch_size=4, doc_timeout=120))
    conn = sqlite3.connect(tmp_path / "st" / "storyline.sqlite")
    docs = set(conn.execute("SELECT source_path, coalesce(record, '') FROM documents"))
    errs = set(conn.execute("SELECT path, coalesce(record, '') FROM errors"))
    done = set(conn.execute("SELECT path, coalesce(record, '') FROM run_inputs"))
    conn.close()
    paths = {p for p, _ in docs | errs | done}
    for f in sorted(corpus.iterdir()):
        assert str(f) in paths, f"{f.name} is neither a document nor an error"
    # every line of the malformed JSONL file is either a document or an error row
    for n in range(1, 9):
        key = (str(corpus / "malformed.jsonl"), f"line {n}")
        assert key in docs or key in errs or key in done, f"line {n} unaccounted"
    assert (str(corpus / "good.txt"), "") in docs
    assert (str(corpus / "malformed.jsonl"), "line 1") in docs
    assert (str(corpus / "too-big.txt"), "") in errs
    assert (str(corpus / "report.pdf"), "") in errs
    assert summary.counts["documents"] >= 4
