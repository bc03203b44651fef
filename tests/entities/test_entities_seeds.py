"""The reference articles in ../shared/seeds, end to end through clean -> parse -> entities (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.entities import find_mentions, resolve_entities
from storyline.nlp.parse import parse_article
from storyline.records import Article, Block, Entity, RawDocument

pytestmark = pytest.mark.seeds


def _articles(seeds_dir: Path) -> list[Article]:
    try:
        from storyline.clean import clean_document
        from storyline.ingest import iter_inputs
    except ImportError:  # the cleaner is not there: take the raw text, one body block per paragraph
        out = []
        for p in sorted(seeds_dir.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            out.append(
                Article(doc_id=p.stem, source_path=str(p), text=text, blocks=[Block(0, len(text), "body")])
            )
        return out
    return [clean_document(r) for r in iter_inputs([seeds_dir]) if isinstance(r, RawDocument)]


@pytest.fixture(scope="module")
def seed_corpus(seeds_dir: Path, nlp) -> Corpus:  # type: ignore[no-untyped-def]
    corpus = Corpus()
    for art in _articles(seeds_dir):
        state = parse_article(nlp, art)
        find_mentions(state)
        assert not state.errors
        corpus.articles[art.doc_id] = art
        corpus.sentences[art.doc_id] = state.sentences
        corpus.mentions.extend(state.mentions)
        corpus.chains.extend(state.chains)
    resolve_entities(corpus)
    return corpus


def _people(corpus: Corpus, surname: str) -> list[Entity]:
    return [e for e in corpus.entities if e.type == "PERSON" and e.name.split()[-1] == surname]


def _docs_mentioning(corpus: Corpus, word: str) -> set[str]:
    return {d for d, a in corpus.articles.items() if word in a.text}


def test_seeds_robertson_is_one_entity_with_his_nato_role(seed_corpus: Corpus) -> None:
    (rob,) = _people(seed_corpus, "Robertson")
    assert rob.name == "George Robertson"
    assert set(rob.doc_ids) == _docs_mentioning(seed_corpus, "Robertson")
    assert any(r.organization == "NATO" and "ecretary" in r.title for r in rob.roles)
    assert rob.actor_code == "NAT"
    assert "Lord Robertson" in rob.aliases


def test_seeds_two_ivanovs_each_with_his_ministry(seed_corpus: Corpus) -> None:
    ivanovs = {e.name: e for e in _people(seed_corpus, "Ivanov")}
    assert set(ivanovs) == {"Igor Ivanov", "Sergei Ivanov"}
    assert any("Foreign" in r.title and r.country == "RUS" for r in ivanovs["Igor Ivanov"].roles)
    assert any("Defen" in r.title and r.country == "RUS" for r in ivanovs["Sergei Ivanov"].roles)
    assert ivanovs["Igor Ivanov"].actor_code == ivanovs["Sergei Ivanov"].actor_code == "RUSGOV"


def test_seeds_every_bare_mr_ivanov_goes_to_the_minister_of_that_article(seed_corpus: Corpus) -> None:
    by_id = {e.entity_id: e for e in seed_corpus.entities}
    bare = [m for m in seed_corpus.mentions if m.text in ("Mr Ivanov", "Mr. Ivanov", "Ivanov")]
    assert bare
    for m in bare:
        full = {
            x.text
            for x in seed_corpus.mentions
            if x.doc_id == m.doc_id and x.text in ("Igor Ivanov", "Sergei Ivanov")
        }
        assert len(full) == 1, f"{m.doc_id} names {full}"
        assert m.entity_id is not None and by_id[m.entity_id].name == full.pop()


def test_seeds_putin_is_one_entity_with_both_offices(seed_corpus: Corpus) -> None:
    (putin,) = _people(seed_corpus, "Putin")
    assert set(putin.doc_ids) == _docs_mentioning(seed_corpus, "Putin")
    # a role held is reported on its article's day; when the term began the articles do not say
    titles = {(r.title.lower(), (r.reported or "")[:4]) for r in putin.roles}
    assert ("acting president", "2000") in titles
    assert ("president", "2001") in titles


def test_seeds_hillary_clinton_not_linked_to_the_2000_administration(seed_corpus: Corpus) -> None:
    (hillary,) = [e for e in seed_corpus.entities if e.name == "Hillary Clinton"]
    for doc_id in hillary.doc_ids:
        assert (seed_corpus.articles[doc_id].published or "")[:4] != "2000"
    older = {d for d, a in seed_corpus.articles.items() if "Clinton" in a.text and d not in hillary.doc_ids}
    assert older, "the article with the Clinton administration should stay apart"


def test_seeds_lord_and_george_robertson_are_one(seed_corpus: Corpus) -> None:
    ids = {m.entity_id for m in seed_corpus.mentions if m.text in ("Lord Robertson", "George Robertson")}
    assert len(ids) == 1 and None not in ids
