"""Corpus passes over cleaned articles: near-duplicate marking and removal of lines an outlet repeats."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from storyline.clean.document import assemble, doc_id_for
from storyline.clean.lines import ends_sentence
from storyline.records import Article, BlockKind

_TOKEN = re.compile(r"\w+", re.UNICODE)
NEAR_DUPLICATE_THRESHOLD = 0.8
SHINGLE = 5
NUM_PERM = 128


def _shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = [w.lower() for w in _TOKEN.findall(text)]
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _order(articles: Sequence[Article]) -> list[int]:
    """Earliest first: dated articles by date, undated ones after them, ties in input order."""
    return sorted(
        range(len(articles)), key=lambda i: (articles[i].published is None, articles[i].published or "", i)
    )


def mark_near_duplicates(
    articles: Sequence[Article], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> dict[str, str]:
    """doc_id -> doc_id of the earliest near-identical article (MinHash/LSH over word 5-gram shingles).

    Only the later copies appear as keys; the earliest copy of each group is the one later stages count.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    root: dict[str, str] = {}
    order_pos: dict[str, int] = {}
    for i in _order(articles):
        art = articles[i]
        if art.doc_id in hashes:
            continue  # the same text twice: one document
        shingles = _shingles(art.text)
        if not shingles:
            continue
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([s.encode("utf-8") for s in shingles])
        matches = [d for d in lsh.query(mh) if mh.jaccard(hashes[d]) >= threshold]
        if matches:
            # Candidates were all inserted earlier; point at the root of the earliest one's group.
            first = min(matches, key=lambda d: order_pos[d])
            root[art.doc_id] = root.get(first, first)
        hashes[art.doc_id] = mh
        order_pos[art.doc_id] = len(order_pos)
        lsh.insert(art.doc_id, mh)
    return root


def strip_repeated_outlet_lines(
    articles: Sequence[Article], min_docs: int = 3, min_share: float = 0.3
) -> list[Article]:
    """Articles without the blocks their outlet repeats across documents (subscription prompts, sign-offs).

    A block goes when it appears in at least ``min_docs`` articles of one outlet and either in at least
    ``min_share`` of them or it is not a full sentence (a slogan, a credit). Changed articles get a new text,
    blocks and doc_id and a higher ``dropped_lines``; the others are returned unchanged.
    """
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, art in enumerate(articles):
        if art.outlet:
            by_outlet[art.outlet].append(i)
    repeated: dict[str, set[str]] = {}
    for outlet, idx in by_outlet.items():
        if len(idx) < min_docs:
            continue
        counts: Counter[str] = Counter()
        for i in idx:
            art = articles[i]
            counts.update({_key(art.text[b.start : b.end]) for b in art.blocks})
        repeated[outlet] = {
            key
            for key, n in counts.items()
            if key and n >= min_docs and (n / len(idx) >= min_share or not ends_sentence(key))
        }
    out: list[Article] = []
    for art in articles:
        drop = repeated.get(art.outlet or "", set())
        blocks: list[tuple[str, BlockKind]] = [(art.text[b.start : b.end], b.kind) for b in art.blocks]
        kept = [(t, k) for t, k in blocks if _key(t) not in drop]
        if len(kept) == len(blocks) or not any(k == "body" for _, k in kept):
            out.append(art)
            continue
        text, spans = assemble(kept)
        out.append(
            dataclasses.replace(
                art,
                text=text,
                blocks=spans,
                doc_id=doc_id_for(text),
                dropped_lines=art.dropped_lines + len(blocks) - len(kept),
            )
        )
    return out


def _key(text: str) -> str:
    return " ".join(text.split()).lower()
