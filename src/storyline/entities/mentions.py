"""Finding mention candidates in one parsed article: spaCy's entities corrected and extended by rules.

Rules cover what a small news NER model misses or mislabels: honorific and title forms ("Mr. Okafor",
"Lord Hartley", "President Varga"), organizations and countries from the actor registry ("Nato" labelled a
person), institutions ("the Joint Planning Council"), capitals and seats of power used for governments
("Moscow said", "the Kremlin"), demonym groups ("Ukrainian officials"), role nouns ("the UN chief",
"the alliance") and third-person pronouns.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from storyline.clean.outlets import KNOWN_OUTLETS
from storyline.cue_lemmas import speech_and_thought_lemmas
from storyline.entities.credits import CREDIT_LABELS, PICTURE_AGENCIES, credit_tokens
from storyline.entities.names import LEADING_PARTICLES, SUFFIXES, family_name_first
from storyline.entities.registry import Actor, Registry, norm_key
from storyline.entities.roles import (
    RoleParse,
    appositive_role,
    known_verbs,
    opens_title,
    premodifier_role,
    role_key,
    split_rank_from_office,
)
from storyline.events.lexicon import lexicon
from storyline.nlp.given_names import first_name_genders
from storyline.nlp.ranks import RANKS_AND_OFFICES
from storyline.time.vocab import TIME_ZONES, is_zone_abbreviation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# A word coined for a country's leaving a union, a country's short name run into "exit" ("Grexit"): the
# tagger types it an organisation or a place, but it names an event
_EXIT_COINAGE = re.compile(r"^[A-Z][a-z]+xit$")


def _exit_coinage(doc: Doc, start: int, end: int) -> bool:
    """One word of that coinage, which no person's or body's name is."""
    return end - start == 1 and bool(_EXIT_COINAGE.match(doc[start].text))


PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "themselves": "plural",
}
# Heads that make a capitalized phrase an institution ("the Joint Planning Council").
INSTITUTION_HEADS = frozenset(
    [
        "council",
        "commission",
        "committee",
        "assembly",
        "parliament",
        "ministry",
        "agency",
        "court",
        "bank",
        "organization",
        "organisation",
        "union",
        "party",
        "front",
        "army",
        "forces",
        "service",
        "office",
        "department",
        "fund",
        "group",
        "movement",
        "league",
        "alliance",
        "coalition",
        "authority",
        "board",
        "congress",
        "senate",
        "duma",
        "tribunal",
        "institute",
        "federation",
        "secretariat",
        "cabinet",
        "government",
        "administration",
        "police",
        "guard",
        "brigade",
        "navy",
        "corps",
        "mission",
        "programme",
        "program",
        "summit",
    ]
)
# Nouns that, after a demonym, name a group of people ("Russian sources", "Serbian hardliners").
GROUP_NOUNS = frozenset(
    [
        "sources",
        "hardliners",
        "nationals",
        "people",
        "men",
        "women",
        "citizens",
        "leaders",
        "negotiators",
        "delegation",
        "delegates",
        "representatives",
        "team",
        "members",
        "analysts",
        "experts",
        "observers",
        "critics",
        "voters",
        "residents",
        "authorities",
    ]
)
# Plural heads for people that name a group only after a telling modifier ("Kastani intelligence agents",
# "Kastani militia groups", "Kastani media workers"); alone they say too little to be the group
PEOPLE_HEADS = GROUP_NOUNS | {"agents", "groups", "guards", "crews", "units", "workers", "staff", "personnel"}
# Singular nouns for one person that are no title: after a demonym they describe someone ("a Kastani
# soldier"), not the country's group or body
ONE_PERSON_NOUNS = frozenset(
    {"soldier", "officer", "policeman", "policewoman", "civilian", "man", "woman", "boy", "girl", "rebel",
     "militant", "insurgent", "fighter", "citizen", "national", "activist", "protester", "student", "worker",
     "businessman", "businesswoman", "tourist", "refugee", "migrant", "farmer", "nurse", "spy", "agent",
     "marine", "mercenary", "gunman", "teacher", "scientist", "expert", "lawyer", "pilot", "sailor",
     "reporter", "dissident", "prisoner", "resident", "villager", "engineer", "hacker"}
)  # fmt: skip
# Nouns for what a body made or did, which end no group of people after a demonym ("French media reports",
# "Kastani army positions": the media and the army act)
WORK_NOUNS = frozenset(
    {"report", "reports", "account", "accounts", "statement", "statements", "document", "documents",
     "footage", "coverage", "claims", "positions", "operations"}
)  # fmt: skip
# Nouns after a person's name that make the phrase a group ("the Bush administration", "the Kennedy family").
NAME_GROUP_NOUNS = frozenset(
    {
        "administration",
        "government",
        "cabinet",
        "presidency",
        "era",
        "camp",
        "campaign",
        "family",
        "foundation",
        "team",
    }
)
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj"})
NAME_CONNECTORS = frozenset(
    {"de", "van", "von", "der", "den", "del", "da", "di", "du", "bin", "ibn", "al", "el", "le", "la"}
)


@dataclass(slots=True)
class Cand:
    """A mention candidate, in token offsets [start, end)."""

    start: int
    end: int
    kind: str  # name | title | pronoun | metonym | nominal | demonym
    ent_type: str
    actor: Actor | None = None  # registry country/organization
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    roles: list[RoleParse] = field(default_factory=list)
    nominal_head: str | None = None  # "alliance", "chief", ...
    owner: Cand | None = None  # for a title: the name it belongs to
    bound: bool = False  # a role noun in apposition to something that is no person mention: no anaphor
    priority: int = 0


# Function words that open a sentence and that the model sometimes takes into a PERSON name
# ("Though Trump has ...", "But Ms Hale ...", "Later on Tuesday Mitsotakis met ..."); none of them is a
# given name (months are: "April Ryan", "June Jordan"). "Reply" is a comment widget's button that scraped
# pages leave inline before a reader's words ("| Reply Okafor should ..."), as "View", "Watch" and "Related"
# are links to videos and stories left before their headlines ("View Okafor names a new envoy").
_OPENERS_TEXT = """though although but and or yet so when while if as after before because since then still
    meanwhile however now also even once unless until whereas where why how what with without for from to by
    at in on of the a an this that these those his her their its our my your
    monday tuesday wednesday thursday friday saturday sunday
    reply view watch listen click related"""
_SENTENCE_OPENERS = frozenset(_OPENERS_TEXT.split())


def _drop_openers(doc: Doc, start: int, end: int) -> int:
    """Skip a sentence-opening function word taken into a name ("Though Trump", "But Ms Hale")."""
    while end - start > 1 and doc[start].lower_ in _SENTENCE_OPENERS:
        start += 1
    return start


def _verb_stems(gerund: str) -> list[str]:
    """Possible lemmas of an -ing form: 'targeting' -> target, 'securing' -> secure, 'stopping' -> stop,
    'defying' -> defy."""
    base = gerund[:-3]
    stems = [base, base + "e"]
    if len(base) > 2 and base[-1] == base[-2]:
        stems.append(base[:-1])
    return stems


# Marks after which a new clause starts that the parser does not always split as a sentence ("... backed her until
# June… Replacing Kastan before then ...", "One plan: Ousting Kastan ...").
_CLAUSE_BREAKS = frozenset({"\u2026", "...", ":", ";", "\u2014", "\u2013"})
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "("})


def _opens_clause(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a sentence, or a clause after a break mark, past any opening quote."""
    first = i
    while first > 0 and (doc[first - 1].is_space or doc[first - 1].text in _OPENING_QUOTES):
        first -= 1
    if doc[i].is_sent_start or doc[first].is_sent_start or first == 0:
        return True
    return doc[first - 1].text in _CLAUSE_BREAKS


def _drop_gerund_opener(doc: Doc, start: int, end: int) -> int:
    """Skip a sentence-opening participle the model took into a name ("Targeting Assad, the rebels ...",
    "Defying Assad, ..."). Given names in -ing ("Sterling", "Channing") are no verb's form, so the word
    must be a verb the event lexicon knows, or tagged as a verb form by the parser."""
    tok = doc[start]
    low = tok.lower_
    if end - start < 2 or not _opens_clause(doc, start) or not low.endswith("ing") or len(low) < 6:
        return start
    if tok.tag_ == "VBG" or any(s in known_verbs() for s in _verb_stems(low)):
        return start + 1
    return start


def _drop_office_place(doc: Doc, start: int, end: int, reg: Registry) -> int:
    """Skip the place of an office the model took into the name after it: "Senator from Oregon Jane
    Doe", "Mayor of Springfield John Smith". The place takes one word, two when the registry knows the
    two as one place ("New Zealand"), and a first and a last name stay."""
    if start < 2 or doc[start - 1].lower_ not in ("from", "of") or not reg.is_title_word(doc[start - 2].text):
        return start
    two = doc[start : start + 2].text
    width = 2 if reg.place_country(two) or reg.actor(two) else 1
    return start + width if end - (start + width) >= 2 else start


def _hyphenated_given_name(doc: Doc, start: int, end: int) -> int:
    """End of a family-name-first name whose hyphenated given name the model cut short ("Moon Jae" of
    "Moon Jae-in"); "Smith-led" or "Obama-era" are not names, so the longer form must read as one."""
    if (
        end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
    ):
        nxt = doc[end + 1]
        if nxt.is_alpha and family_name_first((doc[start:end].text + "-" + nxt.text).split()):
            return end + 2
    return end


# Suffixes glued to a name that make it a likeness or a manner ("a Kastan-esque speech", "Orvik-style
# rallies"): the phrase describes something else, the person takes no part in it
_LIKENESS_SUFFIXES = frozenset({"esque", "style", "like", "ish", "type", "lite"})


def _likeness_suffixed(doc: Doc, end: int) -> bool:
    """The name ends glued to "-esque" or "-style" ("Kastan-esque"), as one word."""
    return (
        end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in _LIKENESS_SUFFIXES
    )


def _through_particle_surname(doc: Doc, start: int, end: int) -> int:
    """End of a name the model cut after its surname's particle ("Ada Le" of "Ada Le Varre": the
    surname's second word is also a common noun): no name ends in a particle, so the capitalised word
    after it, in the same sentence, is the rest of the surname."""
    if end - start < 2 or end >= len(doc) or doc[end - 1].lower_ not in LEADING_PARTICLES:
        return end
    nxt = doc[end]
    if nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start and doc[end - 1].whitespace_:
        return end + 1
    return end


_STANCE_PREFIXES = frozenset({"pro", "anti"})


# Verbs a headline puts right after the name of who speaks or acts ("Okafor Says ...", "Okafor Urges ...")
_HEADLINE_VERBS = frozenset(
    {"condemn", "urge", "vow", "slam", "blast", "praise", "reject", "demand", "defend"}
)


def _third_person(verb: str) -> str:
    """ "say" -> "says", "deny" -> "denies", "stress" -> "stresses"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


@functools.lru_cache(maxsize=1)
def _headline_verb_forms() -> frozenset[str]:
    return frozenset(_third_person(v) for v in lexicon().speech | _HEADLINE_VERBS)


def _headline_verb(tok: Token) -> bool:
    """A capitalised third-person verb as a title-case headline prints it ("Says", "Rejects"); only
    the verb's true form counts, so a name like "Denys" is no "deny"."""
    return tok.text[:1].isupper() and tok.text.lower() in _headline_verb_forms()


def _before_headline_verb_or_dash(doc: Doc, start: int, end: int) -> int:
    """End a person's name before a headline verb the tagger ran into it ("Okafor Says", "Ada Okafor
    Condemns Blockade") or before a dash that opens an aside ("Ada Okafor — Marren's deputy")."""
    for i in range(start + 1, end):
        if doc[i].text in ("\u2014", "\u2013", "--") or _headline_verb(doc[i]):
            return i
    return end


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """A name inside a stance adjective ("pro-Gaddafi forces", "anti-NATO protests", "pro-Russian
    rebels"): the phrase names the followers or opponents, so it is no mention of the name itself."""
    if start + 1 < len(doc) and doc[start].lower_ in _STANCE_PREFIXES and doc[start + 1].text == "-":
        return not doc[start].whitespace_
    return (
        start >= 2
        and doc[start - 1].text == "-"
        and doc[start - 2].lower_ in _STANCE_PREFIXES
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    )


def _cap(tok: Token) -> bool:
    return bool(tok.text[:1].isupper())


def _untagged_given_name(doc: Doc, i: int, reg: Registry) -> bool:
    """Whether token ``i`` is a given name the model left out of the surname after it: "Mayor of
    Tarsa Nuri Kassem" tagged as "Kassem" alone. A proper noun in no entity of its own, right before
    the name on the same line, that is no title, place, organisation, nationality or opening word; without
    it, a second person of that surname in the article ("Amal Kassem") becomes the first. A month in no
    entity stays a candidate: "April" and "June" are given names too."""
    if i < 0:
        return False
    tok = doc[i]
    return (
        tok.pos_ == "PROPN"
        and _cap(tok)
        and tok.is_alpha
        and not tok.is_sent_start
        and doc[i - 1].lower_ not in ("the", "a", "an")  # "the Labour Haddad": a modifier, no given name
        and not tok.ent_type_
        and "\n" not in tok.whitespace_
        and tok.whitespace_ != ""
        and tok.lower_ not in _SENTENCE_OPENERS
        and not _PLURAL_ABBREVIATION.match(tok.text)  # "told MPs Okafor ...": a group, no given name
        and _no_registry_word(tok.text, reg)
    )


