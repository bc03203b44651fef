"""Speech and thought lemmas of the packaged quote cue list, for stages that run before the quotes stage
(coreference, event dating) and need to know a saying verb when they see one."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def speech_and_thought_lemmas() -> frozenset[str]:
    """The cue list's speech and thought lemmas (empty when it cannot be read)."""
    try:  # imported here: the quotes package imports the entities and time stages
        from storyline.quotes.cues import load_cues

        cues = load_cues()
    except (ImportError, OSError, ValueError):
        return frozenset()
    return cues.speech | cues.thought
