"""An undated crawler record whose URL files it under a month is dated to that month by the build."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.store.sqlite import Store


def test_build_dates_an_undated_record_to_its_url_month(tmp_path: Path) -> None:
    records = [
        {
            "url": "https://wire.example.org/2031/04/harbour-fees",
            "title": "Harbour fees rise",
            "text": "Port Alder raised its harbour fees for fishing boats after a long council debate.\n\n"
            "Fishermen in Port Alder said the new fees would force smaller boats out of the harbour.",
        },
        {
            "url": "https://wire.example.org/news/ferry-strike",
            "published": "2031-05-02",
            "title": "Ferry strike ends",
            "text": "The ferry union in Easthaven ended its strike on Friday after talks with the mayor.\n\n"
            "Ferries will sail again from Monday, the union said.",
        },
    ]
    src = tmp_path / "crawl.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "store"
    result = CliRunner().invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    with Store(out, readonly=True) as st:
        docs = {a.title: a for a in st.load_corpus().articles.values()}
    fees = docs["Harbour fees rise"]
    assert (fees.published, fees.published_source) == ("2031-04", "inferred")
    assert "month folder" in (fees.published_evidence or "")
    assert docs["Ferry strike ends"].published == "2031-05-02"
