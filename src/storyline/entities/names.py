"""Splitting a person's name into honorifics, first name and surname, and the keys used to match names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

from storyline.entities.registry import Registry, norm_key

# Lower-case name particles that start a surname ("Pieter van der Berg" -> "van der Berg").
PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "abu",
        "st",
    ]
)
# Particles that still start a surname when capitalized at the front ("Bin Laden", "De Gaulle").
LEADING_PARTICLES = frozenset(
    ["bin", "ibn", "de", "van", "von", "der", "du", "da", "di", "del", "della", "le", "la", "abu"]
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Chinese and Korean names print the family name first ("Xi Jinping", "Moon Jae-in", "Kim Jong Un") and
# a bare "Xi" or "Moon" later means that person. A name is read family-name-first when its first word
# is a common Chinese or Korean family name and every other word is built of romanised Chinese or
# Korean syllables, which Western given names and surnames ("Kim Campbell", "Lee Harvey") are not.
_EAST_ASIAN_FAMILY_TEXT = """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
    su lu ding ren shen yao xi wen bo qin meng kong mao hua fu lai kim lee yi park pak choi choe jung chung
    kang cho jo yoon yun jang lim im oh seo shin kwon hwang ahn yoo ryu hong jeon ko moon mun son bae baek
    nam roh noh ban ri"""
EAST_ASIAN_FAMILY_NAMES = frozenset(_EAST_ASIAN_FAMILY_TEXT.split())
_ROMANISED_SYLLABLE = (
    r"(?:zh|ch|sh|hs|ts|jj|kk|pp|ss|tt|gw|kw|hw|wh|[bpmfdtnlgkhjqxrzcswy])?"
    r"(?:[aeiou]{1,3}|y[aeiou]{1,2}|w[aeiou]{1,2})(?:ng|n|m|k|l|p|t)?"
)
_ROMANISED_WORD = re.compile(rf"(?:{_ROMANISED_SYLLABLE}){{1,3}}")


def family_name_first(words: list[str]) -> bool:
    """Whether a printed name of two or three words puts a Chinese or Korean family name first."""
    if not 2 <= len(words) <= 3 or words[0].lower().strip(".") not in EAST_ASIAN_FAMILY_NAMES:
        return False
    parts = [p for w in words[1:] for p in w.lower().split("-")]
    return all(p and _ROMANISED_WORD.fullmatch(p) for p in parts)


def given_name(full: str) -> str | None:
    """The given name of a full name as printed: "Ada Okafor" -> "Ada", "Xi Jinping" -> "Jinping" (a
    Chinese or Korean family name comes first); None for a single word."""
    words = full.split()
    if len(words) < 2:
        return None
    return " ".join(words[1:]) if family_name_first(words) else words[0]


@dataclass(slots=True)
class PersonName:
    honorifics: list[str] = field(default_factory=list)
    first: str | None = None
    middle: list[str] = field(default_factory=list)
    surname: str | None = None
    gender: str | None = None  # from an honorific ("Mr" -> male), else None
    family_first: bool = False  # printed family name first ("Xi Jinping")
    suffix: str | None = None  # a generational suffix as printed ("Jr.", "III"), not part of ``full``

    @property
    def full(self) -> str:
        order = (
            (self.surname, self.first, *self.middle)
            if self.family_first
            else (self.first, *self.middle, self.surname)
        )
        return " ".join(p for p in order if p)


def name_suffix(name: str | None) -> str | None:
    """The generational suffix that ends a printed name, as a key: "Ada R. Okafor Jr." -> "jr"."""
    words = split_words(name or "")
    if len(words) < 2:
        return None
    key = norm_key(words[-1]).strip(",")
    return key if key in SUFFIXES else None


def without_brackets(text: str) -> str:
    """A name as printed without an editor's brackets: "[Ada] Okafor" -> "Ada Okafor"."""
    return " ".join(text.replace("[", " ").replace("]", " ").split())


def split_words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


_SPACED_PREFIXES = frozenset({"o'", "o\u2019", "d'", "d\u2019"})


