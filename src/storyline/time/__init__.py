"""Time: TIMEX3 tagging and normalization, publication dates, event dating, inferred article dates."""

from __future__ import annotations

from storyline.clean.dates import parse_published  # one dateline parser, shared with the cleaner
from storyline.time.infer import infer_publication_dates
from storyline.time.spans import date_for_span, tag_timexes
from storyline.time.tagger import tag_text

__all__ = ["tag_text", "tag_timexes", "date_for_span", "parse_published", "infer_publication_dates"]
