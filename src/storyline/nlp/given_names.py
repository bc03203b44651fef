"""Common given names with their usual gender (package data ``data/cues_first_names.txt``, written by
``tools/make_given_names.py``): the quotes stage resolves "he"/"she" with them, the entities stage keeps a
chain's pronouns of one gender and tells people from places and organisations."""

from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Common given names (lower case) -> "m"/"f"."""
    data = resources.files("storyline").joinpath("data/cues_first_names.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for raw in data.splitlines():
        parts = raw.strip().split("\t")
        if len(parts) == 2 and not parts[0].startswith("#"):
            out[parts[0].lower()] = parts[1].strip()
    return out
