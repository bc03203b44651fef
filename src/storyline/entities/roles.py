"""Roles read from the words around a person's name: pre-modifiers and appositives.

"Kenyan Defence Minister Ruth Wanjiru", "Nato Secretary-General Anna Lind",
"Pieter van der Berg, UN Secretary General," and "the Ukrainian foreign minister, Pavel Orlov" all
give a role: a title, the organization or country it belongs to, dated from the article.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.entities.registry import Actor, Registry, norm_key
from storyline.events.lexicon import lexicon
from storyline.nlp.ranks import MILITARY_RANKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Small words allowed inside a title phrase ("Secretary of State", "Minister for Foreign Affairs").
TITLE_GLUE = frozenset({"of", "for", "and", "-", "the", "'s", "\u2019s", "on", "to"})
QUALIFIERS_PAST = frozenset({"former", "ex", "late", "then", "retired"})


@dataclass(slots=True)
class RoleParse:
    title: str
    organization: Actor | None = None
    country: str | None = None
    past: bool = False  # "former President": held before the article's date
    span: tuple[int, int] | None = None  # token span of the title words ("Defence Minister")


# Abbreviated titles as American papers print them ("Sen. Jane Doe", "Gov. Jane Doe")
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor"}
# Every short title a role key spells out ("PM Okafor" is "Prime Minister Okafor", "Pres. Okafor" is
# "President Okafor"); "Pres." is no state legislator's or governor's title, so it is not among those above
_SHORT_TITLES = {**TITLE_ABBREVIATIONS, "pm": "prime minister", "pres": "president"}


def role_key(title: str) -> str:
    """Comparable title: case, hyphens, spelling variants, abbreviations and qualifiers removed
    ("acting President" ~ "President", "Sen." ~ "Senator")."""
    words = norm_key(title).replace("-", " ").replace("defense", "defence").split()
    keep = [
        _SHORT_TITLES.get(w, w)
        for w in words
        if w not in ("acting", "interim", "the", "caretaker", "outgoing", "incoming", "new")
    ]
    return " ".join(keep)


def _title_class(tok: Token, reg: Registry) -> str | None:
    """What a token can be inside a title phrase: 'title', 'qual', 'dept', 'glue', or None."""
    k = norm_key(tok.text)
    if not k:
        return None
    if k in reg.titles or k.replace("-", " ") in reg.titles:
        return "title"
    if k in reg.title_qualifiers or _qualifies_an_envoy(tok):
        return "qual"
    if k in reg.title_departments and (tok.text[:1].isupper() or k in reg.titles):
        return "dept"
    if k in reg.title_departments and tok.tag_.startswith("VB"):
        return None  # "leaders press President X": a verb, not the "press" of "press secretary"
    if k in reg.title_departments and _verb_before_capitalised_title(tok, reg):
        return None  # "the Senate press General X": a verb the tagger took for a noun
    if k in reg.title_departments:
        return "dept"
    if k in TITLE_GLUE or tok.text in TITLE_GLUE:
        return "glue"
    return None


@functools.lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """Verb lemmas the event lexicon knows (event, control, light and speech verbs)."""
    lex = lexicon()
    return frozenset(lex.verbs) | frozenset(lex.control) | lex.light | lex.speech


def _verb_before_capitalised_title(tok: Token, reg: Registry) -> bool:
    """A lower-case department word that is also a verb, before a capitalised title word: a department
    is written in the case of its office ("press secretary", "Press Secretary"), so "press" before
    "General" is the verb ("army General" is no verb and stays, "secretary of state John X" has a name
    after it)."""
    nxt = tok.i + 1
    return (
        tok.text[:1].islower()
        and nxt < len(tok.doc)
        and tok.doc[nxt].text[:1].isupper()
        and norm_key(tok.doc[nxt].text) in reg.titles
        and tok.lower_ in known_verbs()
    )


def opens_title(tok: Token, reg: Registry) -> bool:
    """Whether a token can begin a title's words ("Press" of "Press Secretary", "spokesman")."""
    return _title_class(tok, reg) in ("title", "qual", "dept")


