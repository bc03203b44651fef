"""``find_events``: the per-document events stage (parse -> coded, dated EventMention rows)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from storyline.events.codebook import codebook
from storyline.events.coder import Found, SentenceCoder, actor_span
from storyline.events.lexicon import lexicon
from storyline.records import DateSource, EventMention, Mention
from storyline.state import DocState

MUTUAL_ROOTS = {"03", "04", "05", "06"}  # "A and B agreed": the pair acted together
MAX_ACTORS = 3  # per side; long coordinations are lists of participants, not dyads


@dataclass(frozen=True, slots=True)
class ActorRef:
    name: str | None
    start: int
    end: int
    chain_id: int | None = None
    actor_code: str | None = None


class ActorResolver:
    """Turns a head token into an actor, preferring the entities stage's chains over raw spans."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.chains = {c.chain_id: c for c in state.chains}
        self._by_start = sorted(state.mentions, key=lambda m: m.start)
        self._coder: Callable[[str], object] | None = None

    def mention_at(self, tok: Token) -> Mention | None:
        for m in self._by_start:
            if m.start > tok.idx:
                break
            if m.start <= tok.idx < m.end:
                return m
        return None

    def is_actor(self, tok: Token) -> bool:
        return self.mention_at(tok) is not None

    def resolve(self, tok: Token) -> ActorRef | None:
        doc = tok.doc
        a, b = actor_span(tok)
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        m = self.mention_at(tok)
        if m is None:  # "Russian officials": a mention inside the phrase stands for it
            inside = [x for x in self._by_start if x.start >= start and x.end <= end]
            m = inside[-1] if inside else None
        if m is not None:
            chain = self.chains.get(m.chain_id)
            if chain is not None:
                return ActorRef(chain.name, start, end, chain.chain_id, chain.actor_code)
        if tok.lower_ in ("he", "she", "they", "it", "him", "her", "them", "we", "us", "i", "me", "you"):
            return None  # an unresolved pronoun names nobody
        name = _clean_name(doc[a:b])
        return ActorRef(name, start, end, None, self._phrase_code(name))

    def _phrase_code(self, text: str) -> str | None:
        """The registry's code for a phrase no chain covers ("Russian officials" -> RUSGOV), if any."""
        if self._coder is None:
            try:
                from storyline.entities import code_phrase, registry

                reg = registry()
                self._coder = lambda t: code_phrase(t, reg, self.state.dct)
            except Exception:  # the entities stage is optional here
                self._coder = lambda t: None
        try:
            found = self._coder(text)
        except Exception:
            return None
        return getattr(found, "code", None) if found is not None else None


def _clean_name(span: Span) -> str:
    toks = list(span)
    while toks and toks[0].dep_ == "det" and toks[0].lower_ in ("the", "a", "an"):
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip() or span.text


DateFn = Callable[[DocState, int, int], tuple[str | None, DateSource | None]]


def _date_function() -> DateFn | None:
    try:
        from storyline.time import date_for_span
    except Exception:  # the time stage is optional here: fall back to the timexes already on the state
        return None
    return date_for_span