def _no_registry_word(word: str, reg: Registry) -> bool:
    """Whether the registry reads ``word`` as no honorific, title, place, organisation or nationality:
    it may then be a given name."""
    return (
        reg.honorific_gender(word) is None
        and not reg.is_title_word(word)
        and reg.city_country(word) is None
        and reg.actor(word) is None
        and reg.demonym(word) is None
    )


def _bare_given_name(doc: Doc, i: int, reg: Registry) -> bool:
    """Token ``i`` may be a given name the tagger left out: a capitalised word in no entity, on the line
    of the next word, that is no honorific, title, place, organisation or nationality. Unlike
    ``_untagged_given_name`` it may open a sentence: the caller has a person's mark besides."""
    tok = doc[i]
    return (
        _cap(tok)
        and tok.is_alpha
        and not tok.is_stop  # "In Velorin, who ...": a preposition opening the sentence
        and not tok.ent_type_
        and tok.whitespace_ == " "
        and (i == 0 or doc[i - 1].lower_ not in ("the", "a", "an"))
        and _no_registry_word(tok.text, reg)
    )


def _newline_inside(doc: Doc, start: int, end: int) -> int:
    """First token index after a line break inside [start, end), or ``end`` when none."""
    for i in range(start, end - 1):
        if "\n" in doc[i].whitespace_ or doc[i].is_space:
            return i + 1
    return end


def _unclosed_bracket(doc: Doc, start: int, end: int) -> int | None:
    """Index of an opening bracket inside the span that is not closed in it ("Special Forces (SF")."""
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if not opened or any(doc[i].text == ")" for i in range(opened[-1], end)):
        return None
    return opened[-1]


# A contraction's second half glued before a name ("name's", "here's"): no part of the name
_OPENING_CLITICS = frozenset({"'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop spaces, punctuation and a final possessive from a span's edges, a clitic opening it ("My
    name's Ivo": the tagger took "'s Ivo"), and a bracket left open at its end ("Coastal Forces (CF" once
    the ")" is gone): the name is the words before it."""
    while start < end and (
        doc[start].is_space
        or (doc[start].is_punct and doc[start].text not in "(")
        or doc[start].text in _OPENING_CLITICS
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019")
        or (doc[end - 1].is_punct and doc[end - 1].text != ".")
    ):
        end -= 1
    if end > start and doc[end - 1].text == "." and end - start == 1:
        end -= 1
    cut = _unclosed_bracket(doc, start, end)
    if cut is not None and cut > start:
        end = cut
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
    return start, end


def _drop_modified_noun_article(doc: Doc, start: int, end: int) -> int:
    """Start after a leading "the" that belongs to a noun after the name: in "the Iran deal" the article
    goes with "deal", and keeping it would give the country a false alias "the Iran"."""
    article = doc[start]
    if end - start < 2 or article.lower_ != "the" or article.dep_ != "det":
        return start
    if end < len(doc) and doc[end].tag_ == "POS":
        return start  # "the EU's rules": the parser may hang the article on "rules", but it is the name's
    return start + 1 if not start <= article.head.i < end or _common_noun_after(doc, end) else start


def _common_noun_after(doc: Doc, end: int) -> bool:
    """A lower-case noun right after the name ("mentioned the Iran protests"), which the parser sometimes
    reads as a second object; a time word ("the US today") is no such noun."""
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return False
    noun = doc[end]
    return noun.pos_ == "NOUN" and noun.is_lower and not noun.ent_type_


def registry_matches(doc: Doc, reg: Registry) -> list[Cand]:
    """Registry names in the text (countries, organizations, capitals, seats of power, demonyms)."""
    out: list[Cand] = []
    n_tok = len(doc)
    maxn = min(reg.max_name_tokens, 8)
    first = reg.first_words()
    # Tokens and their texts read once: every candidate start tries up to ``maxn`` spans, and spaCy
    # builds a new Token object on each ``doc[i]`` and joins a span's text on each ``.text``.
    toks = list(doc)
    with_ws = [t.text_with_ws for t in toks]
    i = 0
    while i < n_tok:
        tok = toks[i]
        if not (_cap(tok) or tok.lower_ == "the") or tok.is_space:
            i += 1
            continue
        lead = toks[i + 1] if tok.lower_ == "the" and i + 1 < n_tok else tok
        if norm_key(lead.text).split("-")[0] not in first and lead.lower_.replace(".", "") not in first:
            i += 1
            continue
        found: Cand | None = None
        longest = min(maxn, n_tok - i)
        line_end = _newline_inside(doc, i, i + longest)  # a span reaching past it crosses a line break
        inside: bool | None = None  # _inside_longer_name for this start, the same for every length
        for n in range(longest, 0, -1):
            end = i + n
            if toks[end - 1].is_space or toks[end - 1].is_punct:
                continue
            if line_end < end:
                continue
            text = "".join(with_ws[i : end - 1]) + toks[end - 1].text  # doc[i:end].text
            if not text[:1].isupper() and not text.lower().startswith("the "):
                continue
            if _continues_name(doc, end):
                continue  # "Nato" inside "the Nato-Ukraine Commission" is not the alliance itself
            if reg.demonym(text) is None:
                if inside is None:
                    inside = _inside_longer_name(doc, i if tok.lower_ != "the" else i + 1, reg)
                if inside:
                    continue  # "New Mexico" is not Mexico ("Transgender Americans" are Americans)
            actor = reg.actor(text)
            if actor is not None and (n > 1 or _cap(tok)):
                place = actor.kind == "country" or (
                    actor.kind == "institution" and actor.sector in (None, "PRE")
                )
                found = Cand(i, end, "name", "GPE" if place else "ORG", actor=actor)
                if actor.kind in ("country", "institution"):
                    found.country = actor.code
                break
            code = reg.place_country(text)
            if code is not None and _cap(toks[end - 1]) and not _opens_longer_name(doc, end):
                found = Cand(i, end, "name", "GPE", country=code)
                found.nominal_head = "metonym" if norm_key(text) in reg.metonyms else "capital"
                break
            code = reg.demonym(text)
            if code is not None and _cap(tok):
                found = Cand(i, end, "demonym", "NORP", country=code)
                break
        if found is not None:
            # a demonym's article goes with the group it may head later ("the Xian army"): kept
            if found.kind == "name":
                found.start = _drop_modified_noun_article(doc, found.start, found.end)
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


# Directions that qualify a country without making a new name ("northern Syria", "South Yemen")
COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "central",
        "upper",
        "lower",
    }
)
# "South America" and "Latin America" are continents, whatever word comes before "America"
_CONTINENT_AFTER_WORD = frozenset({"america"})


def _inside_longer_name(doc: Doc, start: int, reg: Registry) -> bool:
    """A registry name that the tagger reads as the end of a longer name: "New Mexico", "New England",
    "South America", or a city inside "Papua New Guinea"-like names. A direction before a country
    ("Northern Syria") still names that country."""
    if start <= 0:
        return False
    prev, tok = doc[start - 1], doc[start]
    if _new_place_prefix(doc, start):
        return True
    if not _cap(prev) or prev.lower_ == "the" or prev.whitespace_ != " " or tok.ent_iob_ != "I":
        return False
    if reg.actor(prev.text) is not None or reg.demonym(prev.text) is not None:
        return False  # "the U.S. Central Intelligence Agency": a country before an institution
    if prev.ent_iob_ == "I" and start >= 2 and _cap(doc[start - 2]):
        return True  # a direction inside a longer name: "New South Wales", "Little North Orvik"
    return prev.lower_ not in COMPASS_WORDS or tok.lower_ in _CONTINENT_AFTER_WORD


def _new_place_prefix(doc: Doc, start: int) -> bool:
    """ "New" (and a direction) just before a place name makes another place, tagged or not: "New South
    Wales" and "New England" are not Wales or England."""
    i = start - 1
    if i >= 1 and _cap(doc[i]) and doc[i].lower_ in COMPASS_WORDS and doc[i].whitespace_ == " ":
        i -= 1
    return i >= 0 and doc[i].text == "New" and doc[i].whitespace_ == " "


def _opens_longer_name(doc: Doc, end: int) -> bool:
    """A city the tagger reads as the first word of a longer name that is no place ("The Kastan Post",
    "Kastan School of Economics"): the capitalised word after it lies inside the same entity."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return _cap(nxt) and nxt.ent_iob_ == "I" and nxt.ent_type_ not in ("", "GPE", "LOC")


def _continues_name(doc: Doc, end: int) -> bool:
    """The name goes on after token ``end``: a hyphenated part or an institution noun follows."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and _cap(doc[end + 1]):
        return True
    return _cap(nxt) and nxt.lower_ in INSTITUTION_HEADS and "\n" not in doc[end - 1].whitespace_


def _agentive(doc: Doc, start: int, end: int) -> bool:
    """The span acts as a doer: subject, possessor, or the agent of a passive ("by Moscow")."""
    head = doc[end - 1]
    for t in doc[start:end]:
        if t.head.i < start or t.head.i >= end:
            head = t
            break
    if head.dep_ in AGENT_DEPS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return True
    return bool(head.dep_ == "conj" and head.head.dep_ in AGENT_DEPS)


def _resolve_place(c: Cand, doc: Doc) -> None:
    """A capital or seat of power standing for its government is a metonym coded GOV; otherwise a place."""
    if c.nominal_head == "metonym" or _agentive(doc, c.start, c.end):
        c.kind = "metonym"
        c.ent_type = "ORG"
        c.sector = "GOV"
    c.nominal_head = None


def _demonym_group(c: Cand, doc: Doc, reg: Registry) -> Cand | None:
    """Turn a demonym into a group mention ("Russian officials") or drop it (a plain adjective)."""
    tok = doc[c.end - 1]
    if tok.tag_ in ("NNPS", "NNS") or (tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in AGENT_DEPS):
        return c  # "the Russians", "Serbs"
    head = tok.head
    if tok.dep_ in ("amod", "compound", "nmod") and head.i > tok.i and head.i - tok.i <= 4:
        if any(t.is_punct or t.is_space for t in doc[tok.i + 1 : head.i]):
            return None
        phrase = doc[tok.i + 1 : head.i + 1].text
        sector = reg.sector(phrase)
        if sector is not None or head.lower_ in GROUP_NOUNS:
            if head.tag_ not in ("NNS", "NNPS") and sector is None:
                return None
            if head.tag_ not in ("NNS", "NNPS") and head.lemma_.lower() not in reg.sectors:
                return None
            if head.tag_ not in ("NNS", "NNPS") and _names_one_person(head, reg):
                return None  # "a Kastani general": one person's description, not the group
            end = _group_end(doc, tok.i, head, reg)
            if not _names_people_or_body(doc[tok.i + 1 : end], reg):
                return None  # "Kastani military exercises": a telling modifier, but no one is named
            c.end = end
            c.sector = reg.sector(doc[tok.i + 1 : end].text)
            c.ent_type = "ORG" if _named_body(doc[end - 1]) else "NORP"
            return c
    return None


def _group_end(doc: Doc, demonym: int, head: Token, reg: Registry) -> int:
    """Where a demonym's group ends: at its head, unless the head is what a body made or did and a noun
    before it names the body ("French media reports": the media are the actor, the reports their work)."""
    if head.lower_ in WORK_NOUNS:
        for k in range(head.i - 1, demonym, -1):
            # "military" may be tagged an adjective ("Kastani military positions"): its sector decides
            if reg.head_sector(doc[demonym + 1 : k + 1].text) is not None:
                return k + 1
    return head.i + 1


def _names_one_person(head: Token, reg: Registry) -> bool:
    """A singular head for one person: a title or rank ("diplomat", "general") or a person noun."""
    return reg.is_title_word(head.text) or head.lower_ in ONE_PERSON_NOUNS


def _names_people_or_body(words: Span, reg: Registry) -> bool:
    """The group's own head names people or a body ("border guards", "media"), not just a modifier; a
    plural the registry lists only in the singular counts ("intelligence agencies")."""
    head = words[-1]
    singular = " ".join([*(t.text for t in words[:-1]), head.lemma_])
    return (
        head.lower_ in PEOPLE_HEADS
        or reg.head_sector(words.text) is not None
        or reg.head_sector(singular) is not None
    )


def _named_body(head: Token) -> bool:
    """A capitalised singular head names one body ("the Danish Defense Ministry"), not a group of people;
    one the tagger reads as a group word ("an Egyptian Christian") is a person of that group."""
    return (
        head.text[:1].isupper()
        and head.tag_ not in ("NNS", "NNPS")
        and not head.is_sent_start
        and head.ent_type_ != "NORP"
    )


def _name_as_modifier(c: Cand, doc: Doc) -> None:
    """ "the Dorsey administration": a name modifying a group noun is that group, not the person; so is
    "Team Dorsey", whose bare "Dorsey" then stays the person's."""
    if c.ent_type == "PERSON" and c.end - c.start >= 2 and doc[c.start].text in TEAM_WORDS:
        c.ent_type = "ORG"
        return
    if c.end >= len(doc):
        return
    head = doc[c.end]
    if head.text in NAME_GROUP_NOUNS and head.pos_ == "NOUN" and not doc[c.end - 1].whitespace_.count("\n"):
        c.end = head.i + 1
        c.ent_type = "ORG"
        c.sector = "GOV" if head.lower_ in ("administration", "government", "cabinet", "presidency") else None


def _group_words(doc: Doc) -> frozenset[str]:
    """Words the tagger types as a group of people (NORP) somewhere in the document ("Catholics")."""
    return frozenset(t.lower_ for t in doc if t.ent_type_ == "NORP")


_PLURAL_ABBREVIATION = re.compile(r"^[A-Z]{2,}s$")


def _can_be_person_name(doc: Doc, start: int, end: int, groups: frozenset[str], reg: Registry) -> bool:
    """Whether a span the tagger calls a person can be one's name. A name never holds a digit
    ("COVID-19", "Windows 10"), and a plural noun that the article types as a group of people, or that
    names a kind of people ("Catholics", "ex-Catholics"), or a plural abbreviation ("MPs"), names that group."""
    if any(ch.isdigit() for ch in doc[start:end].text):
        return False
    if any(_PLURAL_ABBREVIATION.match(t.text) for t in doc[start:end]):
        return False  # "MPs", "CEOs": the plural of an abbreviation is a group
    last = doc[end - 1]
    low = last.lower_
    if last.tag_ != "NNPS" or not low.endswith("s"):
        return True
    return not (low in groups or reg.sector(low) is not None or reg.sector(low[:-1]) is not None)


# Last words that make a name a street, square, bridge or station ("Lower Ferry Street", "Orvik Bridge"):
# the tagger calls such names organisations or even people. Words that are also common surnames
# ("Hall", "Lane") or organisation heads ("Center", "Market") are left out.
STRUCTURE_HEADS = frozenset(
    {"street", "road", "avenue", "boulevard", "square", "bridge", "station", "highway", "motorway"}
)
# Prefixes that name a ship ("USS Orvik", "HMS Delvane"): a vessel is no person and no organisation
VESSEL_PREFIXES = frozenset({"USS", "HMS", "USNS", "HMCS", "HMAS", "RFS", "INS"})


def _structure_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised name of a built place or a vessel, which the tagger may type as a person or an
    organisation: a street-like last word, or a ship's prefix before more name words."""
    first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < end else doc[start]
    if first.text in VESSEL_PREFIXES and first.i < end - 1:
        return True
    last = doc[end - 1]
    return end - first.i >= 2 and _cap(last) and last.lower_ in STRUCTURE_HEADS


def _before_seat_of_power(doc: Doc, start: int, end: int, reg: Registry) -> int:
    """The end of a person's name the tagger ran into a seat of power of two or more words ("the
    Okafor White House"): the seat is the government, the name before it the person."""
    for k in range(start + 1, end - 1):
        if reg.place_country(doc[k:end].text) is not None:
            return k
    return end


def _drop_leading_titles(doc: Doc, start: int, end: int, reg: Registry) -> int:
    """Leading office words are a role, not the name ("President Varga", "former Minister Varga")."""
    while (
        start < end and reg.honorific_gender(doc[start].text) is None and reg.is_title_word(doc[start].text)
    ):
        start += 1
    while start < end and reg.title_qualifiers and norm_key(doc[start].text) in reg.title_qualifiers:
        start += 1
        if start < end and doc[start].text == "-":
            start += 1  # "ex-" is a qualifier with its hyphen
    return start


_POSSESSIVE_MARKS = ("'s", "\u2019s")


def _before_inner_possessive(doc: Doc, start: int, end: int, reg: Registry, named: frozenset[str]) -> int:
    """End before a possessive inside the span, and before the office words just ahead of it: a name
    holds no possessive, so a kin word after a name ("Okafor's niece") or a title-case headline the
    tagger read as one name ("Okafor Aide's Trip") names only the person before it. When title-case
    words follow and the words before are no one's name (no given name, not a person the article names
    elsewhere), the span is an organisation or a headline ("Whole Kastan's Health"): ``start``."""
    for i in range(start + 1, end):
        if doc[i].text not in _POSSESSIVE_MARKS:
            continue
        cut = i
        while cut > start and reg.is_title_word(doc[cut - 1].text):
            cut -= 1
        title_case_after = i + 1 < end and _cap(doc[i + 1])
        if title_case_after and not any(_given_name_word(t) or t.lower_ in named for t in doc[start:cut]):
            return start
        return cut
    return end


# Parser tags of words that describe (adjectives, participles, adverbs)
_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "RB"})