# A role phrase ending in one of these ends in a coordination: the name after it is someone else
_COORDINATORS = frozenset({"and", "or", "&"})


def parse_role(
    doc: Doc,
    idxs: Sequence[int],
    reg: Registry,
    actor_at: dict[int, tuple[str, Actor | str]],
) -> RoleParse | None:
    """Parse the tokens ``idxs`` (in order) as a role phrase, or None when they are not one.

    ``actor_at`` maps token index -> ("actor", Actor) for registry names or ("demonym", code).
    """
    title_toks: list[int] = []
    org: Actor | None = None
    country: str | None = None
    past = False
    has_head = False
    dest = False
    for i in idxs:
        tok = doc[i]
        hit = actor_at.get(i)
        # "envoy to Syria", "ambassador to the United Nations": where the holder is sent, not whom he
        # serves (every token of the name after "to")
        dest = hit is not None and (_after_to(doc, i, title_toks) or (dest and actor_at.get(i - 1) == hit))
        if dest:
            continue
        if hit is not None:
            kind, val = hit
            if kind == "demonym" and isinstance(val, str):
                country = country or val
            elif isinstance(val, Actor):
                if val.kind == "country":
                    country = country or val.code
                else:
                    org = org or val
            continue
        if title_toks and title_toks[-1] == i - 1 and _abbreviation_stop(doc, i, reg):
            title_toks.append(i)  # the full stop of "Sgt." stays with it
            continue
        cls = _title_class(tok, reg)
        if cls is None:
            return None
        if cls == "glue":
            if tok.lower_ == "and" and _other_phrase_before_and(doc, title_toks, i, has_head):
                title_toks, org, country = [], None, None
                continue
            if title_toks and tok.text not in ("the", "'s", "\u2019s"):
                title_toks.append(i)
            elif tok.lower_ == "and":
                org, country = None, None  # "between Kastania and President X": the country is no part
            continue
        if cls == "title":
            has_head = True
        if cls == "qual" and norm_key(tok.text) in QUALIFIERS_PAST:
            past = True
        title_toks.append(i)
    if not has_head:
        return None
    if idxs and doc[idxs[-1]].lower_ in _COORDINATORS:
        return None  # "between the president and NAME": the office is the other person's
    while title_toks and _title_class(doc[title_toks[-1]], reg) == "glue":
        title_toks.pop()
    while title_toks and _title_class(doc[title_toks[0]], reg) == "glue":
        title_toks.pop(0)
    if not title_toks:
        return None
    parts: list[str] = []
    for n, i in enumerate(title_toks):
        tok = doc[i]
        nxt = title_toks[n + 1] if n + 1 < len(title_toks) else None
        parts.append(tok.text + (tok.whitespace_ if nxt == i + 1 else " "))
    title = " ".join("".join(parts).split())
    if _us_state_printed_before(doc, title_toks[0], reg, actor_at, country, org):
        country = "USA"
    return RoleParse(
        title=title, organization=org, country=country, past=past, span=(title_toks[0], title_toks[-1] + 1)
    )


def _other_phrase_before_and(doc: Doc, title_toks: list[int], i: int, has_head: bool) -> bool:
    """ "the economy and President X": lower-case words with no title among them, then "and" and a
    capitalised title, are another noun phrase joined to the holder's, not a part of the office
    ("foreign and defence minister", "Foreign and Defence Minister" stay one title)."""
    nxt = i + 1
    return (
        bool(title_toks)
        and not has_head
        and all(doc[j].is_lower for j in title_toks)
        and nxt < len(doc)
        and doc[nxt].text[:1].isupper()
    )


