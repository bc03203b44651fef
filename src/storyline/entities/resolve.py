"""Cross-document entity resolution: in-document chains -> corpus entities with dated roles.

People are blocked by surname, then joined by first name; a chain known only by surname joins a
person only on evidence (a shared role, organization or country, or nearness in time) and only when
one candidate stands out. Two people who differ in first name, or who hold different offices at the
same time, are never merged. Organizations and places join by registry identity or normalized name.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from storyline.corpus import Corpus
from storyline.entities.chains import given_name_gender
from storyline.entities.codes import person_code, title_code
from storyline.entities.names import (
    first_names_compatible,
    given_name,
    joined_name,
    name_key,
    name_suffix,
    short_form_pair,
)
from storyline.entities.non_people import retype_organisation_names, retype_person_surnames
from storyline.entities.place_names import retype_place_names
from storyline.entities.registry import (
    KnownPerson,
    Registry,
    folded_surname,
    norm_key,
    registry,
)
from storyline.entities.roles import role_key
from storyline.entities.spelling import given_names_may_match, spelling_maps, variant_spellings
from storyline.nlp.ranks import MILITARY_RANKS
from storyline.records import Chain, Entity, Mention, Role

SAME_TIME_DAYS = 366  # roles seen this close together are "held at the same time"
SURNAME_LINK_YEARS = 3  # a bare surname links to a person seen within this many years (absent other evidence)
# With the evidence tied, a bare surname goes to the bearer named in at least this many documents and this
# many times as many as any other ("Trump" in a corpus with one Donald Trump and a rare Ivanka Trump).
PROMINENT_MIN_DOCS = 3
PROMINENT_RATIO = 4


def _day(iso: str | None) -> date | None:
    if not iso or len(iso) < 4 or not iso[:4].isdigit():
        return None
    try:
        y = int(iso[:4])
        m = int(iso[5:7]) if len(iso) >= 7 and iso[5:7].isdigit() else 7
        d = int(iso[8:10]) if len(iso) >= 10 and iso[8:10].isdigit() else 1
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class _Cluster:
    chains: list[Chain] = field(default_factory=list)
    dates: dict[str, date | None] = field(default_factory=dict)  # doc_id -> article date
    # (doc_id, surname key) of articles that name a suffixed person ("Ada Okafor Jr."): there an
    # unsuffixed full name is the namesake
    suffixed_in: frozenset[tuple[str, str]] = frozenset()
    # (doc_id, surname key) of articles that keep an unsuffixed person of the surname apart from the
    # suffixed one ("President Okafor" before "Ada Okafor Jr." is introduced)
    plain_in: frozenset[tuple[str, str]] = frozenset()

    @property
    def first_names(self) -> set[str]:
        return {k for c in self.chains if (k := name_key(c.first_name))}

    def roles(self) -> list[tuple[Role, date | None]]:
        return [(r, self.dates.get(c.doc_id)) for c in self.chains for r in c.roles]

    def days(self) -> list[date]:
        return [d for c in self.chains if (d := self.dates.get(c.doc_id)) is not None]

    def gender(self) -> str | None:
        g = {_gender(c) for c in self.chains} - {None}
        return g.pop() if len(g) == 1 else None


MALE = {"mr", "lord", "sir", "monsieur", "herr", "signor", "senor"}
FEMALE = {"mrs", "ms", "miss", "lady", "dame", "madame", "mme", "frau", "baroness"}


def _gender(c: Chain) -> str | None:
    """The gender a chain's honorifics say, else its given name's ("Mr. Kastan" is not "Ada Kastan")."""
    hs = {norm_key(h) for h in c.honorifics}
    if hs & MALE and not hs & FEMALE:
        return "male"
    if hs & FEMALE and not hs & MALE:
        return "female"
    if hs & (MALE | FEMALE) or not c.first_name:
        return None
    return given_name_gender(c.first_name)


def _roles_compatible(a: Role, b: Role) -> bool:
    """Two role readings that can be the same office."""
    if a.organization and b.organization and a.organization != b.organization:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    oa, ob = _without_ranks(a.title), _without_ranks(b.title)
    if not oa or not ob:
        return True  # a rank is no office: a colonel can be the country's leader
    ka, kb = _office_key(oa), _office_key(ob)
    return ka == kb or ka.endswith(" " + kb) or kb.endswith(" " + ka)


# Titles of one job, speaking for an office: a press secretary is its spokesperson
_SPOKESPERSON_TITLES = ("press secretary", "spokesman", "spokeswoman", "spokesperson")


def _office_key(title: str) -> str:
    key = _head_last(role_key(title))
    for t in _SPOKESPERSON_TITLES:
        if key == t or key.endswith(" " + t):
            return key[: len(key) - len(t)] + "spokesperson"
    return key


def _head_last(key: str) -> str:
    """ "minister of defence" -> "defence minister": one office, its field before or after "of". A
    "... of state" stays: a "secretary of state" and a "state secretary" are different posts."""
    head, of, field = key.partition(" of ")
    if not of or not field or field == "state" or " " in head:
        return key
    return f"{field} {head}"


def _given(c: Chain) -> set[str]:
    """First and middle names of a chain's printed name (a headline may lead with a stray word)."""
    sur = set((name_key(c.surname) or "").split())
    return {k for w in c.name.split() if (k := name_key(w)) and k not in sur and len(k) > 1}


def _middle_initials(c: Chain) -> str:
    """Initials of the names printed between first name and surname: "George H.W. Bush" -> "HW"."""
    if not c.first_name or not c.surname or not c.name.startswith(c.first_name):
        return ""
    name = c.name.rsplit(" ", 1)[0] if name_suffix(c.name) else c.name
    middle = name[len(c.first_name) :]
    if not middle.endswith(c.surname):
        return ""
    parts = re.split(r"[\s.\-]+", middle[: len(middle) - len(c.surname)])
    return "".join(p[0] for p in parts if p and p[0].isupper())


