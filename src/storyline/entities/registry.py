"""The actor registry: countries, organizations, sector words, titles and honorifics as package data.

The default registry is ``storyline/data/actors.yaml`` plus the other ``actors_*.yaml`` files there (the
dated office holders in ``actors_office_holders.yaml``). Users extend it with their own YAML file (same
sections; lists are appended) through ``load_registry(extra)``; a ``people`` or ``office_holders`` section
adds known persons with dated roles, which lets actor codes be found for a bare name ("Jane Doe" -> her
office on a date); a person already known gains the roles, or is replaced with ``replace: true``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from storyline.time.vocab import MONTHS, WEEKDAYS

GENDERS = ("male", "female", "neutral")
# Heads that say little on their own: a telling modifier decides the sector ("intelligence officer").
GENERIC_HEADS = frozenset(
    {
        "officer",
        "officers",
        "official",
        "officials",
        "leader",
        "leaders",
        "member",
        "members",
        "workers",
        "group",
        "agency",
        "office",
        "head",
        "chief",
        "spokesman",
        "spokeswoman",
        "staff",
        "personnel",
        "unit",
        "team",
    }
)
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# Calendar words that are also some known person's surname ("May"): alone they are dates, not people.
# The full month and weekday names of the time vocabulary (its longest spelling of each).
_NOT_SURNAMES = frozenset(
    max((k for k, v in table.items() if v == n), key=len)
    for table in (MONTHS, WEEKDAYS)
    for n in set(table.values())
)
# Sector and department phrases are a few words long: longer n-grams are never looked up (and a
# garbage "phrase" of thousands of words stays linear).
_MAX_PHRASE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Actor:
    """A country or organization the registry knows."""

    code: str  # short actor code: ISO3/CAMEO country code, or an IGO's slot code ("NAT", "UNO", "IGO")
    name: str
    kind: str  # "country" | "igo" | "ngo" | "institution"
    cameo: str | None = None  # full CAMEO code for organizations ("IGONAT")
    aliases: tuple[str, ...] = ()
    sector: str | None = None  # an organization's own sector ("SPY" for an intelligence service)
    periods: tuple[tuple[str, str | None, str | None], ...] = ()  # (sector, start, end) overriding `sector`
    # the whole this actor is a part of ("England" of the United Kingdom, "European Parliament" of the
    # European Union): it acts under the whole's code but is an entity of its own
    part_of: str | None = None

    def sector_on(self, day: str | None) -> str | None:
        """The sector on a date (ISO); without a date, the one in force now (an open-ended period)."""
        for sector, start, end in self.periods:
            if day is None:
                if end is None and start is not None:
                    return sector
                continue
            if (start is None or start <= day[:10]) and (end is None or day[:10] <= end):
                return sector
        return self.sector


@dataclass(frozen=True, slots=True)
class KnownRole:
    title: str
    country: str | None
    sector: str | None
    start: str | None
    end: str | None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[KnownRole, ...]


@lru_cache(maxsize=1 << 16)
def norm_key(text: str) -> str:
    """A lookup key: accents folded, lower case, no leading article, dots and odd spacing removed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.casefold().strip()
    text = re.sub(r"^(the)\s+", "", text)
    text = text.replace(".", "")
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"\s+", " ", text).strip()


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?\.?")


