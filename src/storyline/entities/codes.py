"""Actor codes (country + sector, CAMEO style) for chains and for free-standing actor phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.entities.registry import Actor, KnownPerson, Registry, norm_key
from storyline.entities.roles import QUALIFIERS_PAST


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
    institutions ("RUSSPY"), the slot code for the big IGOs ("NAT", "UNO", "EUR"), else the CAMEO code."""
    if actor.kind == "institution":
        return actor.code + (actor.sector_on(day) or "")
    if actor.kind == "country" or actor.code not in ("IGO", "NGO") or not actor.cameo:
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
    if org is not None:
        return ActorCode(org_code(org), None)
    if words & QUALIFIERS_PAST:
        return ActorCode(country, "ELI")
    return ActorCode(country, reg.sector(title), reg.secondary_sector(title))


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
            return ActorCode(org_code(org), None)
        return ActorCode(r.country, r.sector or reg.sector(r.title), reg.secondary_sector(r.title))
    if person.roles:
        countries = {r.country for r in person.roles if r.country}
        return ActorCode(countries.pop() if len(countries) == 1 else None, "ELI")
    return None


_ARTICLE = re.compile(r"^(the|a|an|some|several|two|three|four|five|many|ordinary)\s+", re.I)


def code_phrase(text: str, reg: Registry, date: str | None = None) -> ActorCode | None:
    """Code a short actor phrase without a parse: "Russian Defence Minister", "Kyiv police", "Nato".

    Country from a registry name, demonym, capital or possessive; sector from the phrase's words;
    a known person (user registry) by name and date. None when nothing is recognised.
    """
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
            if a is not None and a.kind == "institution" and bare[:1].isupper():
                inst = inst or a
                hit = True
            elif a is not None and a.kind != "country" and bare[:1].isupper():
                org = org or a
                hit = True
            elif c is not None and bare[:1].isupper():
                country = country or c
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
    people = reg.known_people(remainder) if remainder and country is None else []
    if len(people) == 1 or (people and len({p.name for p in people}) == 1):
        pc = person_code(people[0], date, reg)
        if pc is not None:
            return pc
    if country is None and sector is None:
        return None
    if sector2 == sector:
        sector2 = None
    return ActorCode(country, sector, sector2)