def _given_compatible(a: Chain, b: Chain) -> bool:
    if not a.first_name or not b.first_name:
        return True
    ma, mb = _middle_initials(a), _middle_initials(b)
    if ma and mb and ma != mb:
        return False  # "George W. Bush" and "George H.W. Bush": father and son
    if first_names_compatible(a.first_name, b.first_name) or _named_otherwise(a.first_name, b.first_name):
        return True
    # "Nominate Regina Benjamin" (headline) and "Regina Benjamin": the short one's first name is inside
    ka, kb = name_key(a.first_name) or "", name_key(b.first_name) or ""
    return ka in _given(b) or kb in _given(a)


def _bridged(a: Chain, b: Chain, pool: list[Chain]) -> bool:
    """Two partial full names of one person that some fuller name prints whole: "Ada Okafor" and
    "Lind Okafor" beside "Ada Lind Okafor" (a name that drops the middle name, one that drops the first)."""
    both = _given(a) | _given(b)
    return any(
        z is not a
        and z is not b
        and both <= _given(z)
        and _given_compatible(a, z)
        and _given_compatible(b, z)
        for z in pool
    )


def _given_fits(c: Chain, k: _Cluster) -> bool:
    """The chain's given names fit every chain of the cluster, directly or through a fuller name there."""
    return all(_given_compatible(c, x) or _bridged(c, x, k.chains) for x in k.chains)


def _one_registry_person(c: Chain, k: _Cluster, reg: Registry) -> bool:
    """The chain's full name and one of the cluster's are names the registry gives one person ("Jim
    Okafor" and "James Lind Okafor" listed as one office holder): a short form with a middle name."""
    mine = {p.name for p in reg.known_people(c.name)}
    if len(mine) != 1:
        return False
    return any({p.name for p in reg.known_people(x.name)} == mine for x in k.chains if x.first_name)


def _named_alike(c: Chain, k: _Cluster) -> bool:
    """Some chain of the cluster gives the chain's given name otherwise than as a short form or another
    spelling of it ("Mike" beside only "Michael", "Sergei" beside only "Sergey" is not named alike)."""
    return any(
        first_names_compatible(c.first_name, x.first_name) or not _named_otherwise(c.first_name, x.first_name)
        for x in k.chains
        if x.first_name
    )


def _named_otherwise(a: str | None, b: str | None) -> bool:
    """One given name written two ways: a short form ("Jim" / "James") or another transliteration
    ("Sergei" / "Sergey") seen too seldom for the corpus's spelling map. Either may be one person, but
    only with other evidence (a shared office or code)."""
    if short_form_pair(a, b):
        return True
    ka, kb = name_key(a) or "", name_key(b) or ""
    # "Jong-un" / "Jung Un": a romanised name written with a hyphen in one article and a space in another
    return ka != kb and (variant_spellings(ka, kb) or variant_spellings(joined_name(ka), joined_name(kb)))


def _shares_office(c: Chain, k: _Cluster) -> bool:
    """The chain and the cluster name one office or code: "Jim X" is the "James X" of another article
    when both hold the same post, while two "Mike"/"Michael" namesakes with other posts stay apart."""
    if c.actor_code and any(c.actor_code == x.actor_code for x in k.chains):
        return True
    return any(_roles_compatible(a, b) for a in c.roles for x in k.chains for b in x.roles)


def _suffix_clash(
    a: Chain, b: Chain, suffixed_in: frozenset[tuple[str, str]], plain_in: frozenset[tuple[str, str]]
) -> bool:
    """Two generations of one name: different suffixes ("Jr." and "III"), a suffixed name and an
    unsuffixed full name printed in an article that also names the suffixed one, or a suffixed full
    name whose own article keeps an unsuffixed namesake apart: the one it tells from him is the
    namesake the other articles name without the suffix."""
    sa, sb = name_suffix(a.name), name_suffix(b.name)
    if sa and sb:
        return sa != sb
    plain, suffixed = (b, a) if sa else (a, b) if sb else (None, None)
    if plain is None or suffixed is None or not plain.first_name:
        return False
    if _suffix_home(plain) in suffixed_in:
        return True
    return (
        bool(suffixed.first_name) and plain.doc_id != suffixed.doc_id and _suffix_home(suffixed) in plain_in
    )


def _suffix_home(c: Chain) -> tuple[str, str]:
    return c.doc_id, name_key(c.surname) or ""


def _bare_suffix_unmatched(x: _Cluster, y: _Cluster) -> bool:
    """A surname with a suffix and no given name ("Okafor Jr.") joins only people named with that
    suffix, never an unsuffixed full name: the suffix is all that tells the son from the father."""
    if not any(b.first_name for b in y.chains):
        return False
    bare_suffixes = {s for a in x.chains if not a.first_name and (s := name_suffix(a.name))}
    return any(all(name_suffix(b.name) != s for b in y.chains) for s in bare_suffixes)


def _generations_differ(x: _Cluster, y: _Cluster) -> bool:
    suffixed_in, plain_in = x.suffixed_in | y.suffixed_in, x.plain_in | y.plain_in
    if any(_suffix_clash(a, b, suffixed_in, plain_in) for a in x.chains for b in y.chains):
        return True
    return _bare_suffix_unmatched(x, y) or _bare_suffix_unmatched(y, x)


def _same_suffix_first(clusters: list[_Cluster], suffix: str | None) -> list[_Cluster]:
    """Clusters to try for a full name: with a suffix, the people already named with it first."""
    if suffix is None:
        return clusters
    return sorted(clusters, key=lambda k: all(name_suffix(x.name) != suffix for x in k.chains))


def _conflict(x: _Cluster, y: _Cluster) -> bool:
    """Different people for sure: incompatible first names, generational suffixes, genders, or offices
    held at the same time."""
    pool = x.chains + y.chains
    for a in x.chains:
        for b in y.chains:
            if not _given_compatible(a, b) and not _bridged(a, b, pool):
                return True
    if _generations_differ(x, y):
        return True
    gx, gy = x.gender(), y.gender()
    if gx and gy and gx != gy:
        return True
    rx, ry = x.roles(), y.roles()
    if rx and ry:
        cx = {r.country for r, _ in rx if r.country}
        cy = {r.country for r, _ in ry if r.country}
        if cx and cy and not cx & cy:
            return True
        for ra, da in rx:
            for rb, db in ry:
                if da is None or db is None or abs((da - db).days) > SAME_TIME_DAYS:
                    continue
                if _roles_compatible(ra, rb) or _any_top_office(ra) or _any_top_office(rb):
                    continue
                same_body = (ra.organization and ra.organization == rb.organization) or (
                    ra.country and ra.country == rb.country
                )
                # the same body, the same time, two different offices: two people
                if same_body and not any(_roles_compatible(p, q) for p, _ in rx for q, _ in ry):
                    return True
    return False


