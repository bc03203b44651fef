"""``merge_events``: reports of one real-world event in several sentences and outlets become one Event.

Two event mentions are the same event when
  * their actors are the same up to entity resolution (chain entity_id, else actor code, else the
    normalised name); for mutual acts (roots 03-06: agreeing, meeting, cooperating) the order of the
    pair does not matter,
  * their CAMEO root is the same (under the statement root, their three-digit code: admitting is no
    denial),
  * their modality is compatible (asserted/reported/planned statements of the act merge; a negated or
    hypothetical one stays apart), and
  * their dates are the same, adjacent days, or one contains the other ("2000-02" and "2000-02-16").
A country named by a predecessor's or a whole's code ("Yugoslavia" in one outlet, "Serbia" in another)
counts as the same actor when the pair is listed in the state lineage table (``lineage.py``) and the
dates are compatible; two parts of one whole never end up in one event through it.
Documents marked ``duplicate_of`` another are not counted: their mentions are skipped.
Where a report lacks a side or a date, act and actors are not enough: a report with no doer or no target
joins a host, and undated reports of one article join each other, only when told alike (a shared word of
the trigger: "vetoed" / "the veto", or words of one line of ``data/act_synonyms.tsv``: "visited" / "the
trip"); and reports that name neither side beyond a kind of people ("35 people were killed") join on the
same day only, and only in a shared word. An undated report joins a dated group only when another article
dates a report of that group at most two days before the report's own article was published (the act its
paper reported), and told alike unless both sides are identified actors; within its own article an
undated report stays apart from the dated ones (its clause was left undated as of another time).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date as Date
from pathlib import Path

from storyline.corpus import Corpus
from storyline.entities.registry import registry
from storyline.events.codebook import MUTUAL_ROOTS, codebook
from storyline.events.lineage import codes_related, lineage_family
from storyline.records import Chain, Citation, DateSource, Event, EventMention

MODALITY_RANK = {"asserted": 0, "reported": 1, "planned": 2, "hypothetical": 3, "negated": 4}


def _modality_class(m: str) -> str:
    return m if m in ("negated", "hypothetical") else "fact"


def _day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=65536)
def dates_compatible(a: str | None, b: str | None) -> bool:
    """Same or adjacent days, or one date containing the other; unknown is compatible with nothing."""
    if not a or not b:
        return False
    if _same_or_containing(a, b):
        return True
    da, db = _day(a[:10]), _day(b[:10])
    return da is not None and db is not None and abs((da - db).days) <= 1


def _same_or_containing(a: str, b: str) -> bool:
    """The same day, or one date containing the other ("2000-02" and "2000-02-16")."""
    a10, b10 = a[:10], b[:10]
    return bool(a10 and b10) and (a10.startswith(b10) or b10.startswith(a10))


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


class _ActorKeys:
    def __init__(self, corpus: Corpus) -> None:
        self.chains: dict[tuple[str, int], Chain] = {(c.doc_id, c.chain_id): c for c in corpus.chains}

    def key(self, doc_id: str, chain_id: int | None, code: str | None, name: str | None) -> str | None:
        """Who an actor is, across documents. People by resolved entity (two ministers share a code);
        countries and organisations by actor code (a chain in one article, a bare "Moscow" in another)."""
        chain = self.chains.get((doc_id, chain_id)) if chain_id is not None else None
        if chain is not None and chain.ent_type == "PERSON":
            return "E:" + chain.entity_id if chain.entity_id else "N:" + _norm(chain.name)
        if code and (chain is not None or len(code) == 3):
            return "C:" + code
        if chain is not None and chain.entity_id:
            return "E:" + chain.entity_id
        if name:
            return "N:" + _norm(name)
        return None

    def entity_id(self, doc_id: str, chain_id: int | None) -> str | None:
        chain = self.chains.get((doc_id, chain_id)) if chain_id is not None else None
        return chain.entity_id if chain is not None else None


def _cluster_by_date(
    members: list[EventMention],
    names_an_actor: bool = True,
    published: Mapping[str, Date] | None = None,
    both_identified: bool = False,
) -> list[list[EventMention]]:
    """Reports of one act grouped by date: day dates join when the same or adjacent (when the group names
    no actor, adjacent only when both sides are named in the same words); a month or year date ("in
    2015") then joins the largest group whose days it contains and that tells the act alike ("vetoed last
    October" / "the veto of 4 October", not "the 2014 annexation" / "shelling on 29 July 2014"). Coarse
    dates never bridge two groups: a year would otherwise glue every report of that act in the year into
    one event. A group that names no actor must tell the act in a shared word, not in synonyms
    (``_alike``). An undated report then joins a group dated at most two days before its article's
    publication day when told alike or when both its sides are identified (``_join_reported_days``); the
    rest cluster among themselves."""
    dated = [m for m in members if m.date]
    fine = sorted((m for m in dated if len((m.date or "")[:10]) == 10), key=lambda m: (m.date or "")[:10])
    # finest first, so "2015-04" can host "2015" when no day group contains it
    coarse = sorted((m for m in dated if len((m.date or "")[:10]) < 10), key=lambda m: -len(m.date or ""))
    clusters: list[list[EventMention]] = []
    seen: list[set[str]] = []  # each cluster's distinct dates: many reports share a day, compare once

    def fits(m: EventMention, c: list[EventMention], days: set[str]) -> bool:
        if m.date in days:
            return True
        if names_an_actor:
            return any(dates_compatible(m.date, d) for d in days)
        if any(_same_or_containing(m.date or "", d) for d in days):
            return True
        # unnamed sides: the next day only in the same words ("85 civilians" in two days' copies)
        return any(_same_words(m, o) and dates_compatible(m.date, o.date) for o in c)

    for m in fine:
        for c, days in zip(clusters, seen, strict=True):
            if fits(m, c, days):
                c.append(m)
                days.add(m.date or "")
                break
        else:
            clusters.append([m])
            seen.append({m.date or ""})
    for m in coarse:
        # a month or a year holds many acts of a kind: it joins a group that tells the act alike
        hosts = [
            c
            for c, days in zip(clusters, seen, strict=True)
            if fits(m, c, days) and any(_alike(m, o, names_an_actor) for o in c)
        ]
        if hosts:
            max(hosts, key=len).append(m)
        else:
            clusters.append([m])
            seen.append({m.date or ""})
    undated = [m for m in members if not m.date]
    if names_an_actor and published:
        undated = _join_reported_days(undated, clusters, published, both_identified)
    return clusters + _cluster_undated(undated, names_an_actor)


# How many days before an article's publication an act it tells with no date of its own may lie and
# still be the act another report dates: news tells the acts of the day before or of that day.
_REPORTING_LAG_DAYS = 2


def _join_reported_days(
    undated: list[EventMention],
    clusters: list[list[EventMention]],
    published: Mapping[str, Date],
    both_identified: bool,
) -> list[EventMention]:
    """Undated reports that join a dated group of the same act and actors: one dated no more than two
    days before the report's publication day and, unless both sides are identified actors, holding a
    report told alike or, between identified actors, of the same code ("after meeting Kastan", with no
    day, in a paper of the 23rd; "held talks with Kastan on the 22nd" in another: one act of one code
    between the same two people). An undated
    report of an article published long after, or before, the dated act stays apart: it may tell
    another time the same parties did the same thing; so does one whose group is dated only by its own
    article (``_reported_elsewhere``). Returns the reports left undated and unjoined."""
    left: list[EventMention] = []
    for m in undated:
        day = published.get(m.doc_id)
        hosts = (
            [
                c
                for c in clusters
                if _reported_elsewhere(m, c, day)
                and any(_alike(m, o) or _same_code(m, o, both_identified) for o in c)
            ]
            if day is not None
            else []
        )
        if hosts:
            max(hosts, key=len).append(m)
        else:
            left.append(m)
    return left


def _same_code(a: EventMention, b: EventMention, both_identified: bool) -> bool:
    """Between two identified actors one code is one act told in other words ("after meeting Kastan" /
    "held talks with Kastan"); a root alone is not: "discussed the settlements" is no report of "the
    visit to Orvik" though both are consultations."""
    return both_identified and a.cameo_code == b.cameo_code


def _reported_elsewhere(m: EventMention, cluster: list[EventMention], published: Date) -> bool:
    """Whether another article dates a report of the cluster within the reporting lag before ``m``'s
    paper. Within one article an undated report is one the clause left undated on purpose (a perfect, a
    plan, an act of another time: "have talked before", "has long courted", "would sign an accord"): on three
    samples 8 of 14 such joins inside one article were the same act."""
    return any(o.date and o.doc_id != m.doc_id and _within_reporting_lag(o.date, published) for o in cluster)


def _within_reporting_lag(value: str, published: Date) -> bool:
    d = _day(value)
    return d is not None and 0 <= (published - d).days <= _REPORTING_LAG_DAYS


def _same_words(a: EventMention, b: EventMention) -> bool:
    """The same names for both sides, word for word."""
    return all(
        _norm(x or "") == _norm(y or "")
        for x, y in ((a.source_name, b.source_name), (a.target_name, b.target_name))
    )


def _cluster_undated(members: list[EventMention], synonyms: bool = True) -> list[list[EventMention]]:
    """Undated reports (those no dated group took in ``_join_reported_days``) are never glued to a dated
    event: "the same act by the same actors" in an undated article may be years apart. They merge only among themselves, per document, and only when told
    alike: with no date, act and actors alone lumped an article's every statement of one kind by one
    person ("apologized", "supported his son", "provides support") into one event."""
    by_doc: dict[str, list[EventMention]] = defaultdict(list)
    for m in members:
        by_doc[m.doc_id].append(m)
    return [group for reports in by_doc.values() for group in _link_alike(reports, synonyms)]


def _link_alike(reports: list[EventMention], synonyms: bool = True) -> list[list[EventMention]]:
    """Reports joined when any two of them are told alike (single link), each group in report order."""
    groups: list[list[EventMention]] = []
    for m in reports:
        linked = [g for g in groups if any(_alike(m, o, synonyms) for o in g)]
        groups = [g for g in groups if all(g is not k for k in linked)]
        groups.append([o for g in linked for o in g] + [m])
    order = {id(m): i for i, m in enumerate(reports)}
    return [sorted(g, key=lambda m: order[id(m)]) for g in groups]


def _best_date(members: list[EventMention]) -> tuple[str | None, DateSource | None]:
    # Prefer what a time expression said over the publication date, then the most precise value.
    dated = [m for m in members if m.date]
    if not dated:
        return None, None
    best = max(dated, key=lambda m: (m.date_source == "timex", len(m.date or ""), -dated.index(m)))
    return best.date, best.date_source


def _event_id(members: list[EventMention], group: tuple[str, str, str | None, str | None]) -> str:
    # The earliest report plus the dyad and act: stable across runs over the same documents.
    first = min(members, key=lambda m: (m.doc_id, m.sentence, m.start))
    key = f"{first.doc_id}:{first.sentence}:{first.start}:{group}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _unique_ids(events: list[Event]) -> list[Event]:
    """Events whose ids collide get distinct ones. Two clusters of one group can open on the same
    report ("men and women fight": one mention per doer with no entity, the same words, the same pair
    key), and the store keeps one row per id, so the second event would be lost. The later ones are
    re-hashed with their doer, target and a counter, in build order, which is stable across runs."""
    seen: set[str] = set()
    for ev in events:
        n = 0
        while ev.event_id in seen:
            n += 1
            key = f"{ev.event_id}:{ev.source_name}:{ev.target_name}:{n}"
            ev.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        seen.add(ev.event_id)
    return events


def _build(
    members: list[EventMention], keys: _ActorKeys, group: tuple[str, str, str | None, str | None]
) -> Event:
    book = codebook()
    codes = Counter(m.cameo_code for m in members)
    code = max(codes, key=lambda c: (codes[c], len(c)))
    info = book[code]
    rep = min(
        (m for m in members if m.cameo_code == code),
        key=lambda m: (
            MODALITY_RANK.get(m.modality, 9),
            m.source_name is None,
            m.target_name is None,
            m.doc_id,
        ),
    )
    date, date_source = _best_date(members)
    cites: list[Citation] = []
    seen: set[tuple[str, int, int, int]] = set()
    for m in sorted(members, key=lambda m: (m.doc_id, m.sentence, m.start)):
        k = (m.doc_id, m.sentence, m.start, m.end)
        if k not in seen:
            seen.add(k)
            cites.append(Citation(doc_id=m.doc_id, sentence=m.sentence, start=m.start, end=m.end))
    modality = min((m.modality for m in members), key=lambda x: MODALITY_RANK.get(x, 9))
    # the report that codes the actor says the most ("President Kallas" -> a GOV code beats a bare "Kallas")
    src = next((m for m in members if m.source_name and m.source_actor_code), None) or next(
        (m for m in members if m.source_name), rep
    )
    # A mutual act merges mirrored reports ("A met B", "B's talks with A"): the target comes from the
    # reports told the doer's way round, or the event would name one side twice.
    doer = keys.key(src.doc_id, src.source_chain_id, src.source_actor_code, src.source_name)
    same_way = [
        m
        for m in members
        if doer is None or keys.key(m.doc_id, m.target_chain_id, m.target_actor_code, m.target_name) != doer
    ]
    tgt = next((m for m in same_way if m.target_name and m.target_actor_code), None) or next(
        (m for m in same_way if m.target_name), src
    )
    return Event(
        event_id=_event_id(members, group),
        date=date,
        date_source=date_source,
        source_entity_id=keys.entity_id(src.doc_id, src.source_chain_id),
        source_name=src.source_name,
        source_actor_code=src.source_actor_code,
        target_entity_id=keys.entity_id(tgt.doc_id, tgt.target_chain_id),
        target_name=tgt.target_name,
        target_actor_code=tgt.target_actor_code,
        cameo_code=code,
        cameo_root=code[:2],
        plover_category=info.plover_category,
        plover_mode=info.plover_mode,
        goldstein=info.goldstein,
        quad_class=info.quad_class,
        modality=modality,
        summary=rep.summary,
        coded_by=rep.coded_by,
        sources=cites,
        num_sources=len(cites),
        num_documents=len({c.doc_id for c in cites}),
    )


Group = tuple[str, str, str | None, str | None]


# Words of a trigger phrase that do not say which act it is: auxiliaries, modals, aspect and support
# verbs ("begin talks", "hold a meeting", "continue to insist", "issue a call") and particles.
_LIGHT_TRIGGER_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "be have do begin start continue keep expect must should will would could can may might ready due "
        "plan try want hold make give take issue announce launch carry conduct stage go to that for on with "
        "in of into from about against over out up off"
    ).split()
)
# Inflection and nominalisation endings, longest first: "vetoes"/"veto", "withdrawal"/"withdraw",
# "suspension"/"suspend", "bombing"/"bomb", "donation"/"donate", "accusation"/"accuse" share a stem.
_ACT_SUFFIXES = "ations ation ments ment ings ing ions ion als al ed es s ate e".split()  # noqa: SIM905