def _lone_describing_word(
    doc: Doc, start: int, end: int, named: frozenset[str], written: Counter[str]
) -> bool:
    """A one-word "name" the parser reads as an adjective or participle, capitalised only by a headline
    or a sentence start ("Chilling new footage shows ...", "'Defiant'"), is no person, unless it is a
    given name, a word of a longer person's name the article gives ("Ada Young" ... "Young said") or a
    name it writes again (a misread "malls like Orvikgate showcase")."""
    tok = doc[start]
    if end - start != 1 or _given_name_word(tok):
        return False
    if tok.tag_ not in _DESCRIBING_TAGS and not _opening_common_noun(doc, start):
        return False
    return tok.lower_ not in named and written[tok.text] < 2


def _opening_common_noun(doc: Doc, i: int) -> bool:
    """A word capitalised only because it opens its sentence that the tagger reads as a plural common
    noun ("Banks will stay shut") or as a word before one ("Grass huts stood by the farm"): a person's
    name modifies a plural noun only when the article names that person elsewhere ("Okafor supporters"),
    which the caller checks. Such a false person drew every "he" of the paragraphs after it."""
    tok = doc[i]
    if not tok.is_sent_start and not (i > 0 and doc[i - 1].is_space):
        return False
    if tok.tag_ == "NNS":
        return tok.lower_.endswith("s")  # a plural's form: the tagger also calls surnames NNS ("Marren said")
    head = tok.head
    return tok.dep_ in ("compound", "amod") and head.i == i + 1 and head.tag_ == "NNS" and head.is_lower


_IRISH_PREFIXES = frozenset({"O", "D"})
_APOSTROPHES = frozenset({"'", "\u2019"})


def _irish_prefix_at(doc: Doc, i: int) -> bool:
    """Tokens i, i+1 are "O’" or "D’" written apart from the capitalised rest of a surname ("O’ Reilly")."""
    return (
        i >= 0
        and i + 2 < len(doc)
        and doc[i].text in _IRISH_PREFIXES
        and doc[i + 1].text in _APOSTROPHES
        and doc[i + 2].is_alpha
        and _cap(doc[i + 2])
        and "\n" not in doc[i + 1].whitespace_
    )


def _with_spaced_irish_prefix(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An apostrophe with a space after it splits "O’ Reilly": the tagger's person stops at "O’" (and the
    trim at "O") or starts after it; the surname is the whole."""
    if end - start >= 2 and _irish_prefix_at(doc, end - 1):
        end += 2
    if _irish_prefix_at(doc, start - 2):
        start -= 2
    return start, end


def _landmark_of_a_place(
    doc: Doc, start: int, end: int, reg: Registry, in_full_names: frozenset[str]
) -> bool:
    """One capitalised word after a place's possessive ("Velmar's Dalsko") is a square, river or
    station, unless the article gives it a person's sign: a fuller name with it, an honorific or title
    before it elsewhere, a common given name or a registry person ("Velmar's Okafor" after "Ada Okafor")."""
    if end - start != 1 or start < 2 or doc[start - 1].text not in _POSSESSIVE_MARKS:
        return False
    place = doc[start - 2]
    if place.ent_type_ not in ("GPE", "LOC") and reg.place_country(place.text) is None:
        return False
    word = doc[start]
    if not _cap(word) or word.lower_ in in_full_names or word.lower_ in first_name_genders():
        return False
    if reg.known_people(word.text):
        return False
    return not any(
        t.text == word.text
        and t.i > 0
        and (reg.honorific_gender(doc[t.i - 1].text) or reg.is_title_word(doc[t.i - 1].text))
        for t in doc
    )


def _person_words(doc: Doc, min_words: int = 1) -> frozenset[str]:
    """Words of the tagger's person names of ``min_words`` or more words that hold no possessive inside
    (the names the article uses)."""
    return frozenset(
        t.lower_
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) >= min_words
        and not any(t.text in _POSSESSIVE_MARKS for t in ent[:-1])
        for t in ent
        if _cap(t)
    )


# Tokens that close a headline-like phrase inside running text ("Update at 9:05. Harbour Closed: ...")
_PHRASE_BREAKS = frozenset({":", "|", "?", "!", ".", ";", "(", ")", "\u2022"})
_CONTENT_WORD_LENGTH = 4  # shorter words ("of", "in", "the", "at") stay lower case in title case


def _title_case_phrases(doc: Doc) -> dict[int, tuple[int, int]]:
    """Phrases written in title case, by token: a run between line breaks or phrase marks whose every
    word is capitalised but short function words ("of", "to"), with two capitalised words of four or more
    letters ("Ferry Service Halted", a live blog's "Update at 9:05. Harbour Closed:"). Such a phrase is a
    heading, not prose."""
    out: dict[int, tuple[int, int]] = {}
    run: list[Token] = []
    for tok in doc:
        if tok.text in _PHRASE_BREAKS or tok.is_space or tok.is_sent_start:
            _keep_title_case_run(run, out)
            run = []
        if not (tok.text in _PHRASE_BREAKS or tok.is_space):
            run.append(tok)
        if "\n" in tok.whitespace_:
            _keep_title_case_run(run, out)
            run = []
    _keep_title_case_run(run, out)
    return out


# Short words a title-case heading leaves in lower case ("Pays Honor to Ada Okafor")
_HEADING_LOWER_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "vs",
    }
)


def _keep_title_case_run(run: list[Token], out: dict[int, tuple[int, int]]) -> None:
    words = [t for t in run if t.is_alpha]
    capitalised = [t for t in words if _content_word(t) and _cap(t)]
    if len(capitalised) >= 2 and all(_cap(t) or t.lower_ in _HEADING_LOWER_WORDS for t in words):
        out.update((t.i, (run[0].i, run[-1].i + 1)) for t in run)


def _content_word(tok: Token) -> bool:
    return tok.is_alpha and len(tok) >= _CONTENT_WORD_LENGTH


def _person_words_outside(doc: Doc, headline_runs: dict[int, tuple[int, int]]) -> frozenset[str]:
    """Words of the tagger's person names written in prose, outside title-case phrases."""
    return frozenset(
        t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent if t.i not in headline_runs
    )


def _signed(doc: Doc, start: int, end: int, run: tuple[int, int]) -> bool:
    """A signature: a name, a comma and its outlet of a word or two ("Ada Okafor, Orvik Weekly"), with no
    verb form that would make it a heading ("..., All Clear Given"); either part may be the span."""
    commas = [t.i for t in doc[run[0] : run[1]] if t.text == ","]
    if len(commas) != 1:
        return False
    outlet = doc[commas[0] + 1 : run[1]]
    return (
        0 < len(outlet) <= 2
        and all(_cap(t) and not t.tag_.startswith("VB") for t in outlet)
        and (end <= commas[0] or start > commas[0])
    )


def _headline_words(
    doc: Doc,
    start: int,
    end: int,
    run: tuple[int, int],
    reg: Registry,
    named_in_prose: frozenset[str],
    lower_words: frozenset[str],
) -> bool:
    """A span the tagger calls a person inside a title-case heading ("Ferry Lid Found?", "Harbour Says
    No Delay") is no one when the heading has words of its own beside it (a name alone, or one with
    its outlet, "Ada Okafor, Orvik Post", is a signature), nothing marks a person (no given name opens
    it, no honorific or title stands before it), the article's prose never writes any of its words as a
    person's name, and writes one of them in lower case."""
    beside = [*doc[run[0] : start], *doc[end : run[1]]]
    if not any(_content_word(t) and not t.ent_type_ and not _given_name_word(t) for t in beside):
        return False
    if _signed(doc, start, end, run) or _given_name_word(doc[start]):
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and (
        _given_name_word(before) or (end - start == 1 and _untagged_given_name(doc, start - 1, reg))
    ):
        return False  # "Bryn Okafor": the tagger left the given name out
    if reg.honorific_gender(doc[start].text) is not None:
        return False
    if before is not None and (
        reg.honorific_gender(before.text) is not None or reg.is_title_word(before.text)
    ):
        return False
    if any(t.lower_ in named_in_prose for t in doc[start:end]):
        return False
    # a heading's words are ordinary words the prose writes in lower case too ("the lid was found")
    return any(t.lower_ in lower_words for t in doc[start:end])


def _ends_in_rank(last: Token) -> bool:
    return _cap(last) and norm_key(last.text) in RANKS_AND_OFFICES


def _drop_kind_of_person(doc: Doc, start: int, end: int, reg: Registry) -> int:
    """Start after a word naming a kind of person that the tagger ran into the full name after it, as
    when a caption runs into the next line ("Orvik Harbour Nurse Ada Okafor", "Medic Jan Marren"): a
    sector noun ("nurse", "teacher") that is no given name, before a given name or a rank and one more
    name word ("the Kastan School of Law" keeps its school)."""
    for i in range(start, end - 2):
        word = doc[i]
        if _cap(word) and word.is_alpha and norm_key(word.text) in reg.sectors and not _given_name_word(word):
            after = doc[i + 1]
            opens_name = _given_name_word(after) or reg.is_title_word(after.text)  # "Marine Cpl Ada X"
            return i + 1 if opens_name and _cap(doc[i + 2]) else start
    return start


def _given_name_word(tok: Token) -> bool:
    """A word that is also a given name ("Christian", "Hope"): it may open a name."""
    return tok.lower_ in first_name_genders()


def _drop_credit_labels(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Cut a photo credit glued to a name in a caption ("Image Ada Okafor Credit", "Getty Images Okafor"):
    label words ("Photo", "Credit") and picture agencies are no part of anyone's name."""
    while end - start > 1 and _cap(doc[end - 1]) and doc[end - 1].lower_ in CREDIT_LABELS:
        end -= 1
    while end - start > 1 and _cap(doc[start]) and _credit_word(doc[start]):
        start += 1
    return start, end


def _drop_glued_name_before_given_name(doc: Doc, start: int, end: int, reg: Registry) -> int:
    """Cut a body's name glued to a person's in a caption ("Orvik Monitor Irena and Tomas ..."): the
    person starts at a given name the article also writes alone, when the words before it (or their
    last ones) are a name the article writes elsewhere on their own, outside any person's name. After a
    title ("Sen. Brisk Tomas") the person starts at the name: a first name written alone elsewhere is
    one the article calls him by ('"Brisk, I agree," ...'), no body's."""
    if start > 0 and _cap(doc[start - 1]) and reg.is_title_word(doc[start - 1].text):
        return start
    for k in range(start + 1, end):
        if not _given_name_word(doc[k]) or not all(_cap(t) for t in doc[start:k]):
            continue
        if _given_name_word(doc[k - 1]) or not all(_no_registry_word(t.text, reg) for t in doc[start:k]):
            continue  # "Ada Grace Okafor": given names run on; "Mr Tomas": an honorific is his
        if _written_alone(doc, k, end) and any(
            _written_apart_from_people(doc, j, k) for j in range(start, k)
        ):
            return k  # "the Monitor" alone elsewhere is enough for "Orvik Science Monitor Irena"
    return start


def _written_alone(doc: Doc, start: int, end: int) -> bool:
    """The words doc[start:end] stand elsewhere without the capitalised word before them."""
    words = [t.text for t in doc[start:end]]
    return any(i != start and (i == 0 or not _cap(doc[i - 1])) for i in _occurrences(doc, words))


def _written_apart_from_people(doc: Doc, start: int, end: int) -> bool:
    """The words doc[start:end] stand elsewhere, not followed by doc[end] and not tagged a person."""
    words = [t.text for t in doc[start:end]]
    nxt = doc[end].text if end < len(doc) else ""
    for i in _occurrences(doc, words):
        after = i + len(words)
        if i == start or (after < len(doc) and doc[after].text == nxt):
            continue
        if all(t.ent_type_ != "PERSON" for t in doc[i:after]):
            return True
    return False


def _occurrences(doc: Doc, words: list[str]) -> list[int]:
    """Token offsets where the word sequence is written."""
    n = len(words)
    return [
        i
        for i in range(len(doc) - n + 1)
        if doc[i].text == words[0] and all(doc[i + j].text == words[j] for j in range(1, n))
    ]


# Last words of a picture credit the tagger took for an organisation
_PICTURE_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "image", "images"})