# Bare words for whoever leads a country or body, whatever the office is called
_ANY_TOP_OFFICE = frozenset({"leader", "head", "ruler"})


def _any_top_office(r: Role) -> bool:
    """ "the Kastani leader": no second office beside the country's president or prime minister."""
    return _office_key(_without_ranks(r.title)) in _ANY_TOP_OFFICE


def _evidence(c: Chain, k: _Cluster, when: date | None) -> float:
    """How strongly a surname-only chain points at a cluster (negative: it points away)."""
    score = 0.0
    kr = k.roles()
    if c.roles and kr:
        if any(_roles_compatible(a, b) for a in c.roles for b, _ in kr):
            score += 2
        elif any(a.organization and a.organization == b.organization for a in c.roles for b, _ in kr):
            score += 1
    if c.country and c.country in {r.country for r, _ in kr}:
        score += 1
    days = k.days()
    if when is not None and days:
        gap = min(abs((when - d).days) for d in days) / 365.25
        score += 1 if gap <= SURNAME_LINK_YEARS else -3
    return score


def _registry_holder(c: Chain, reg: Registry) -> KnownPerson | None:
    """The one office holder the registry knows with this surname and one of the titles the chain is
    given ("President Okafor" where the corpus names only his wife "Ada Okafor" in full); None when no
    holder or several fit."""
    if not c.roles or not c.surname:
        return None
    said = {role_key(r.title) for r in c.roles}
    holders = [
        p
        for full in sorted(reg.surnames.get(norm_key(c.surname), ()))
        for p in reg.known_people(full)
        if any(role_key(r.title) in said for r in p.roles)
    ]
    return holders[0] if len({p.name for p in holders}) == 1 else None


def _registry_holder_given_names(c: Chain, reg: Registry) -> set[str]:
    """Given names of ``_registry_holder``, empty when there is none."""
    holder = _registry_holder(c, reg)
    if holder is None:
        return set()
    return {g for n in (holder.name, *holder.aliases) if (g := given_name(n))}


def _bare_holder_code(members: list[Chain], days: list[date | None], reg: Registry) -> str | None:
    """Code of a person written by title and surname ("President Okafor") when the titles point at one
    registry office holder whose given name fits every one the articles print, on the latest date the
    person is written about."""
    holders = {h.name: h for c in members if (h := _registry_holder(c, reg)) is not None}
    if len(holders) != 1:
        return None
    given = {g for h in holders.values() for n in (h.name, *h.aliases) if (g := given_name(n))}
    if any(c.first_name and not any(first_names_compatible(c.first_name, g) for g in given) for c in members):
        return None
    dated = [d for d in days if d]
    code = person_code(next(iter(holders.values())), max(dated).isoformat() if dated else None, reg)
    return code.code if code is not None else None


def _held_by_another(given: set[str], k: _Cluster) -> bool:
    """The cluster's people are named in full with given names none of which is the office holder's."""
    return (
        bool(given)
        and bool(k.first_names)
        and not any(given_names_may_match(f, g) for f in k.first_names for g in given)
    )


def _entity_id(name: str, etype: str, disambiguator: str) -> str:
    h = hashlib.sha1(f"{norm_key(name)}\x1f{etype}\x1f{disambiguator}".encode()).hexdigest()
    return h[:16]


def _person_clusters(chains: list[Chain], dates: dict[str, date | None]) -> list[_Cluster]:
    reg = registry()
    blocks: dict[str, list[Chain]] = defaultdict(list)
    for c in chains:
        sk = name_key(c.surname) or name_key(c.name) or ""
        blocks[sk.split(" ")[-1]].append(c)
    out: list[_Cluster] = []
    for _, members in sorted(blocks.items()):
        full = [c for c in members if c.first_name]
        bare = [c for c in members if not c.first_name]
        clusters: list[_Cluster] = []
        suffixed_in = frozenset(_suffix_home(c) for c in members if name_suffix(c.name))
        plain_in = frozenset(_suffix_home(c) for c in members if not name_suffix(c.name)) & suffixed_in
        # full names: same surname and compatible first name, unless their offices clash; a suffixed
        # name ("Ada Okafor Jr.") comes after the unsuffixed ones, so that its namesake is known; fuller
        # names first, so that the names they print whole find them
        for c in sorted(
            full,
            key=lambda c: (
                bool(name_suffix(c.name)),
                -len(_given(c)),
                -len(c.first_name or ""),
                c.doc_id,
                c.chain_id,
            ),
        ):
            single = _Cluster([c], {c.doc_id: dates.get(c.doc_id)}, suffixed_in, plain_in)
            home = None
            for k in _same_suffix_first(clusters, name_suffix(c.name)):
                if name_key(c.surname) not in {name_key(x.surname) for x in k.chains}:
                    continue
                if (
                    _given_fits(c, k)
                    and not _conflict(k, single)
                    and (_named_alike(c, k) or _shares_office(c, k) or _one_registry_person(c, k, reg))
                ):
                    home = k
                    break
            if home is None:
                clusters.append(single)
            else:
                home.chains.append(c)
                home.dates[c.doc_id] = dates.get(c.doc_id)
        # bare surnames: join the one person the evidence points at, else stay with other bare mentions
        full_docs = {id(k): len({c.doc_id for c in k.chains}) for k in clusters}
        leftovers: list[_Cluster] = []
        for c in sorted(bare, key=lambda c: (c.doc_id, c.chain_id)):
            when = dates.get(c.doc_id)
            single = _Cluster([c], {c.doc_id: when}, suffixed_in, plain_in)
            holder = _registry_holder_given_names(c, reg)
            scored = sorted(
                (
                    (_evidence(c, k, when), i)
                    for i, k in enumerate(clusters)
                    if not _conflict(k, single) and not _held_by_another(holder, k)
                ),
                reverse=True,
            )
            # the only person of that surname, with nothing against; or the one the evidence singles out;
            # or, the evidence tied, the one the corpus names far more often than the others
            only = len(scored) == 1 and scored[0][0] >= 0
            singled = bool(scored) and scored[0][0] >= 1 and (len(scored) == 1 or scored[1][0] < scored[0][0])
            if not (only or singled) and scored and scored[0][0] >= 0:
                tied = [i for s, i in scored if s == scored[0][0]]
                tied.sort(key=lambda i: -full_docs[id(clusters[i])])
                top_docs = full_docs[id(clusters[tied[0]])]
                rest = max((full_docs[id(clusters[i])] for i in tied[1:]), default=0)
                if top_docs >= PROMINENT_MIN_DOCS and top_docs >= PROMINENT_RATIO * max(rest, 1):
                    scored = [(scored[0][0], tied[0])]
                    only = True
            if only or singled:
                k = clusters[scored[0][1]]
                k.chains.append(c)
                k.dates[c.doc_id] = when
                continue
            home = None
            for k in leftovers:
                if not _conflict(k, single) and _evidence(c, k, when) >= 1:
                    home = k
                    break
            if home is None:
                leftovers.append(single)
            else:
                home.chains.append(c)
                home.dates[c.doc_id] = when
        out.extend(clusters)
        out.extend(leftovers)
    return out