def _state_before_us_office(
    doc: Doc, first: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]
) -> bool:
    """A country's name (no demonym) right before an abbreviated "Sen.", "Rep." or "Gov." is an American
    state of that name ("Kastania Sen. Jane Doe"): American papers print the state so, while another
    country's legislator is written with its demonym ("Kastani Sen.") or its own title."""
    hit = actor_at.get(first - 1)
    if hit is None or not isinstance(hit[1], Actor) or hit[1].kind != "country":
        return False
    word = norm_key(doc[first].text)
    abbreviated = doc[first].text.endswith(".") or (first + 1 < len(doc) and doc[first + 1].text == ".")
    return word in TITLE_ABBREVIATIONS and abbreviated and reg.is_title_word(doc[first].text)


def _us_state_printed_before(
    doc: Doc,
    first: int,
    reg: Registry,
    actor_at: dict[int, tuple[str, Actor | str]],
    country: str | None,
    org: Actor | None,
) -> bool:
    """An American state's name stands before the abbreviated office: one spelt like a country, or one
    the registry does not know at all."""
    if country is not None:
        return _state_before_us_office(doc, first, reg, actor_at)
    return org is None and _unknown_state_before_us_office(doc, first, reg, actor_at)


def _unknown_state_before_us_office(
    doc: Doc, first: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]
) -> bool:
    """A place the tagger found and the registry does not know as a country, right before an abbreviated
    "Sen.", "Rep." or "Gov." ("Orvika Sen. Jane Doe"): the American state the member serves, printed as
    American papers print it (another country's member is written with its demonym: "Kenyan Sen.")."""
    before = first - 1
    if (
        before < 0
        or before in actor_at
        or doc[before].ent_type_ not in ("GPE", "LOC")
        or not doc[before].is_title
    ):
        return False
    word = norm_key(doc[first].text)
    abbreviated = doc[first].text.endswith(".") or (first + 1 < len(doc) and doc[first + 1].text == ".")
    return word in TITLE_ABBREVIATIONS and abbreviated and reg.sector(doc[first].text) in ("LEG", "GOV")


# Titles of someone sent to deal with a country: "for" names that country as "to" does ("special
# representative for Kastania" serves the side that sends him). A plain "representative for X" may be
# X's own delegate, so it needs "special" or "high" before it.
_ENVOY_WORDS = frozenset({"envoy", "emissary", "ambassador"})
_ENVOY_QUALIFIERS = frozenset({"special", "high"})


def _qualifies_an_envoy(tok: Token) -> bool:
    """ "special" of "special envoy/representative" (no qualifier elsewhere: "Kastania Special Counsel"
    would take the country the counsel investigates)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lower_ in _ENVOY_QUALIFIERS
        and nxt is not None
        and (nxt.lower_ in _ENVOY_WORDS or nxt.lower_ == "representative")
    )


def _envoy_title(doc: Doc, title_toks: list[int]) -> bool:
    words = [doc[k].lower_ for k in title_toks]
    if any(w in _ENVOY_WORDS for w in words):
        return True
    return any(
        w == "representative" and k > 0 and words[k - 1] in _ENVOY_QUALIFIERS for k, w in enumerate(words)
    )


def _after_to(doc: Doc, i: int, title_toks: list[int]) -> bool:
    """Whether token ``i`` follows "to" (over "the") after the title has begun, or "for" after an
    envoy's title."""
    j = i - 1
    while j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if not title_toks or j < 0:
        return False
    return doc[j].lower_ == "to" or (doc[j].lower_ == "for" and _envoy_title(doc, title_toks))


def _is_role_token(doc: Doc, i: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]) -> bool:
    return i in actor_at or _title_class(doc[i], reg) is not None or _abbreviation_stop(doc, i, reg)


def _abbreviation_stop(doc: Doc, i: int, reg: Registry) -> bool:
    """A full stop glued to an abbreviated title the tokenizer split off ("Sgt." -> "Sgt" + "."); the
    parser often starts a sentence after it, so the rank would be cut from the name it belongs to."""
    return (
        doc[i].text == "."
        and i > 0
        and not doc[i - 1].whitespace_
        and doc[i - 1].text[:1].isupper()
        and norm_key(doc[i - 1].text) in reg.titles
    )


