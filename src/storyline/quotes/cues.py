"""Cue verbs (package data ``data/cues.txt``): which lemmas introduce reported speech or thought."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from storyline.nlp.given_names import first_name_genders  # noqa: F401  (re-exported: quotes use it)

# Things a person or organisation writes or says: a name inside such a phrase is its author
# ("Ana Reis's letter", "a Gazette article", "the party's statement").
AUTHORED_NOUNS = frozenset(
    {
        "article", "report", "letter", "missive", "memo", "memorandum", "statement", "tweet", "post",
        "editorial", "column", "op-ed", "book", "paper", "study", "interview", "speech", "remark", "comment",
        "message", "email", "e-mail", "note", "blog", "video", "ad", "advertisement", "release", "filing",
        "complaint", "lawsuit", "ruling", "opinion", "website", "account", "broadcast", "survey", "poll",
        "commentary",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CueLexicon:
    speech: frozenset[str]
    thought: frozenset[str]
    nouns: frozenset[str] = frozenset()

    def is_cue(self, lemma: str) -> bool:
        lemma = lemma.lower()
        return lemma in self.speech or lemma in self.thought

    def is_speech(self, lemma: str) -> bool:
        return lemma.lower() in self.speech


def parse_cues(text: str) -> CueLexicon:
    speech: set[str] = set()
    thought: set[str] = set()
    nouns: set[str] = set()
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        lemma = parts[0].strip().lower()
        kind = parts[1].strip().lower() if len(parts) > 1 else "speech"
        {"thought": thought, "noun": nouns}.get(kind, speech).add(lemma)
    return CueLexicon(speech=frozenset(speech), thought=frozenset(thought), nouns=frozenset(nouns))


@functools.lru_cache(maxsize=8)
def load_cues(path: Path | None = None) -> CueLexicon:
    """The packaged cue list, or a user file in the same ``lemma<TAB>class`` format."""
    if path is not None:
        return parse_cues(Path(path).read_text(encoding="utf-8"))
    data = resources.files("storyline").joinpath("data/cues.txt").read_text(encoding="utf-8")
    return parse_cues(data)