def _act_stem(word: str) -> str:
    for suffix in _ACT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


@functools.lru_cache(maxsize=65536)
def trigger_stems(trigger: str) -> frozenset[str]:
    """The stems of the words of a trigger phrase that name the act ("hold talks with" -> {"talk"})."""
    words = re.findall(r"[a-z]+", trigger.lower())
    return frozenset(_act_stem(w) for w in words if w not in _LIGHT_TRIGGER_WORDS and len(w) > 2)


ACT_SYNONYMS_FILE = Path(__file__).resolve().parents[1] / "data" / "act_synonyms.tsv"


@functools.cache
def _act_synonym_sets() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each line of ``data/act_synonyms.tsv`` as its members, each member a sequence of word stems
    ("fly to" -> ("fly", "to")). A missing or unreadable file leaves only shared words."""
    try:
        lines = ACT_SYNONYMS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    sets = []
    for line in lines:
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[0] == "act":
            continue
        members = (tuple(_act_stem(w) for w in _words(m)) for m in cols[1].split(","))
        sets.append(tuple(m for m in members if m))
    return tuple(s for s in sets if len(s) > 1)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


@functools.lru_cache(maxsize=65536)
def act_senses(trigger: str) -> frozenset[int]:
    """The lines of the act-synonym table that a trigger phrase names: a one-word member by the stem of
    a word that names the act ("visited" -> visit), a phrase by its words in a row ("planned to fly to" -> visit, "go" alone -> nothing)."""
    words = _words(trigger)
    stems = [_act_stem(w) for w in words]
    naming = {_act_stem(w) for w in words if w not in _LIGHT_TRIGGER_WORDS and len(w) > 2}
    return frozenset(
        i
        for i, members in enumerate(_act_synonym_sets())
        if any(_names(member, stems, naming) for member in members)
    )


def _names(member: tuple[str, ...], stems: list[str], naming: set[str]) -> bool:
    # a phrase may hold light words ("go to"), which alone say nothing of the act; a single word may not
    if len(member) == 1:
        return member[0] in naming
    n = len(member)
    return any(tuple(stems[i : i + n]) == member for i in range(len(stems) - n + 1))


def _alike(a: EventMention, b: EventMention, synonyms: bool = True) -> bool:
    """Two reports in different sentences that name the act with a shared word ("the double veto" /
    "vetoed the resolution") or, with ``synonyms``, with words the act-synonym table puts on one line
    ("visited" / "his trip", "vetoed" / "blocked"); two clauses of one sentence are two acts, not two
    tellings of one. Reports that name no one but a kind of people go without synonyms: "civilians were
    killed" and "people they murder" are as often a toll and a charge as one act told twice."""
    if (a.doc_id, a.sentence) == (b.doc_id, b.sentence):
        return False
    if a.trigger == b.trigger or not trigger_stems(a.trigger).isdisjoint(trigger_stems(b.trigger)):
        return True
    return synonyms and not act_senses(a.trigger).isdisjoint(act_senses(b.trigger))