def _respelled(name: str, old: str | None, new: str, last: bool) -> str:
    if not old or old not in name:
        return name
    i = name.rfind(old) if last else name.find(old)
    return name[:i] + new + name[i + len(old) :]


def _registry_surname(c: Chain, ks: str | None) -> str | None:
    """The surname as the registry spells it when the full name finds one registry person under another
    spelling of it ("Ahmed Korsy" for the listed "Ahmed Korsi"): one person, one block."""
    if not c.first_name or not ks:
        return None
    known = registry().known_people(c.name)
    if len({p.name for p in known}) != 1:
        return None
    listed = name_key(known[0].name.split()[-1])
    if not listed or listed == ks or folded_surname(listed) != folded_surname(ks):
        return None  # the same spelling, or another part of the name ("Wen Jiabao" written family first)
    return listed


def _spelling_views(people: list[Chain]) -> list[Chain]:
    """Copies of the person chains with each name part in its corpus-canonical spelling, for clustering
    only (the printed names of the originals are left as written)."""
    firsts, surnames = spelling_maps(people)
    views: list[Chain] = []
    for c in people:
        kf, ks = name_key(c.first_name), name_key(c.surname)
        first = firsts.get(kf or "")
        sur = surnames.get(ks or "") or _registry_surname(c, ks)
        if first is None and sur is None:
            views.append(c)
            continue
        name = c.name
        if first is not None:
            name = _respelled(name, c.first_name, first, last=False)
        if sur is not None:
            name = _respelled(name, c.surname, sur, last=True)
        views.append(replace(c, first_name=first or c.first_name, surname=sur or c.surname, name=name))
    return views


def _other_key(c: Chain, reg: Registry, body_country: dict[str, str]) -> tuple[str, str]:
    """Organizations, places and groups: a government named by its seat ("Moscow", "the Kremlin") is one
    entity per country; a demonym's group one entity per code; anything else is one entity per code and
    name ("Chechnya" is not "Russia").
    A body every country has ("the Senate", "Parliament", "the Supreme Court") is one per country of
    the articles that name it (``_body_countries``), else each article's own."""
    if c.actor_code and c.actor_code.endswith("GOV") and reg.place_country(c.name):
        return (f"GOV:{c.actor_code}", "")
    if c.actor_code and c.ent_type == "NORP":
        # a demonym's group: one chain per code in an article ("Kastani officials", "the Kastani
        # government"), so one entity per code across them, whichever phrase names each article's chain
        return (f"DEM:{c.actor_code}", "")
    if c.actor_code:
        return (f"ACT:{c.actor_code}", _body_name_key(c, reg))
    if c.ent_type == "ORG" and _generic_body(c.name):
        country = body_country.get(f"{c.doc_id}|{c.name}", c.doc_id)
        return (f"TXT:{c.ent_type}:{country}", norm_key(c.name))
    return (f"TXT:{c.ent_type}", norm_key(c.name))


def _body_name_key(c: Chain, reg: Registry) -> str:
    """The name key of a coded organisation; a generic body named with its own country before it ("the
    Kastani Senate", "US Congress") keys as the bare body ("Senate", "Congress") an article of that
    country prints, so the two are one entity."""
    key = norm_key(c.name)
    if c.ent_type != "ORG" or not c.actor_code:
        return key
    key = _chamber_key(c.name)
    words = key.split()
    for n in range(1, min(4, len(words))):
        prefix, body = " ".join(words[:n]), " ".join(words[n:])
        if _generic_body(body) and _names_country(prefix, c.actor_code[:3], reg):
            return body
    return key


# A chamber's full name and the bare head an article of its country calls it by after the first time
# ("the House of Representatives" ... "the House"): one body
_CHAMBER_SHORT_FORMS = {"house of representatives": "house", "house of commons": "house"}


def _names_country(text: str, code: str, reg: Registry) -> bool:
    """``text`` names the country ``code`` or is its demonym ("US", "Kastani")."""
    actor = reg.actor(text)
    return reg.demonym(text) == code or (actor is not None and actor.kind == "country" and actor.code == code)


# Head words of the names of bodies that many countries have under the same name; armed forces and police
# too: "the Army" of one article is not the Army of another country's
_BODY_HEADS = frozenset(
    ["senate", "parliament", "house", "congress", "assembly", "cabinet", "court", "legislature", "council"]
    + ["army", "navy", "force", "police"]
)
# Every word such a name may have: its head and the words that qualify it ("Supreme Court", "Air Force")
_GENERIC_BODY_WORDS = _BODY_HEADS | frozenset(
    ["supreme", "high", "constitutional", "federal", "national", "legislative", "representatives"]
    + ["government", "air", "of", "the"]
)


