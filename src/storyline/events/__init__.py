"""Event extraction: who did what to whom, coded in CAMEO and PLOVER, dated, merged across outlets.

Public API: :func:`find_events` (per document), :func:`merge_events` (corpus), :func:`codebook`,
and :mod:`storyline.events.profiles` (GDELT 2.0 / ICEWS / POLECAT-like tables).
"""

from storyline.events.codebook import CodeInfo, codebook
from storyline.events.extract import find_events
from storyline.events.merge import merge_events

__all__ = ["CodeInfo", "codebook", "find_events", "merge_events"]