def _told_alike(m: EventMention, host_reports: list[EventMention]) -> bool:
    """Whether a report of the host, dated compatibly, names the act alike (``_alike``). Act, doer and
    date alone joined a doer's unrelated statements of one day: on the Timeline17 syria store about
    half of such joins were wrong."""
    return any(dates_compatible(m.date, x.date) and _alike(m, x) for x in host_reports)


def _identified_actor(key: str) -> bool:
    """A resolved entity, or a coded actor with a country or organisation: a bare name ("the army")
    or a code of a kind of people with no country ("CVL": people, "REB": rebels) is no evidence that
    two reports share their doer or their target ("15 protesters were killed" / "forces killed 23
    protesters")."""
    if key.startswith("E:"):
        return True
    return key.startswith("C:") and key[2:5] not in _generic_codes()


@functools.cache
def _generic_codes() -> frozenset[str]:
    return frozenset(registry().sectors.values())


def _names_an_actor(g: Group) -> bool:
    """Whether a group names who acted or who was acted on. Without either ("35 people were killed on
    Tuesday", "39 people were killed on Wednesday"), adjacent days chain the tolls of different
    incidents into one event, so such reports join on the same day only."""
    return any(side is not None and not _kind_of_people(side) for side in g[2:])


def _both_identified(g: Group) -> bool:
    """Whether a group names both its doer and its target as identified actors (``_identified_actor``)."""
    return all(side is not None and _identified_actor(side) for side in g[2:])


