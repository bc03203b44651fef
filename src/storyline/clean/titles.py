"""The article's headline: the page's <h1> when it agrees with the <title>, else the <title> minus the site name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from storyline.records import BlockKind

# " | Site", " - Site", " › Site", " — Site", " :: Site", " • Site".
_SEPARATORS = re.compile(r"\s+(?:[|›»•·~]|::|[-–—])\s+")
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _is_site(part: str, site_words: set[str]) -> bool:
    w = _words(part)
    return bool(w) and bool(site_words) and w <= site_words | {"www", "de", "com", "the"}


def strip_site_name(title: str, sitename: str | None = None, host: str | None = None) -> str:
    """'Floods force thousands from homes | Example Times' -> 'Floods force thousands from homes'."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    site_words = _words(sitename or "") | _words((host or "").replace(".", " "))

    kept = [p for p in parts if not _is_site(p, site_words)] or parts
    longer = [p for p in kept if len(_words(p)) > 2]
    kept = longer or kept  # a one- or two-word part beside a longer one is a section or brand name
    # The headline is the longest remaining part ("Section - Headline - Site" keeps "Headline").
    return max(kept, key=len)


def choose_title(
    meta_title: str | None,
    h1s: list[str],
    sitename: str | None = None,
    host: str | None = None,
    h1_parts: Sequence[str] = (),
) -> str | None:
    """Headline from the <title>/og:title and the page's <h1> texts (and the texts of the h1's children)."""
    site_words = _words(sitename or "") | _words((host or "").replace(".", " "))
    candidates = [
        h for h in h1s if 1 <= len(h.split()) <= 40 and not (site_words and _words(h) <= site_words)
    ]
    stripped = strip_site_name(meta_title, sitename, host) if meta_title else None
    if stripped:
        exact = [p for p in h1_parts if p.casefold() == stripped.casefold()]
        if exact:
            return exact[0]  # the headline span of an <h1> that also holds a kicker
    if len(candidates) == 1 and len(candidates[0].split()) >= 2:
        return candidates[0]  # one headline on the page: the <title> is often a longer SEO variant
    if candidates and stripped:
        best = max(candidates, key=lambda h: _similar(h, stripped))
        words_h, words_t = _words(best), _words(stripped)
        overlap = len(words_h & words_t) / max(1, min(len(words_h), len(words_t)))
        if overlap >= 0.5 or _similar(best, stripped) >= 0.6:
            return best
        return stripped
    if stripped:
        return stripped
    return candidates[0] if len(candidates) == 1 else None


# A headline repeated at the top of the text, where it is no sentence of the article: within the first
# blocks only, and long enough that a lead sentence opening with the same words is unlikely.
HEAD_BLOCKS = 3
MIN_TITLE_WORDS = 5
_SUBTITLE_START = re.compile(r"""[A-Z"“‘']""")


def cut_repeated_title(
    blocks: list[tuple[str, BlockKind]], title: str | None
) -> tuple[list[tuple[str, BlockKind]], int]:
    """The blocks without a copy of the headline among the first ones: a line that is the headline goes
    (counted in the number returned), and a headline glued to its subtitle ("<Headline> The deal was
    tougher than ...") leaves the subtitle."""
    if not title or len(title.split()) < MIN_TITLE_WORDS:
        return blocks, 0
    head = " ".join(title.split())
    for i, (text, kind) in enumerate(blocks[:HEAD_BLOCKS]):
        if text.casefold() == head.casefold():
            out, dropped = [*blocks[:i], *blocks[i + 1 :]], 1
        elif _glued_to(text, head):
            out, dropped = [*blocks[:i], (text[len(head) + 1 :], kind), *blocks[i + 1 :]], 0
        else:
            continue
        # the headline was all there was: keep it rather than lose the document
        return (out, dropped) if any(k == "body" for _, k in out) else (blocks, 0)
    return blocks, 0


def _glued_to(text: str, head: str) -> bool:
    """``text`` opens with the headline and goes on with a subtitle of a few words."""
    rest = text[len(head) + 1 :]
    return (
        text[: len(head)].casefold() == head.casefold()
        and text[len(head) : len(head) + 1] == " "
        and _SUBTITLE_START.match(rest) is not None
        and len(rest.split()) >= 3
    )
