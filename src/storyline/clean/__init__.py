"""Cleaning: raw documents to articles (body blocks, title, outlet, agency, byline, language, date).

Public API: ``clean_document``, ``CleanError``, ``parse_published``, ``mark_near_duplicates``,
``strip_repeated_outlet_lines``.
"""

from __future__ import annotations

from storyline.clean.dates import parse_published
from storyline.clean.dedup import mark_near_duplicates, strip_repeated_outlet_lines
from storyline.clean.document import CleanError, CleanOptions, assemble, clean_document, doc_id_for
from storyline.clean.lines import classify_lines

__all__ = [
    "CleanError",
    "CleanOptions",
    "assemble",
    "classify_lines",
    "clean_document",
    "doc_id_for",
    "mark_near_duplicates",
    "parse_published",
    "strip_repeated_outlet_lines",
]
