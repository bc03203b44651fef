"""Comparable forms of quoted words: case, punctuation, quote style and spelling variants removed."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_WORD = re.compile(r"[0-9a-z]+(?:'[0-9a-z]+)*")
# British and American spellings of the same word must compare equal ("defence"/"defense").
_SPELLING = (
    (re.compile(r"(?<=[a-z])ise(s|d)?\b"), r"ize\1"),
    (re.compile(r"(?<=[a-z])isation"), "ization"),
    (re.compile(r"(?<=[a-z])our\b"), "or"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\boffence\b"), "offense"),
)


def norm_words(text: str) -> list[str]:
    """Lower-cased word tokens with accents, curly apostrophes and spelling variants folded."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().translate(_APOSTROPHES)
    for pat, rep in _SPELLING:
        t = pat.sub(rep, t)
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", "", t)  # "co-operation" == "cooperation"
    return _WORD.findall(t)


def norm_key(text: str) -> str:
    return " ".join(norm_words(text))


def contains_words(outer: Sequence[str], inner: Sequence[str]) -> bool:
    """True when ``inner`` occurs as a contiguous run inside ``outer``."""
    n = len(inner)
    if n == 0 or n > len(outer):
        return False
    first, target = inner[0], list(inner)
    return any(outer[i] == first and list(outer[i : i + n]) == target for i in range(len(outer) - n + 1))


def stable_id(prefix: str, key: str) -> str:
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