def _role_window_start(doc: Doc, start: int, reg: Registry) -> int:
    """First token a role before the name at ``start`` may use: its sentence's start, moved back over
    sentences that only an abbreviated title's full stop ended ("Lt. Col. Jane Doe")."""
    lo = doc[start].sent.start
    while lo >= 2 and _abbreviation_stop(doc, lo - 1, reg):
        lo = doc[lo - 2].sent.start
    return lo


def _line_break_before(doc: Doc, i: int) -> bool:
    """True when token ``i`` starts a new line (a role never runs across a line break)."""
    return i > 0 and "\n" in doc[i - 1].whitespace_ or doc[i].is_space


def premodifier_role(
    doc: Doc, start: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]
) -> tuple[RoleParse, int] | None:
    """The role written just before a name starting at token ``start``; with the role's first token."""
    sent_start = _role_window_start(doc, start, reg)
    j = start - 1
    while j >= sent_start and not _line_break_before(doc, j + 1) and _is_role_token(doc, j, reg, actor_at):
        j -= 1
    first = j + 1
    if first >= start:
        # "the Ukrainian foreign minister, Pavel Orlov": a comma, then a role that runs up to it
        if start - 2 >= sent_start and doc[start - 1].text == ",":
            j = start - 2
            while j >= sent_start and _is_role_token(doc, j, reg, actor_at):
                j -= 1
            first = j + 1
            if (
                first <= start - 2
                and (j < sent_start or doc[j].is_punct or doc[j].lower_ in ("and", "said"))
                and not _inserted_attribution(doc, start)
            ):
                parsed = parse_role(doc, range(first, start - 1), reg, actor_at)
                if parsed is not None:
                    return parsed, first
        return None
    if doc[start - 1].lower_ in _SERVED_PREPOSITIONS:
        return None  # "a spokesman for NAME", "an adviser to NAME": the office is someone else's
    first = _after_office_of_another(doc, first, start, reg)
    parsed = parse_role(doc, range(first, start), reg, actor_at)
    if parsed is not None and _posted_in_country(doc, first, sent_start, reg, actor_at):
        parsed = replace(parsed, country=_country_before_post(doc, first - 2, sent_start, reg, actor_at))
    return (parsed, first) if parsed is not None else None


def _posted_in_country(
    doc: Doc, first: int, sent_start: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]
) -> bool:
    """The role before a name opens with a country that follows "<office> in" ("the Kastani commander in
    Veloria Gen. NAME"): the country is where the holder is posted, not the one served."""
    hit = actor_at.get(first)
    return (
        first - 2 >= sent_start
        and hit is not None
        and isinstance(hit[1], Actor)
        and hit[1].kind == "country"
        and doc[first - 1].lower_ == "in"
        and _title_class(doc[first - 2], reg) == "title"
    )


def _country_before_post(
    doc: Doc, j: int, sent_start: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]
) -> str | None:
    """The country a demonym or a country's name gives in the office words ending at token ``j``
    ("Kastani commander"); None when they name none."""
    while j >= sent_start and _is_role_token(doc, j, reg, actor_at):
        hit = actor_at.get(j)
        if hit is not None and hit[0] == "demonym" and isinstance(hit[1], str):
            return hit[1]
        if hit is not None and isinstance(hit[1], Actor) and hit[1].kind == "country":
            return hit[1].code
        j -= 1
    return None


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})


def _inserted_attribution(doc: Doc, start: int) -> bool:
    """The name at ``start`` speaks in an attribution set inside a quote ('The country's leader, NAME
    added, "will ..."'): a verb follows the name and a comma or quotation mark the verb, so the role before
    the comma is the quote's subject, not the speaker's office."""
    k = start
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    if k == start or k + 1 >= len(doc):
        return False
    verb = doc[k]
    return verb.tag_ in ("VBD", "VBZ", "VBP") and (doc[k + 1].text == "," or doc[k + 1].text in _QUOTE_MARKS)