def _credit_word(tok: Token) -> bool:
    """A credit label or a picture agency ("Getty Images Okafor" in a caption), no given name."""
    return tok.lower_ in CREDIT_LABELS or (tok.lower_ in PICTURE_AGENCIES and not _given_name_word(tok))


# A web address as a name ("OrvikNews.com"): a site, so an organisation, whatever the tagger says
_DOMAIN_NAME = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|co\.uk|[a-z]{2})$"
)
# Feasts and festivals the tagger reads as given names ("Eid", "Diwali"): a day, never anyone
_HOLIDAYS_TEXT = """eid ramadan ramzan hanukkah chanukah diwali passover easter christmas thanksgiving nowruz navratri
holi purim sukkot kwanzaa lent pentecost ashura mawlid"""
HOLIDAY_WORDS = frozenset(_HOLIDAYS_TEXT.split())
# Nouns for an outlet right before its name ("the weekly Marren Gazette", "state media Kastan Today"):
# what follows is a publication or a channel, not a person
_OUTLET_NOUNS_TEXT = """newspaper newspapers paper daily weekly magazine tabloid broadsheet media outlet website channel
broadcaster network journal gazette"""
OUTLET_NOUNS = frozenset(_OUTLET_NOUNS_TEXT.split())


def _domain_name(text: str) -> bool:
    return bool(_DOMAIN_NAME.match(text)) and any(c.isalpha() for c in text.rsplit(".", 1)[0])


_CLOCK = re.compile(r"^(?:\d{1,2}[:.]\d{2}|\d{3,4}|\d{1,2}(?:[ap]\.?m\.?)|[ap]\.?m\.?)$", re.IGNORECASE)


def _time_zone(doc: Doc, i: int) -> bool:
    """A time zone as printed: "UTC", "GMT", or a two-letter one ("ET", "PT"), which is also a state's
    abbreviation, right after a clock time ("9:15 a.m. ET")."""
    text = doc[i].text
    if is_zone_abbreviation(text):
        return True
    return (
        len(text) == 2
        and text.isupper()
        and i > 0
        and bool(_CLOCK.match(doc[i - 1].text))
        and (text.lower() in TIME_ZONES)
    )


def _holiday_name(doc: Doc, start: int) -> bool:
    """The span opens with a feast's name ("Eid", "Eid al-Adha")."""
    return doc[start].lower_ in HOLIDAY_WORDS


def _outlet_named(doc: Doc) -> frozenset[str]:
    """Names the article writes right after an outlet noun ("the satirical weekly Marren Gazette"): a
    publication wherever else the article names it."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        before = ent.start > 0 and doc[ent.start - 1].lower_ in OUTLET_NOUNS
        if start < end and (before or _outlet_noun_after(doc, start, end)):
            start += start + 1 < end and doc[start].lower_ == "the"
            out.add(doc[start:end].text)  # "Marren Gazette's" names "Marren Gazette"
    return frozenset(out)


# Outlet nouns a publication's name modifies ("Orvik Dalsong magazine"); "daily" and "weekly" after a
# name are adverbs ("met Ada Okafor daily")
_OUTLET_NOUNS_AFTER = OUTLET_NOUNS - {"daily", "weekly", "media", "paper", "network", "journal", "gazette"}


def _outlet_noun_after(doc: Doc, start: int, end: int) -> bool:
    """The name is an outlet's by the noun it modifies ("Orvik Dalsong magazine") or the outlet noun in
    apposition to it ("The Orvik Dalsong, Kastania's top daily, ...")."""
    last = doc[end - 1]
    if end < len(doc) and doc[end].text in _OUTLET_NOUNS_AFTER and last.dep_ == "compound":
        return last.head.i == end
    # set off by a comma, and a common noun: "K. Okafor, Orvik Weekly" is a signature, the outlet's own
    # name after the person's
    if end >= len(doc) or doc[end].text != ",":
        return False
    return any(
        c.dep_ == "appos" and c.i > end and c.text in OUTLET_NOUNS for t in doc[start:end] for c in t.children
    )


def _site_or_outlet_tokens(doc: Doc, outlets: frozenset[str]) -> set[int]:
    """Tokens of the entities that are web sites or publications the article names as such."""
    out: set[int] = set()
    for ent in doc.ents:
        start, end = _trim(doc, ent.start, ent.end)
        if start < end and _person_tag_is_org(doc, start, end, outlets):
            out.update(range(start, end))
    return out


def _person_tag_is_org(doc: Doc, start: int, end: int, outlets: frozenset[str]) -> bool:
    """A span the tagger typed a person that is a web site or a publication the article names as such."""
    text = doc[start:end].text
    bare = doc[start + 1 : end].text if doc[start].lower_ == "the" else text  # "The Orvik Dalsong"
    return _domain_name(text) or text in outlets or bare in outlets or _masthead(doc, start, end)


# Words a masthead ends in ("Marren Daily", "Orvik Gazette"); a person so named opens with a given name
_MASTHEAD_WORDS = frozenset({"daily", "weekly", "gazette", "journal", "tribune", "herald", "chronicle"})


# Last words that make a name a think tank, a watchdog or an agency ("Liberty House", "Orvik Watch")
# when no given name opens it ("Ada House" is a person)
_ORGANISATION_LAST_WORDS = frozenset({"house", "watch", "institute", "foundation", "agency"})


def _masthead(doc: Doc, start: int, end: int) -> bool:
    """A publication's name typed a person with no outlet noun near: capitalised masthead word last,
    and no given name first ("Marren Daily said"; "Ada Journal" stays a person)."""
    first, last = doc[start], doc[end - 1]
    return (
        end - start >= 2
        and last.text[:1].isupper()
        and last.lower_ in _MASTHEAD_WORDS | _ORGANISATION_LAST_WORDS
        and first.lower_ not in first_name_genders()
    )


def _who_follows(doc: Doc, end: int) -> bool:
    """A comma and "who" right after the span: a relative clause that only a person takes."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def _surname_typed_place(doc: Doc, ent_start: int, ent_end: int, reg: Registry) -> bool:
    """One word typed a place that the registry does not know, after a capitalised word left untagged
    that is a given name or is followed by ", who" ("Jan Pirkow, who ..."): the tagger split a person's
    name and took the surname for a town."""
    text = doc[ent_start:ent_end].text
    return (
        ent_end - ent_start == 1
        and ent_start > 0
        and (_given_name_word(doc[ent_start - 1]) or _who_follows(doc, ent_end))
        and _bare_given_name(doc, ent_start - 1, reg)
        and reg.place_country(text) is None
        and reg.city_country(text) is None
        and reg.actor(text) is None
        and reg.demonym(text) is None
    )


# A word before a person's name that makes the name a group around that person ("Team Okafor")
TEAM_WORDS = frozenset({"Team", "TEAM"})


def person_candidates(doc: Doc, reg: Registry, taken: set[int]) -> list[Cand]:
    """People: spaCy PERSON entities (trimmed, honorifics kept, titles split off) and honorific/title + name."""
    out: list[Cand] = []
    groups = _group_words(doc)
    named = _person_words(doc)
    in_full_names = _person_words(doc, min_words=2)
    toks = list(doc)  # spaCy builds a new Token on every iteration: built once for the passes below
    written = Counter(t.text for t in toks if _cap(t))
    outlets = _outlet_named(doc)
    headline_runs = _title_case_phrases(doc)
    named_in_prose = _person_words_outside(doc, headline_runs)
    lower_words = frozenset(t.text for t in toks if t.is_lower and t.is_alpha)
    # a landmark once written after its place's possessive is one in the whole article ("the Dalsko
    # protests"); the possessive is checked first, as it rules out nearly every token
    landmarks = {
        t.text
        for t in toks[2:]
        if toks[t.i - 1].text in _POSSESSIVE_MARKS
        and _landmark_of_a_place(doc, t.i, t.i + 1, reg, in_full_names)
    }
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and _surname_typed_place(doc, ent.start, ent.end, reg):
            out.append(Cand(ent.start - 1, ent.end, "name", "PERSON", priority=2))
        if ent.label_ != "PERSON":
            continue
        start, end = _trim(doc, ent.start, _newline_inside(doc, ent.start, ent.end))
        start, end = _with_spaced_irish_prefix(doc, start, end)
        start = _drop_leading_titles(doc, start, end, reg)
        start = _drop_openers(doc, start, end)
        start = _drop_gerund_opener(doc, start, end)
        start = _drop_office_place(doc, start, end, reg)
        start = _drop_kind_of_person(doc, start, end, reg)
        start, end = _drop_credit_labels(doc, start, end)
        start = _drop_leading_titles(doc, start, end, reg)  # "Marine Cpl Ada Okafor": a rank after a kind
        if start < end and _ends_in_rank(doc[end - 1]):
            continue  # "Lance Cpl": a rank the tagger took for a name; the title pass finds the name after
        end = _hyphenated_given_name(doc, start, end)
        end = _through_particle_surname(doc, start, end)
        end = _before_headline_verb_or_dash(doc, start, end)
        end = _before_seat_of_power(doc, start, end, reg)
        end = _before_inner_possessive(doc, start, end, reg, named)
        if start >= end or not any(_cap(t) for t in doc[start:end]) or _likeness_suffixed(doc, end):
            continue
        if reg.city_country(doc[start:end].text) or reg.actor(doc[start:end].text):
            continue  # a known place or organization the model took for a person
        if end - start == 1 and _time_zone(doc, start):
            continue  # "9:15 a.m. ET": a clock's zone
        if _holiday_name(doc, start) or _person_tag_is_org(doc, start, end, outlets):
            continue  # a feast, a web site or a publication the model took for a person
        if not _can_be_person_name(doc, start, end, groups, reg) or _structure_name(doc, start, end):
            continue
        if _exit_coinage(doc, start, end):
            continue  # "Grexit supporters": an event's name, no one
        if _lone_describing_word(doc, start, end, in_full_names, written):
            continue
        if end - start == 1 and doc[start].text in landmarks:
            continue
        run = headline_runs.get(start)
        if run is not None and _headline_words(doc, start, end, run, reg, named_in_prose, lower_words):
            continue
        # an honorific just before the entity belongs to the name ("Mr" + "Okafor"), and so does a given
        # name the model left out of a lone surname
        honorific = (
            start > 0 and reg.honorific_gender(doc[start - 1].text) is not None and _cap(doc[start - 1])
        )
        if honorific or (end - start == 1 and _untagged_given_name(doc, start - 1, reg)):
            start -= 1
        start = _drop_glued_name_before_given_name(doc, start, end, reg)
        out.append(Cand(start, end, "name", "PERSON", priority=2))
    out = _with_nicknamed_names(doc, reg, out, taken)
    covered = {i for c in out for i in range(c.start, c.end)} | taken
    # honorific or title followed by capitalized name tokens that spaCy did not tag
    for tok in doc:
        if tok.i in covered or not _cap(tok):
            continue
        is_hon = reg.honorific_gender(tok.text) is not None
        is_title = not is_hon and reg.is_title_word(tok.text)
        if not (is_hon or is_title) or (is_title and _clock_time(doc, tok.i)):
            continue
        j = tok.i + 1
        if j < len(doc) and doc[j].text == "." and not tok.whitespace_:
            j += 1
        k = j
        while (
            k < len(doc)
            and k - j < 4
            and k not in covered
            and (doc[k].pos_ == "PROPN" or doc[k].lower_ in NAME_CONNECTORS)
            and (_cap(doc[k]) or doc[k].lower_ in NAME_CONNECTORS)
            and not reg.is_title_word(doc[k].text)
            and not _opens_title_phrase(doc, k, reg)  # "Deputy Prime Minister X": "Prime" is no name
            and norm_key(doc[k].text) not in reg.title_qualifiers  # "Commander Rear Adm. X"
            and reg.actor(doc[k].text) is None
            and reg.demonym(doc[k].text) is None
            and "\n" not in doc[k - 1].whitespace_
        ):
            k += 1
        while k > j and doc[k - 1].lower_ in NAME_CONNECTORS:
            k -= 1
        k = _past_glued_hyphen_parts(doc, j, k, covered)
        if k == j or (is_title and _institution_name_ends(doc, j, k)):
            continue
        if is_title and _rank_opens_organisation(doc, tok.i, k, named):
            continue
        if reg.place_country(doc[j:k].text) is not None or reg.actor(doc[j:k].text) is not None:
            continue  # "Chief White House correspondent": a seat of power, not a name after a title
        start = tok.i if is_hon else j
        out.append(Cand(start, k, "name", "PERSON", priority=1))
        covered.update(range(start, k))
    for start, end in _untagged_speakers(doc, reg, covered, lower_words):
        out.append(Cand(start, end, "name", "PERSON", priority=1))
    return out


