"""Actor codes (country + sector, CAMEO style) for chains and for free-standing actor phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.entities.registry import Actor, KnownPerson, Registry, norm_key
from storyline.entities.roles import QUALIFIERS_PAST
from storyline.nlp.ranks import RANKS_AND_OFFICES


@dataclass(slots=True)
class ActorCode:
    country: str | None = None  # ISO3 country or IGO slot code ("RUS", "NAT", "UNO")
    sector: str | None = None  # primary sector ("GOV", "MIL", ...)
    sector2: str | None = None  # secondary sector ("MIL" for a defence minister)

    @property
    def code(self) -> str | None:
        """The compact code: country + primary sector ("RUSGOV"), or what part of it is known."""
        if self.country is None and self.sector is None:
            return None
        return (self.country or "") + (self.sector or "")


def org_code(actor: Actor, day: str | None = None) -> str:
    """The code a registry actor carries in a chain: ISO3 for countries, country + sector for national
    institutions ("RUSSPY"), the slot code for the big IGOs ("NAT", "UNO", "EUR"), else the CAMEO code
    (other IGOs, NGOs and international militarized groups: "IMGMOSALQ")."""
    if actor.kind == "institution":
        return actor.code + (actor.sector_on(day) or "")
    if actor.kind == "country" or actor.code not in ("IGO", "NGO", "IMG") or not actor.cameo:
        return actor.code
    return actor.cameo


def actor_code(actor: Actor, day: str | None = None) -> ActorCode:
    """Country slot and sector of a registry actor, as the NGEC resolver writes them."""
    if actor.kind == "country":
        return ActorCode(actor.code)
    if actor.kind == "institution":
        return ActorCode(actor.code, actor.sector_on(day))
    if actor.kind == "ngo":
        return ActorCode(None, actor.sector or "NGO")
    return ActorCode(actor.code, actor.sector)


def title_code(title: str, country: str | None, org: Actor | None, reg: Registry) -> ActorCode:
    """Code of an office: an IGO's officer takes the IGO's code; otherwise country + sector of the title."""
    words = set(norm_key(title).replace("-", " ").split())
    if org is not None and org.kind == "institution" and words & QUALIFIERS_PAST:
        # "former FBI director": once of the country's institution, now an ex-official of the country
        return ActorCode(org.code, "ELI")
    if org is not None:
        return ActorCode(org_code(org), None)
    if words & QUALIFIERS_PAST:
        return ActorCode(country, "ELI")
    if country is not None and _heads_a_government(title):
        return ActorCode(country, "GOV")
    return ActorCode(country, reg.sector(title), reg.secondary_sector(title))


def _heads_a_government(title: str) -> bool:
    """A capitalised "Chief Executive" of a country or territory, with no company named, is the office
    that heads its government ("Port Alder Chief Executive NAME"), not a business title."""
    return title[:1].isupper() and norm_key(title).replace("-", " ").split()[-2:] == ["chief", "executive"]


# A country's own armed forces, legislature, government or police, named by the country's name or
# demonym and nothing else ("the Syrian Army", "U.S. Navy", "British Parliament"): head words and sectors
_NATIONAL_BODIES = {
    "army": "MIL",
    "navy": "MIL",
    "air force": "MIL",
    "armed forces": "MIL",
    "military": "MIL",
    "marines": "MIL",
    "marine corps": "MIL",
    "coast guard": "MIL",
    "government": "GOV",
    "parliament": "LEG",
    "senate": "LEG",
    "congress": "LEG",
    "national police": "COP",
    "police": "COP",
}


def national_body_code(name: str, reg: Registry) -> ActorCode | None:
    """Code of an organization named as a country's armed force, legislature, government or police and
    nothing more: the country, from a name or demonym before the body's head words, and the head's sector.
    A longer name ("Syrian Army Veterans Association", "New South Wales Police") is something else."""
    words = [w.strip(',;:()"') for w in name.split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in range(1, min(4, len(words))):
        body = _NATIONAL_BODIES.get(" ".join(words[n:]).lower())
        if body is None:
            continue
        prefix = " ".join(words[:n])
        actor = reg.actor(prefix)
        country = reg.demonym(prefix) or (
            actor.code if actor is not None and actor.kind == "country" else None
        )
        if country is not None and prefix[:1].isupper():
            return ActorCode(country, body)
    return None


def _in_force(start: str | None, end: str | None, date: str | None) -> bool:
    if date is None:
        return end is None
    d = date[:10]
    return (start is None or start[:10] <= d) and (end is None or d <= end[:10])


def person_code(person: KnownPerson, date: str | None, reg: Registry) -> ActorCode | None:
    """A known person's code on a date: the role in force then, else ELI (held office, not now)."""
    current = [r for r in person.roles if _in_force(r.start, r.end, date)]
    if current:
        r = sorted(current, key=lambda r: r.start or "")[-1]
        org = reg.actor(r.organization) if r.organization else None
        if org is not None and org.kind != "country":
            base = actor_code(org, date)  # an IGO's officer: the IGO's slot ("NAT", "UNO", "IGO")
            return ActorCode(base.country, base.sector or r.sector)
        return ActorCode(r.country, r.sector or reg.sector(r.title), reg.secondary_sector(r.title))
    if person.roles:
        countries = {r.country for r in person.roles if r.country}
        country = countries.pop() if len(countries) == 1 else None
        starts = [r.start for r in person.roles if r.start]
        if date is not None and starts and len(starts) == len(person.roles) and date[:10] < min(starts):
            return ActorCode(country, None)  # before any known office: the sector is not known
        return ActorCode(country, "ELI")
    return None


