"""The per-document entities stage: mentions and in-document chains for one parsed article."""

from __future__ import annotations

from collections import Counter

from storyline.clean.outlets import outlet_country
from storyline.entities.chains import ChainBuilder, WorkChain, merge_roles
from storyline.entities.channels import is_outlet_name, named_as_channel
from storyline.entities.mentions import (
    Cand,
    drop_speaker_label_orgs,
    find_candidates,
    label_tokens,
    speaker_label_spans,
)
from storyline.entities.names import without_brackets
from storyline.entities.non_people import retype_non_people
from storyline.entities.registry import registry
from storyline.records import Chain, Mention, Role, document_error
from storyline.state import DocState


def _sentence_maps(state: DocState) -> tuple[list[int], list[bool]]:
    """Token index -> sentence index, and sentence index -> is body text."""
    doc = state.doc
    starts = [s.start for s in state.sentences]
    sent_of: list[int] = []
    si = -1
    for tok in doc:
        while si + 1 < len(starts) and starts[si + 1] <= tok.idx:
            si += 1
        sent_of.append(max(si, 0))
    body = [s.block_kind == "body" for s in state.sentences] or [True]
    return sent_of, body


def _chain_name(ch: WorkChain, text_of: dict[int, str]) -> str:
    if ch.ent_type == "PERSON":
        name = ch.full or ch.surname
        if not name:
            return text_of[id(ch.cands[0])]
        return f"{name} {ch.suffix}" if ch.suffix else name  # "Ada Okafor Jr." is another person
    if ch.actor is not None:
        return ch.actor.name
    # a name or demonym first: a pronoun the chain took ("themselves" for "Americans") names no one
    names = [text_of[id(c)] for c in ch.cands if c.kind in _ALIAS_KINDS] or [
        text_of[id(c)] for c in ch.cands if c.kind not in ("nominal", "pronoun")
    ]
    names = names or [text_of[id(ch.cands[0])]]
    described = {
        text_of[id(c)] for c in ch.cands if c.kind == "demonym" and _describes_the_group(text_of[id(c)])
    }
    names = [n for n in names if n not in described] or names
    group_name = _group_name(names) if ch.ent_type == "NORP" and _named_by_demonyms(ch) else None
    if group_name is not None:
        return group_name
    best = max(names, key=len)
    return best[4:] if best.lower().startswith("the ") else best


def _named_by_demonyms(ch: WorkChain) -> bool:
    """Every name the chain prints is a demonym phrase ("Kastani forces", "the Kastani military")."""
    kinds = [c.kind for c in ch.cands if c.kind in _ALIAS_KINDS]
    return bool(kinds) and all(k == "demonym" for k in kinds)


# Heads of a body's name written in the singular ("the Kastani military")
_COLLECTIVE_HEADS = frozenset(
    {"military", "army", "navy", "government", "police", "leadership", "regime", "administration", "media"}
)


def _group_name(names: list[str]) -> str | None:
    """A group named by demonym phrases is named by its plainest one: "Kastani ground forces" and
    "Kastani government troops" are parts or kinds of "Kastani forces", so the fewest words win, then
    the phrase written most often, then the first. Only phrases of a plural or collective head count
    (a singular "Kastani officer" is one member); with none, None (the longest name is kept)."""
    plain = [n[4:] if n.lower().startswith("the ") else n for n in names]
    groups = [n for n in plain if " " in n and _group_head(n.split()[-1])]
    if not groups:
        return None
    counts = Counter(groups)
    return min(groups, key=lambda n: (len(n.split()), -counts[n], groups.index(n)))


def _group_head(word: str) -> bool:
    w = word.lower()
    return w in _COLLECTIVE_HEADS or (w.endswith("s") and not w.endswith("ss"))


# Mention kinds that name the entity. A description ("the president", "the former senator"), a title,
# a pronoun or a metonym ("Washington" for the White House) fits other entities too: as an alias it would
# make a focus on this entity match every article that uses the description.
_ALIAS_KINDS = frozenset({"name", "demonym"})


# A demonym group's words that make it a description rather than a name of the group: two groups joined
# ("American and allied troops") or a state's media, which speak for the government but are not it
# ("the Kastani state news agency").
_JOINING_WORDS = frozenset({"and", "or", "&"})
_MEDIA_HEADS = frozenset(
    {"agency", "media", "newspaper", "television", "tv", "radio", "broadcaster", "outlet"}
)