# Entity types the small model gives to unfamiliar people's names ("Oleksandr Pavlichenko" as a work of
# art); an organisation or a place stays what it was tagged.
_MISREAD_PERSON_TYPES = frozenset({"", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "EVENT"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u00bb"})


def _untagged_speakers(
    doc: Doc, reg: Registry, covered: set[int], lower_words: frozenset[str]
) -> list[tuple[int, int]]:
    """Two or three capitalised words the model tagged as no one, standing as the speaker right after a
    quotation ('"...," Tarvo Okunbeli said', '"...," said Tarvo Okunbeli.'): only a person speaks there
    under a name of that shape, and without the name a "he" after it goes to someone named before."""
    found: list[tuple[int, int]] = []
    for close in range(1, len(doc) - 2):
        if doc[close].text not in _CLOSING_QUOTES or doc[close - 1].text not in (",", "?", "!"):
            continue
        span = _cue_name_after(doc, close + 1)
        if (
            span is not None
            and not covered.intersection(range(*span))
            and _may_be_a_name(doc, span, reg, lower_words)
        ):
            found.append(span)
    return found


def _may_be_a_name(doc: Doc, span: tuple[int, int], reg: Registry, lower_words: frozenset[str]) -> bool:
    text = doc[span[0] : span[1]].text
    return (
        all(_plain_name_word(t, reg, lower_words) for t in doc[span[0] : span[1]])
        and reg.actor(text) is None
        and reg.place_country(text) is None
    )


def _cue_name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The span of a name of two or three words at i that is the subject of the speech verb right after
    it ("NAME said") or right before it ("said NAME" ending the sentence or before a comma)."""
    lemmas = speech_and_thought_lemmas()
    inverted = doc[i].lemma_.lower() in lemmas and doc[i].pos_ == "VERB"
    start = i + 1 if inverted else i
    end = start
    while end < len(doc) and end - start < 3 and _cap(doc[end]) and doc[end].pos_ == "PROPN":
        end += 1
    if end - start < 2 or end >= len(doc):
        return None
    verb = doc[i] if inverted else doc[end]
    if inverted and doc[end].text not in (",", "."):
        return None
    if verb.lemma_.lower() not in lemmas or doc[end - 1].dep_ != "nsubj" or doc[end - 1].head.i != verb.i:
        return None
    return start, end


def _plain_name_word(tok: Token, reg: Registry, lower_words: frozenset[str]) -> bool:
    """A word that may be part of a person's name: alphabetic, not in capitals, never written in lower
    case in the article, no title, honorific, nationality, registry name or organisation word."""
    word = tok.text
    return (
        tok.ent_type_ in _MISREAD_PERSON_TYPES
        and word.replace("-", "").isalpha()
        and not word.isupper()
        and word.lower() not in lower_words
        and reg.honorific_gender(word) is None
        and reg.demonym(word) is None
        and reg.actor(word) is None
        and not _title_part(word, reg)
        and not _names_an_organisation(tok.lower_, reg)
    )


def _clock_time(doc: Doc, i: int) -> bool:
    """ "9 PM Friday": a clock's PM after a number, no prime minister."""
    return doc[i].text == "PM" and i > 0 and any(ch.isdigit() for ch in doc[i - 1].text)


def _past_glued_hyphen_parts(doc: Doc, j: int, k: int, covered: set[int]) -> int:
    """End of a name after a title that goes on across glued hyphens ("Mr Dane-Orvik"): the tokenizer
    splits a double-barrelled surname, and its first part alone is another name."""
    while (
        j < k < len(doc) - 1
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and _cap(doc[k + 1])
        and doc[k + 1].pos_ == "PROPN"
        and not {k, k + 1} & covered
    ):
        k += 2
    return k


_NICKNAME_OPENERS = frozenset({'"', "\u201c", "'", "\u2018"})
_NICKNAME_CLOSERS = frozenset({'"', "\u201d", "'", "\u2019"})


def _nickname_span_end(doc: Doc, i: int, reg: Registry) -> int | None:
    """End of the name 'Ana "Ani" Orvik' when token ``i`` is a common given name followed by up to three
    capitalised words in quotation marks and a capitalised surname, all on one line; else None."""
    # the quotation mark first: it rules out nearly every token, and this runs for every token
    if i + 3 >= len(doc) or doc[i + 1].text not in _NICKNAME_OPENERS:
        return None
    if doc[i].lower_ not in first_name_genders() or not _cap(doc[i]):
        return None
    k = i + 2
    while k < len(doc) and k - i - 2 < 3 and doc[k].is_alpha and _cap(doc[k]):
        k += 1
    if k == i + 2 or k >= len(doc) - 1 or doc[k].text not in _NICKNAME_CLOSERS:
        return None
    end = k + 1
    while (
        end < len(doc)
        and end - k - 1 < 2
        and doc[end].pos_ == "PROPN"
        and doc[end].is_alpha
        and _cap(doc[end])
    ):
        if not _no_registry_word(doc[end].text, reg):
            break
        end += 1
    if end == k + 1 or any("\n" in t.whitespace_ for t in doc[i : end - 1]):
        return None
    return end


def _with_nicknamed_names(doc: Doc, reg: Registry, people: list[Cand], taken: set[int]) -> list[Cand]:
    """A nickname in quotation marks inside a name ('Ana "Ani" Orvik') breaks the tagger's person: it
    tags the surname alone, the nickname and surname as a title, or nothing. The whole name is the
    person (the quotes stage credits it as the speaker), replacing the pieces tagged inside it."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if tok.i in taken or (spans and tok.i < spans[-1][1]):
            continue
        end = _nickname_span_end(doc, tok.i, reg)
        if end is not None and not any(i in taken for i in range(tok.i, end)):
            spans.append((tok.i, end))
    if not spans:
        return people
    kept = [c for c in people if not any(s <= c.start < e or c.start <= s < c.end for s, e in spans)]
    return kept + [Cand(s, e, "name", "PERSON", priority=2) for s, e in spans]


def _rank_opens_organisation(doc: Doc, title: int, end: int, named: frozenset[str]) -> bool:
    """A title word that opens a name the tagger read as one organisation ("General Motors", "Admiral
    Freight") is the company's first word, unless the words after it name a person elsewhere in the
    article or stand there without the title ("General Okafor ... Okafor said")."""
    ent = doc[title]
    if ent.ent_type_ != "ORG" or ent.ent_iob_ != "B":
        return False
    ent_end = title + 1
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    if ent_end != end or any(t.lower_ in named for t in doc[title + 1 : end]):
        return False
    first = doc[title + 1].text
    return not any(t.text == first and doc[t.i - 1].text != ent.text for t in doc[1:] if t.i != title + 1)


def _drop_descriptions_glued_to_names(doc: Doc, people: list[Cand], reg: Registry) -> list[Cand]:
    """Drop a "name" the tagger cut from capitalised describing words right before a full name
    ("leading Harbour Loyalist Ada Okafor" -> "Harbour Loyalist" + "Ada Okafor"): two names never touch,
    so one of two or more words with no given name or honorific, run straight into a name that opens
    with a given name, is the second one's description (one word may be a rare given name of the same
    person)."""
    kept: list[Cand] = []
    for n, c in enumerate(people):
        nxt = people[n + 1] if n + 1 < len(people) else None
        if nxt is not None and _describes_next_name(doc, c, nxt, reg):
            continue
        kept.append(c)
    return kept


def _describes_next_name(doc: Doc, c: Cand, nxt: Cand, reg: Registry) -> bool:
    words = doc[c.start : c.end]
    if (
        nxt.start != c.end
        or c.end - c.start < 2
        or nxt.end - nxt.start < 2
        or "\n" in doc[c.end - 1].whitespace_
    ):
        return False
    if not _given_name_word(doc[nxt.start]) or any(_given_name_word(t) for t in words):
        return False
    return not any(reg.honorific_gender(t.text) is not None or reg.is_title_word(t.text) for t in words)


def _opens_title_phrase(doc: Doc, i: int, reg: Registry) -> bool:
    """Token ``i`` opens a title of two or three words ("Prime" of "Prime Minister", "Prime Ministers"),
    or names the department of the title word after it ("Foreign" of "Deputy Foreign Minister X",
    "National Security" of "Deputy National Security Adviser X"): after the title word "Deputy" it was
    read as a name."""
    k = i
    while k < len(doc) and k - i < 3 and norm_key(doc[k].text) in reg.title_departments:
        k += 1
    if i < k < len(doc) and reg.is_title_word(doc[k].text):
        return True
    for width in (2, 3):
        if i + width <= len(doc):
            words = norm_key(doc[i : i + width].text)
            if words in reg.titles or (words.endswith("s") and words[:-1] in reg.titles):
                return True
    return False


def _org_tagged_people(
    doc: Doc, reg: Registry, actor_at: dict[int, tuple[str, Actor | str]], taken: set[int]
) -> list[Cand]:
    """Full names the tagger typed an organisation although a person's role stands right before or in
    apposition after them ("Ambassador Ada Okafor", "Ada Okafor, a spokeswoman for ..."), or an
    organisation's possessive does ("Harbour Radio's Ada Okafor": its reporter or officer): two or three
    capitalised words opening with a common given name, none of them a word organisations are named by."""
    out: list[Cand] = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = _trim(doc, ent.start, _newline_inside(doc, ent.start, ent.end))
        words = doc[start:end]
        if not 2 <= len(words) <= 3 or any(i in taken for i in range(start, end)):
            continue
        if not all(t.is_alpha and _cap(t) for t in words) or words[0].lower_ not in first_name_genders():
            continue
        if any(_names_an_organisation(t.lower_, reg) for t in words) or reg.actor(words.text) is not None:
            continue
        if (
            premodifier_role(doc, start, reg, actor_at)
            or appositive_role(doc, end, reg, actor_at)
            or _after_organisation_possessive(doc, start)
        ):
            out.append(Cand(start, end, "name", "PERSON", priority=2))
    return out


def _after_organisation_possessive(doc: Doc, start: int) -> bool:
    """The name follows an organisation's "'s" ("Harbour Radio's Ada Okafor"): a body's own is one of
    its people, not a second organisation."""
    if start < 2 or doc[start - 1].text not in _POSSESSIVE_MARKS:
        return False
    return doc[start - 2].ent_type_ == "ORG" or doc[start - 1].ent_type_ == "ORG"


def _people_inside_orgs(doc: Doc, reg: Registry, taken: set[int]) -> list[tuple[Cand, Cand | None]]:
    """A person the tagger ran into one organisation span with her employer and job ("Harbour News
    Security Contributor Ada Okafor"): the full name after the title words is the person, the words
    before the title the organisation (None when nothing is left of it)."""
    out: list[tuple[Cand, Cand | None]] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC"):
            continue
        start, end = _trim(doc, ent.start, _newline_inside(doc, ent.start, ent.end))
        if any(i in taken for i in range(start, end)):
            continue
        name_start = _full_name_after_title(doc, start, end, reg) if ent.label_ == "ORG" else None
        if name_start is None:
            name_start = _full_name_after_glued_word(doc, start, end, reg)
        if name_start is None:
            continue
        org_end = name_start - 1
        while org_end > start and _title_part(doc[org_end - 1].text, reg):
            org_end -= 1
        person = Cand(name_start, end, "name", "PERSON", priority=2)
        org = Cand(start, org_end, "name", "ORG") if org_end > start and _cap(doc[org_end - 1]) else None
        out.append((person, org))
    return out


def _full_name_after_title(doc: Doc, start: int, end: int, reg: Registry) -> int | None:
    """Start of a full name of two or three words that ends the span, opens with a given name and comes
    right after a title word ("Councillor Ada Okafor" the tagger took whole for an organisation)."""
    for p in range(max(start + 1, end - 3), end - 1):
        words = doc[p:end]
        if not reg.is_title_word(doc[p - 1].text) or not _given_name_word(doc[p]):
            continue
        if all(t.is_alpha and _cap(t) and not _names_an_organisation(t.lower_, reg) for t in words):
            return p
    return None


# First words of places named after someone ("Fort", "Mount", "San"): "Fort Ada Okafor" is a fort
_PLACE_OPENERS_TEXT = """fort mount mt lake port camp cape saint st san santa sao los las el la le new north south east
    west upper lower great glen point"""
_PLACE_OPENERS = frozenset(_PLACE_OPENERS_TEXT.split())


def _full_name_after_glued_word(doc: Doc, start: int, end: int, reg: Registry) -> int | None:
    """Start of a full name the tagger ran one or two capitalised words into as an organisation or a
    facility ("the leader at Harbourside Ada Okafor", "Kastan TV Ada Okafor"): the span ends in a given
    name and a surname, and the words before are no given name, no word organisations or places are
    named by, and no known name."""
    if not 3 <= end - start <= 4:
        return None
    name_start = end - 2
    words = doc[start:end]
    if not all(t.is_alpha and _cap(t) for t in words) or not _given_name_word(doc[name_start]):
        return None
    if any(_names_an_organisation(t.lower_, reg) for t in words) or reg.actor(words.text) is not None:
        return None
    glued = doc[start:name_start]
    if glued[0].lower_ in _PLACE_OPENERS or any(_given_name_word(t) for t in glued):
        return None
    return name_start


def _title_part(word: str, reg: Registry) -> bool:
    """A word of a job title: an office, its department ("Security") or qualifier ("Senior")."""
    key = norm_key(word)
    return reg.is_title_word(word) or key in reg.title_departments or key in reg.title_qualifiers


def _names_an_organisation(word: str, reg: Registry) -> bool:
    """A word that makes a name an organisation's or a title's ("Union", "Foundation", "Minister")."""
    return (
        word in INSTITUTION_HEADS
        or word in ORG_TYPE_NOUNS
        or word in NAME_GROUP_NOUNS
        or word in reg.nominals
        or reg.is_title_word(word)
    )


def _institution_name_ends(doc: Doc, start: int, end: int) -> bool:
    """The capitalised words after a title word name an institution: "(the Justice) Department",
    "(the General) Services Administration" - no person."""
    return any(_cap(t) and t.lower_ in INSTITUTION_HEADS for t in doc[start : min(end + 1, len(doc))])


def _trim_to_known_names(doc: Doc, reg: Registry, people: list[Cand]) -> None:
    """Cut headline words off a name when the document also prints the bare name.

    "Hire Maurice Cheeks" or "Comedian Ellen DeGeneres" in a title-case headline becomes the
    "Maurice Cheeks" / "Ellen DeGeneres" printed elsewhere in the article.
    """
    names: set[str] = set()
    for c in people:
        start = c.start
        while start < c.end and reg.honorific_gender(doc[start].text) is not None:
            start += 1
        # words, not tokens: "Dane-Orvik" is a surname alone, no full name, and so is "O’ Reilly"
        words = doc[start : c.end].text.split()
        if (
            len(words) >= 2
            and not (c.end - start == 3 and _irish_prefix_at(doc, start))
            and not _particle_surname(words)
        ):
            names.add(doc[start : c.end].text)
    headings = _title_case_phrases(doc)  # "President Nominates Ada Okafor": a heading's verb, no name
    for c in people:
        n = c.end - c.start
        # "Ada Okafor Jr." beside an "Ada Okafor" or "Okafor Jr.": the suffix tells two people apart
        if n < 3 or norm_key(doc[c.end - 1].text).strip(",") in SUFFIXES:
            continue
        if (
            c.start not in headings
            and c.start > 0
            and _cap(doc[c.start - 1])
            and reg.is_title_word(doc[c.start - 1].text)
        ):
            continue  # "Prime Minister Adel Abdul Orvik" in prose: the name starts after the title
        best: tuple[int, int] | None = None
        for s in range(c.start, c.end):
            for e in range(c.end, s + 1, -1):
                better = best is None or e - s > best[1] - best[0]
                # the kept name must open with a capital: "van der Berg" is a surname, not a full name
                if (s, e) != (c.start, c.end) and better and _cap(doc[s]) and doc[s:e].text in names:
                    best = (s, e)
        if best is not None:
            c.start, c.end = best


def _particle_surname(words: list[str]) -> bool:
    """A surname led by its particle ("Le Varre", "de Marren"): the bare surname, no full name, so
    "Ada Le Varre" is not cut to it."""
    return len(words) == 2 and words[0].lower() in LEADING_PARTICLES


def _name_like(tok: Token) -> bool:
    """A proper noun, or a word the model tagged a common noun but took into a named entity ("Trump
    said ..." opening a sentence: NOUN, inside an ORG); a plural abbreviation ("MPs") names a group."""
    if _PLURAL_ABBREVIATION.match(tok.text):
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and bool(tok.ent_type_))


_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions before a place ("in Lyon", "the mayor of Lyon"); a person's surname seldom follows them.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "of", "at", "near", "from", "into", "across", "around", "outside", "inside", "throughout"}
)
MIN_PLACE_PREPOSITION_SHARE = 0.3


def _place_words(doc: Doc, reg: Registry) -> set[str]:
    """Cities the registry knows that this document writes as places: typed a place by the tagger, and
    after a place preposition in at least ``MIN_PLACE_PREPOSITION_SHARE`` of their uses. A city name
    that is also a person's surname ("Nadia Lyon", "said about Lyon") lacks those prepositions."""
    uses: dict[str, list[Token]] = defaultdict(list)
    for t in doc:
        if reg.city_country(t.text) is not None:
            uses[t.text].append(t)
    out: set[str] = set()
    for word, toks in uses.items():
        typed = sum(1 for t in toks if t.ent_type_ in _PLACES)
        after_prep = sum(1 for t in toks if t.i > 0 and doc[t.i - 1].lower_ in _PLACE_PREPOSITIONS)
        if typed and after_prep >= MIN_PLACE_PREPOSITION_SHARE * len(toks):
            out.add(word)
    return out


def _place_or_group_words(doc: Doc, reg: Registry) -> set[int]:
    """Tokens that are no repeat of a person's name: a city the document writes as a place ("Lyon" after
    a party named "Save Lyon"), and a group of people the tagger types as such ("Catholics").
    The tagger alone is not enough: it often types a surname as a place."""
    places = _place_words(doc, reg)

    def group(t: Token) -> bool:
        return t.ent_type_ == "NORP" and bool(reg.sector(t.lower_) or reg.sector(t.lower_.rstrip("s")))

    return {t.i for t in doc if t.text in places or group(t)}


# Media furniture and outlets' names before a name in scraped text ("Harbour Tribune Interview Kastan",
# "a report in Coastwatch Magazine Marren, who ..."): no given names
_MEDIA_WORDS = frozenset({"magazine", "interview", "exclusive", "newspaper", "podcast"})
_OUTLET_NAMES = frozenset(norm_key(v) for variants, _ in KNOWN_OUTLETS.values() for v in variants)
_OUTLET_MAX_WORDS = max(len(n.split()) for n in _OUTLET_NAMES)


def _drop_media_words(doc: Doc, start: int, end: int) -> int:
    """Skip the outlet names and media words that open a run ending in a known surname."""
    moved = True
    while moved:
        moved = False
        for n in range(min(_OUTLET_MAX_WORDS, end - start - 1), 0, -1):
            words = doc[start : start + n].text
            if norm_key(words) in _OUTLET_NAMES or (n == 1 and norm_key(words) in _MEDIA_WORDS):
                start += n
                moved = True
                break
    return start


def _known_name_repeats(doc: Doc, reg: Registry, people: list[Cand], taken: set[int]) -> list[Cand]:
    """Names the model missed or mislabelled where the document names that person elsewhere.

    A proper-noun run ending in the surname of a person found in the document ("Maurice Cheeks" in a
    headline, "Cheeks" tagged ORG) is that person's name too.
    """
    surnames: set[str] = set()
    for c in people:
        toks = [t for t in doc[c.start : c.end] if reg.honorific_gender(t.text) is None]
        if toks and _cap(toks[-1]) and len(toks[-1].text) > 2:
            surnames.add(toks[-1].text)
    if not surnames:
        return []
    covered = {i for c in people for i in range(c.start, c.end)} | taken | _place_or_group_words(doc, reg)
    full_names = {doc[c.start : c.end].text for c in people if c.end - c.start >= 2}
    out: list[Cand] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if i in covered or not _cap(tok) or not _name_like(tok):
            i += 1
            continue
        k = i
        while k < n and k - i < 4 and k not in covered and _cap(doc[k]) and _name_like(doc[k]):
            k += 1
            if "\n" in doc[k - 1].whitespace_:
                break
        # the run must end on a known surname and hold no office or registry word
        end = k
        while end > i and doc[end - 1].text not in surnames:
            end -= 1
        start = i
        while start < end and (reg.is_title_word(doc[start].text) or reg.actor(doc[start].text) is not None):
            start += 1
        start = _drop_openers(doc, start, end)
        start = _drop_office_place(doc, start, end, reg)
        start = _drop_media_words(doc, start, end)
        start = _drop_kind_of_person(doc, start, end, reg)
        start, end = _drop_credit_labels(doc, start, end)
        start = _drop_glued_name_before_given_name(doc, start, end, reg)
        # a full name printed elsewhere closes the run: words before it are a title or an honour
        # (a state honour before a laureate's name), not more given names
        start = next((s for s in range(start, end - 1) if doc[s:end].text in full_names), start)
        if end > start and all(reg.demonym(t.text) is None for t in doc[start:end]):
            start = _double_barrel_start(doc, start, covered, surnames, reg)
            if (
                start > 0
                and reg.honorific_gender(doc[start - 1].text) is not None
                and start - 1 not in covered
            ):
                start -= 1
            out.append(Cand(start, end, "name", "PERSON", priority=0))
            covered.update(range(start, end))
        i = max(k, i + 1)
    return out


def _double_barrel_start(doc: Doc, start: int, covered: set[int], surnames: set[str], reg: Registry) -> int:
    """Start of a double-barrelled surname the repeat begins inside ("Marr-Okafor" when the document
    names "Jane Marr-Okafor"): the capitalised part glued before the hyphen belongs to the name, unless
    it is another person's surname ("the Okafor-Bell ticket") or a registry name."""
    if (
        start >= 2
        and doc[start - 2].text not in surnames
        and reg.actor(doc[start - 2].text) is None
        and reg.demonym(doc[start - 2].text) is None
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and _cap(doc[start - 2])
        and _name_like(doc[start - 2])
        and not {start - 1, start - 2} & covered
    ):
        return start - 2
    return start


# Last words of a body's name; "Force" only after a name the tagger found ("Use of Force" opening a
# sentence is no body, so it is no institution head of its own)
_BODY_NAME_ENDS = INSTITUTION_HEADS | {"force"}


def _through_institution_head(doc: Doc, end: int, taken: set[int]) -> int:
    """End of an organisation's name the tagger cut before its head ("Orvik Border Guard" | "Force"): the
    capitalised institution nouns right after it, on the same line, are its last words."""
    while (
        end < len(doc)
        and end not in taken
        and _cap(doc[end])
        and doc[end].lower_ in _BODY_NAME_ENDS
        and "\n" not in doc[end - 1].whitespace_
    ):
        end += 1
    return end


def institution_candidates(doc: Doc, taken: set[int]) -> list[Cand]:
    """Capitalized phrases ending in an institution noun that NER missed ("the Nato-Ukraine Commission")."""
    out: list[Cand] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.i in taken or not _cap(tok) or tok.is_sent_start and tok.lower_ == "the":
            i += 1
            continue
        k = i
        last_head = -1
        while k < n and k not in taken and (k == i or "\n" not in doc[k - 1].whitespace_):
            t = doc[k]
            if _cap(t):
                if t.lower_ in INSTITUTION_HEADS:
                    last_head = k
                k += 1
            elif (
                t.text == "-"
                and not doc[k - 1].whitespace_
                and k + 1 < n
                and _cap(doc[k + 1])
                or t.lower_ in ("of", "for", "and")
                and k + 1 < n
                and _cap(doc[k + 1])
            ):
                k += 1
            else:
                break
        if last_head >= i and last_head - i >= 1:
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" and i - 1 not in taken else i
            out.append(Cand(start, last_head + 1, "name", "ORG", priority=0))
            i = last_head + 1
        else:
            i = max(k, i + 1)
    return out


# Nouns naming a type of organisation: "the union" can stand for an organisation named "... Union" earlier
# in the article (the chain stage links it only when such an organisation is there).
ORG_TYPE_NOUNS = frozenset(
    {
        "alliance",
        "bloc",
        "union",
        "council",
        "ministry",
        "agency",
        "commission",
        "committee",
        "organisation",
        "organization",
        "federation",
        "league",
        "coalition",
        "institute",
        "foundation",
    }
)


def nominal_candidates(doc: Doc, reg: Registry, taken: set[int]) -> list[Cand]:
    """Definite role nouns: "the alliance", "the Western alliance", "the UN chief", "the Kenyan president"."""
    out: list[Cand] = []
    for tok in doc:
        if tok.i in taken or tok.lower_ != "the":
            continue
        j = tok.i + 1
        k = j
        while k < len(doc) and k - j < 5 and k not in taken and not doc[k].is_punct and not doc[k].is_space:
            k += 1
            if "\n" in doc[k - 1].whitespace_:
                break
        # only modifiers may stand between "the" and the noun ("the Western alliance", not "the extent that")
        m = j
        while (
            m < k
            and (doc[m].pos_ in ("ADJ", "PROPN", "NOUN") or doc[m].text in ("-", "'s", "\u2019s"))
            and doc[m].dep_ not in ("nsubj", "dobj", "pobj", "ROOT")
        ):
            m += 1
        k = min(k, m + 1)
        # a possessive closes the noun phrase: "the alliance's air strikes" names "the alliance"
        poss = next((i for i in range(j, k) if doc[i].tag_ == "POS"), None)
        if poss is not None:
            k = poss
        # the longest run after "the" ending in a role noun or an organization nominal
        for end in range(k, j, -1):
            head = doc[end - 1]
            if head.pos_ not in ("NOUN", "PROPN"):
                continue
            if end < len(doc) and (doc[end].pos_ == "PROPN" and _cap(doc[end])):
                break  # a name follows: "the UN chief Anna Lind" is a pre-modifier, not a nominal
            if end < len(doc) and doc[end].text == "-" and not head.whitespace_:
                break  # the word goes on: "the poll's head-to-head average" holds no head of anything
            key = norm_key(head.text)
            if (key in reg.nominals or key in ORG_TYPE_NOUNS) and not _cap(head):
                out.append(Cand(tok.i, end, "nominal", "ORG", nominal_head=key))
                break
            if reg.is_title_word(head.text) and head.tag_ in ("NN", "NNP"):
                mods = doc[j : end - 1]
                if all(t.pos_ in ("ADJ", "PROPN", "NOUN", "NUM") or t.text == "-" for t in mods) or all(
                    reg.actor(t.text) is not None
                    or reg.demonym(t.text) is not None
                    or norm_key(t.text) in reg.title_departments
                    or norm_key(t.text) in reg.title_qualifiers
                    or reg.is_title_word(t.text)
                    or t.text in ("-", "'s", "\u2019s")
                    for t in mods
                ):
                    out.append(Cand(tok.i, end, "nominal", "PERSON", nominal_head=key))
                break
            break
    return out


def pronoun_candidates(doc: Doc, taken: set[int]) -> list[Cand]:
    out: list[Cand] = []
    for tok in doc:
        g = PRONOUN_GENDER.get(tok.lower_)
        if g is None or tok.i in taken or tok.tag_ not in ("PRP", "PRP$"):
            continue
        out.append(Cand(tok.i, tok.i + 1, "pronoun", "PERSON", gender=g))
    return out


US_PARTIES = frozenset({"republican", "democrat", "democratic", "gop"})
# "Sen. Jane Doe, R-Ohio," / "Rep. Jane Doe (D-N.Y.)": a party letter and a state, abbreviated or in
# full ("D-California", "R-Massachusetts")
_PARTY_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]{0,13}$")


def _us_party_marked(doc: Doc, c: Cand, role_start: int) -> bool:
    """The name carries an American party mark: a party-state tag after it ("Jane Doe, R-Ohio"), a
    "<State> Republican" apposition, or a party word before its title ("Democratic Rep. Jane Doe")."""
    k = c.end
    if k < len(doc) and doc[k].text in (",", "("):
        k += 1
    tail = "".join(t.text for t in doc[k : k + 3])
    if _PARTY_STATE.match(tail) or _PARTY_STATE.match("".join(t.text for t in doc[k : k + 4])):
        return True
    state_party = k + 2 < len(doc) and doc[c.end].text == "," and doc[k + 1].lower_ in US_PARTIES
    if state_party and doc[k].text[:1].isupper() and doc[k + 2].is_punct:
        return True  # "Jane Doe, Ohio Republican, said"
    before = role_start - 1
    return before >= 0 and doc[before].lower_ in US_PARTIES and role_start < c.start


def _party_state_tokens(doc: Doc) -> set[int]:
    """Tokens of the party-state tags set after legislators' names ("Jane Doe, D-Vt.," / "(R-New
    Mexico)"): the member's affiliation, no place or body acting in the story."""
    out: set[int] = set()
    for i in range(2, len(doc) - 2):
        if doc[i].text not in ("D", "R", "I") or doc[i - 1].text not in (",", "(") or doc[i + 1].text != "-":
            continue
        if not _cap(doc[i - 2]):
            continue  # set after a name ("Okafor, R-Ohio"), not after a date ("June 6, D-Day")
        end = i + 2
        while end < min(len(doc), i + 6) and (_cap(doc[end]) or doc[end].text == "."):
            end += 1
        while end > i + 2 and not _PARTY_STATE.match("".join(t.text for t in doc[i:end])):
            end -= 1
        out.update(range(i, end) if end > i + 2 else ())
    return out


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The American states' names (package list ``data/us_states.txt``), lower case."""
    data = resources.files("storyline").joinpath("data/us_states.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip() and not w.startswith("#"))


_STATE_LINKS = frozenset({"of", "from"})


def _state_name_at(doc: Doc, i: int) -> int | None:
    """End of an American state's full name starting at token ``i`` that no capitalised word continues
    ("of New York", not "of New York City"), else None."""
    for n in (2, 1):
        if i + n <= len(doc) and doc[i : i + n].text.lower() in us_states():
            end = i + n
            if end < len(doc) and _cap(doc[end]) and doc[end].pos_ == "PROPN":
                return None
            return end
    return None


def _us_state_seat(doc: Doc, c: Cand, reg: Registry) -> bool:
    """A legislator or governor with no country whose state follows the name: "Sen. Jane Doe of Ohio",
    "Rep. Jane Doe, a Republican from Ohio", "Sen. Jane Doe, the Ohio Democrat". Another country's
    senator is written with its country, which is no American state."""
    if not any(r.country is None and reg.sector(r.title) in ("LEG", "GOV") for r in c.roles):
        return False
    k = c.end
    if k + 1 < len(doc) and doc[k].lower_ in _STATE_LINKS:
        return _state_name_at(doc, k + 1) is not None
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
        return False
    if doc[k + 2].lower_ in US_PARTIES and doc[k + 3].lower_ in _STATE_LINKS:
        return _state_name_at(doc, k + 4) is not None  # ", a Republican from Ohio"
    end = _state_name_at_before_party(doc, k + 2)
    return end is not None  # ", the Ohio Democrat"


def _state_name_at_before_party(doc: Doc, i: int) -> int | None:
    for n in (2, 1):
        end = i + n
        if end < len(doc) and doc[i:end].text.lower() in us_states() and doc[end].lower_ in US_PARTIES:
            return end
    return None


def _serves_us_office(c: Cand, reg: Registry) -> None:
    """A party-marked politician's office read without a country is an American one ("Sen." or "Gov."
    with "R-Ohio"); with no title read, the party-state tag alone still makes a member of Congress."""
    for r in c.roles:
        if r.country is None and reg.sector(r.title) in ("LEG", "GOV"):
            r.country = "USA"
    if not any(r.country == "USA" for r in c.roles):
        # a title of no government sector ("Chairman Jane Doe, D-Vt.") does not make the mark any less a
        # member of Congress's
        c.roles.append(RoleParse(title="lawmaker", country="USA"))


def _bracketed_state(doc: Doc, c: Cand, reg: Registry, reg_tokens: set[int]) -> int | None:
    """End of a state set in brackets after a legislator's name with no party letter ("Sen. Jane Doe
    (Ohio)"): the member's seat, no place in the story. The bracket holds only words the model tagged a
    place and the registry does not know as a country ("Sen. Jane Doe (Kenya)" stays a place)."""
    k = c.end
    if k >= len(doc) or doc[k].text != "(" or not any(reg.sector(r.title) == "LEG" for r in c.roles):
        return None
    end = k + 1
    while end < min(len(doc), k + 5) and _cap(doc[end]) and doc[end].ent_type_ in ("GPE", "LOC"):
        end += 1
    if end == k + 1 or end >= len(doc) or doc[end].text != ")":
        return None
    if any(i in reg_tokens for i in range(k + 1, end)):
        return None
    return end + 1


def _title_cand(role: RoleParse, owner: Cand) -> Cand | None:
    """The title words of a role as a mention of the person they describe ("Defence Minister")."""
    if role.span is None:
        return None
    return Cand(role.span[0], role.span[1], "title", "PERSON", owner=owner)


def _predicate_span(doc: Doc, t: Token) -> tuple[int, int]:
    """The noun phrase of a predicate noun up to its head: "the 21st head coach" (no trailing "of ...")."""
    start = t.i
    for child in sorted(t.lefts, key=lambda x: -x.i):
        if child.i == start - 1 and child.dep_ in (
            "det",
            "amod",
            "compound",
            "nummod",
            "poss",
            "case",
            "nmod",
        ):
            start = child.i
            start = min([start] + [x.i for x in child.subtree if x.i < start and x.i >= start - 3])
    return _word_start(t.doc, start), t.i + 1


def _word_start(doc: Doc, start: int) -> int:
    """Move a span's start back to the beginning of the hyphenated word it cuts into: "a 40-year-old
    former envoy" gives "40-year-old former envoy", never "-year-old former envoy"."""
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start].text, doc[start - 1].text):
        start -= 1
    return start


