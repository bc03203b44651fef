"""Corpus stage: one Quote per utterance, with every article and sentence that reported it.

Two quote mentions are the same utterance when their normalized words are equal or one outlet's stretch
contains the other's (case, punctuation, quote marks, hyphens and British/American spelling ignored) and
their speakers do not contradict each other; words shorter than ``MIN_CONTAINED_WORDS`` join across articles
only with one speaker and near dates, and a speaker only described ("critics") joins a named one only with
near dates. Near-duplicate documents only add citations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from storyline.corpus import Corpus
from storyline.quotes.normalize import contains_words, norm_key, norm_words, stable_id
from storyline.quotes.speaker import PRONOUNS
from storyline.records import Citation, Quote, QuoteKind, QuoteMention
from storyline.time.calendar import parse_day

# Shorter stretches ("sea change") are too common to prove two outlets quoted the same utterance.
MIN_CONTAINED_WORDS = 4
_KIND_RANK: dict[str, int] = {"direct": 0, "partial": 1, "pull": 2, "indirect": 3}


@dataclass
class _Group:
    words: list[str]
    members: list[tuple[QuoteMention, str | None]] = field(default_factory=list)  # (mention, entity_id)

    @property
    def kinds(self) -> set[str]:
        return {m.kind for m, _ in self.members}

    def entity_ids(self) -> set[str]:
        return {e for _, e in self.members if e}

    def names(self) -> set[str]:
        return {_last_name(m.speaker_name) for m, _ in self.members if _proper(m.speaker_name)}


def _proper(name: str | None) -> bool:
    return bool(name) and name is not None and name.lower() not in PRONOUNS and name[:1].isupper()


def _last_name(name: str | None) -> str:
    words = norm_words(name or "")
    return words[-1] if words else ""


def _same_words(group: _Group, words: list[str], indirect: bool) -> bool:
    if group.words == words:
        return True
    if indirect or len(words) < MIN_CONTAINED_WORDS:
        return False
    return contains_words(group.words, words)


def _compatible(
    group: _Group, qm: QuoteMention, entity: str | None, published: Mapping[str, str | None]
) -> bool:
    ids = group.entity_ids()
    if entity and ids:
        return entity in ids
    if _proper(qm.speaker_name) and not entity and group.names() and not ids:
        return _last_name(qm.speaker_name) in group.names()
    return all(
        _described_meets_named(member, member_entity, qm, entity, published)
        for member, member_entity in group.members
        if member.doc_id != qm.doc_id
    )


# Days apart a report that only describes its speaker ("officials", "countries") may be from another
# article's report naming one and still tell of the same utterance.
DESCRIBED_SPEAKER_DAYS = 7


def _described_only(qm: QuoteMention, entity: str | None) -> bool:
    """The speaker is a common noun no entity stands behind ("critics", "a spokesman"), not a name, not
    a pronoun whose antecedent was lost and not nobody."""
    return not entity and _describes_someone(qm.speaker_name) and not _proper(qm.speaker_name)


def _named(qm: QuoteMention, entity: str | None) -> bool:
    return bool(entity) or _proper(qm.speaker_name)


def _described_meets_named(
    a: QuoteMention,
    a_entity: str | None,
    b: QuoteMention,
    b_entity: str | None,
    published: Mapping[str, str | None],
) -> bool:
    """A kind of people ("countries that called each other X") may have used a named speaker's words on
    another occasion: the two reports tell of one utterance only when their dates (or, undated, their
    articles') are within ``DESCRIBED_SPEAKER_DAYS``. A paper naming nobody joins whenever."""
    described_vs_named = (_described_only(a, a_entity) and _named(b, b_entity)) or (
        _described_only(b, b_entity) and _named(a, a_entity)
    )
    if not described_vs_named:
        return True
    if a.date and b.date:
        return _dates_agree(a.date, b.date, DESCRIBED_SPEAKER_DAYS)
    a_pub, b_pub = published.get(a.doc_id), published.get(b.doc_id)
    return bool(a_pub and b_pub) and _dates_agree(a_pub, b_pub, DESCRIBED_SPEAKER_DAYS)


# Days apart two reports of a short quotation may date it and still tell of one utterance.
SHORT_QUOTE_DAYS = 7
# Days apart their articles may be when either report leaves it undated: a well-known phrase ("a red line")
# is quoted again for months, a one-word answer years later is another one.
SHORT_QUOTE_ARTICLE_DAYS = 365


def _short_words_may_join(
    group: _Group, qm: QuoteMention, entity: str | None, published: Mapping[str, str | None]
) -> bool:
    """A quotation shorter than ``MIN_CONTAINED_WORDS`` ("No", "a disgrace") is said by many people on
    many days: another article's report of it is the same utterance only when it names the same speaker
    and both dates are within ``SHORT_QUOTE_DAYS`` (or, when either is undated, their articles' within
    ``SHORT_QUOTE_ARTICLE_DAYS``)."""
    if len(group.words) >= MIN_CONTAINED_WORDS:
        return True
    for member, member_entity in group.members:
        if member.doc_id == qm.doc_id:
            continue
        if not _same_speaker(member, member_entity, qm, entity):
            return False
        if member.date and qm.date:
            near = _dates_agree(member.date, qm.date, SHORT_QUOTE_DAYS)
        else:
            near = _dates_agree(
                published.get(member.doc_id), published.get(qm.doc_id), SHORT_QUOTE_ARTICLE_DAYS
            )
        if not near:
            return False
    return True


def _same_speaker(a: QuoteMention, a_entity: str | None, b: QuoteMention, b_entity: str | None) -> bool:
    """Both reports name one speaker: the same entity, or failing that, proper names with one surname."""
    if a_entity and b_entity:
        return a_entity == b_entity
    return (
        _proper(a.speaker_name)
        and _proper(b.speaker_name)
        and _last_name(a.speaker_name) == _last_name(b.speaker_name)
    )


def _dates_agree(a: str | None, b: str | None, days: int) -> bool:
    """Two ISO dates at most ``days`` apart (of one year when either is coarser than a day); an unknown
    date contradicts none."""
    if not a or not b:
        return True
    day_a, day_b = parse_day(a), parse_day(b)
    if day_a is not None and day_b is not None:
        return abs((day_a - day_b).days) <= days
    return a[:4] == b[:4]


def merge_quotes(corpus: Corpus) -> list[Quote]:
    """Group ``corpus.quote_mentions`` into corpus-level quotes (speakers via ``corpus.chains``' entity ids)."""
    chain_entity = {(c.doc_id, c.chain_id): c.entity_id for c in corpus.chains}
    entity_names = {e.entity_id: e.name for e in corpus.entities}
    articles = corpus.articles
    published = {doc_id: art.published for doc_id, art in articles.items()}

    def is_dup(qm: QuoteMention) -> bool:
        art = articles.get(qm.doc_id)
        return art is not None and art.duplicate_of is not None

    def order(qm: QuoteMention) -> tuple[int, int, str, str, int]:
        art = articles.get(qm.doc_id)
        published = (art.published or "9999") if art else "9999"
        return (-len(norm_words(qm.text)), _KIND_RANK.get(qm.kind, 9), published, qm.doc_id, qm.index)

    groups: list[_Group] = []
    # Blocking: equal words share a key, and a run of >= MIN_CONTAINED_WORDS words inside a group shares
    # its first shingle with it, so only those groups are compared (linear in mentions, not quadratic).
    by_key: dict[str, list[int]] = {}
    by_shingle: dict[tuple[str, ...], list[int]] = {}

    def candidates(words: list[str], indirect: bool) -> list[_Group]:
        found = set(by_key.get(" ".join(words), ()))
        if not indirect and len(words) >= MIN_CONTAINED_WORDS:
            found.update(by_shingle.get(tuple(words[:MIN_CONTAINED_WORDS]), ()))
        return [groups[i] for i in sorted(found)]  # creation order, as a full scan would see them

    mentions = sorted((q for q in corpus.quote_mentions if q.text.strip()), key=order)
    for dup_pass in (False, True):
        for qm in mentions:
            if is_dup(qm) != dup_pass:
                continue
            words = norm_words(qm.text)
            if not words:
                continue
            entity = (
                chain_entity.get((qm.doc_id, qm.speaker_chain_id))
                if qm.speaker_chain_id is not None
                else None
            )
            indirect = qm.kind == "indirect"
            target = None
            for g in candidates(words, indirect):
                if (
                    (("indirect" in g.kinds) == indirect)
                    and _same_words(g, words, indirect)
                    and _compatible(g, qm, entity, published)
                    and _short_words_may_join(g, qm, entity, published)
                ):
                    target = g
                    break
            if target is None:
                if dup_pass:
                    continue  # a near-duplicate article never creates a quote of its own
                target = _Group(words=words)
                gi = len(groups)
                groups.append(target)
                by_key.setdefault(" ".join(words), []).append(gi)
                for shingle in {
                    tuple(words[k : k + MIN_CONTAINED_WORDS])
                    for k in range(len(words) - MIN_CONTAINED_WORDS + 1)
                }:
                    by_shingle.setdefault(shingle, []).append(gi)
            target.members.append((qm, entity))
    quotes = _to_quotes(groups, entity_names)
    for q in quotes:
        q.first_reported = corpus.first_reported(c.doc_id for c in q.sources)
    return quotes


def _to_quotes(groups: list[_Group], entity_names: dict[str, str]) -> list[Quote]:
    out: list[Quote] = []
    seen: set[str] = set()
    for g in groups:
        canon = g.members[0][0]
        # direct when any outlet quoted it as speech; else what the fullest report was
        kind: QuoteKind = "direct" if any(m.kind == "direct" for m, _ in g.members) else canon.kind
        ids = Counter(e for _, e in g.members if e)
        speaker_id = ids.most_common(1)[0][0] if ids else None
        names = Counter(
            m.speaker_name
            for m, _ in g.members
            if _describes_someone(m.speaker_name) and _proper(m.speaker_name)
        )
        if speaker_id and speaker_id in entity_names:
            name: str | None = entity_names[speaker_id]
        elif names:
            # the fullest spelling among the most frequent surname
            top_last = Counter(_last_name(n) for n in names.elements()).most_common(1)[0][0]
            name = max((n for n in names if n and _last_name(n) == top_last), key=len)
        else:
            # a description ("a ministry spokesman", "activists") is kept; a bare pronoun whose
            # antecedent was not found names nobody
            name = next((m.speaker_name for m, _ in g.members if _describes_someone(m.speaker_name)), None)
        cue = canon.cue or next((m.cue for m, _ in g.members if m.cue), None)
        dates = Counter(m.date for m, _ in g.members if m.date)
        date = canon.date or (dates.most_common(1)[0][0] if dates else None)
        key = norm_key(canon.text)
        qid = stable_id("q_", key)
        if qid in seen:
            qid = stable_id("q_", key + "|" + (speaker_id or name or ""))
        n = 1
        while qid in seen:
            n += 1
            qid = stable_id("q_", f"{key}|{speaker_id or name or ''}|{n}")
        seen.add(qid)
        sources = sorted(
            {(m.doc_id, m.sentence, m.start, m.end) for m, _ in g.members},
        )
        out.append(
            Quote(
                quote_id=qid,
                text=canon.text,
                kind=kind,
                speaker_entity_id=speaker_id,
                speaker_name=name,
                cue=cue,
                date=date,
                sources=[Citation(doc_id=d, sentence=s, start=a, end=b) for d, s, a, b in sources],
            )
        )
    return out


# Words that stand for someone only through an antecedent, or for nothing ("That said, ...", a stray "'s")
_NAMES_NOBODY = PRONOUNS | {"that", "this", "these", "those", "which", "what", "'s", "\u2019s", "one"}


def _describes_someone(name: str | None) -> bool:
    """A speaker text worth showing when no entity or name was found: a description ("a ministry
    spokesman", "activists"), not a bare pronoun whose antecedent was not found, a demonstrative or a
    clitic."""
    if not name:
        return False
    return any(ch.isalpha() for ch in name) and name.lower() not in _NAMES_NOBODY
