"""Our verb / noun-phrase event lexicon (``storyline/data/event_lexicon.tsv``) and its matchers."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.events.codebook import codebook

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

NO_EVENT = (
    "none"  # the code of a phrase that is no event ("strike a cautious tone"), so "strike" alone is not read
)
CONTROL_KINDS = {"intent", "plan", "try", "appeal", "demand", "reject", "threaten", "help", "stop", "negate"}


@dataclass(frozen=True, slots=True)
class Pattern:
    head: str
    extras: tuple[str, ...]  # verb: particle/preposition/object lemmas; noun: modifier lemmas
    code: str
    text: str  # the pattern as written in the lexicon


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)  # by head lemma, longest first
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)  # by head lemma, longest first
    control: dict[str, str] = field(default_factory=dict)  # lemma -> composition kind
    light: set[str] = field(default_factory=set)
    speech: set[str] = field(default_factory=set)

    def match_verb(self, lemma: str, context: set[str]) -> Pattern | None:
        """The longest verb pattern for ``lemma`` whose extra words all occur in ``context``."""
        pat = _longest(self.verbs.get(lemma, ()), context)
        return None if pat is None or pat.code == NO_EVENT else pat

    def says_no_event(self, lemma: str, context: set[str]) -> bool:
        """The longest verb pattern for ``lemma`` that fits ``context`` is marked "none" ("take place"):
        the phrase is no event, not even through a light verb's noun."""
        pat = _longest(self.verbs.get(lemma, ()), context)
        return pat is not None and pat.code == NO_EVENT

    def no_event_pattern(self, lemma: str, context: set[str]) -> Pattern | None:
        """The "none" pattern that fits, if the longest one for ``lemma`` in ``context`` is one."""
        pat = _longest(self.verbs.get(lemma, ()), context)
        return pat if pat is not None and pat.code == NO_EVENT else None

    def match_noun(self, lemma: str, modifiers: set[str]) -> Pattern | None:
        pat = _longest(self.nouns.get(lemma, ()), modifiers)
        return None if pat is None or pat.code == NO_EVENT else pat


def _longest(patterns: Sequence[Pattern], words: set[str]) -> Pattern | None:
    """The first (longest) pattern whose extra words all occur in ``words``."""
    return next((p for p in patterns if all(x in words for x in p.extras)), None)


def parse_lexicon(text: str) -> Lexicon:
    """Read lexicon TSV text (``kind<TAB>pattern[<TAB>code]``; ``#`` starts a comment line)."""
    lex = Lexicon()
    known = codebook()
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("kind\t"):
            continue
        cols = line.split("\t")
        kind, pattern = cols[0], cols[1].strip().lower()
        arg = cols[2].strip() if len(cols) > 2 else ""
        words = pattern.split()
        if kind == "verb":
            if arg not in known and arg != NO_EVENT:
                raise ValueError(f"event lexicon: unknown CAMEO code {arg!r} for {pattern!r}")
            lex.verbs.setdefault(words[0], []).append(Pattern(words[0], tuple(words[1:]), arg, pattern))
        elif kind == "noun":
            if arg not in known and arg != NO_EVENT:
                raise ValueError(f"event lexicon: unknown CAMEO code {arg!r} for {pattern!r}")
            lex.nouns.setdefault(words[-1], []).append(Pattern(words[-1], tuple(words[:-1]), arg, pattern))
        elif kind == "control":
            if arg not in CONTROL_KINDS:
                raise ValueError(f"event lexicon: unknown control kind {arg!r} for {pattern!r}")
            lex.control[pattern] = arg
        elif kind == "light":
            lex.light.add(pattern)
        elif kind == "speech":
            lex.speech.add(pattern)
        else:
            raise ValueError(f"event lexicon: unknown entry kind {kind!r}")
    for table in (lex.verbs, lex.nouns):
        for pats in table.values():
            # Longest first so "hold talk" wins over "hold"; duplicates collapse.
            uniq = {p.extras: p for p in pats}
            pats[:] = sorted(uniq.values(), key=lambda p: -len(p.extras))
    return lex


@functools.lru_cache(maxsize=4)
def lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or a user's file of the same format."""
    p = Path(path) if path else DATA_DIR / "event_lexicon.tsv"
    return parse_lexicon(p.read_text(encoding="utf-8"))