def _appositive_name(t: Token, by_token: dict[int, Cand]) -> Token | None:
    """A person's name set off by a comma right after a role noun or its of-phrase, as its appositive:
    "the prosecutor general of the city, Ana Lind, said" (the parser may hang the name on "the city")."""
    anchors = [t] + [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    for anchor in anchors:
        for x in anchor.children:
            cand = by_token.get(x.i)
            if (
                x.dep_ == "appos"
                and x.i > t.i
                and cand is not None
                and cand.kind == "name"
                and x.doc[cand.start - 1].text == ","
                and cand.start - 1 == _phrase_end(anchor)
            ):
                return x
    return None


def _phrase_end(tok: Token) -> int:
    """Index just after the noun phrase of ``tok`` without its appositives (where the comma stands)."""
    tail = [x.i for c in tok.children if c.dep_ not in ("appos", "punct") and c.i > tok.i for x in c.subtree]
    return max([tok.i, *tail]) + 1


def _in_apposition(t: Token) -> bool:
    """The role noun and some other noun phrase are set side by side ("X, the head of Y")."""
    return t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children)


def _predicate_owner(t: Token, by_token: dict[int, Cand]) -> Token | None:
    """The token of the person a role noun is said of (as predicate, 'as' phrase or apposition)."""
    named = _appositive_name(t, by_token)
    if named is not None:
        return named
    if t.dep_ == "attr" and t.head.lemma_ == "be":
        return next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if t.dep_ == "nsubj" and t.head.lemma_ == "be":  # "the next host is X"
        return next((c for c in t.head.children if c.dep_ == "attr"), None)
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.i in by_token:
        return t.head.head  # "unveiled Hugh Jackman as the host" parsed with "as" on the name
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in ("VERB", "AUX"):
        verb = t.head.head
        if _promised_clause_after(verb, t.head):
            return None  # "X said as governor she would ...": an office hoped for, not held
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and t.head.i < subject.i:
            return _relative_antecedent(subject)  # "As governor, X named Y": the fronted phrase is X's
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in by_token), None)
        return obj or (_relative_antecedent(subject) if subject is not None else None)
    if t.dep_ == "appos":
        return t.head
    if t.dep_ == "oprd":
        return next((c for c in t.head.children if c.dep_ == "dobj"), None)
    return None