def _fallback_date(state: DocState, sentence: int, pred: Token) -> tuple[str | None, DateSource | None]:
    """The clause's own time expression, else the publication day; else unknown."""
    sub = list(pred.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    for tx in state.timexes:
        if tx.type == "DATE" and tx.value and lo <= tx.start and tx.end <= hi and tx.value[:1].isdigit():
            return tx.value, "timex"
    if state.dct:
        return state.dct[:10], "dct"
    return None, None


def event_date(
    state: DocState, sentence: int, pred: Token, fn: DateFn | None
) -> tuple[str | None, DateSource | None]:
    if fn is not None:
        try:
            return fn(state, sentence, pred.idx)
        except Exception:  # a bug elsewhere must not lose the event; the fallback says less, not wrong
            pass
    return _fallback_date(state, sentence, pred)


def _dedupe_words(text: str) -> str:
    out: list[str] = []
    for w in text.split():
        if not out or out[-1].lower() != w.lower():
            out.append(w)
    return " ".join(out)


def _summary(
    f: Found, src: ActorRef | None, tgt: ActorRef | None, tgt_tok: Token | None, mutual: bool = False
) -> str:
    toks = sorted(set(f.tokens), key=lambda t: t.i)
    first, last = toks[0], toks[-1]
    passive = any(c.dep_ == "auxpass" for c in first.children)
    keep = ("aux", "neg") if passive and src is not None else ("aux", "auxpass", "neg")
    pre = [c for c in first.children if c.dep_ in keep and c.i < first.i]
    lo = min([first.i, *[c.i for c in pre]])
    doc = first.doc
    short = last.i - lo <= 8
    words = doc[lo : last.i + 1].text if short else " ".join(t.text for t in [*pre, *toks])
    parts = [src.name] if src and src.name else []
    if src is None and tgt is not None and tgt.name and first.dep_ == "acl" and first.head.i < first.i:
        # "ties with Russia, suspended last year": say what was done to what
        head_phrase = doc[first.head.left_edge.i : first.i].text.strip(" ,;")
        if len(head_phrase.split()) <= 10:
            return f"{head_phrase} {words}"
    if src is None and tgt is not None and tgt.name and passive:
        return f"{tgt.name} {words}"
    parts.append(_dedupe_words(words))
    if mutual and tgt is not None and tgt.name:  # "A and B agreed to ...": A agreed with B
        parts += ["with", tgt.name]
    elif tgt is not None and tgt.name and tgt_tok is not None and not (lo <= tgt_tok.i <= last.i):
        prep = tgt_tok.head if tgt_tok.dep_ == "pobj" else None
        if prep is not None and prep.i > last.i:
            parts.append(prep.text)
        parts.append(tgt.name)
    return " ".join(parts)


def _resolved(toks: list[Token], resolver: ActorResolver) -> list[tuple[Token, ActorRef] | None]:
    out: list[tuple[Token, ActorRef] | None] = []
    for t in toks:
        r = resolver.resolve(t)
        if r is not None:
            out.append((t, r))
    return out


def mentions_from_found(
    state: DocState,
    sentence: int,
    found: list[Found],
    resolver: ActorResolver,
    date_fn: DateFn | None,
    first_index: int,
) -> list[EventMention]:
    book = codebook()
    out: list[EventMention] = []
    for f in found:
        info = book.get(f.code)
        if info is None:
            continue
        srcs = _resolved(f.sources[:MAX_ACTORS], resolver)
        tgts = _resolved(f.targets[:MAX_ACTORS], resolver)
        mutual = False
        if not tgts and len(srcs) > 1 and f.code[:2] in MUTUAL_ROOTS:
            srcs, tgts = srcs[:1], srcs[1:]
            mutual = True
        pairs: list[tuple[tuple[Token, ActorRef] | None, tuple[Token, ActorRef] | None]] = []
        for s in [*srcs] or [None]:
            for t in [*tgts] or [None]:
                if s and t and (s[1].chain_id is not None and s[1].chain_id == t[1].chain_id):
                    continue  # an actor acting on itself is a parse slip
                pairs.append((s, t))
        if not srcs and not tgts:
            continue
        date, date_source = event_date(state, sentence, f.pred, date_fn)
        toks = sorted(set(f.tokens), key=lambda t: t.i)
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1].text)
        for s, t in pairs:
            sr = s[1] if s else None
            tr = t[1] if t else None
            out.append(
                EventMention(
                    doc_id=state.doc_id,
                    index=first_index + len(out),
                    sentence=sentence,
                    start=start,
                    end=end,
                    trigger=f.trigger,
                    cameo_code=f.code,
                    plover_category=info.plover_category,
                    plover_mode=info.plover_mode,
                    goldstein=info.goldstein,
                    quad_class=info.quad_class,
                    modality=f.modality,  # type: ignore[arg-type]
                    coded_by=f.coded_by,
                    source_chain_id=sr.chain_id if sr else None,
                    source_name=sr.name if sr else None,
                    source_actor_code=sr.actor_code if sr else None,
                    target_chain_id=tr.chain_id if tr else None,
                    target_name=tr.name if tr else None,
                    target_actor_code=tr.actor_code if tr else None,
                    date=date,
                    date_source=date_source,
                    summary=_summary(f, sr, tr, t[0] if t else None, mutual),
                )
            )
    return out


def find_events(state: DocState) -> None:
    """Fill ``state.events`` from every body sentence (headings, pull quotes, captions and attribution
    lines repeat the body and are skipped). Run after time, mentions and quotes."""
    coder = SentenceCoder(lexicon())
    resolver = ActorResolver(state)
    date_fn = _date_function()
    for row in state.sentences:
        if row.block_kind != "body":
            continue
        try:
            span = state.sentence_span(row.index)
        except Exception:
            continue
        if len(span) > 150:  # a run-on "sentence" (tables, lists) is not a clause we can read
            continue
        found = coder.code(span, resolver.is_actor)
        state.events.extend(
            mentions_from_found(state, row.index, found, resolver, date_fn, len(state.events))
        )
