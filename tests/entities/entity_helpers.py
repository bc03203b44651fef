"""Helpers shared by the entities tests (a uniquely named module, not conftest)."""

from __future__ import annotations

from storyline.state import DocState


def chain_of(state: DocState, surface: str) -> int:
    """Chain id of the first mention whose text is ``surface``."""
    for m in state.mentions:
        if m.text == surface:
            return m.chain_id
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in state.mentions]}")