def _kind_of_people(key: str) -> bool:
    return key.startswith("C:") and key[2:5] in _generic_codes()


def _fold_sourceless(groups: dict[Group, list[EventMention]]) -> None:
    """A report that names no doer ("ties with X, suspended last year") joins the one group of the same
    act on the same target that an article names the doer of elsewhere ("A led the suspension"), when a
    report of that group in the same article has a compatible date and shares a word of its trigger
    (``_told_alike``); across articles an unnamed doer stays apart, and so does a report whose target
    is a kind of people ("six people were killed" is not known to be the toll "forces killed 20 people"
    gave)."""
    # Index of the candidate hosts (same act, same target, a named doer) and of their reports by
    # article, so each unnamed-doer report looks only at its own article's reports (near linear).
    hosts_by_key: dict[tuple[str, str, str | None], list[Group]] = defaultdict(list)
    by_doc: dict[Group, dict[str, list[EventMention]]] = {}
    for h, others in groups.items():
        if h[2] is not None:
            hosts_by_key[(h[0], h[1], h[3])].append(h)
            index: dict[str, list[EventMention]] = defaultdict(list)
            for o in others:
                index[o.doc_id].append(o)
            by_doc[h] = index
    for g in [g for g in groups if g[2] is None and g[3] is not None and _identified_actor(g[3])]:
        candidates = hosts_by_key.get((g[0], g[1], g[3]), [])

        def hosts_for(m: EventMention, candidates: list[Group] = candidates) -> list[Group]:
            if not m.date:
                return []
            hosts = [
                h for h in candidates if any(dates_compatible(m.date, o.date) for o in by_doc[h][m.doc_id])
            ]
            return hosts if len(hosts) == 1 and _told_alike(m, by_doc[hosts[0]][m.doc_id]) else []

        def moved(m: EventMention, h: Group) -> None:
            by_doc[h][m.doc_id].append(m)  # later reports of the article see it among the host's

        _rehome(groups, g, hosts_for, moved)


