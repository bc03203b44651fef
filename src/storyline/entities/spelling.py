"""Spelling variants of one person's name across a corpus ("Muammar Gaddafi" / "Moammar Gadhafi").

Outlets transliterate the same Arabic, Russian or Persian name in their own house style, and writers
misspell names ("Hilary Clinton"). Resolution blocks people by exact surname key, so each spelling
would become a person of its own. This module finds name parts that are spellings of one another and
maps each to one canonical spelling, which resolution then compares instead of the printed part.

A part is linked to another only on corpus evidence that isolates it: two full names that agree
exactly in one part and differ in the other ("Saif Gadhafi" / "Saif Gaddafi" links the surnames;
"Muammar Qaddafi" / "Moammar Qaddafi" links the first names). The differing parts must
- fold to the same consonant skeleton (vowels, doubled letters and common transliteration pairs
  such as dh/d, q/k, ph/f are folded away),
- begin and end with the same letter (a suffix is a different name: "Saleh" is not "Salehi"; an initial
  q, k or g is one letter, the ways the Arabic qaf is written: "Qaddafi" / "Gaddafi"), and
- be near in edit distance (a similarity floor on the letters).
The variation must recur with MIN_SUPPORT other parts, or be seen with a distinctive one: a part written
almost only with spellings of this one name ("Muammar" beside "Gaddafi", "Gadaffi" and "Qaddafi", where
"James" stands beside many surnames).
Links chain through the corpus (union-find), and each group takes its most frequent spelling. The
map only says two spellings *may* be one person; resolution still keeps apart people whose first
names, genders or offices conflict.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from storyline.entities.names import first_names_compatible, name_key
from storyline.records import Chain

MIN_PART_LEN = 4  # shorter parts ("Ali", "Amr") are too short for a similarity floor to mean anything
MIN_SIMILARITY = 80.0  # rapidfuzz ratio (0-100) between the two spellings of the differing part
# A variation must recur with this many different other parts: a house style or a common variant
# recurs ("Sergei/Sergey" Lavrov, Ivanov, Kislyak), while "James Rosen" / "James Risen" are two people.
MIN_SUPPORT = 2
# ... or be seen with a distinctive part: one that stands with spellings of this one name in this share of
# its full names (a rare given name tied to one family), which a common one ("James", "Ivanov") never is
DISTINCTIVE_SHARE = 0.9
DISTINCTIVE_MIN = 3  # full names with the part: two ("James Rosen", "James Risen") tell nothing yet

# transliteration pairs folded before the skeleton is taken (order matters: digraphs first)
_FOLDS = (("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("q", "k"), ("c", "k"), ("j", "g"))


# a word-initial qaf is written q, k or g ("Qaddafi", "Kadhafi", "Gaddafi"): one letter at the start
_INITIAL = {"q": "k", "g": "k"}


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """Consonant skeleton of a name key: 'gaddafi', 'gadhafi', 'ghadafi' and 'qaddafi' all give 'kdf'."""
    k = re.sub(r"[^a-z ]", "", key)
    for a, b in _FOLDS:
        k = k.replace(a, b)
    k = re.sub(r"(.)\1+", r"\1", k)
    return " ".join(_INITIAL.get(w[0], w[0]) + re.sub(r"[aeiouyhw]", "", w[1:]) for w in k.split() if w)


def _ends(key: str) -> tuple[str, str]:
    """First and last letter, a final 'y' read as 'i' ('Morsy' / 'Morsi'), an initial q/g as k."""
    letters = re.sub(r"[^a-z]", "", key)
    if not letters:
        return ("", "")
    last = "i" if letters[-1] == "y" else letters[-1]
    return (_INITIAL.get(letters[0], letters[0]), last)


def variant_spellings(a: str, b: str) -> bool:
    """Two keys of one name part that read as spellings of one name."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_PART_LEN:
        return False
    if skeleton(a) != skeleton(b) or _ends(a) != _ends(b):
        return False
    return ratio(a, b) >= MIN_SIMILARITY


def given_names_may_match(a: str | None, b: str | None) -> bool:
    """A given name printed for an office holder the registry knows under another spelling of it
    ("Mohammed" for "Mohamed"): compatible first names, or two spellings of one name."""
    if first_names_compatible(a, b):
        return True
    ka, kb = name_key(a) or "", name_key(b) or ""
    return variant_spellings(ka, kb)


class _Groups:
    """Union-find over spellings."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _link(pairs: dict[str, Counter[str]], counts: Counter[str]) -> dict[str, str]:
    """For each fixed part, link the varying parts seen with it; map every spelling to its group's most
    frequent spelling (only spellings that change are in the map)."""
    support: Counter[tuple[str, str]] = Counter()
    for varying in pairs.values():
        # only spellings with one skeleton can be variants: compare within those small groups
        by_skeleton: dict[str, list[str]] = defaultdict(list)
        for spelling in sorted(varying):
            by_skeleton[skeleton(spelling)].append(spelling)
        total = sum(varying.values())
        for spellings in by_skeleton.values():
            share = sum(varying[sp] for sp in spellings) / total
            weight = MIN_SUPPORT if share >= DISTINCTIVE_SHARE and total >= DISTINCTIVE_MIN else 1
            for i, a in enumerate(spellings):
                for b in spellings[i + 1 :]:
                    if variant_spellings(a, b):
                        support[(a, b)] += weight
    groups = _Groups()
    for (a, b), n in support.items():
        if n >= MIN_SUPPORT:
            groups.union(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for s in groups.parent:
        members[groups.find(s)].append(s)
    out: dict[str, str] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        best = max(group, key=lambda s: (counts[s], -len(s), s))
        out.update({s: best for s in group if s != best})
    return out


def spelling_maps(chains: Iterable[Chain]) -> tuple[dict[str, str], dict[str, str]]:
    """(first-name map, surname map) from the full names of the corpus's person chains: each maps a
    name key to the canonical key of its spelling group."""
    by_first: dict[str, Counter[str]] = defaultdict(Counter)  # first-name key -> surname keys seen with it
    by_sur: dict[str, Counter[str]] = defaultdict(Counter)
    firsts: Counter[str] = Counter()
    surs: Counter[str] = Counter()
    for c in chains:
        kf, ks = name_key(c.first_name), name_key(c.surname)
        if not kf or not ks:
            continue
        by_first[kf][ks] += 1
        by_sur[ks][kf] += 1
        firsts[kf] += 1
        surs[ks] += 1
    return _link(by_sur, firsts), _link(by_first, surs)
