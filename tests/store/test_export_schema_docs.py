"""docs/export-schema.md names every column `storyline export` writes: a column a user finds in a file
but not in the schema has no documented meaning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.store.export import TABLES, export_columns

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "export-schema.md"


def _section_names(stem: str) -> set[str]:
    """The backticked names of the schema's section that covers ``stem`` ("## quotes.jsonl", or a
    heading that lists several files)."""
    text = SCHEMA.read_text(encoding="utf-8")
    for part in re.split(r"^## ", text, flags=re.M)[1:]:
        heading, _, body = part.partition("\n")
        if re.search(rf"\b{stem}\.jsonl\b", heading):
            return set(re.findall(r"`([a-z_]+)`", body))
    raise AssertionError(f"docs/export-schema.md has no section for {stem}.jsonl")


@pytest.mark.parametrize("stem", list(TABLES))
def test_every_exported_column_is_documented(stem: str) -> None:
    undocumented = [c for c in export_columns(stem) if c not in _section_names(stem)]
    assert not undocumented, f"{stem}: {undocumented} missing from docs/export-schema.md"