def _rehome(
    groups: dict[Group, list[EventMention]],
    g: Group,
    hosts_for: Callable[[EventMention], list[Group]],
    moved: Callable[[EventMention, Group], None] | None = None,
) -> None:
    """Move each report of group ``g`` whose ``hosts_for`` is exactly one group into it; the rest stay
    (``g`` goes when none do)."""
    keep: list[EventMention] = []
    for m in groups[g]:
        hosts = hosts_for(m)
        if len(hosts) == 1:
            groups[hosts[0]].append(m)
            if moved is not None:
                moved(m, hosts[0])
        else:
            keep.append(m)
    if keep:
        groups[g] = keep
    else:
        del groups[g]


def _doer_keys(key: str) -> tuple[str, ...]:
    """A doer's key and, for a country or its government (C:PRT, C:PRTGOV), the other one."""
    code = key[2:] if key.startswith("C:") else ""
    if len(code) == 3:
        return key, key + "GOV"
    if len(code) == 6 and code.endswith("GOV"):
        return key, key[:-3]
    return (key,)


def _fold_targetless(groups: dict[Group, list[EventMention]]) -> None:
    """A report that names the doer but not the target ("Lisbon suspended the accord in October") joins
    the one group of the same act by the same doer with a target ("Portugal suspended its accord with
    Morocco on 11 October"), in any article, when its date (a day or a month) is compatible with a day
    that group names and a report of that group, dated compatibly, shares a word of its trigger
    ("suspended" / "the suspension"). A country and its government count as one doer here. With two
    candidate targets, a year, or a host known only by its month ("agreed late last month"), the report
    stays apart."""
    hosts_by_key: dict[tuple[str, str, str], list[Group]] = defaultdict(list)
    for h in groups:
        if h[2] is None or h[3] is None:
            continue
        # a pair acting together: either side is a doer
        for side in (h[2], h[3]) if h[0] in MUTUAL_ROOTS else (h[2],):
            for key in _doer_keys(side):
                hosts_by_key[(h[0], h[1], key)].append(h)
    dates_of: dict[Group, set[str]] = {}
    # each host's own reports, kept before any report folds in: evidence comes from reports with a target
    reports_of: dict[Group, list[EventMention]] = {}

    def days_of(h: Group) -> set[str]:
        if h not in dates_of:
            dates_of[h] = {o.date for o in groups[h] if o.date and len(o.date[:10]) == 10}
            reports_of[h] = list(groups[h])
        return dates_of[h]

    for g in [g for g in groups if g[3] is None]:
        doer = g[2]
        found = hosts_by_key.get((g[0], g[1], doer), []) if doer and _identified_actor(doer) else []
        candidates = list(dict.fromkeys(found))  # a host indexed under both of its sides counts once
        if not candidates:
            continue

        def hosts_for(m: EventMention, candidates: list[Group] = candidates) -> list[Group]:
            if not m.date or len(m.date[:10]) < 7:
                return []
            hosts = [h for h in candidates if any(dates_compatible(m.date, d) for d in days_of(h))]
            return hosts if len(hosts) == 1 and _told_alike(m, reports_of[hosts[0]]) else []

        _rehome(groups, g, hosts_for)


