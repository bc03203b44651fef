"""Article metadata other than the date: language, wire agency, byline, outlet."""

from __future__ import annotations

import re

from storyline.clean.outlets import (
    known_outlet_of_url,
    outlet_from_copyright,
    outlet_from_lines,
    outlet_from_url,
)
from storyline.clean.patterns import AGENCIES

# Confidence above which a non-English verdict rejects the document; below it short or mixed texts pass.
LANGUAGE_CONFIDENCE = 0.9
# Below this probability the language is recorded as "und" (undetermined) rather than a guess.
UNDETERMINED_BELOW = 0.5
# Characters of body text given to the language identifier (its cost grows with length; 2,000 suffice).
LANGUAGE_SAMPLE = 2000
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Za-z .,'’/-]{1,40}?\s*\((?P<agency>[A-Za-z .&-]{2,30})\)\s*[-–—:]")
_CREDIT_AGENCY = re.compile(
    r"[-–—,|]\s*(?P<agency>"
    + "|".join(re.escape(k) for k in sorted(AGENCIES, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


_PUBLICATION = re.compile(
    r"^(?i:publication|publisher|source)\s*:\s*(?P<name>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,5}?)(?= \w+\s*:|$)"
)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and normalised probability of the text's language (py3langid)."""
    lang, prob = _identifier().classify(text[:LANGUAGE_SAMPLE])
    return str(lang), float(prob)


_IDENTIFIER = None


def _identifier():  # type: ignore[no-untyped-def]
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def agency_of(text: str | None) -> str | None:
    """The agency a short credit names exactly ('Reuters', 'AP', '(AFP)')."""
    if not text:
        return None
    return AGENCIES.get(text.strip(" ()-–—|,.").lower())


def agency_in_dateline(first_paragraph: str) -> str | None:
    """'MOSCOW (Reuters) - ...' -> 'Reuters'."""
    m = _DATELINE_AGENCY.match(first_paragraph)
    return agency_of(m.group("agency")) if m else None


def agency_in_byline(byline: str | None) -> str | None:
    """'Jane Doe, Reuters' / 'By Jane Doe | AP' -> the agency."""
    if not byline:
        return agency_of(byline)
    exact = agency_of(byline)
    if exact:
        return exact
    m = _CREDIT_AGENCY.search(byline)
    return agency_of(m.group("agency")) if m else None


def outlet_of(
    given: str | None, furniture: list[str], sitename: str | None = None, url: str | None = None
) -> tuple[str | None, str | None]:
    """(outlet, where it was read): container field, a known outlet's domain, copyright line, known name in
    furniture, site name, URL."""
    if given:
        return given, "metadata"
    # A known outlet's own domain outweighs any name in the furniture: its pages name other newsrooms in
    # photo credits ("Kastan Wire/Landov"), embedded posts, "Click for more from ..." and columnists' credits.
    known = known_outlet_of_url(url)
    if known:
        return known, "url"
    for line in furniture:
        name = outlet_from_copyright(line)
        if name:
            return name, "copyright"
        m = _PUBLICATION.match(line)
        if m:
            return m.group("name").strip(), "page"
    named = outlet_from_lines(furniture)
    if named:
        return named, "page"
    if sitename:
        return sitename, "page"
    from_url = outlet_from_url(url)
    return (from_url, "url") if from_url else (None, None)