def _generic_body(name: str) -> bool:
    words = norm_key(name).split()
    return bool(words) and set(words) <= _GENERIC_BODY_WORDS and bool(set(words) & _BODY_HEADS)


# Head words of the generic bodies that are armed forces or police
_FORCE_HEADS = frozenset({"army", "navy", "force", "police"})

# Articles that must agree on a generic body's country before it is coded
MIN_BODY_ARTICLES = 2
# The sector of a generic body by its head word; a "council" may be anything and gets none
_BODY_SECTORS = {
    "senate": "LEG",
    "parliament": "LEG",
    "house": "LEG",
    "congress": "LEG",
    "assembly": "LEG",
    "legislature": "LEG",
    "court": "JUD",
    "cabinet": "GOV",
    "army": "MIL",
    "navy": "MIL",
    "force": "MIL",
    "police": "COP",
}


def _code_generic_bodies(bodies: list[Chain], body_country: dict[str, str]) -> None:
    """ "the Senate" of an article is that country's legislature when the corpus agrees: the country is
    the one most articles naming a body of that name give it, in two or more of them. Code it with that
    country and the sector its head word names, so it acts like the coded institutions ("US Congress")
    in events. One article's pick alone is often another country's body ("Parliament" in an article
    that names the US most), and stays uncoded."""
    by_name: dict[str, dict[str, str]] = defaultdict(dict)
    for c in bodies:
        country = body_country.get(f"{c.doc_id}|{c.name}")
        if country is not None:
            by_name[_chamber_key(c.name)][c.doc_id] = country
    for c in bodies:
        votes = Counter(by_name[_chamber_key(c.name)].values()).most_common(2)
        country = body_country.get(f"{c.doc_id}|{c.name}")
        agreed = (
            bool(votes)
            and votes[0][1] >= MIN_BODY_ARTICLES
            and (len(votes) == 1 or votes[0][1] > votes[1][1])
        )
        heads = {_BODY_SECTORS[w] for w in norm_key(c.name).split() if w in _BODY_SECTORS}
        if c.actor_code is None and agreed and country == votes[0][0] and len(heads) == 1:
            c.actor_code = country + heads.pop()


def _chamber_key(name: str) -> str:
    """A body's name key, its full chamber name read as the bare head both forms share."""
    key = norm_key(name)
    return _CHAMBER_SHORT_FORMS.get(key, key)


def _doc_countries(corpus: Corpus, reg: Registry) -> dict[str, Counter[str]]:
    """How often each article names each country (its places, governments and their institutions)."""
    per_chain: dict[tuple[str, int], str] = {}
    for c in corpus.chains:
        code = (c.actor_code or "")[:3]
        if c.ent_type in ("GPE", "ORG") and reg.country(code) is not None:
            per_chain[(c.doc_id, c.chain_id)] = code
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in corpus.mentions:
        country = per_chain.get((m.doc_id, m.chain_id))
        if country is not None:
            counts[m.doc_id][country] += 1
    return counts


# A country named at least this share as often as an article's main one may be the country of its
# "Senate" ("Congress" in an article mostly about Iran is still the US Congress)
BODY_COUNTRY_SHARE = 0.25


def _body_countries(chains: list[Chain], doc_counts: dict[str, Counter[str]]) -> dict[str, str]:
    """The country of each article's generic body ("the Senate"): of the countries the article names
    often enough, the one whose articles about a body of that name are most numerous (an article's main
    country is the one it names strictly most); an article naming no country takes the most common one."""
    main: dict[str, str] = {}
    for doc_id, cnt in doc_counts.items():
        top = cnt.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            main[doc_id] = top[0][0]
    by_name: dict[str, list[Chain]] = defaultdict(list)
    for c in chains:
        by_name[norm_key(c.name)].append(c)
    out: dict[str, str] = {}
    for name, members in by_name.items():
        if set(name.split()) & _FORCE_HEADS:
            # an army or a police force at work is the article's own country's ("Army commandos" of
            # an article about one country that names the US twice), not the corpus's usual one
            out.update({f"{c.doc_id}|{c.name}": main[c.doc_id] for c in members if c.doc_id in main})
            continue
        home = Counter(main[d] for d in {c.doc_id for c in members} if d in main)
        for c in members:
            cnt = doc_counts.get(c.doc_id, Counter())
            if not cnt:  # no country named: the body most articles of the corpus mean, as before
                if home:
                    out[f"{c.doc_id}|{c.name}"] = home.most_common(1)[0][0]
                continue
            most = cnt.most_common(1)[0][1]
            named = [k for k, n in cnt.items() if n >= BODY_COUNTRY_SHARE * most]
            out[f"{c.doc_id}|{c.name}"] = max(named, key=lambda k: (home[k], cnt[k], k))
    return out


def _same_title(a: Role, b: Role) -> bool:
    """One office as printed: "acting President" and "President" stay two dated roles."""

    def k(t: str) -> str:
        return norm_key(t).replace("-", " ").replace("defense", "defence")

    return _roles_compatible(a, b) and k(a.title) == k(b.title)


def _merge_roles(pairs: Iterable[tuple[Role, date | None, str]]) -> list[Role]:
    merged: list[tuple[Role, date | None]] = []
    for r, d, doc_id in sorted(pairs, key=lambda x: (x[1] or date.max, x[2])):
        twin = next((m for m in merged if _same_title(m[0], r)), None)
        if twin is None:
            merged.append(
                (
                    Role(
                        title=r.title,
                        organization=r.organization,
                        country=r.country,
                        start=r.start,
                        end=r.end,
                        evidence_doc_id=r.evidence_doc_id or doc_id,
                        reported=r.reported,
                    ),
                    d,
                )
            )
            continue
        m = twin[0]
        m.country = m.country or r.country
        m.organization = m.organization or r.organization
        if r.start and (m.start is None or r.start < m.start):
            m.start = r.start
        if r.reported and (m.reported is None or r.reported < m.reported):
            m.reported = r.reported
    out = [m for m, _ in merged]
    for m in out:  # "President" read without a country is the same office as "acting President" of X
        if m.country is None:
            twins = {o.country for o in out if o.country and _roles_compatible(o, m)}
            if len(twins) == 1:
                m.country = twins.pop()
    return out


