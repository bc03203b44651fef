"""Historical state lineage: which country codes can name the same actor in different reports.

News names one state by several codes over time or by the whole it belonged to ("air strikes against
Yugoslavia" in one outlet, "... against Serbia" in another). The pairs live in
``storyline/data/event_state_lineage.tsv``; only listed pairs are compatible, so two parts of one whole
(Serbia, Montenegro) never merge through it.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
LINEAGE_FILE = DATA_DIR / "event_state_lineage.tsv"


@functools.lru_cache(maxsize=1)
def lineage_pairs() -> frozenset[frozenset[str]]:
    """Unordered pairs of related three-letter country codes."""
    pairs: set[frozenset[str]] = set()
    try:
        lines = LINEAGE_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("whole\t"):
            continue
        cols = line.split("\t")
        if len(cols) >= 2 and len(cols[0]) == 3 and len(cols[1]) == 3 and cols[0] != cols[1]:
            pairs.add(frozenset((cols[0].upper(), cols[1].upper())))
    return frozenset(pairs)


def codes_related(a: str | None, b: str | None) -> bool:
    """Two different actor codes for the same actor across a state succession: their country parts are a
    listed pair and the rest (the sector: GOV, MIL...) is the same ("YUGMIL" ~ "SRBMIL", "YUG" ~ "SRB")."""
    if not a or not b or a == b or len(a) < 3 or len(b) < 3:
        return False
    if a[3:] != b[3:]:
        return False
    return frozenset((a[:3].upper(), b[:3].upper())) in lineage_pairs()


@functools.lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Country code -> a representative of its lineage family (connected pairs), for blocking."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in lineage_pairs():
        a, b = sorted(pair)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {code: find(code) for code in parent}


def lineage_family(code: str | None) -> str | None:
    """A key equal for any two codes ``codes_related`` may join (a superset: the family is transitive
    while compatibility is not), so callers compare only codes that share it."""
    if not code or len(code) < 3:
        return code
    head = code[:3].upper()
    return _families().get(head, head) + code[3:]