def _describes_the_group(text: str) -> bool:
    words = text.lower().split()
    return bool(_JOINING_WORDS.intersection(words)) or words[-1] in _MEDIA_HEADS


def _aliases(ch: WorkChain, text_of: dict[int, str]) -> list[str]:
    """The names a chain's mentions give it, in order, each once."""
    aliases: list[str] = []
    for c in ch.cands:
        t = " ".join(text_of[id(c)].split())
        if c.kind == "demonym" and _describes_the_group(t):
            continue
        if c.kind in _ALIAS_KINDS and t not in aliases:
            aliases.append(t)
    return aliases


def find_mentions(state: DocState) -> None:
    """Fill ``state.mentions`` and ``state.chains`` for one article (never raises on odd text)."""
    try:
        _find_mentions(state)
    except Exception as exc:  # a bad document must not stop the run; say what happened
        state.mentions, state.chains = [], []
        state.errors.append(document_error(state.article, "entities", exc))


def _find_mentions(state: DocState) -> None:
    doc = state.doc
    reg = registry()
    if len(doc) == 0:
        return
    cands, actor_at = find_candidates(doc, reg)
    in_labels = label_tokens(doc, speaker_label_spans(state.article.text))  # "((Jane Doe))", "WN:"
    cands = drop_speaker_label_orgs(cands, in_labels)
    sent_of, body = _sentence_maps(state)
    b = ChainBuilder(doc, reg, sent_of, body, state.dct, outlet_country(state.article.outlet))
    b.people(cands)
    b.titles(cands)
    b.others(cands)
    b.nominals(cands, actor_at)
    b.pronouns(cands)
    retype_non_people(b, in_labels)
    b.titles(cands)  # role nouns said of a pronoun ("she will return as host") follow its antecedent

    kept: list[Cand] = sorted((c for c in cands if id(c) in b.assigned), key=lambda c: c.start)
    # names and aliases drop an editor's brackets ("[Ada] Okafor"); a mention keeps the printed span
    text_of = {id(c): without_brackets(doc[c.start : c.end].text) for c in kept}
    live = [ch for ch in b.chains if ch.cands]
    live.sort(key=lambda ch: min(c.start for c in ch.cands))
    new_id = {ch.cid: i for i, ch in enumerate(live)}

    mentions: list[Mention] = []
    mids: dict[int, list[int]] = {i: [] for i in range(len(live))}
    outlets = {ch.cid for ch in live if ch.ent_type == "ORG" and is_outlet_name(_chain_name(ch, text_of))}
    for c in kept:
        ch = b.assigned[id(c)]
        cid = new_id[ch.cid]
        channel = ch.cid in outlets and c.kind == "name" and named_as_channel(doc, c.start, c.end)
        start = doc[c.start].idx
        end = doc[c.end - 1].idx + len(doc[c.end - 1].text)
        m = Mention(
            doc_id=state.doc_id,
            mention_id=len(mentions),
            start=start,
            end=end,
            text=state.article.text[start:end],
            sentence=sent_of[c.start] if state.sentences else -1,
            kind="channel" if channel else c.kind,
            ent_type=ch.ent_type,
            chain_id=cid,
        )
        mentions.append(m)
        mids[cid].append(m.mention_id)

    chains: list[Chain] = []
    dct = state.dct[:10] if state.dct else None  # a role held then is reported on the article's day
    for ch in live:
        cid = new_id[ch.cid]
        roles = [
            Role(
                title=r.title,
                organization=r.organization.name if r.organization is not None else None,
                country=r.country,
                evidence_doc_id=state.doc_id,
                reported=None if r.past else dct,
            )
            for r in merge_roles(ch.roles)
        ]
        ch.roles = merge_roles(ch.roles)
        aliases = _aliases(ch, text_of)
        country = ch.country
        if ch.ent_type == "PERSON":
            cs = {r.country for r in roles if r.country}
            country = cs.pop() if len(cs) == 1 else None
        chains.append(
            Chain(
                doc_id=state.doc_id,
                chain_id=cid,
                name=_chain_name(ch, text_of),
                ent_type=ch.ent_type,
                first_name=ch.first,
                surname=ch.surname,
                honorifics=list(ch.honorifics),
                roles=roles,
                actor_code=b.code(ch),
                country=country,
                aliases=aliases,
                mention_ids=mids[cid],
            )
        )
    state.mentions = mentions
    state.chains = chains