@dataclass
class Registry:
    actors: dict[str, Actor] = field(default_factory=dict)  # by code (countries) or cameo/name (orgs)
    names: dict[str, Actor] = field(default_factory=dict)  # norm_key(name or alias) -> actor
    acronyms: dict[str, Actor] = field(default_factory=dict)  # exact-case short aliases ("US", "UN", "EU")
    demonyms: dict[str, str] = field(default_factory=dict)  # norm_key -> country code
    capitals: dict[str, str] = field(default_factory=dict)  # norm_key -> country code
    metonyms: dict[str, str] = field(default_factory=dict)  # "kremlin" -> "RUS"
    cities: dict[str, str] = field(default_factory=dict)  # other cities -> country code
    nominals: dict[str, list[Actor]] = field(default_factory=dict)  # "alliance" -> [NATO]
    sectors: dict[str, str] = field(default_factory=dict)  # phrase -> sector code
    department_sectors: dict[str, str] = field(default_factory=dict)  # "defence" -> "MIL"
    titles: set[str] = field(default_factory=set)
    title_qualifiers: set[str] = field(default_factory=set)
    title_departments: set[str] = field(default_factory=set)
    honorifics: dict[str, str] = field(default_factory=dict)  # "mr" -> "male"
    people: dict[str, list[KnownPerson]] = field(default_factory=dict)  # norm_key(name) -> persons
    surnames: dict[str, set[str]] = field(default_factory=dict)  # surname key -> full names of known persons
    persons: dict[str, KnownPerson] = field(default_factory=dict)  # norm_key(canonical name) -> person
    max_name_tokens: int = 1
    _first: frozenset[str] | None = None
    _near: dict[str, list[str]] = field(default_factory=dict)  # table name -> its one-word keys
    _folded: dict[str, set[str]] | None = None  # folded surname key -> full names, built on first use

    # ---- building -------------------------------------------------------------------------------------

    def add(self, data: dict[str, Any]) -> None:
        """Merge one YAML document into the registry (later entries win on conflicts)."""
        self._first = None
        self._near = {}
        for c in data.get("countries") or []:
            actor = Actor(
                code=str(c["code"]),
                name=str(c["name"]),
                kind="country",
                aliases=tuple(str(a) for a in c.get("aliases") or ()),
            )
            self._add_actor(actor)
            self._add_parts(actor, c.get("parts"))
            for d in c.get("demonyms") or ():
                self.demonyms[norm_key(str(d))] = actor.code
            if c.get("capital"):
                self.capitals[norm_key(str(c["capital"]))] = actor.code
            for m in c.get("metonyms") or ():
                self.metonyms[norm_key(str(m))] = actor.code
        for o in (data.get("igos") or []) + (data.get("organizations") or []):
            code = str(o["code"])
            actor = Actor(
                code=code,
                name=str(o["name"]),
                kind="ngo" if code == "NGO" else "igo",
                cameo=str(o["cameo"]) if o.get("cameo") else None,
                aliases=tuple(str(a) for a in o.get("aliases") or ()),
                sector=str(o["sector"]) if o.get("sector") else ("NGO" if code == "NGO" else None),
            )
            self._add_actor(actor)
            self._add_parts(actor, o.get("parts"))
            for n in o.get("nominals") or ():
                self.nominals.setdefault(norm_key(str(n)), []).append(actor)
        for inst in data.get("institutions") or []:
            periods = tuple(
                (
                    str(p["sector"]),
                    str(p["start"]) if p.get("start") else None,
                    str(p["end"]) if p.get("end") else None,
                )
                for p in inst.get("periods") or ()
            )
            actor = Actor(
                code=str(inst["country"]),
                name=str(inst["name"]),
                kind="institution",
                aliases=tuple(str(a) for a in inst.get("aliases") or ()),
                sector=str(inst["sector"]) if inst.get("sector") else None,
                periods=periods,
            )
            self._add_actor(actor)
        for code, names in (data.get("cities") or {}).items():
            for n in names or ():
                self.cities[norm_key(str(n))] = str(code)
        for sector, words in (data.get("sectors") or {}).items():
            for w in words or ():
                self.sectors[norm_key(str(w))] = str(sector)
        for sector, words in (data.get("department_sectors") or {}).items():
            for w in words or ():
                self.department_sectors[norm_key(str(w))] = str(sector)
        self.titles.update(norm_key(str(t)) for t in data.get("titles") or ())
        self.title_qualifiers.update(norm_key(str(t)) for t in data.get("title_qualifiers") or ())
        self.title_departments.update(norm_key(str(t)) for t in data.get("title_departments") or ())
        for gender, words in (data.get("honorifics") or {}).items():
            for w in words or ():
                self.honorifics[norm_key(str(w))] = str(gender) if gender in GENDERS else "neutral"
        # People of one file are gathered by name first (a person may hold several offices), then join
        # the person of the same name from an earlier file (more roles), or replace them when the entry
        # says `replace: true` (a user correcting the package data).
        gathered: dict[str, tuple[str, list[str], list[KnownRole]]] = {}
        replacing: set[str] = set()
        for p in data.get("people") or []:
            roles = [
                KnownRole(
                    title=str(r.get("title") or ""),
                    country=r.get("country"),
                    sector=r.get("sector"),
                    start=_bound(r.get("start"), start=True),
                    end=_bound(r.get("end"), start=False),
                    organization=r.get("organization"),
                )
                for r in p.get("roles") or ()
            ]
            _gather(gathered, str(p["name"]), [str(a) for a in p.get("aliases") or ()], roles)
            if p.get("replace"):
                replacing.add(norm_key(str(p["name"])))
        for holder in office_holders(data.get("office_holders") or {}, self):
            _gather(gathered, holder[0], holder[1], [holder[2]])
        for key, (name, aliases, roles) in gathered.items():
            old = self.persons.get(key)
            if old is not None and key not in replacing:
                aliases = [*old.aliases, *aliases]
                roles = [*old.roles, *roles]
            self._add_person(KnownPerson(name, tuple(dict.fromkeys(aliases)), tuple(roles)))

    def _add_person(self, person: KnownPerson) -> None:
        """Index a person, taking the place of an earlier person of the same name."""
        old = self.persons.pop(norm_key(person.name), None)
        if old is not None:
            for n in (old.name, *old.aliases):
                rest = [p for p in self.people.get(norm_key(n), []) if p is not old]
                if rest:
                    self.people[norm_key(n)] = rest
                else:
                    self.people.pop(norm_key(n), None)
                self.surnames.get(_surname_key(n), set()).discard(old.name)
        self.persons[norm_key(person.name)] = person
        self._folded = None
        for n in (person.name, *person.aliases):
            self.people.setdefault(norm_key(n), []).append(person)
            self.surnames.setdefault(_surname_key(n), set()).add(person.name)

    def _add_parts(self, whole: Actor, parts: list[Any] | None) -> None:
        """Constituent countries and organs of a country or organization: found by their own names and
        coded as the whole, but kept apart from it (a name of their own is not a name of the whole)."""
        for p in parts or ():
            name, aliases = (p["name"], p.get("aliases") or ()) if isinstance(p, dict) else (p, ())
            part = replace(whole, name=str(name), aliases=tuple(str(a) for a in aliases), part_of=whole.name)
            self._add_actor(part)

    def _add_actor(self, actor: Actor) -> None:
        if actor.part_of is not None:
            key = f"part:{actor.name}"
        else:
            key = actor.code if actor.kind == "country" else f"{actor.kind}:{actor.cameo or actor.name}"
        self.actors[key] = actor
        for n in (actor.name, *actor.aliases):
            n = re.sub(r"^(the|The)\s+", "", n)
            bare = n.replace(".", "")
            if len(bare) <= 3 and bare.isupper():
                # Short acronyms match only in capitals: "US" is the country, "us" is a pronoun.
                self.acronyms[n] = actor
                self.acronyms[bare] = actor
                continue
            self.names[norm_key(n)] = actor
            self.max_name_tokens = max(self.max_name_tokens, len(n.split()) + n.count("-") * 2)

    # ---- lookups --------------------------------------------------------------------------------------

    def first_words(self) -> frozenset[str]:
        """Lower-case first words of every name the registry can match (a cheap filter before lookups)."""
        if self._first is None:
            keys = [*self.names, *self.demonyms, *self.capitals, *self.metonyms, *self.cities]
            words = {k.replace("-", " ").split(" ")[0] for k in keys if k}
            words |= {k.replace(".", "").lower() for k in self.acronyms}
            self._first = frozenset(words)
        return self._first

    def actor(self, text: str) -> Actor | None:
        """The country or organization a name denotes ("Russia", "Nato", "the United Nations", "US")."""
        stripped = re.sub(r"^(the|The)\s+", "", text.strip())
        if stripped in self.acronyms:
            return self.acronyms[stripped]
        if _DOTTED_ACRONYM.fullmatch(stripped) and stripped.replace(".", "") in self.acronyms:
            return self.acronyms[stripped.replace(".", "")]  # a house style dots them: "K.D.A." is "KDA"
        return self.names.get(norm_key(stripped))

    def country(self, code: str | None) -> Actor | None:
        if not code:
            return None
        a = self.actors.get(code)
        return a if a is not None and a.kind == "country" else None

    def demonym(self, text: str) -> str | None:
        """Country code of a demonym or nationality adjective ("Russian", "Britons")."""
        return self.demonyms.get(norm_key(text))

    def place_country(self, text: str) -> str | None:
        """Country code of a capital or a seat-of-power metonym ("Moscow", "the Kremlin")."""
        k = norm_key(text)
        return self.capitals.get(k) or self.metonyms.get(k)

    def city_country(self, text: str) -> str | None:
        """Country of a capital or another known city."""
        k = norm_key(text)
        return self.capitals.get(k) or self.cities.get(k)

    def sector(self, phrase: str) -> str | None:
        """Sector code of a phrase: its head's sector ("police officers" -> COP), unless the head is a
        generic word ("officer", "leader", "workers") and a modifier is telling ("intelligence officer").
        In "X of Y" the head is X ("secret services of the republic"), unless X is an office or says
        little alone."""
        before, of, _ = phrase.partition(" of ")
        if of and before.strip():
            hit = self._head_sector(before)
            # a group ("secret services of ...") keeps its sector; an office ("President of the X
            # League") takes the sector of what it heads, found below
            if hit is not None and hit[1] not in GENERIC_HEADS and not self.is_title_word(hit[1]):
                return hit[0]
        return self._plain_sector(phrase)

    def head_sector(self, phrase: str) -> str | None:
        """Sector of the phrase's own head ("border guards" -> COP); none when only a modifier has one
        ("military exercises")."""
        hit = self._head_sector(phrase)
        return None if hit is None else hit[0]

    def _head_sector(self, phrase: str) -> tuple[str, str] | None:
        """(sector, matched words) of the longest known phrase ending the words."""
        words = norm_key(phrase).replace("-", " ").split()
        for i in range(max(0, len(words) - _MAX_PHRASE_WORDS), len(words)):
            hit = self.sectors.get(" ".join(words[i:]))
            if hit:
                return hit, " ".join(words[i:])
        return None

    def _plain_sector(self, phrase: str) -> str | None:
        words = norm_key(phrase).replace("-", " ").split()
        head: str | None = None
        head_word = ""
        for i in range(max(0, len(words) - _MAX_PHRASE_WORDS), len(words)):
            hit = self.sectors.get(" ".join(words[i:]))
            if hit:
                head, head_word = hit, " ".join(words[i:])
                break
        if head is not None and head_word not in GENERIC_HEADS:
            return head
        for w in reversed(words):  # a telling word inside ("defence ministry officials", "Jewish leader")
            hit = self.sectors.get(w)
            if hit and w not in GENERIC_HEADS:
                return hit
        return head

    def secondary_sector(self, title: str) -> str | None:
        """Sector of the department named inside a title ("Defence Minister" -> "MIL")."""
        words = norm_key(title).replace("-", " ").split()
        for i in range(len(words)):
            for j in range(min(len(words), i + _MAX_PHRASE_WORDS), i, -1):
                hit = self.department_sectors.get(" ".join(words[i:j]))
                if hit:
                    return hit
        return None

    def near_demonym(self, word: str) -> str | None:
        """Country of a misspelt demonym ("Kazahks"): one edit away from exactly one demonym."""
        return self._near_key(word, "demonyms", self.demonyms)

    def near_sector(self, word: str) -> str | None:
        """Sector of a misspelt sector word ("supremicists"): one edit away from exactly one."""
        return self._near_key(word, "sectors", self.sectors)

    def _near_key(self, word: str, table: str, values: dict[str, str]) -> str | None:
        # Only long words: short ones are one edit away from too many others ("Iran"/"Oman").
        key = norm_key(word)
        if len(key) < 7 or " " in key:
            return None
        if table not in self._near:
            self._near[table] = [k for k in values if " " not in k and len(k) >= 6]
        found = process.extract(key, self._near[table], scorer=OSA.distance, score_cutoff=1, limit=3)
        codes = {values[k] for k, _, _ in found}
        return codes.pop() if len(codes) == 1 else None

    def is_title_word(self, word: str) -> bool:
        return norm_key(word) in self.titles

    def honorific_gender(self, word: str) -> str | None:
        return self.honorifics.get(norm_key(word))

    def known_people(self, name: str) -> list[KnownPerson]:
        """Known persons by full name, or by a surname that only one known person has."""
        k = norm_key(name)
        hit = self.people.get(k)
        if hit:
            return hit
        words = k.split()
        if len(words) == 1 and k in _NOT_SURNAMES:
            return []
        if len(words) == 1 and len(self.surnames.get(k, ())) == 1:
            return self.people.get(norm_key(next(iter(self.surnames[k]))), [])
        if len(words) > 2 and f"{words[0]} {words[-1]}" in self.people:  # a middle name the list lacks
            return self.people[f"{words[0]} {words[-1]}"]
        if len(words) >= 2:
            # the same surname and a first name spelt another way ("Mohammed"/"Mohamed"), never another
            # first name ("Bill Doe" is not "Jane Doe")
            found = {
                p.name: p
                for full in self._surname_spellings(words[-1])
                for p in self.people.get(norm_key(full), [])
                if _same_given_name(words[0], norm_key(p.name).split()[0])
            }
            return list(found.values()) if len(found) == 1 else []
        return []

    def _surname_spellings(self, surname: str) -> set[str]:
        """Full names of the registry's people of this surname, else of a transliteration of it that
        differs only by a doubled letter or a final y for i ("Korsy" / "Korsi")."""
        exact = self.surnames.get(surname)
        if exact:
            return exact
        folded = folded_surname(surname)
        if len(folded) < MIN_FOLDED_SURNAME:
            return set()
        if self._folded is None:
            self._folded = {}
            for k, names in self.surnames.items():
                self._folded.setdefault(folded_surname(k), set()).update(names)
        return self._folded.get(folded, set())


