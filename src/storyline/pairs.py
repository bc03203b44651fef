"""Which pair of actors an event is between: one rule for the report's relationship tables and the web
app's relations, so a pair counts the same events in both (kept free of heavy imports: the web app
loads it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def name_key(name: object) -> str | None:
    """The form names are compared in: trimmed and casefolded."""
    return name.strip().casefold() if isinstance(name, str) else None


def entity_name_index(entities: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, str]:
    """Casefolded name or alias -> entity id, for (entity id, name, aliases) triples; a name two
    entities share names neither (it cannot say which one an event meant)."""
    owners: dict[str, set[str]] = {}
    for entity_id, name, aliases in entities:
        for n in {name, *aliases}:
            if key := name_key(n):
                owners.setdefault(key, set()).add(entity_id)
    return {n: next(iter(ids)) for n, ids in owners.items() if len(ids) == 1}


def side_key(
    entity_id: str | None, code: str | None, name: str | None, by_name: dict[str, str]
) -> str | None:
    """The one key a pair counts an event side under, shared by the report and the web app: its entity;
    else the entity its words name alone ("Kastan" left unlinked in one clause is still the Kastan of
    the article's other acts); else its actor code (unnamed sides of one class: "police", "officers");
    else its words. None when the side is unknown (words with no letter or digit, such as a stray
    ".", name nobody)."""
    if entity_id:
        return entity_id
    words = (name or "").strip()
    if not any(ch.isalnum() for ch in words):
        words = ""
    if words and (entity := by_name.get(words.casefold())):
        return entity
    return code or words or None


def code_label(code: str, words: Counter[str] | None) -> str | None:
    """ "protesters (CVL)": an actor code with the words its unlinked sides were told by most (ties: the
    words read first); None for a code never so told. One form for the report and the web app. Words
    are counted without case ("Police" opening a sentence is the "police" of the next) but shown as
    written, in their most used spelling: lowercasing them had printed names ("Trump aides") wrong."""
    if not words:
        return None
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for written, n in words.items():  # in the order read, which breaks ties
        key = written.casefold()
        counts[key] += n
        spellings.setdefault(key, Counter())[written] += n
    top = counts.most_common(1)[0][0]
    return f"{spellings[top].most_common(1)[0][0]} ({code})"