_RANKS = (
    frozenset(
        (
            "general",
            "admiral",
            "colonel",
            "lieutenant",
            "major",
            "captain",
            "sergeant",
            "corporal",
            "brigadier",
            "marshal",
        )
    )
    | MILITARY_RANKS
)  # "Sgt. Jane Doe"; an office ("Sen.") stays in the title


_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _without_ranks(title: str) -> str:
    """The title without military rank words: "leader Colonel" -> "leader"; "Lieutenant General" -> ""."""
    return " ".join(w for w in title.replace("-", " ").split() if w.lower().rstrip(".") not in _RANKS)


def _role_day(r: Role) -> str | None:
    """The day a role is known in force: its start when the text gives one, else the day an article
    reported it held."""
    return r.start or r.reported


def _last_seen(
    roles: list[Role], raw: list[Role], doc_days: dict[str, date | None] | None = None
) -> dict[int, tuple[str, int]]:
    """For each merged role, the latest day an article gave it (a merged role starts on its first) and
    how many times the articles gave it. A role read with no start of its own ("former FBI director":
    held before, from no known day) counts from the day of the article that gives it, so a later
    article's "former" outdates an earlier article's office."""
    doc_days = doc_days or {}

    def day(r: Role) -> str | None:
        if known := _role_day(r):
            return known
        d = doc_days.get(r.evidence_doc_id or "")
        return d.isoformat() if d is not None else None

    out: dict[int, tuple[str, int]] = {}
    for m in roles:
        days = [d for r in raw if (d := day(r)) and _same_title(m, r)]
        if days:
            out[id(m)] = (max(days), len(days))
    return out


def _person_code(
    roles: list[Role],
    reg: Registry,
    country_docs: Counter[str] | None = None,
    seen: dict[int, tuple[str, int]] | None = None,
) -> str | None:
    """Code from the latest dated role that names a country or an organization (latest by the last
    article that gives it, when ``seen`` says). When the roles name several countries, only roles of the
    country most documents give count: one misread apposition ("..., a former U.S. ambassador") must not
    make a foreign leader American."""
    main = None
    if country_docs:
        top = country_docs.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            main = top[0][0]
    seen = seen or {}

    def last(r: Role) -> str:
        return seen[id(r)][0] if id(r) in seen else _role_day(r) or ""

    dated = sorted(roles, key=last, reverse=True)
    times: Counter[str] = Counter()  # how many times the articles give each code
    found: list[tuple[str, str]] = []  # (start, code) of each role that gives a code, latest first
    ranks: list[tuple[str, str]] = []  # the same for bare military ranks
    for r in dated:
        if main is not None and r.country and r.country != main:
            continue
        org = reg.actor(r.organization) if r.organization else None
        # a state office read without its country ("Secretary of Defense") is held in the one country
        # the person's other roles name ("former Sen. ..., R-Neb."); a chairman may chair anything
        country = r.country or (main if reg.sector(r.title) in _STATE_SECTORS else None)
        code = title_code(r.title, country, org, reg).code
        office = _without_ranks(r.title)
        if all(w in reg.title_qualifiers for w in norm_key(office).split()):
            office = ""  # "top Gen.", "Rear Adm.": a rank with a qualifier is still a rank
        if code and code.endswith("MIL") and office:
            # "leader Colonel": the office is leader ("attorney general" codes as no rank to begin with)
            code = title_code(office, country, org, reg).code
        if code and (org is not None or country):
            (found if office else ranks).append((last(r), code))
            times[code] += seen[id(r)][1] if id(r) in seen else 1
    # a rank kept as a form of address ("Colonel Gaddafi") says less than an office held ("Libyan leader"),
    # and a role that gives only the country ("head") less than one that gives the sector too
    found = found or ranks
    found = [f for f in found if len(f[1]) > 3] or found
    if not found:
        return None
    # among the roles of the latest date (mostly: all undated) the code most of them give: "UN envoy",
    # "former UN chief" and "envoy to Syria" (read as a Syrian office) make a UN man
    latest = [code for start, code in found if start == found[0][0]]
    # on one day an office held beats one held before ("Senator X, a former governor")
    votes = Counter([c for c in latest if not c.endswith("ELI")] or latest)
    order = [code for _, code in found]
    # a tie on that date goes to the code the articles give most often over all dates: "Defence
    # Secretary X, as a senator, ..." stays the secretary the other articles call him
    return max(votes, key=lambda c: (votes[c], times[c], -order.index(c)))


def _chain_countries(c: Chain, reg: Registry) -> set[str]:
    """The countries a person's chain serves: its roles' countries, else the country of a national
    institution a role names ("CIA Director" serves the United States), else its own code's country."""
    countries = {r.country for r in c.roles if r.country}
    if not countries:
        for r in c.roles:
            org = reg.actor(r.organization) if r.organization else None
            if org is not None and org.kind == "institution":
                countries.add(org.code)
    if not countries and c.actor_code and reg.country(c.actor_code[:3]) is not None:
        countries.add(c.actor_code[:3])
    return countries


# Other people of an article who serve a country, all the same one, that make it the country of a state
# office the article prints bare ("Deputy Attorney General X" beside "Sen. Y, R-Ohio" and "Rep. Z"): one
# colleague alone may be the foreign counterpart of a meeting ("Secretary X met Foreign Minister Y").
COLLEAGUE_COUNTRY_MIN_PEOPLE = 2


def _colleague_countries(people: list[Chain], reg: Registry) -> dict[tuple[str, int], Counter[str]]:
    """For each person's chain, how many other people of its article serve each country."""
    per_doc: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    for c in people:
        per_doc[c.doc_id].append((c.chain_id, _chain_countries(c, reg)))
    out: dict[tuple[str, int], Counter[str]] = {}
    for doc_id, chains in per_doc.items():
        for chain_id, _ in chains:
            out[(doc_id, chain_id)] = Counter(x for other, cs in chains if other != chain_id for x in cs)
    return out