def _is_name(words: list[str]) -> bool:
    """Capitalised words, as a person's name is written (a lower-case "major" is not John Major)."""
    return bool(words) and all(w[:1].isupper() for w in words if w.lower() not in _NAME_PARTICLES)


_NAME_PARTICLES = frozenset(
    {"de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "dos"}
)


def _inside_name(words: list[str], start: int, end: int, reg: Registry) -> bool:
    """Whether words[start:end] sit in a run of capitalised words that has nothing but names around
    them: no title, sector word, organization or demonym ("Milan Novak" yes, "Madras High Court" no)."""
    j = start
    while j > max(0, start - _MAX_NAME_WORDS) and words[j - 1][:1].isupper():
        j -= 1
    k = end
    while k < min(len(words), end + _MAX_NAME_WORDS) and words[k][:1].isupper():
        k += 1
    around = [w.strip(',;:()"') for w in words[j:start] + words[end:k]]
    if not around:
        return False
    return not any(
        _is_title_part(w, reg) or reg.actor(w) is not None or reg.demonym(w) is not None for w in around
    )


def _is_title_part(word: str, reg: Registry) -> bool:
    """A word of a title before a name ("Foreign", "Minister", "Lt.", "former"), not a given name."""
    w = norm_key(word).strip(",")
    return (
        not word[:1].isupper()
        or reg.is_title_word(w)
        or w in reg.title_qualifiers
        or w in reg.title_departments
        or reg.honorific_gender(w) is not None
        or bool(reg.sector(w))
        or w in RANKS_AND_OFFICES
    )


_MAX_NAME_WORDS = 6  # a person's name, and the title words looked at before it, are short


def _known_person(words: list[str], reg: Registry) -> tuple[KnownPerson, int] | None:
    """The one known person named by the phrase's last words (after a title: "Prime Minister Jane Doe"),
    with the index where the name starts; a lone word that is also a title or sector word is not a name."""
    for i in range(max(0, len(words) - _MAX_NAME_WORDS), len(words)):
        tail = words[i:]
        if not _is_name(tail):
            continue
        if i and not all(_is_title_part(w, reg) for w in words[max(0, i - _MAX_NAME_WORDS) : i]):
            break  # "Bill Doe" is not a known "Jane Doe": only titles may stand before the name
        text = " ".join(tail)
        if len(tail) == 1 and (reg.is_title_word(text) or reg.sector(text) or reg.honorific_gender(text)):
            continue
        people = reg.known_people(text)
        if people and len({p.name for p in people}) == 1:
            return people[0], i
    return None


_ARTICLE = re.compile(r"^(the|a|an|some|several|two|three|four|five|many|ordinary)\s+", re.I)


def code_phrase(text: str, reg: Registry, date: str | None = None) -> ActorCode | None:
    """Code a short actor phrase without a parse: "Russian Defence Minister", "Kyiv police", "Nato".

    Country from a registry name, demonym, capital or possessive; sector from the phrase's words;
    a known person (package office holders or a user registry) by name and date. None when nothing is
    recognised. An appositive ("the governor's spokesman, Jane Doe") fills in what the whole lacks.
    """
    if len(text) > 1000:  # no actor phrase is this long: look at its start only (keeps garbage cheap)
        text = " ".join(text[:1000].split()[:-1])
    whole = _code_words(text, reg, date)
    if whole is not None and whole.country is not None and whole.sector is not None:
        return whole
    head, sep, tail = text.partition(", ")
    if not (sep and head.strip() and tail.strip()):
        return whole
    parts = [c for c in (whole, _code_words(head, reg, date), _code_words(tail, reg, date)) if c is not None]
    if not parts:
        return None
    country = next((c.country for c in parts if c.country), None)
    sector = next((c.sector for c in parts if c.sector), None)
    sector2 = next((c.sector2 for c in parts if c.sector2), None)
    return ActorCode(country, sector, sector2 if sector2 != sector else None)


def _code_words(text: str, reg: Registry, date: str | None) -> ActorCode | None:
    words0 = [w.strip(',;:()"') for w in text.split()]
    # "Somalia-based" names a country; "Kurdish-led" says who leads, not who this is
    words0 = [w[: -len("-based")] if w.lower().endswith("-based") else w for w in words0]
    raw = " ".join(w for w in words0 if w and not w.lower().endswith("-led"))
    if not raw:
        return None
    actor = reg.actor(raw)
    if actor is not None:
        return actor_code(actor, date)
    place = reg.place_country(raw)
    if place is not None:
        return ActorCode(place, "GOV")  # a capital or seat of power alone stands for the government
    city = reg.city_country(raw)
    if city is not None:
        return ActorCode(city, "CVL")  # a town named as an actor: its people
    words = raw.split()
    country: str | None = None
    org: Actor | None = None
    inst: Actor | None = None
    rest: list[str] = []
    i = 0
    while i < len(words):
        hit = False
        for n in range(min(6, len(words) - i), 0, -1):
            chunk = " ".join(words[i : i + n])
            bare = re.sub(r"('s|\u2019s)$", "", chunk)
            a = reg.actor(bare)
            c = reg.demonym(bare) or (a.code if a is not None and a.kind == "country" else None)
            if c is None and bare[:1].isupper():
                c = reg.place_country(bare) or reg.city_country(bare)
                # a town inside a person's name ("Ana Lagos Ruiz", "Milan Novak") is no place
                if c is not None and _inside_name(words, i, i + n, reg):
                    c = None
            if a is not None and a.kind == "institution" and bare[:1].isupper():
                inst = inst or a
                hit = True
            elif a is not None and a.kind != "country" and bare[:1].isupper():
                org = org or a
                hit = True
            elif c is not None and bare[:1].isupper():
                country = country or c
                hit = True
            elif bare != chunk and n <= 4 and _is_name(bare.split()):
                # a known person's possessive says whose ("Jane Doe's spokesman"): their country
                owner = _known_person(bare.split(), reg)
                owner_code = person_code(owner[0], date, reg) if owner and owner[1] == 0 else None
                if owner_code is not None and owner_code.country:
                    country = country or owner_code.country
                    hit = True
            if hit:
                i += n
                break
        if not hit:
            rest.append(words[i])
            i += 1
    remainder = _ARTICLE.sub("", " ".join(rest))
    sector = reg.sector(remainder) if remainder else None
    sector2 = reg.secondary_sector(remainder) if remainder else None
    past = bool(set(norm_key(remainder).split()) & QUALIFIERS_PAST)
    if past and sector in ("GOV", "MIL", "LEG", "JUD"):
        sector = "ELI"
    if inst is not None:
        return ActorCode(inst.code, "ELI" if past else (inst.sector_on(date) or sector), sector2)
    if org is not None and country is None:
        base = actor_code(org, date)
        return ActorCode(base.country, base.sector or sector)
    rest_words = remainder.split()
    known = _known_person(rest_words, reg) if rest_words else None
    if known is not None:
        person, at = known
        pc = person_code(person, date, reg)
        title = " ".join(rest_words[:at])
        if pc is not None and (country is None or pc.country == country):
            if not title or reg.honorific_gender(title):
                return pc
            # a title before the name says what the phrase means ("former President Jane Doe")
            t_sector = "ELI" if past else (reg.sector(title) or pc.sector)
            t_sector2 = reg.secondary_sector(title)
            return ActorCode(pc.country, t_sector, t_sector2 if t_sector2 != t_sector else None)
    if country is None and sector is None:
        return _near_miss(rest, reg)
    if sector2 == sector:
        sector2 = None
    return ActorCode(country, sector, sector2)


def _near_miss(words: list[str], reg: Registry) -> ActorCode | None:
    """Last resort for a phrase nothing matched: a misspelt demonym ("Kazahks") or sector head word."""
    country = None
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) == 1:  # one capitalised word; two or more are likely a name ("Maria Domenica")
        country = reg.near_demonym(capitalised[0])
    sector = reg.near_sector(words[-1]) if words else None
    if country is None and sector is None:
        return None
    return ActorCode(country, sector)
