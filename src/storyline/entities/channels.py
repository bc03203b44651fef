"""News outlets named only as the channel of a report ("told Orvik News", "according to Delvane Press",
"Orvik News reported"): such a mention does not make the outlet an actor of the article."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.clean.outlets import KNOWN_OUTLETS

# the last word of a news outlet's name ("Orvik News", "the Marren Times", "Delvane Press")
_OUTLET_LAST_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "journal",
        "gazette",
        "herald",
        "tribune",
        "telegraph",
        "chronicle",
        "magazine",
        "radio",
        "television",
        "tv",
        "press",
        "broadcasting",
    ]
)
_KNOWN_OUTLET_NAMES = frozenset(
    v.lower().removeprefix("the ") for variants, _ in KNOWN_OUTLETS.values() for v in variants
)
# verbs whose listener or medium is the outlet ("told X", "spoke to X", "said on X", "wrote in X")
_SPEAKING_VERBS = frozenset(
    [
        "say",
        "tell",
        "speak",
        "talk",
        "explain",
        "confirm",
        "insist",
        "admit",
        "add",
        "write",
        "comment",
        "describe",
        "appear",
        "acknowledge",
    ]
)
# verbs an outlet does as the channel of a report ("X reported", "X writes", "X quoted him")
_REPORTING_VERBS = frozenset(
    [
        "report",
        "write",
        "add",
        "quote",
        "cite",
        "note",
        "obtain",
        "publish",
        "broadcast",
        "interview",
        "confirm",
    ]
)
# nouns for the outlet's reporting work ("a X poll", "an interview with X"); not its staff: "X's reporters"
# may be what others act on
_REPORT_NOUNS = frozenset(
    [
        "interview",
        "interviews",
        "poll",
        "survey",
        "report",
        "reports",
        "reporting",
        "analysis",
        "investigation",
        "story",
        "article",
        "broadcast",
        "programme",
        "program",
        "show",
        "editorial",
        "column",
        "op-ed",
    ]
)


# an outlet's staff stand where the outlet would: "told X correspondent Ada Okafor" is a channel,
# "surveillance of X reporters" is not
_STAFF_NOUNS = frozenset({"reporter", "correspondent", "anchor", "host", "editor", "journalist"})


def is_outlet_name(name: str) -> bool:
    """The name is a news outlet's: a known outlet, or a name ending in an outlet word."""
    key = " ".join(name.lower().split()).removeprefix("the ").removesuffix("'s").rstrip("'")
    words = key.split()
    return key in _KNOWN_OUTLET_NAMES or (len(words) > 1 and words[-1] in _OUTLET_LAST_WORDS)


def named_as_channel(doc: Doc, start: int, end: int) -> bool:
    """The outlet named by tokens ``start:end`` is only where a report came from or went to."""
    if _credit_or_dateline(doc, start, end):
        return True
    head = _span_head(doc, start, end)
    while head.dep_ in ("poss", "compound", "conj") and head.head.i != head.i:
        head = head.head  # "told X's evening show", "a poll by Y and X"
        if head.lemma_.lower() in _REPORT_NOUNS or head.lower_ in _REPORT_NOUNS:
            return True
        if head.pos_ == "NOUN" and head.dep_ != "conj" and head.lemma_.lower() not in _STAFF_NOUNS:
            return False  # "X viewers", "X's offices": the outlet only modifies another noun
    return _channel_position(head)


def _span_head(doc: Doc, start: int, end: int) -> Token:
    """The token of the span whose head lies outside it (the last token when none does)."""
    for tok in doc[start:end]:
        if not start <= tok.head.i < end or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def _credit_or_dateline(doc: Doc, start: int, end: int) -> bool:
    """ "PORT ALDER (X) -" opens a wire story; "X/Ada Okafor" credits a photograph."""
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return (before == "(" and after == ")") or "/" in (before, after)


def _channel_position(head: Token) -> bool:
    """The outlet's place in the clause is a channel's: the listener of a telling, the medium something
    was said on or in, the source 'according to' cites, or the doer of a reporting verb."""
    gov = head.head
    lemma = gov.lemma_.lower()
    if head.dep_ in ("dobj", "dative"):
        return lemma in ("tell", "give")  # "told X", "gave X an interview"
    if head.dep_ == "nsubj":
        return lemma in _REPORTING_VERBS
    if head.dep_ != "pobj":
        return False
    prep, verb = gov.lower_, gov.head
    verb_lemma = verb.lemma_.lower()
    if (prep == "to" and verb.lower_ == "according") or prep == "via":
        return True  # "according to X", "via X"
    if verb.lower_ in _REPORT_NOUNS or verb_lemma in _REPORT_NOUNS:
        return True  # "an interview with X", "a survey by X"
    if prep in ("to", "on", "in", "with", "for") and verb_lemma in _SPEAKING_VERBS:
        return True  # "spoke to X", "said on X", "wrote in X", "spoke with X", "writing for X"
    return gov.dep_ == "agent" and verb_lemma in _REPORTING_VERBS  # "interviewed by X"