_FUTURE_MODALS = frozenset({"will", "would", "'ll", "\u2019ll", "'d", "\u2019d", "shall"})


def _promised_clause_after(verb: Token, as_tok: Token) -> bool:
    """An "as" phrase on a speech verb before a reported clause in the future ("said as governor he
    would ..."): the parser hangs it on the speech verb, but it tells the office the clause supposes."""
    return any(
        c.dep_ == "ccomp"
        and c.i > as_tok.i
        and any(a.dep_ == "aux" and a.lower_ in _FUTURE_MODALS for a in c.children)
        for c in verb.children
    )


# Verbs that judge or portray someone "as" something ("praised X as a champion of dockers"): a description, no post
_PORTRAYING_VERBS_TEXT = """hail praise laud tout celebrate describe portray depict paint cast brand label style
    characterize characterise see view regard consider dismiss denounce condemn criticize criticise deride mock
    ridicule slam attack accuse remember know"""
_PORTRAYING_VERBS = frozenset(_PORTRAYING_VERBS_TEXT.split())


def _described_not_named(doc: Doc, t: Token, start: int, reg: Registry) -> bool:
    """A role noun that describes a person without giving a post: after a verb that portrays ("praised X
    as a champion"), or indefinite with a judging adjective ("X is a cunning actor"; "a senior aide"
    and "a Kastani diplomat" keep their role)."""
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() in _PORTRAYING_VERBS:
        return True
    if t.dep_ in ("attr", "pobj") and _judged_or_own(t):
        return True
    if t.dep_ != "attr" or not _indefinite(doc, start):
        return False  # "an exiled leader of the movement, NAME" keeps its role
    return any(
        m.dep_ == "amod"
        and m.tag_ == "JJ"
        and m.is_lower
        and norm_key(m.text) not in reg.title_qualifiers
        and norm_key(m.text) not in reg.title_departments
        and reg.demonym(m.text) is None
        for m in t.children
    )


def _judged_or_own(t: Token) -> bool:
    """A role noun said of someone with a superlative ("X is the weakest mediator") or "own" ("acted as
    his own spokesman") ranks or portrays the person; it names no post they hold."""
    return any((m.dep_ == "amod" and m.tag_ == "JJS" and m.is_lower) or m.lower_ == "own" for m in t.children)