def _bare_office_country(
    members: list[Chain], colleagues: dict[tuple[str, int], Counter[str]], reg: Registry
) -> Counter[str]:
    """The country a person serves when no role of theirs names one: a national institution a role
    names, else the one country all the other office holders of their articles serve (two or more of
    them); an empty counter when neither tells."""
    own = Counter(
        org.code
        for c in members
        for r in c.roles
        if r.organization and (org := reg.actor(r.organization)) is not None and org.kind == "institution"
    )
    if own:
        return own
    if not any(_telling_state_office(r.title, reg) for c in members for r in c.roles):
        return Counter()  # "spokesman", "President", "director": of a company or a group as often
    around: Counter[str] = Counter()
    for c in members:
        around.update(colleagues.get((c.doc_id, c.chain_id), Counter()))
    if len(around) == 1 and next(iter(around.values())) >= COLLEAGUE_COUNTRY_MIN_PEOPLE:
        return around
    return Counter()


# Sectors whose one-word titles are offices of a state alone ("senator", "judge", "lawmaker")
_STATE_ONLY_SECTORS = frozenset({"LEG", "JUD"})


def _telling_state_office(title: str, reg: Registry) -> bool:
    """A title that names a state's office wherever it is printed: a sector of the state and either
    more than a head word ("Deputy Attorney General", "Secretary of State", "defense minister") or a
    lawmaker's or a judge's word; not a generic head that companies and groups have too ("spokesman",
    "President", "Chairman", "director"), nor a bare rank or qualifier ("Sgt.", "deputy")."""
    if reg.sector(title) not in _STATE_SECTORS:
        return False
    words = [
        w
        for w in norm_key(title).replace("-", " ").split()
        if w not in reg.title_qualifiers
        and w.rstrip(".") not in _RANKS
        and w not in ("of", "the", "for", "and")
    ]
    if len(words) > 1:
        return True
    return len(words) == 1 and reg.sector(words[0]) in _STATE_ONLY_SECTORS


def _known_person_code(name: str, days: list[date | None], reg: Registry) -> str | None:
    """Code of a person the text gives no role but the registry knows by full name (an office holder),
    on the latest date the person is written about (None when undated: the office held now)."""
    if len(name.split()) < 2:
        return None  # a bare surname is too weak without a role in the text
    people = reg.known_people(name)
    if len({p.name for p in people}) != 1:
        return None
    dated = [d for d in days if d]
    code = person_code(people[0], max(dated).isoformat() if dated else None, reg)
    return code.code if code is not None else None


def _registry_country(name: str, days: list[date | None], reg: Registry) -> Counter[str]:
    """The country the registry has a person by this full name serve (empty when it knows no one): it
    outranks the country of the article's other office holders ("Prime Minister X" beside a crowd of
    American officials)."""
    code = _known_person_code(name, days, reg)
    if code is None or reg.country(code[:3]) is None:
        return Counter()
    return Counter({code[:3]: 1})


def _registry_display_name(names: Counter[str], reg: Registry) -> str | None:
    """The registry's own name for a person whose group prints two or more of its listed full names
    ("Ada Okafor" and "Adaeze Lind Okafor"): neither printed spelling is the better one, the registry's
    first name is. None unless every listed name among them belongs to one registry person."""
    persons: set[str] = set()
    spellings: set[str] = set()
    for name in names:
        key = norm_key(name)
        if len(key.split()) < 2:
            continue
        for person in reg.people.get(key, ()):
            persons.add(person.name)
            spellings.add(key)
    if len(persons) != 1 or len(spellings) < 2:
        return None
    return next(iter(persons))


