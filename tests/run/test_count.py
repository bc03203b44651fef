"""Counting inputs up front (for the ETA) without parsing them."""

from __future__ import annotations

import gzip
from pathlib import Path

from storyline.run.count import count_inputs


def test_count_inputs_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>two</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(b'{"text": "z"}\n' * 3))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert count_inputs([tmp_path]) == 1 + 1 + 2 + 3
    assert count_inputs([tmp_path], exclude=["*.jsonl*"]) == 2


def test_count_inputs_unknown_for_containers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_inputs([tmp_path]) is None


def test_count_inputs_truncated_gzip_does_not_raise(tmp_path: Path) -> None:
    (tmp_path / "t.jsonl.gz").write_bytes(gzip.compress(b'{"text": "z"}\n' * 50)[:-30])
    n = count_inputs([tmp_path])
    assert n is not None and 0 <= n <= 50
