"""Quotes: who said what, where, and when; one row per utterance across outlets.

``find_quotes(state)`` is the per-document stage (run after the entities and time stages);
``merge_quotes(corpus)`` is the corpus stage (run after entity resolution).
"""

from storyline.quotes.cues import CueLexicon, load_cues
from storyline.quotes.find import find_quotes
from storyline.quotes.marks import MarkSpan, find_marked
from storyline.quotes.merge import merge_quotes
from storyline.quotes.normalize import norm_key, norm_words

__all__ = [
    "CueLexicon",
    "MarkSpan",
    "find_marked",
    "find_quotes",
    "load_cues",
    "merge_quotes",
    "norm_key",
    "norm_words",
]
