"""What an article is called on a page: its title, or, when the input gave none, its opening words;
and which of an entity's other names a page lists.

Shared by the web app, the static report and episode titles, so an untitled article and an actor's
aliases read the same everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from storyline.records import Block

LEAD_CHARS = 300  # enough of the opening to cut a label from; the rest of the article is never read
_LABEL_WORDS = 12  # a reader recognises an article by its first dozen words
_UNTITLED = "Untitled: "  # tells the reader this is no headline the outlet wrote


def opening(text: str | None, blocks: Iterable[Block] = ()) -> str:
    """The start of the article's first body block: a caption or heading printed above the story is not
    how a reader remembers it. The text's start when no block is marked as body."""
    text = text or ""
    for b in sorted(blocks, key=lambda b: b.start):
        if b.kind == "body" and 0 <= b.start < b.end:
            return text[b.start : min(b.end, b.start + LEAD_CHARS)]
    return text[:LEAD_CHARS]


def opening_from_json(text: str | None, blocks_json: str | None) -> str:
    """``opening`` for a stored row, whose blocks are JSON (odd or missing JSON: the text's start)."""
    blocks: list[Block] = []
    try:
        for b in json.loads(blocks_json or "[]"):
            blocks.append(Block(int(b["start"]), int(b["end"]), b["kind"]))
    except (ValueError, TypeError, KeyError):
        blocks = []
    return opening(text, blocks)


def article_label(title: str | None, lead: str | None) -> str | None:
    """The title; else the lead's first words, cut at a word and marked as no headline ("Untitled:
    Veloria closed its border with Kastan on …"); None when there is neither."""
    if title and title.strip():
        return " ".join(title.split())
    words = (lead or "").split("\n\n", 1)[0].split()
    if not words:
        return None
    cut = words[:_LABEL_WORDS]
    more = len(words) > _LABEL_WORDS or len(" ".join(words)) >= LEAD_CHARS - 1
    return _UNTITLED + " ".join(cut) + (" …" if more else "")


def other_names(aliases: list[str] | None, name: str | None) -> list[str]:
    """An entity's aliases as a page lists them: one spelling per name read without case or a leading
    "the" ("the U.S.", "The U.S.", "U.S." are one), and none that is its own name again."""
    seen = {_name_form(name or "")}
    out = []
    for alias in aliases or []:
        form = _name_form(alias)
        if form and form not in seen:
            seen.add(form)
            out.append(alias)
    return out


def _name_form(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