MIN_FOLDED_SURNAME = 4  # shorter surnames fold into too many others


@lru_cache(maxsize=1 << 14)
def folded_surname(key: str) -> str:
    """A surname key with doubled letters single and a final y read as i: the two spellings that
    transliteration varies most without changing the name."""
    k = re.sub(r"(.)\1+", r"\1", key)
    return k[:-1] + "i" if k.endswith("y") else k


def _same_given_name(a: str, b: str) -> bool:
    """Two spellings of one given name: transliterations differ by an edit or two, not by initial."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    return OSA.distance(a, b) <= (1 if min(len(a), len(b)) < 6 else 2)


def _surname_key(name: str) -> str:
    return norm_key(name.split()[-1]) if name.split() else ""


def _bound(value: object, start: bool) -> str | None:
    """An ISO date bound from YAML ("2017", "2017-05", "2017-05-14" or a date); a year or month alone
    covers the whole year or month, so "ended 2017" is still in force on 2017-06-01."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01" if start else f"{text}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-01" if start else f"{text}-31"
    return text[:10]


def _gather(
    into: dict[str, tuple[str, list[str], list[KnownRole]]],
    name: str,
    aliases: list[str],
    roles: list[KnownRole],
) -> None:
    entry = into.setdefault(norm_key(name), (name, [], []))
    entry[1].extend(a for a in aliases if norm_key(a) != norm_key(name))
    entry[2].extend(roles)