def _relative_antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("X, who served as governor": X), else the subject."""
    verb = subject.head
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    return subject


# Offices that one person holds at a time: "a President Okafor" can only be one supposed
_ONE_HOLDER_OFFICES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "pope"}
)


def _supposed_office(doc: Doc, role: RoleParse, role_start: int) -> bool:
    """An office one person holds at a time, with an indefinite article before title and name, is one
    the person might hold, not one held ("voters may yet get a President Okafor"): no role of theirs.
    A rank or a seat many hold ("an Army Sgt. X", "a former Senator X") is a fact."""
    return role_start > 0 and _indefinite(doc, role_start - 1) and role_key(role.title) in _ONE_HOLDER_OFFICES


def _indefinite(doc: Doc, start: int) -> bool:
    return doc[start].lower_ in ("a", "an")


def predicate_roles(
    doc: Doc, reg: Registry, by_token: dict[int, Cand], taken: set[int], nominal_heads: dict[int, Cand]
) -> list[Cand]:
    """Role nouns said of a named person: "X will be the host", "named X as coach", "X, the star of ...".

    Each becomes a nominal mention of that person (and a role when the person is named, not a pronoun).
    A role noun in apposition to anything else ("Ana Lind, the head of ..." with the name missed by the
    tagger) describes that, not a person named earlier, so it is marked bound and never read as an anaphor.
    """
    out: list[Cand] = []
    for t in doc:
        existing = nominal_heads.get(t.i)
        if (
            (t.i in taken and existing is None)
            or t.pos_ not in ("NOUN", "PROPN")
            or not reg.is_title_word(t.text)
        ):
            continue
        owner_tok = _predicate_owner(t, by_token)
        if owner_tok is None or owner_tok.i not in by_token:
            if existing is not None and _in_apposition(t):
                existing.bound = True
            continue
        owner = by_token[owner_tok.i]
        if existing is not None:  # "the head coach" already read as a role noun: tie it to its subject
            if not existing.start <= owner.start < existing.end:
                existing.owner = owner
                if owner.kind == "name" and not _described_not_named(doc, t, existing.start, reg):
                    words = [
                        x.text
                        for x in doc[existing.start : existing.end]
                        if x.dep_ == "compound" or x.i == t.i
                    ]
                    owner.roles.append(RoleParse(title=" ".join(words), span=(existing.start, existing.end)))
            continue
        start, end = _predicate_span(doc, t)
        if any(i in taken for i in range(start, end)) or start <= owner.end - 1 < end:
            continue
        if owner.kind != "name" and _indefinite(doc, start):
            # "he was a doctor": an indefinite description joins only a name it is said of; through a
            # pronoun a misread antecedent would pass the description on to the wrong person
            continue
        nom = Cand(start, end, "nominal", "PERSON", owner=owner, nominal_head=norm_key(t.text))
        if owner.kind == "name" and not _described_not_named(doc, t, start, reg):
            words = [x.text for x in doc[start:end] if x.dep_ in ("compound",) or x.i == t.i]
            owner.roles.append(RoleParse(title=" ".join(words), span=(start, end)))
        out.append(nom)
        taken.update(range(start, end))
    return out


# A speaker label opening a line of a transcript: "((Jane Doe)) I grew up ..." (the Wikinews interview
# style) or "WN: What ...", "REPORTER: ..." with up to four words in capitals before the colon (a
# headline "Pentagon: Hagel was not fired" is no label).
_SPEAKER_LABEL = re.compile(
    r"^[^\S\n]*(?:\(\((?P<wiki>[^()\n]{1,60})\)\)"
    r"|(?P<colon>[A-Z][A-Z.'\u2019\-]*(?:[^\S\n]+[A-Z][A-Z.'\u2019\-]*){0,3})[^\S\n]*:[^\S\n])",
    re.M,
)
MIN_LABEL_TURNS = 2  # one labelled line is a heading or a dateline; two or more are turns of a transcript


def speaker_label_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the speaker labels of a transcript: a label text that opens
    ``MIN_LABEL_TURNS`` or more lines. A label names who speaks next; it is no mention of an
    organization ("((WN))", the interviewer's label, is not the outlet acting in the story)."""
    by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _SPEAKER_LABEL.finditer(text):
        group = "wiki" if m.group("wiki") is not None else "colon"
        by_label[m.group(group).strip()].append((m.start(group), m.end(group)))
    return [span for spans in by_label.values() if len(spans) >= MIN_LABEL_TURNS for span in spans]


def label_tokens(doc: Doc, labels: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens inside the given character spans (speaker labels)."""
    out: set[int] = set()
    for start, end in labels:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def drop_speaker_label_orgs(cands: list[Cand], in_labels: set[int]) -> list[Cand]:
    """Organizations inside a transcript's speaker label are no mentions. Any other label stays: it
    is mostly a person's name ("((Jane Doe))", whatever type the tagger gave it), and the quotes stage
    finds the speaker of each turn through it."""
    if not in_labels:
        return cands
    return [c for c in cands if c.ent_type != "ORG" or not all(i in in_labels for i in range(c.start, c.end))]


def _qualifies_office_after(doc: Doc, role: RoleParse, c: Cand, reg: Registry) -> bool:
    """ "the league's chief Kastan negotiator Ada Okafor": a title of qualifier words alone ("chief",
    "top") before a name that a lower-case office noun follows qualifies that office; the name only says
    what the office deals with and holds no title ("President Okafor adviser X" keeps its title)."""
    words = norm_key(role.title).split()
    if c.end >= len(doc) or not words or not all(w in reg.title_qualifiers for w in words):
        return False
    after = doc[c.end]
    return after.is_lower and reg.is_title_word(after.text)


def _metonym_before_title(doc: Doc, c: Cand, reg: Registry) -> bool:
    return (
        "metonym" in (c.kind, c.nominal_head)
        and bool(c.country)
        and c.end < len(doc)
        and opens_title(doc[c.end], reg)
    )


def find_candidates(doc: Doc, reg: Registry) -> tuple[list[Cand], dict[int, tuple[str, Actor | str]]]:
    """All mention candidates in text order (no overlaps), plus the registry hits by token for role parsing."""
    party_tags = _party_state_tokens(doc)
    reg_hits = [
        c
        for c in registry_matches(doc, reg)
        if not _stance_prefixed(doc, c.start) and not any(i in party_tags for i in range(c.start, c.end))
    ]
    actor_at: dict[int, tuple[str, Actor | str]] = {}
    for c in reg_hits:
        for i in range(c.start, c.end):
            if c.actor is not None:
                actor_at[i] = ("actor", c.actor)
            elif c.kind == "demonym" and c.country:
                actor_at[i] = ("demonym", c.country)
            elif _metonym_before_title(doc, c, reg):
                # a seat of power right before a title says whose office it is ("White House press
                # secretary"); one in a list ("the White House and French President ...") does not
                actor_at[i] = ("demonym", c.country or "")

    reg_tokens = {i for c in reg_hits for i in range(c.start, c.end)}
    # registry names win over a PERSON tag ("Nato" tagged PERSON); people win over the rest
    reg_taken = {i for c in reg_hits if c.actor is not None for i in range(c.start, c.end)}
    credits = credit_tokens(doc)  # "Image: Jane Doe (flickr)": who took the picture is no one in the story
    outlets = _outlet_named(doc)
    people = [
        c
        for c in person_candidates(doc, reg, credits)
        if not any(i in reg_taken or i in credits for i in range(c.start, c.end))
        and not _stance_prefixed(doc, c.start)
    ]
    people_so_far = {i for c in people for i in range(c.start, c.end)}
    # the title pass may have found the name already; the employer before the title is still wanted
    split_orgs = _people_inside_orgs(doc, reg, reg_taken | credits)
    for person, _ in split_orgs:
        if not any(i in people_so_far for i in range(person.start, person.end)):
            people.append(person)
            people_so_far.update(range(person.start, person.end))
    people.extend(_org_tagged_people(doc, reg, actor_at, reg_taken | credits | people_so_far))
    _trim_to_known_names(doc, reg, people)
    # a publication's name is no repeat of a person's ("Marren" of "Marren Gazette" after "Ada Marren")
    sites_and_outlets = _site_or_outlet_tokens(doc, outlets)
    for c in _known_name_repeats(doc, reg, people, reg_taken | credits | sites_and_outlets):
        c.start, c.end = _with_spaced_irish_prefix(doc, c.start, c.end)  # "O’ Reilly" repeated alone
        people.append(c)
    people.sort(key=lambda c: c.start)
    people = _drop_descriptions_glued_to_names(doc, people, reg)
    for c in people:
        _name_as_modifier(c, doc)
    people_taken = {i for c in people for i in range(c.start, c.end)}

    # roles before/after each person's name; the role words are not separate mentions (except registry names)
    role_taken: set[int] = set()
    titles: list[Cand | None] = []
    for c in people:
        pre = premodifier_role(doc, c.start, reg, actor_at)
        if pre is not None and _qualifies_office_after(doc, pre[0], c, reg):
            pre = None
        if pre is not None:
            role_taken.update(range(pre[1], c.start))
            if not _supposed_office(doc, pre[0], pre[1]):
                c.roles.extend(split_rank_from_office(pre[0], reg))
                titles.append(_title_cand(pre[0], c))
        app = appositive_role(doc, c.end, reg, actor_at)
        if app is not None:
            c.roles.append(app[0])
            role_taken.update(range(c.end, app[1]))
            titles.append(_title_cand(app[0], c))
        seat_end = _bracketed_state(doc, c, reg, reg_tokens)
        if seat_end is not None:
            role_taken.update(range(c.end, seat_end))
        marked = _us_party_marked(doc, c, pre[1] if pre is not None else c.start)
        if seat_end is not None or marked or _us_state_seat(doc, c, reg):
            _serves_us_office(c, reg)

    cands: list[Cand] = list(people) + [t for t in titles if t is not None]
    taken = set(people_taken) | {i for t in titles if t is not None for i in range(t.start, t.end)}
    # role nouns first ("the UN chief", "the Western alliance"): they swallow the names inside them
    nominals = nominal_candidates(doc, reg, taken | role_taken)
    cands.extend(nominals)
    taken.update(i for c in nominals for i in range(c.start, c.end))
    for c in reg_hits:
        if any(i in taken for i in range(c.start, c.end)):
            continue
        if c.kind == "demonym":
            if any(i in role_taken for i in range(c.start, c.end)):
                continue
            grp = _demonym_group(c, doc, reg)
            if grp is None or any(i in taken for i in range(grp.start, grp.end)):
                continue
            c = grp
        elif c.actor is None and c.country is not None:
            _resolve_place(c, doc)
        cands.append(c)
        taken.update(range(c.start, c.end))

    for _, org in split_orgs:
        if org is not None and not any(i in taken for i in range(org.start, org.end)):
            cands.append(org)
            taken.update(range(org.start, org.end))

    for ent in doc.ents:
        if ent.label_ not in NER_TYPES:
            continue
        start, end = _trim(doc, ent.start, _newline_inside(doc, ent.start, ent.end))
        if start >= end or any(i in taken for i in range(start, end)) or _stance_prefixed(doc, start):
            continue
        if ent.label_ == "ORG":
            end = _through_institution_head(doc, end, taken)
        structure = _structure_name(doc, start, end)
        site_or_outlet = _person_tag_is_org(doc, start, end, outlets)
        if ent.label_ == "PERSON" and not structure and not site_or_outlet:
            continue  # people came from ``person_candidates``
        if any(i in role_taken for i in range(start, end)):
            continue  # "State" in "Secretary of State"
        if ent.label_ == "NORP":
            continue  # demonyms the registry does not know: no country to give them
        first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < end else doc[start]
        if not _cap(first) or not _cap(doc[end - 1]) or (end - start == 1 and doc[start].is_stop):
            continue  # "pro-Trump PAC", "The": not names
        if re.search(r"-[a-z]+$", doc[start:end].text):
            continue  # "U.S.-led" is an adjective
        if end - start > 1 and doc[end - 1].lower_ in _PICTURE_CREDIT_WORDS:
            continue  # "Getty Images", "Port Alder Pool Photo": who took a picture, no actor in the story
        if "]" in doc[start:end].text and "[" not in doc[start:end].text:
            continue  # "[N]one": an editor's bracket cut a word, no name
        if end - start == 1 and _time_zone(doc, start):
            continue  # "(1625 UTC)", "10am GMT", "9:15 a.m. ET": a clock's zone, no organization
        if _exit_coinage(doc, start, end):
            continue  # "Grexit": a country's leaving a union, an event, no actor
        # a registry name the scan left alone ("Russia" in "Russia-NATO ties") still is that actor
        actor = reg.actor(doc[start:end].text)
        label = ("GPE" if actor.kind == "country" else "ORG") if actor is not None else ent.label_
        if actor is None and site_or_outlet:
            label = "ORG"
        if actor is None and structure and label in ("PERSON", "ORG"):
            label = "FAC"  # "Orvik Bridge", "USS Delvane": a built place or a ship, not who acts
        cands.append(Cand(start, end, "name", label, actor=actor, country=actor.code if actor else None))
        taken.update(range(start, end))

    cands.extend(institution_candidates(doc, taken | role_taken))
    taken = {i for c in cands for i in range(c.start, c.end)}
    pronouns = pronoun_candidates(doc, taken)
    by_token = {i: c for c in people + pronouns for i in range(c.start, c.end)}
    heads = {c.end - 1: c for c in nominals if c.ent_type == "PERSON"}
    cands.extend(predicate_roles(doc, reg, by_token, taken | role_taken, heads))
    cands.extend(pronouns)
    outside = credits | party_tags
    cands = [c for c in cands if not any(i in outside for i in range(c.start, c.end))]
    cands.sort(key=lambda c: (c.start, c.end))
    return cands, actor_at
