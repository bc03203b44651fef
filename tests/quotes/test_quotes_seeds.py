"""Quotes on the reference articles in ../shared/seeds (skipped when absent)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from storyline.corpus import Corpus
from storyline.quotes import find_quotes, merge_quotes
from storyline.quotes.speaker import PRONOUNS
from storyline.records import Article, QuoteMention, RawDocument

pytestmark = pytest.mark.seeds

# Quotations of two words or more: a lone scare-quoted word with no cue ("the “freeze”") is not speech.
_PAIR = re.compile(r"[\"“]([^\"“”\n]*?\w\s+\w[^\"“”\n]*?)[\"”]")


def _surname(name: str | None) -> str:
    words = re.findall(r"[A-Za-z]+", name or "")
    return words[-1].lower() if words else ""


@pytest.fixture(scope="module")
def parsed(seeds_dir: Path, nlp: Any) -> tuple[dict[str, tuple[Article, list[QuoteMention], str]], Corpus]:
    ingest = pytest.importorskip("storyline.ingest")
    clean = pytest.importorskip("storyline.clean")
    from storyline.nlp import parse_article

    out: dict[str, tuple[Article, list[QuoteMention], str]] = {}
    corpus = Corpus()
    for raw in ingest.iter_inputs([seeds_dir]):
        if not isinstance(raw, RawDocument):
            continue
        art = clean.clean_document(raw)
        state = parse_article(nlp, art)
        try:
            from storyline.time import tag_timexes

            tag_timexes(state)
        except ImportError:
            pass
        try:
            from storyline.entities import find_mentions

            find_mentions(state)
        except ImportError:
            pass
        find_quotes(state)
        assert state.errors == []
        out[Path(raw.source_path).name] = (art, state.quotes, raw.content)
        corpus.articles[art.doc_id] = art
        corpus.sentences[art.doc_id] = state.sentences
        corpus.quote_mentions.extend(state.quotes)
        corpus.chains.extend(state.chains)
        corpus.mentions.extend(state.mentions)
    try:
        from storyline.entities import resolve_entities

        corpus.entities = resolve_entities(corpus)
    except ImportError:
        pass
    return out, corpus


@pytest.fixture(scope="module")
def seeds(parsed: tuple[dict[str, Any], Corpus]) -> dict[str, Any]:
    return parsed[0]


def test_seeds_every_body_quotation_found_with_a_named_speaker(seeds: dict[str, Any]) -> None:
    for name, (art, quotes, _) in seeds.items():
        spoken = [q for q in quotes if q.kind != "indirect"]
        for b in art.blocks:
            if b.kind != "body":
                continue
            for m in _PAIR.finditer(art.text, b.start, b.end):
                s, e = m.start(1), m.end(1)
                hits = [q for q in spoken if q.start < e and s < q.end]
                assert hits, f"{name}: quotation at {s} not found"
                for q in hits:
                    assert q.speaker_name, f"{name}: no speaker for quotation at {s}"
                    assert q.speaker_name.lower() not in PRONOUNS, f"{name}: unresolved pronoun at {s}"


def test_seeds_speakers_are_the_people_quoted(seeds: dict[str, Any]) -> None:
    expected = {
        "000": {"ivanov", "robertson"},
        "001": {"putin", "robertson", "ivanov"},
        "002": {"spokesman", "scheffer", "clinton"},
        "004": {"robertson", "putin"},
    }
    for name, (_, quotes, _) in seeds.items():
        prefix = name[:3]
        if prefix not in expected:
            continue
        got = {_surname(q.speaker_name) for q in quotes if q.kind in ("direct", "pull")}
        assert got == expected[prefix], name


def test_seeds_pull_quotes_name_their_speaker_and_link_to_the_body(seeds: dict[str, Any]) -> None:
    pulls = [(name, q, quotes) for name, (_, quotes, _) in seeds.items() for q in quotes if q.kind == "pull"]
    if not pulls:
        pytest.skip("the cleaner marked no pull quotes")
    for name, q, quotes in pulls:
        assert q.speaker_name, name
        assert q.same_as is not None, f"{name}: pull quote not linked to the body"
        assert _surname(quotes[q.same_as].speaker_name) == _surname(q.speaker_name)


def test_seeds_quote_carried_by_two_outlets_is_one_quote(parsed: tuple[dict[str, Any], Corpus]) -> None:
    corpus = parsed[1]
    quotes = merge_quotes(corpus)
    shared = [q for q in quotes if q.kind == "direct" and len({s.doc_id for s in q.sources}) >= 2]
    assert any(_surname(q.speaker_name) == "putin" for q in shared)
    ids = [q.quote_id for q in quotes]
    assert len(ids) == len(set(ids))
    assert [q.quote_id for q in merge_quotes(corpus)] == ids


def test_seeds_no_boilerplate_text_is_a_quote(seeds: dict[str, Any]) -> None:
    for name, (art, quotes, raw) in seeds.items():
        dropped = [ln.strip() for ln in raw.splitlines() if ln.strip() and ln.strip() not in art.text]
        for q in quotes:
            assert any(b.start <= q.start and q.end <= b.end for b in art.blocks), f"{name}: {q.text!r}"
            if q.kind != "indirect" and len(q.text.split()) >= 3:
                assert not any(q.text in ln for ln in dropped), (
                    f"{name}: quote from a dropped line: {q.text!r}"
                )
