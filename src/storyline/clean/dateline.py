"""Wire-copy datelines at the start of an article body: "RABAT, Morocco, March 5 (Reuters) - ...".

The dateline is metadata (where the story was filed, by which agency), not part of the first sentence: left in,
a parser reads "RABAT" as that sentence's subject. ``split_dateline`` returns the prefix, its parts and the
remaining text; the caller keeps only the remainder as body.

Accepted shapes (the place in capitals unless an agency credit in parentheses follows it):
  "LONDON (Reuters) - ..."            "Moscow, March 5 (AFP) -- ..."      "WASHINGTON — ..."
  "NEW YORK, Jan. 3 - ..."            "MOSCOW The talks ..." (capitals then a sentence, as printed papers do)
  "Lima (CNN) The talks ..."          "(CNN) - The talks ..." (a known credit, no dash or no place)
  "(KastanWire.com) - The talks ..." (a site's own web address as its credit)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean.metadata import agency_of
from storyline.clean.outlets import KNOWN_OUTLETS

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_WEEKDAY})"
# One word of a place name: "NEW", "YORK", "ST.", "D'IVOIRE", "AL-ARISH", or in title case "Rabat".
_CAPS_WORD = r"[A-Z][A-Z.'’-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-zA-Z.'’-]*"
_ONE_PLACE_CAPS = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}"
_ONE_PLACE_ANY = rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|da|del|la|el|al|of)){{0,3}}"
# A story filed from two places joins them with a slash: "KASTAN/ORVIK (Reuters) - ...".
_PLACE_CAPS = rf"{_ONE_PLACE_CAPS}(?:\s*/\s*{_ONE_PLACE_CAPS})?"
_PLACE_ANY = rf"{_ONE_PLACE_ANY}(?:\s*/\s*{_ONE_PLACE_ANY})?"
# The region or country after the city: "RABAT, Morocco", "SPRINGFIELD, Ill.".
_REGION = rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})?"
_DASH = r"(?:-{1,2}|[–—―])"
_CREDIT = r"\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,30})\)"

_WITH_DASH = re.compile(
    rf"^(?P<prefix>(?P<place>{_PLACE_CAPS}){_REGION}(?:,\s*(?P<date>{_DATE}))?(?:\s*{_CREDIT})?)"
    rf"\s*{_DASH}(?:\s+|$)"
)
_WITH_CREDIT = re.compile(
    rf"^(?P<prefix>(?P<place>{_PLACE_ANY}){_REGION}(?:,\s*(?P<date>{_DATE}))?\s*{_CREDIT})\s*{_DASH}(?:\s+|$)"
)
# A broadcaster's style: the credit closes the dateline with no dash ("Lima (CNN) Crowds gathered."), or the
# credit stands alone ("(CNN) Crowds gathered.", "(CNN) - Crowds ..."). Both only with a credit that names a
# known agency or outlet, or a short broadcaster's call sign in capitals: "Okafor (R) Voters ..." is no
# dateline.
_CREDIT_NO_DASH = re.compile(
    rf"^(?P<prefix>(?P<place>{_PLACE_ANY}){_REGION}(?:,\s*(?P<date>{_DATE}))?\s*{_CREDIT})\s+(?=[A-Z\"“‘'])"
)
_CREDIT_ALONE = re.compile(rf"^(?P<prefix>{_CREDIT})\s*(?:{_DASH}\s*)?(?=[A-Z\"“‘'])")
_CALL_SIGN = re.compile(r"[A-Z]{2,5}")
# A site crediting itself by its web address ("(KastanWire.com) - ..."): no person or place is named so.
_WEB_ADDRESS = re.compile(r"[A-Za-z][A-Za-z-]*(?:\.[A-Za-z-]+)*\.(?:com|org|net|co\.uk|com\.au)")
# Capitals run straight into the first sentence ("MOSCOW NATO and Russia ..."): no separator at all.
_CAPS_RUN = re.compile(rf"^(?P<run>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}})\s+(?P<next>\S+)")

# Capitalised words that open sentences or label stories rather than name a place.
_NOT_PLACES = frozenset(
    """
    A AN THE THIS THAT THESE THOSE IT ITS HE SHE WE THEY I YOU OUR MY IN ON AT FOR TO OF AND OR BUT BY AS IF WHEN
    AFTER BEFORE WHILE NOW NO NOT YES ALL ONE TWO UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS OPINION WATCH
    LIVE VIDEO PHOTOS EDITOR'S EDITORS NOTE CORRECTION CLARIFICATION FILE ADVERTISEMENT SPONSORED COMMENT
    REVIEW INTERVIEW FACTBOX TIMELINE EXPLAINER WRAPUP WRAP-UP URGENT FLASH BULLETIN PREVIEW SUMMARY HIGHLIGHTS
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# Acronyms that commonly open a sentence as its subject ("US officials said", "NATO and Russia").
_ACRONYMS = frozenset(
    """
    US U.S. USA UK U.K. UN U.N. EU E.U. NATO IMF WHO WTO OPEC FBI CIA NSA NASA BBC CNN AP AFP IAEA ICC OSCE ASEAN
    OECD G7 G8 G20 GOP PM MP MPS CEO ECB FED SEC NHS UNICEF UNESCO UNHCR AU ANC PLO PKK ISIS IS
    """.split()  # noqa: SIM905
)
_MAX_PREFIX = 90  # characters; a dateline is short, a longer match is a sentence


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str  # the prefix as printed, without its closing dash ("RABAT, Morocco (Reuters)")
    place: str | None
    agency: str | None  # a known wire agency named in the credit ("Reuters"), else None
    credit: str | None  # whatever the parentheses held ("CNN"), known agency or not
    date: str | None  # month and day as printed ("March 5"), rarely with a year