def _side_compatible(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    return a is not None and b is not None and a[:2] == b[:2] == "C:" and codes_related(a[2:], b[2:])


def _groups_compatible(g: Group, h: Group) -> bool:
    if g[:2] != h[:2]:
        return False
    if _side_compatible(g[2], h[2]) and _side_compatible(g[3], h[3]):
        return True
    # a pair acting together in either order ("A met B" / "B met A"); with one side unnamed the mirror
    # says nothing ("A held talks" / "someone met A" joined an envoy's mission to his visitors' talks)
    mirror = _side_compatible(g[2], h[3]) and _side_compatible(g[3], h[2])
    return g[0] in MUTUAL_ROOTS and None not in g[2:] and mirror


def _family(side: str | None) -> str | None:
    return "C:" + (lineage_family(side[2:]) or "") if side is not None and side[:2] == "C:" else side


def _fold_lineage(clusters: list[tuple[Group, list[EventMention]]]) -> list[tuple[Group, list[EventMention]]]:
    """Join date-compatible clusters whose actors differ only by a state-lineage pair (YUG ~ SRB). A
    cluster joins a merged one only when it is compatible with every group already in it."""
    merged: list[tuple[list[Group], list[EventMention]]] = []
    # Blocking: only clusters whose sides share lineage families can be compatible, so each cluster is
    # compared with the merged clusters of its own block (near linear; a full scan is quadratic).
    blocks: dict[tuple[str, str, frozenset[str | None]], list[tuple[list[Group], list[EventMention]]]] = {}
    for g, members in clusters:
        dated = [m for m in members if m.date]
        home = None
        block = blocks.setdefault((g[0], g[1], frozenset((_family(g[2]), _family(g[3])))), [])
        if dated:
            for item in block:
                groups, others = item
                if g in groups or not all(_groups_compatible(g, h) for h in groups):
                    continue
                if any(dates_compatible(m.date, o.date) for m in dated for o in others):
                    home = item
                    break
        if home is None:
            merged.append(([g], list(members)))
            block.append(merged[-1])
        else:
            home[0].append(g)
            home[1].extend(members)
    return [(groups[0], members) for groups, members in merged]


def _publication_days(corpus: Corpus) -> dict[str, Date]:
    """Each article's publication day, where known to the day."""
    days: dict[str, Date] = {}
    for doc_id, art in corpus.articles.items():
        d = _day(art.published or "")
        if d is not None:
            days[doc_id] = d
    return days


# Roots whose codes are unlike acts: a statement root holds both admitting (015) and denying (016) and a
# refusal to comment (011), so one person's remarks of a day are one event only when of one kind
_MIXED_ROOTS = frozenset({"01"})


def _act_kind(code: str) -> str:
    """What reports must share to be one act: the CAMEO root, or the three-digit code under a mixed root."""
    return code[:3] if code[:2] in _MIXED_ROOTS else code[:2]


def merge_events(corpus: Corpus) -> list[Event]:
    """One Event per real-world event, with every citing sentence; sorted by date then id."""
    keys = _ActorKeys(corpus)
    groups: dict[tuple[str, str, str | None, str | None], list[EventMention]] = defaultdict(list)
    for m in corpus.event_mentions:
        art = corpus.articles.get(m.doc_id)
        if art is not None and art.duplicate_of:
            continue  # the original document already carries these reports
        if m.cameo_code not in codebook():
            continue
        s = keys.key(m.doc_id, m.source_chain_id, m.source_actor_code, m.source_name)
        t = keys.key(m.doc_id, m.target_chain_id, m.target_actor_code, m.target_name)
        root = _act_kind(m.cameo_code)
        if root in MUTUAL_ROOTS and s is not None and t is not None and t < s:
            s, t = t, s
        groups[(root, _modality_class(m.modality), s, t)].append(m)
    _fold_sourceless(groups)
    _fold_targetless(groups)
    published = _publication_days(corpus)
    clusters = [
        (g, c)
        for g, members in groups.items()
        for c in _cluster_by_date(members, _names_an_actor(g), published, _both_identified(g))
    ]
    events = _unique_ids([_build(c, keys, g) for g, c in _fold_lineage(clusters)])
    for ev in events:
        ev.first_reported = corpus.first_reported(c.doc_id for c in ev.sources)
    events.sort(key=lambda e: (e.date or "9999", e.event_id))
    return events