# Words that tie an office to the one it serves, not to its holder
_SERVED_PREPOSITIONS = frozenset({"for", "to", "of", "on"})


def _possessed_after(doc: Doc, start: int) -> bool:
    """The name starting at ``start`` ends in a possessive ("President NAME's campaign")."""
    k = start
    while k < len(doc) and k - start < 4 and doc[k].pos_ == "PROPN":
        k += 1
    return k < len(doc) and doc[k].text in ("'s", "\u2019s")


def _after_office_of_another(doc: Doc, first: int, start: int, reg: Registry) -> int:
    """Where the name's own title begins in "adviser to President NAME" / "deputy to national security
    adviser NAME" / "spokesman for Governor NAME" / "chairman of President NAME's campaign": after the last "to",
    "for", or "of" before a possessed name, an office follows, as the words before it are someone else's
    post ("ambassador to the United Nations NAME" names a place after "to", and keeps it)."""
    for i in range(start - 1, first - 1, -1):
        if doc[i].lower_ not in ("to", "for") and not (
            doc[i].lower_ == "of" and _possessed_after(doc, start)
        ):
            continue  # "co-chairman of President NAME's campaign" is the campaign's, "Minister of Justice NAME" hers
        if any(_title_class(doc[k], reg) == "title" for k in range(i + 1, start)):
            return i + 1
        break
    return first


def appositive_role(
    doc: Doc, end: int, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]]
) -> tuple[RoleParse, int] | None:
    """The role in an appositive after a name ending before token ``end``: "X, Nato Secretary General, ..."."""
    sent_end = doc[end - 1].sent.end
    if end >= sent_end or doc[end].text != ",":
        return None
    k = end + 1
    while k < sent_end and _is_role_token(doc, k, reg, actor_at) and doc[k].text != ",":
        k += 1
    if k == end + 1:
        return None
    if k < sent_end and not (doc[k].text in (",", ";", ")", ".") or doc[k].is_punct):
        return None
    parsed = parse_role(doc, range(end + 1, k), reg, actor_at)
    return (parsed, k) if parsed is not None else None


# Ranks a person carries beside an office ("spokesman Lt. Col. NAME", "Supreme Leader Ayatollah NAME").
# "General" and "Major" are left out: "Attorney General", "Major General" are one title.
_RANK_WORDS = MILITARY_RANKS | {
    "admiral",
    "colonel",
    "lieutenant",
    "sergeant",
    "brigadier",
    "corporal",
    "ayatollah",
}
_RANK_PREFIXES = frozenset({"rear", "vice", "lt", "brig", "maj"})


def _rank_parts(word: str) -> list[str]:
    return norm_key(word).replace(".", "").split("-")


def _rank_word(word: str) -> bool:
    """A rank or a word that opens one ("Lt.", "Brig-Gen", "Rear")."""
    return all(p in _RANK_WORDS or p in _RANK_PREFIXES for p in _rank_parts(word))


def split_rank_from_office(role: RoleParse, reg: Registry) -> list[RoleParse]:
    """An office followed by a rank ("Army spokesman Lt. Col.") is two roles, the office and the rank;
    read as one title it matches neither. Anything else is returned as it is."""
    words = role.title.split()
    k = len(words)
    while k > 0 and _rank_word(words[k - 1]):
        k -= 1
    office, rank = words[:k], words[k:]
    if not rank or not any(reg.is_title_word(w) and not _rank_word(w) for w in office):
        return [role]
    if not any(p in _RANK_WORDS for w in rank for p in _rank_parts(w)):
        return [role]
    return [replace(role, title=" ".join(office)), replace(role, title=" ".join(rank), organization=None)]
