"""Mojibake repair: text that was encoded as UTF-8 and decoded as Windows-1252 (once or twice) before it
reached us ("Kastanâ€™s"; decoded twice, "KastanÃ¢â‚¬â„¢s"), or Windows-1252 punctuation read as Latin-1 (a C1
control where a curly apostrophe or a dash belongs). Scraped corpora carry both, most often in titles.

ftfy does the repair; it is only called on text that shows a mark of the damage, because it costs a few
milliseconds per article and almost every article has none.
"""

from __future__ import annotations

import re

import ftfy

# A lead byte of a two- or three-byte UTF-8 sequence read as Windows-1252 ("Ã", "Â", "â") followed by a
# continuation byte read the same way, or a bare C1 control (Windows-1252 punctuation read as Latin-1).
_DAMAGE = re.compile(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]|[\u0080-\u009f]"
)


def repair_mojibake(text: str) -> str:
    """``text`` with mis-decoded characters restored; unchanged when it shows no damage."""
    if not text or not _DAMAGE.search(text):
        return text
    return ftfy.fix_encoding(text)