def resolve_entities(corpus: Corpus) -> list[Entity]:
    """Group the corpus's chains into entities; set ``entity_id`` on chains and mentions; return the entities."""
    reg = registry()
    dates = {doc_id: _day(a.published) for doc_id, a in corpus.articles.items()}
    retype_place_names(corpus)
    retype_organisation_names(corpus)
    retype_person_surnames(corpus)
    people = [c for c in corpus.chains if c.ent_type == "PERSON"]
    others = [c for c in corpus.chains if c.ent_type != "PERSON"]

    views = _spelling_views(people)
    original = {id(v): c for v, c in zip(views, people, strict=True)}
    groups: list[tuple[str, list[Chain]]] = [
        ("PERSON", [original[id(v)] for v in k.chains]) for k in _person_clusters(views, dates)
    ]
    _code_leaders_groups(people, others, reg)
    colleagues = _colleague_countries(people, reg)
    by_key: dict[tuple[str, str], list[Chain]] = defaultdict(list)
    bodies = [c for c in others if c.ent_type == "ORG" and _generic_body(c.name)]
    body_country = _body_countries(bodies, _doc_countries(corpus, reg))
    _code_generic_bodies(bodies, body_country)
    for c in others:
        by_key[_other_key(c, reg, body_country)].append(c)
    for _, members in sorted(by_key.items()):
        groups.append((members[0].ent_type, members))

    mention_count: Counter[tuple[str, int]] = Counter()
    for m in corpus.mentions:
        mention_count[(m.doc_id, m.chain_id)] += 1
    only_channel = _channel_only_chains(corpus.mentions)

    def canonical(members: list[Chain]) -> str:
        names = Counter(c.name for c in members)
        known = _registry_display_name(names, reg) if members[0].ent_type == "PERSON" else None
        if known is not None:
            return known
        if members[0].ent_type == "NORP" and members[0].actor_code:
            return _group_display_name(members, mention_count)
        best = max(names, key=lambda n: (names[n], len(n.split()), len(n), n))
        if members[0].ent_type == "PERSON" and len(best.split()) == 1:
            # a person is shown by the full name some article gives, not the bare surname most give
            full = [n for n in names if len(n.split()) > 1 and norm_key(n).endswith(" " + norm_key(best))]
            if full:
                return max(full, key=lambda n: (names[n], len(n.split()), len(n), n))
        return best

    # the id is the hash of name and type; only namesakes need a disambiguator (their first role)
    namesakes = Counter((norm_key(canonical(m)), t) for t, m in groups)
    entities: list[Entity] = []
    chain_entity: dict[tuple[str, int], str] = {}
    used: set[str] = set()
    for etype, members in groups:
        name = canonical(members)
        roles = _merge_roles((r, dates.get(c.doc_id), c.doc_id) for c in members for r in c.roles)
        if etype == "PERSON":
            country_docs = Counter(
                country
                for _, country in {(c.doc_id, r.country) for c in members for r in c.roles if r.country}
            )
            raw_roles = [
                replace(r, evidence_doc_id=r.evidence_doc_id or c.doc_id) for c in members for r in c.roles
            ]
            seen = _last_seen(roles, raw_roles, dates)
            if not country_docs:
                country_docs = _bare_office_country(members, colleagues, reg)
                home = _registry_country(name, [dates.get(c.doc_id) for c in members], reg)
                if country_docs and home and not country_docs.keys() & home.keys():
                    country_docs = home  # the registry's office holder is no colleague of theirs
            code = _person_code(roles, reg, country_docs, seen)
            codes = Counter(c.actor_code for c in members if c.actor_code)
            code = code or (codes.most_common(1)[0][0] if codes else None)
            code = code or _known_person_code(name, [dates.get(c.doc_id) for c in members], reg)
            code = code or _bare_holder_code(members, [dates.get(c.doc_id) for c in members], reg)
            if code is not None and len(code) == 3 and reg.country(code) is not None:
                # the registry gives only the country ("Sen. X" years before the office it lists): the
                # office the text names, a state's, is held in that country
                offices = [
                    r for r in roles if norm_key(r.title) not in reg.title_qualifiers
                ]  # not a bare "deputy"
                code = _person_code(offices, reg, Counter({code: 1}), seen) or code
            first_role = next((r for r in sorted(roles, key=lambda r: _role_day(r) or "9999")), None)
            disamb = (
                "|".join(
                    x or "" for x in (role_key(first_role.title), first_role.organization, first_role.country)
                )
                if first_role
                else ""
            )
        else:
            codes = Counter(c.actor_code for c in members if c.actor_code)
            code = codes.most_common(1)[0][0] if codes else None
            disamb = code or ""
        if namesakes[(norm_key(name), etype)] == 1:
            disamb = ""
        eid = _entity_id(name, etype, disamb)
        n = 1
        while eid in used:  # two people with one name and no telling role: keep both, apart
            n += 1
            eid = _entity_id(name, etype, f"{disamb}#{n}")
        used.add(eid)
        aliases: list[str] = []
        for c in members:
            for a in _chain_aliases(c, name):
                if a not in aliases:
                    aliases.append(a)
        # an outlet only told or cited in an article ("told Orvik News") is no actor there
        doc_ids = sorted({c.doc_id for c in members if (c.doc_id, c.chain_id) not in only_channel})
        entities.append(
            Entity(
                entity_id=eid,
                name=name,
                type=etype,
                actor_code=code,
                aliases=aliases,
                doc_ids=doc_ids,
                mention_count=sum(mention_count[(c.doc_id, c.chain_id)] for c in members),
                roles=roles,
            )
        )
        for c in members:
            c.entity_id = eid
            if c.actor_code is None and code is not None and etype == "PERSON":
                c.actor_code = code  # a role stated in another article codes this one too
            chain_entity[(c.doc_id, c.chain_id)] = eid
    for m in corpus.mentions:
        m.entity_id = chain_entity.get((m.doc_id, m.chain_id))
    corpus.entities = entities
    return entities


def _channel_only_chains(mentions: list[Mention]) -> set[tuple[str, int]]:
    """(doc id, chain id) of the chains every mention of which names an outlet only as a channel."""
    kinds: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        kinds[(m.doc_id, m.chain_id)].add(m.kind)
    return {key for key, found in kinds.items() if found == {"channel"}}


def _group_display_name(members: list[Chain], mention_count: Counter[tuple[str, int]]) -> str:
    """A demonym group's name across articles: not a coordination ("Kastani and Orvik troops" names two
    groups), then the phrase most articles and mentions print, then the plainest (fewest words)."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for c in members:
        articles[c.name] += 1
        mentions[c.name] += mention_count[(c.doc_id, c.chain_id)]
    return max(
        articles,
        key=lambda n: (" and " not in n, articles[n], mentions[n], -len(n.split()), -len(n), n),
    )


# Nouns after a leader's surname that make a government ("the Okafor administration")
def _chain_aliases(c: Chain, entity_name: str) -> list[str]:
    """The names a chain gives its entity. A chain that prints no name of it (only "Moscow" or a title
    standing for the government) lends its own name only when that is the entity's: a metonym as an
    alias would make a focus on the government match every article about the city."""
    if c.aliases or norm_key(c.name) == norm_key(entity_name):
        return [c.name, *c.aliases]
    return []


_LEADER_GROUP_NOUNS = frozenset({"administration", "government", "cabinet", "presidency"})


def _code_leaders_groups(people: list[Chain], others: list[Chain], reg: Registry) -> None:
    """ "the Okafor administration" coded only by its sector (GOV) when its article does not say whom
    Okafor serves: the country comes from the articles that code a person of that surname, the one most
    of them give. Done before grouping, so the group is one entity with its coded twins."""
    leaders: dict[str, Counter[str]] = defaultdict(Counter)
    for c in people:
        if c.actor_code and reg.country(c.actor_code[:3]) is not None:
            leaders[name_key((c.surname or c.name).split()[-1]) or ""][c.actor_code[:3]] += 1
    for c in others:
        words = c.name.split()
        if c.ent_type != "ORG" or len(words) != 2 or words[1].lower() not in _LEADER_GROUP_NOUNS:
            continue
        if not c.actor_code or reg.country(c.actor_code[:3]) is not None:
            continue  # no code, or a country's already
        countries = leaders.get(name_key(words[0]) or "") or _registry_countries(words[0], reg)
        if countries:
            c.actor_code = countries.most_common(1)[0][0] + c.actor_code


def _registry_countries(surname: str, reg: Registry) -> Counter[str]:
    """The country the registry's office holders of this surname served, when they all served one."""
    people = [p for name in reg.surnames.get(norm_key(surname), ()) for p in reg.known_people(name)]
    countries = Counter(r.country for p in people for r in p.roles if r.country)
    return countries if len(countries) == 1 else Counter()
