"""The author's bio that closes an opinion piece ("Ana Orvik is a senior fellow at the Kastan Institute.").

It is page furniture, not the story: left in, its author becomes a person of the article with a role. A
bio opens with a full name and a copula, names a writer's or an expert's role, sits among the article's last
body paragraphs, and names someone the article never mentioned before (a story's last paragraph that
introduces a person it quoted, "Orvik is the port's director", names someone it already told of).
"""

from __future__ import annotations

import re

from storyline.records import BlockKind

# A bio is one of the last this many body paragraphs (a "Follow ... on Twitter" line may come after it).
BIO_LAST_PARAGRAPHS = 2
BIO_MAX_WORDS = 90
# A person's full name: an organisation ("The Kastan Post is ...") or a name after an honorific ("Mr. Orvik
# was ...", a person of the story) is no author.
_NAME = r"(?!(?:The|A|An|Mr|Mrs|Ms|Mx)\b)(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+"
# "Ana Orvik is ...", "Ana Orvik, a former envoy to Veloria, is ...", "Ana Orvik writes on Tuesdays for ..."
_BIO_OPENING = re.compile(
    rf"^[\W_]*(?P<name>{_NAME})(?:,[^,]{{1,100}},)?\s+"
    r"(?:(?P<writes>writes\b(?!\s+(?:that|in|of|about)\b))|(?:is|was|has been|served as)\s+(?:an?|the|now|currently|also)?\s*)"
)
# The roles bios give: writers, scholars, officials past and present, experts.
_BIO_ROLE = re.compile(
    r"\b(columnist|contributor|contributing|writer|author|editor|fellow|professor|lecturer|scholar|researcher|"
    r"host|commentator|analyst|reporter|correspondent|director|president|founder|co-founder|chairman|"
    r"chairwoman|adviser|advisor|former|attorney|lawyer|economist|strategist|candidate|retired|veteran|"
    r"expert|consultant|ceo|executive)\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"(?<=[a-z)”\"][.!?])\s+(?=[A-Z“\"])")


def _is_bio(text: str, before: str) -> bool:
    opening = _BIO_OPENING.match(text)
    if opening is None or len(text.split()) > BIO_MAX_WORDS:
        return False
    surname = opening.group("name").split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", before):
        return False
    # the role is in the bio's first sentence; a later one may be the story's (a closing paragraph that
    # names an ex-official)
    first = _SENTENCE_END.split(text[opening.end() :], maxsplit=1)[0]
    if opening.group("writes"):
        return re.search(r"\bfor\b", first) is not None  # "writes a weekly column for the Kastan Post"
    return _BIO_ROLE.search(first) is not None


def cut_author_bio(blocks: list[tuple[str, BlockKind]]) -> tuple[list[tuple[str, BlockKind]], list[str]]:
    """The blocks without a closing author bio, and the bio's text (a dropped line)."""
    body = [i for i, (_, kind) in enumerate(blocks) if kind == "body"]
    if len(body) <= BIO_LAST_PARAGRAPHS:
        return blocks, []  # a short text may be all bio, or a profile
    for i in body[-BIO_LAST_PARAGRAPHS:]:
        before = "\n".join(t for t, _ in blocks[:i])
        if _is_bio(blocks[i][0], before):
            return blocks[:i] + blocks[i + 1 :], [blocks[i][0]]
    return blocks, []
