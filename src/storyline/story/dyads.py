"""Dyad trajectories: cooperation and conflict between two actors, month by month."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.corpus import Corpus
from storyline.pairs import entity_name_index, side_key
from storyline.records import Event
from storyline.story.dates import date_key


@dataclass
class DyadPoint:
    month: str  # "YYYY-MM"
    goldstein_sum: float = 0.0
    count: int = 0
    quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})  # quad class -> events
    a_to_b: int = 0
    b_to_a: int = 0
    by_report: int = 0  # events placed by the month of their first report (``by_report=True``)
    event_ids: list[str] = field(default_factory=list)


def event_pair(ev: Event, by_name: dict[str, str]) -> tuple[str, str] | None:
    """The event's (a, b) pair key, sorted (direction left aside); None without two distinct sides."""
    s = side_key(ev.source_entity_id, ev.source_actor_code, ev.source_name, by_name)
    t = side_key(ev.target_entity_id, ev.target_actor_code, ev.target_name, by_name)
    if not s or not t or s == t:
        return None
    a, b = sorted((s, t))
    return a, b


def corpus_name_index(corpus: Corpus) -> dict[str, str]:
    return entity_name_index((e.entity_id, e.name, e.aliases) for e in corpus.entities)


def _side_keys(ev: Event, side: str) -> set[str]:
    if side == "source":
        vals = (ev.source_entity_id, ev.source_actor_code, ev.source_name)
    else:
        vals = (ev.target_entity_id, ev.target_actor_code, ev.target_name)
    return {v.casefold() for v in vals if v}


def _actor_keys(actor: str, corpus: Corpus) -> set[str]:
    """Every key an event side may carry for an actor given as entity id, actor code or name: the
    actor itself and, for each entity it names (by id, name or alias), that entity's id, name and
    aliases; an actor given by a code takes every entity of that code. An entity's own code is no key
    of it: a code names a class of actors ("RUSGOV" is the president and the ministry alike), and a
    pair labelled with two named actors counted every act between their governments. Built once per
    series: matching each event against every entity was quadratic."""
    want = actor.strip().casefold()
    keys = {want}
    for ent in corpus.entities:
        names = {ent.entity_id.casefold(), ent.name.casefold(), *(a.casefold() for a in ent.aliases)}
        if want in names or (ent.actor_code and want == ent.actor_code.casefold()):
            keys |= names
    return keys


def dyad_series(
    corpus: Corpus, a: str, b: str, directed: bool = False, by_report: bool = False
) -> list[DyadPoint]:
    """Per month (in order, months without events omitted): Goldstein sum, event count, quad-class
    mix, and counts per direction, for events between ``a`` and ``b`` (both directions unless
    ``directed``). Negated events are left out; so are events without a month-precise date, unless
    ``by_report``: then an undated event counts in the month it was first reported (most undated acts
    are the news of their article; a background act retold without a date lands in the later month,
    which is why this is not the default). A year-only date ("in 2004") is never moved."""
    ka, kb = _actor_keys(a, corpus), _actor_keys(b, corpus)

    def direction(ev: Event) -> tuple[bool, bool]:
        src, tgt = _side_keys(ev, "source"), _side_keys(ev, "target")
        fwd = bool(src & ka) and bool(tgt & kb)
        return fwd, (not directed) and bool(src & kb) and bool(tgt & ka)

    return _monthly(corpus, direction, by_report)


def pair_series(corpus: Corpus, a: str, b: str, by_report: bool = False) -> list[DyadPoint]:
    """``dyad_series`` for a pair as ``main_dyads`` keys it: exactly the events it counted (an event
    side resolved by ``side_key``), so a pair's table adds up to its count (undated events that were
    never reported on a known day are the difference)."""
    by_name = corpus_name_index(corpus)
    want = tuple(sorted((a, b)))

    def direction(ev: Event) -> tuple[bool, bool]:
        if event_pair(ev, by_name) != want:
            return False, False
        fwd = side_key(ev.source_entity_id, ev.source_actor_code, ev.source_name, by_name) == a
        return fwd, not fwd

    return _monthly(corpus, direction, by_report)


def _monthly(
    corpus: Corpus, direction: Callable[[Event], tuple[bool, bool]], by_report: bool
) -> list[DyadPoint]:
    """The month buckets of the events ``direction`` places (a->b, b->a); see ``dyad_series``."""
    months: dict[str, DyadPoint] = {}
    for ev in corpus.events:
        if ev.modality == "negated":
            continue
        key = date_key(ev.date)
        placed_by_report = False
        if key is None and by_report and ev.first_reported:
            key, placed_by_report = ev.first_reported, True
        if key is None or len(key) < 7:
            continue
        fwd, back = direction(ev)
        if not (fwd or back):
            continue
        p = months.setdefault(key[:7], DyadPoint(key[:7]))
        p.goldstein_sum = round(p.goldstein_sum + ev.goldstein, 3)
        p.count += 1
        if ev.quad_class in p.quad:
            p.quad[ev.quad_class] += 1
        p.a_to_b += int(fwd)
        p.b_to_a += int(back and not fwd)
        p.by_report += int(placed_by_report)
        p.event_ids.append(ev.event_id)
    return [months[m] for m in sorted(months)]


def main_dyads(corpus: Corpus, n: int = 3, with_undated: bool = False) -> list[tuple[str, str, int]]:
    """The ``n`` actor pairs with the most dated events (undirected) as (a, b, count), each side keyed
    by ``side_key`` (pass the pair to ``pair_series`` for its months). ``with_undated`` counts events
    with no date too: in a corpus of many stories most acts between two actors are told without a
    time, and the pairs a reader most needs are those with the most acts."""
    by_name = corpus_name_index(corpus)
    counts: Counter[tuple[str, str]] = Counter()
    dated: Counter[tuple[str, str]] = Counter()
    for ev in corpus.events:
        if ev.modality == "negated" or (date_key(ev.date) is None and not with_undated):
            continue
        pair = event_pair(ev, by_name)
        if pair is not None:
            counts[pair] += 1
            dated[pair] += date_key(ev.date) is not None
    # ties: the pair with more dated acts (more to chart), then the pair's keys; by ``most_common`` they
    # fell to the events' order, which differs between the corpus a build holds and the one read back
    # from the store, so `storyline report` showed another third pair than the build's report
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -dated[kv[0]], kv[0]))
    return [(a, b, c) for (a, b), c in ranked[:n]]