def _is_place(words: list[str]) -> bool:
    if not words or words[0].upper() in _NOT_PLACES:
        return False
    letters = sum(ch.isalpha() for ch in "".join(words))
    return letters >= 3 and not (len(words) == 1 and words[0].upper() in _ACRONYMS)


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """(dateline, rest of the paragraph) when ``paragraph`` opens with a dateline, else None.

    The rest may be empty: a dateline printed as a paragraph of its own.
    """
    head = paragraph[: _MAX_PREFIX + 8]
    for pattern in (_WITH_DASH, _WITH_CREDIT):
        m = pattern.match(head)
        if m is None or len(m.group("prefix")) > _MAX_PREFIX:
            continue
        place = m.group("place")
        if not _is_place(place.split()):
            continue
        credit = m.group("agency")
        rest = paragraph[m.end() :].strip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘"):
            continue  # "FOO - bar" where lower case follows is not a dateline before a sentence
        dateline = Dateline(
            text=m.group("prefix").strip(),
            place=place.strip(),
            agency=agency_of(credit) if credit else None,
            credit=credit.strip() if credit else None,
            date=m.group("date"),
        )
        return dateline, rest
    return _credit_only(paragraph) or _caps_run(paragraph)


def _known_credit(credit: str) -> bool:
    """A credit naming a wire agency, an outlet storyline knows, a broadcaster's call sign or a web address."""
    name = credit.strip()
    if agency_of(name) is not None or _CALL_SIGN.fullmatch(name) or _WEB_ADDRESS.fullmatch(name):
        return True
    return any(name in printed for printed, _ in KNOWN_OUTLETS.values())


def _credit_only(paragraph: str) -> tuple[Dateline, str] | None:
    """ "Lima (CNN) Crowds gathered." and "(CNN) - Crowds gathered.": a credit with no dash after the place,
    or with no place at all."""
    head = paragraph[: _MAX_PREFIX + 8]
    m = _CREDIT_NO_DASH.match(head)
    place: str | None = None
    if m is not None and len(m.group("prefix")) <= _MAX_PREFIX and _is_place(m.group("place").split()):
        place = m.group("place").strip()
    else:
        m = _CREDIT_ALONE.match(head)
    if m is None or not _known_credit(m.group("agency")):
        return None
    rest = paragraph[m.end() :].strip()
    if len(rest.split()) < 4:
        return None  # a heading such as "(AP) Photos", not a dateline before a sentence
    credit = m.group("agency").strip()
    date = m.groupdict().get("date") if place is not None else None
    return Dateline(m.group("prefix").strip(), place, agency_of(credit), credit, date), rest


def _caps_run(paragraph: str) -> tuple[Dateline, str] | None:
    """ "MOSCOW NATO and Russia will ...": the place is the capitals before the word that opens the sentence."""
    m = _CAPS_RUN.match(paragraph[: _MAX_PREFIX + 40])
    if m is None:
        return None
    words = m.group("run").split()
    nxt = m.group("next")
    if nxt[0].islower():
        words = words[:-1]  # a sentence does not open with a lower-case word: the last capitals begin it
    elif nxt[0].isupper() and nxt[1:2].islower():
        if len(words) > 1 and words[-1].upper() in _ACRONYMS:
            words = words[:-1]  # "WASHINGTON US officials said": the acronym opens the sentence
    else:
        return None
    # Every capitalised word must be a name part; "US" alone, "THE" or a kicker ("BREAKING") is no place.
    if not _is_place(words) or any(w.upper() in _NOT_PLACES for w in words[1:]):
        return None
    if any(w.upper() in _ACRONYMS for w in words) or sum(ch.isalpha() for ch in "".join(words)) < 4:
        return None  # "CVS Health ...": a short run of capitals is more often a name than a place
    prefix = " ".join(words)
    end = [w.end() for w in re.finditer(r"\S+", paragraph[: m.end()])][len(words) - 1]
    rest = paragraph[end:].lstrip()
    if not rest or len(rest.split()) < 4 or rest.lower().startswith(prefix.lower()):
        return None  # a heading or a label (maybe repeated in title case), not a dateline before a sentence
    return Dateline(text=prefix, place=prefix, agency=None, credit=None, date=None), rest