def _joined_irish_prefixes(words: list[str]) -> list[str]:
    """ "O’ Reilly" written with a space is the one surname "O’Reilly"."""
    out: list[str] = []
    for w in words:
        if out and out[-1].lower() in _SPACED_PREFIXES and out[-1][:1].isupper():
            out[-1] += w
        else:
            out.append(w)
    return out


def parse_person_name(text: str, reg: Registry) -> PersonName:
    """Parse "Lord Peter Hartley" / "Mr. Okafor" / "Pieter van der Berg" into name parts."""
    words = [w.strip(",;:[]") for w in split_words(text)]  # "[John] McCain": an editor's insertion
    words = _joined_irish_prefixes([w for w in words if w])
    out = PersonName()
    while words and reg.honorific_gender(words[0]) is not None:
        h = words.pop(0)
        out.honorifics.append(h.rstrip("."))
        g = reg.honorific_gender(h)
        if g in ("male", "female"):
            out.gender = g
    while words and norm_key(words[-1]).strip(",") in SUFFIXES:
        out.suffix = out.suffix or words.pop().strip(",")
    if words and words[-1].endswith(("'s", "\u2019s")):
        words[-1] = words[-1][:-2]
    if not words:
        return out
    if len(words) == 1:
        out.surname = words[0]
        return out
    if family_name_first(words):
        out.surname = words[0]
        out.first = " ".join(words[1:])
        out.family_first = True
        return out
    if (words[0][:1].islower() and words[0].lower() in PARTICLES) or (
        len(words) == 2 and words[0].lower() in LEADING_PARTICLES
    ):
        out.surname = " ".join(words)  # "van der Berg": a surname with its particle
        return out
    cut = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in PARTICLES:
            cut = i
            break
    out.first = words[0]
    out.middle = words[1:cut]
    out.surname = " ".join(words[cut:])
    return out


# The Arabic article on a surname is written or dropped by house style ("Bashar al-Assad", "Bashar al
# Assad", "Bashar Assad"; "el-Sisi", "Sisi"), so it is no part of the key.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)(?:-|\s+)(?=\w)")


def name_key(part: str | None) -> str | None:
    """Comparable form of a name part: accents folded, lower case, no dots or hyphen spacing, no
    Arabic article in front."""
    if not part:
        return None
    return _ARABIC_ARTICLE.sub("", norm_key(part).replace("'", "")) or None


def joined_name(key: str) -> str:
    """A name key with its hyphens and spaces left out: "jong-un", "jong un" -> "jongun"."""
    return key.replace("-", "").replace(" ", "")


@functools.lru_cache(maxsize=1)
def short_forms() -> dict[str, frozenset[str]]:
    """Given name -> the short forms it is also written by (package data
    ``data/given_name_short_forms.tsv``): "james" -> {"jim", "jimmy", "jamie"}."""
    data = (
        resources.files("storyline").joinpath("data/given_name_short_forms.tsv").read_text(encoding="utf-8")
    )
    out: dict[str, frozenset[str]] = {}
    for raw in data.splitlines():
        full, _, shorts = raw.strip().partition("\t")
        if full and shorts and not full.startswith("#"):
            out[full.lower()] = frozenset(shorts.lower().split())
    return out


def first_names_compatible(a: str | None, b: str | None) -> bool:
    """Two first names can be the same person: equal, or one is an initial of the other."""
    if a is None or b is None:
        return True
    ka, kb = name_key(a) or "", name_key(b) or ""
    if ka == kb or joined_name(ka) == joined_name(kb):
        return True  # "Jong-un", "Jong Un", "Jongun": one romanised given name
    if len(ka) == 1 or len(kb) == 1:
        return ka[0] == kb[0]
    # a short form that opens the long one ("Mo" / "Maurice", "Jim" / "Jimmy")
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 2 and long_.startswith(short) and len(short) <= 4


def short_form_pair(a: str | None, b: str | None) -> bool:
    """One given name is a short form of the other ("Jim" / "James", "Chuck" / "Charles"): the same
    person only with other evidence, as "Mike" may be any of several Michaels."""
    if a is None or b is None:
        return False
    ka, kb = name_key(a) or "", name_key(b) or ""
    return kb in short_forms().get(ka, ()) or ka in short_forms().get(kb, ())