# "Director of the FSB [SPY]": an office key may name its sector when the title words do not tell it.
_OFFICE_KEY = re.compile(r"^(?P<title>.*?)\s*(?:\[(?P<sector>[A-Z]{3})\])?$")


def office_holders(section: dict[str, Any], reg: Registry) -> list[tuple[str, list[str], KnownRole]]:
    """Read the compact ``office_holders`` section: country code (or organization name) -> office title
    -> entries "Name / Alias / Alias, start, end" (end empty or absent while in office)."""
    out: list[tuple[str, list[str], KnownRole]] = []
    for holder_of, offices in section.items():
        org = reg.actor(str(holder_of))
        is_org = org is not None and org.kind not in ("country", "institution")
        country = None if is_org else str(holder_of)
        for key, entries in (offices or {}).items():
            m = _OFFICE_KEY.match(str(key))
            title = m.group("title") if m else str(key)
            # offices held in a government unless the key says otherwise ("Chief of the General Staff [MIL]")
            sector = (m.group("sector") if m else None) or "GOV"
            for entry in entries or ():
                parts = [x.strip() for x in str(entry).split(",")]
                names = [n.strip() for n in parts[0].split("/") if n.strip()]
                if not names:
                    continue
                role = KnownRole(
                    title=title,
                    country=country,
                    sector=sector,
                    start=_bound(parts[1] if len(parts) > 1 else None, start=True),
                    end=_bound(parts[2] if len(parts) > 2 else None, start=False),
                    organization=str(holder_of) if is_org else None,
                )
                out.append((names[0], names[1:], role))
    return out


def _read_yaml(path: Path | str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=loader) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an actor registry file must be a YAML mapping of sections")
    return data


def _default_files() -> list[Path]:
    """actors.yaml first, then the other actors_*.yaml files (office holders, ...) in name order."""
    return [DATA_DIR / "actors.yaml", *sorted(DATA_DIR.glob("actors_*.yaml"))]


_ACTIVE: Registry | None = None


def load_registry(extra: Path | str | None = None) -> Registry:
    """Build the registry from the package data plus an optional user YAML, and make it the active one."""
    global _ACTIVE
    reg = Registry()
    for path in _default_files():
        reg.add(_read_yaml(path))
    if extra is not None:
        reg.add(_read_yaml(extra))
    _ACTIVE = reg
    return reg


def registry() -> Registry:
    """The active registry (the package default until ``load_registry`` is called with a user file)."""
    return _ACTIVE if _ACTIVE is not None else load_registry()
