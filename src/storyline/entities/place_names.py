"""Places the name tagger took for people ("fighting in Houla", "born in Kent"), retyped across the corpus.

A small NER model tags unfamiliar town names as PERSON, most often transliterated ones. One article
cannot tell, but the corpus can: a name written as a person's is a place when, over all its person
chains,
- it is written enough times to judge (``MIN_NAMES`` name mentions),
- a locative preposition stands right before it often ("in", "near", "outside", ... at least
  ``MIN_LOCATIVE_SHARE`` of its name mentions; people reach it only by chance, e.g. "from X"),
- it almost never carries a person's marks (an honorific or a stated role), and
- the tagger itself typed the same name as a place (GPE, LOC or FAC) somewhere in the corpus.
A lower-case place noun right after the name ("the Baba Amr district") is a place cue too. A name
the tagger never typed as a place is retyped (as GPE) on the place cues alone only when it is written
MIN_NAMES_UNTYPED times and never carries a person's marks. A cue before a possessive does not count
("a letter from Parnas's lawyer" is about the lawyer).
Each such chain, with its mentions, takes the place type the tagger gave the name most often.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from storyline.corpus import Corpus
from storyline.entities.registry import norm_key
from storyline.records import Chain

PLACE_TYPES = ("GPE", "LOC", "FAC")
MIN_NAMES = 5
MIN_LOCATIVE_SHARE = 0.3
MAX_PERSON_MARK_SHARE = 0.1  # chains with an honorific or a role, as a share of the name's person chains
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "around",
        "outside",
        "into",
        "inside",
        "across",
        "through",
        "towards",
        "toward",
    ]
)
_WORD_BEFORE = re.compile(r"(?:^|\W)(\w+)\s+$")  # a whole word, then only spaces up to the name
# a common noun for a kind of place right after the name; capitalised, it is part of a longer name
# ("Ho Chi Minh City"), which says nothing about the shorter one
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:district|neighbou?rhoods?|area|suburbs?|province|governorate|town|city|village|region|quarter"
    r"|camp|square|street|road|airport|crossing|border|port|prison|valley|mountains?)\b"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
MIN_NAMES_UNTYPED = 8


def _preceded_by_locative(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in _LOCATIVE


def _place_cue(text: str, start: int, end: int) -> bool:
    if _POSSESSIVE_AFTER.match(text, end):
        return False
    return _preceded_by_locative(text, start) or _PLACE_NOUN_AFTER.match(text, end) is not None


def retype_place_names(corpus: Corpus) -> int:
    """Retype person chains whose name the corpus shows to be a place; return how many chains changed."""
    person_chains: dict[str, list[Chain]] = defaultdict(list)
    place_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in corpus.chains:
        key = norm_key(c.name)
        if c.ent_type == "PERSON":
            person_chains[key].append(c)
        elif c.ent_type in PLACE_TYPES:
            place_votes[key][c.ent_type] += 1
    if not person_chains:
        return 0
    key_of = {(c.doc_id, c.chain_id): k for k, cs in person_chains.items() for c in cs}
    names: Counter[str] = Counter()
    locative: Counter[str] = Counter()
    for m in corpus.mentions:
        k = key_of.get((m.doc_id, m.chain_id))
        if k is None or m.kind != "name":
            continue
        names[k] += 1
        article = corpus.articles.get(m.doc_id)
        if article is not None and _place_cue(article.text, m.start, m.end):
            locative[k] += 1
    changed: dict[tuple[str, int], str] = {}
    for k, chains in person_chains.items():
        typed = bool(place_votes.get(k))
        if (
            names[k] < (MIN_NAMES if typed else MIN_NAMES_UNTYPED)
            or locative[k] < MIN_LOCATIVE_SHARE * names[k]
        ):
            continue
        marked = sum(1 for c in chains if c.honorifics or c.roles)
        if marked > (MAX_PERSON_MARK_SHARE * len(chains) if typed else 0):
            continue
        place_type = place_votes[k].most_common(1)[0][0] if typed else "GPE"
        for c in chains:
            c.ent_type = place_type
            c.first_name = c.surname = None
            c.roles = []
            changed[(c.doc_id, c.chain_id)] = place_type
    for m in corpus.mentions:
        t = changed.get((m.doc_id, m.chain_id))
        if t is not None:
            m.ent_type = t
    return len(changed)
