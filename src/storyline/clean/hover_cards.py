"""Inline profile cards left in scraped text: "Senator Ana Reyes Ana Maria ReyesBudget talks stall as
deadline nears Five things to watch MORE said on Tuesday ...".

Some sites attach a hover card to a politician's name: the full legal name, then the headlines of recent
stories about them, closed by a "MORE" link. Scraped without its markup the card runs into the sentence,
its last name glued to the first headline ("ReyesBudget"). Left in, it makes false people ("Reyes Ana"),
events and quotes out of headlines. The signature is general, not one site's: a name, the same surname
glued to a capitalised word a few name-like words later, and an upper-case "MORE" within a few hundred
characters. The card is cut from just after the name to the end of "MORE"; the name stays.
"""

from __future__ import annotations

import re

# "MORE" closes the card, after a space or glued to the last word ("... Ana Maria ReyesMORE said")
_MORE = re.compile(r"(?:[ \t]|(?<=[a-z]))MORE\b(?![a-z])")
_TOKEN = re.compile(r"\S+")
_NAME_PART = re.compile(r"^(?:[A-Z][\w.'’-]*|\([A-Z][\w.'’-]*\))$")
_GLUE_START = re.compile(r"[A-Z0-9'\"‘“]")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_CARD_CHARS = 1500  # a card's full name and three or four headlines, with room to spare
_NAME_WORDS = 5  # "Charles (Pat) Patrick": the full name between the name and the glued surname


def strip_hover_cards(text: str) -> str:
    """``text`` without inline profile cards (see the module docstring); unchanged when it has none."""
    if "MORE" not in text:
        return text
    out: list[str] = []
    pos = 0
    for more in _MORE.finditer(text):
        if more.start() < pos:
            continue
        line_start = text.rfind("\n", 0, more.start()) + 1  # a card is inline: it never spans a line break
        start = _card_start(text, max(pos, line_start, more.start() - _CARD_CHARS), more.start())
        if start is None:
            continue
        out.append(text[pos:start])
        pos = more.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _card_start(text: str, lo: int, hi: int) -> int | None:
    """Where the card that ends at ``hi`` begins: right after the name whose surname comes back, a few
    name-like words later, at the end of the card's full name (glued to the first headline or not:
    "Ana Reyes Ana Maria ReyesBudget ...", "Ana Reyes Ana Maria Reyes Budget ..."), or None when the
    stretch has no such name. The card may also be glued to the name itself ("ReyesAna Maria Reyes...")."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, lo, hi)]
    found: list[tuple[bool, int, int]] = []  # (the card repeats the first name too, end of its name, start)
    for k, (_, _, last) in enumerate(tokens):
        for j in range(max(0, k - _NAME_WORDS - 1), k):
            for surname, start, glued_first in _name_ends(tokens[j]):
                if not _ends_full_name(last, surname):
                    continue
                between = [*glued_first, *(t for _, _, t in tokens[j + 1 : k])]
                if between and all(_name_part(t) for t in between) and between[0][0].isupper():
                    first_name_again = j > 0 and between[0] == tokens[j - 1][2]
                    found.append((first_name_again, k, start))
    # "Ana Reyes Ana Maria Reyes...": the surname pair, whose card repeats "Ana" too, and not the "Ana" pair
    return max(found)[2] if found else None


def _name_part(token: str) -> bool:
    """A capitalised word, an initial or a bracketed nickname; not a word in capitals ("THE")."""
    return _NAME_PART.match(token) is not None and not (token.isupper() and len(token.strip("().")) > 1)


def _name_ends(token: tuple[int, int, str]) -> list[tuple[str, int, list[str]]]:
    """The ways ``token`` can end a visible name: (surname, where a card after it starts, the card's first
    word when glued to the surname)."""
    start, end, text = token
    out: list[tuple[str, int, list[str]]] = [(text.rstrip(",;:"), end, [])]
    glue = _INNER_CAPITAL.search(text)
    if glue is not None:  # "ReyesAna": the card's full name starts inside the token
        out.append((text[: glue.start() + 1], start + glue.start() + 1, [text[glue.start() + 1 :]]))
    return out


def _ends_full_name(token: str, surname: str) -> bool:
    """ "Reyes" or "ReyesBudget" (the surname glued to a headline's first word) ends a full name."""
    if len(surname) < 2 or not surname[0].isupper() or not surname.isalpha() or surname.isupper():
        return False
    if token == surname:
        return True
    return (
        len(token) > len(surname)
        and token.startswith(surname)
        and _GLUE_START.match(token[len(surname)]) is not None
    )
