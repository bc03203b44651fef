"""The story of the seed articles, end to end (skipped when ../shared/seeds is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.corpus import Corpus

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


@pytest.fixture(scope="module")
def seed_corpus(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    import storyline
    from storyline.store.sqlite import Store

    store = tmp_path_factory.mktemp("seedstore")
    storyline.build([seeds_dir], store)
    with Store(store, readonly=True) as st:
        return st.load_corpus()


def test_seeds_timeline_spans_the_story_in_order(seed_corpus: Corpus) -> None:
    from storyline.story import build_timeline

    entries = build_timeline(seed_corpus, about=["Nato", "Russia"], start="1997", end="2009")
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    years = {d[:4] for d in dates}
    assert {"1997", "1999", "2000", "2001", "2008", "2009"} <= years
    assert any(d.startswith("2000-02") for d in dates)
    assert any(d.startswith("2001-11") for d in dates)
    assert any(d.startswith("2009-03") for d in dates)
    assert len(dates) == len(set(dates))


def test_seeds_timeline_has_no_boilerplate_or_repeated_sentences(seed_corpus: Corpus) -> None:
    from storyline.story import build_timeline

    entries = build_timeline(seed_corpus)
    cited = [(c.doc_id, c.sentence) for e in entries for c in e.sources]
    assert cited
    assert len(cited) == len(set(cited))
    for doc_id, idx in cited:
        assert seed_corpus.sentences[doc_id][idx].block_kind == "body"
        assert seed_corpus.articles[doc_id].duplicate_of is None
    texts = [" ".join(seed_corpus.sentence_text(d, i).lower().split()) for d, i in cited]
    assert len(texts) == len(set(texts))


def test_seeds_report_links_resolve(seed_corpus: Corpus) -> None:
    from html.parser import HTMLParser

    from storyline.report import render_html

    ids: set[str] = set()
    hrefs: list[str] = []

    class Scan(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for k, v in attrs:
                if k == "id" and v:
                    ids.add(v)
                if k == "href" and v:
                    hrefs.append(v)

    Scan().feed(render_html(seed_corpus))
    internal = [h[1:] for h in hrefs if h.startswith("#")]
    assert internal
    assert [h for h in internal if h not in ids] == []
