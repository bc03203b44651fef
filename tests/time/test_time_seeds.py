"""Seeds (read at run time, skipped when absent): relative expressions and the inferred date of the undated one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.records import Article, RawDocument
from storyline.time import tag_text
from storyline.time.infer import infer_publication_dates

pytestmark = pytest.mark.seeds


def load(seeds_dir: Path) -> list[Article]:
    out = []
    for i, f in enumerate(sorted(seeds_dir.glob("*.txt"))):
        raw = RawDocument(source_path=str(f), content=f.read_text(encoding="utf-8"), kind="text")
        try:
            from storyline.clean import clean_document

            out.append(clean_document(raw))
        except ImportError:  # the cleaner is not there yet: raw text, dates from the first dateline
            from storyline.time import parse_published

            got = parse_published(raw.content)
            out.append(
                Article(
                    doc_id=f"seed{i}", source_path=str(f), text=raw.content, published=got[0] if got else None
                )
            )
    return out


def by_day(arts: list[Article], day: str | None) -> list[Article]:
    return [a for a in arts if (a.published or "")[:10] == (day or "")]


def values(art: Article, needle: str, dct: str | None = None) -> list[str | None]:
    return [t.value for t in tag_text(art.text, dct or art.published) if t.text == needle]


def test_seeds_relative_expressions(seeds_dir: Path) -> None:
    arts = load(seeds_dir)
    (bbc2000,) = by_day(arts, "2000-02-16")
    assert values(bbc2000, "last March") and set(values(bbc2000, "last March")) == {"1999-03"}
    assert set(values(bbc2000, "last year")) == {"1999"}
    assert set(values(bbc2000, "Tuesday")) == {"2000-02-15"}
    nov23 = by_day(arts, "2001-11-23")
    assert len(nov23) == 2
    bbc2001 = next(a for a in nov23 if "T" in (a.published or ""))
    wt = next(a for a in nov23 if "T" not in (a.published or ""))
    assert set(values(bbc2001, "Thursday")) == {"2001-11-22"}
    assert [t.end_value for t in tag_text(bbc2001.text, bbc2001.published) if t.text == "1942-1943"] == [
        "1943"
    ]
    assert set(values(wt, "yesterday")) == {"2001-11-22"}
    assert set(values(wt, "today")) == {"2001-11-23"}
    assert values(wt, "60 years ago") == ["1941"]
    (ind,) = by_day(arts, "2009-03-05")
    assert set(values(ind, "today")) == {"2009-03-05"}
    assert set(values(ind, "last year")) == {"2008"}
    assert values(ind, "Friday") == ["2009-03-06"]
    assert [(t.value, t.end_value) for t in tag_text(ind.text, ind.published) if t.text == "April 3-4"] == [
        ("2009-04-03", "2009-04-04")
    ]


def test_seeds_undated_article_date_is_inferred(seeds_dir: Path) -> None:
    arts = load(seeds_dir)
    undated = [a for a in arts if not a.published]
    assert len(undated) == 1
    c = Corpus(articles={a.doc_id: a for a in arts})
    got = infer_publication_dates(c)
    assert set(got) == {undated[0].doc_id}
    iso, evidence = got[undated[0].doc_id]
    assert iso == "2000-02-17"
    assert "yesterday" in evidence
    redated = replace(undated[0], published=iso, published_source="inferred", published_evidence=evidence)
    assert set(values(redated, "yesterday")) == {"2000-02-16"}
    assert set(values(redated, "January 23")) == {"2000-01-23"}
    assert [
        (t.value, t.end_value) for t in tag_text(redated.text, iso) if t.text.startswith("January 31")
    ] == [("2000-01-31", "2000-02-02")]
