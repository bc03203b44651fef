"""The author's bio closing an opinion piece is cut; a story's last paragraph about its own people stays."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.bios import cut_author_bio
from storyline.records import RawDocument

OPINION = [
    "The harbour board of Port Alder has spent a decade promising a new sea wall, and it has built none of it.",
    "Every winter the low streets near the quay flood, and every spring the board announces another study.",
    "Residents deserve better than studies. They deserve a wall, and they deserve it before the next storm.",
    "The council should stop waiting for the board and raise the money itself, through a levy on berths.",
]
BIO = "Ana Veloria is a senior fellow at the Kastan Institute and a former adviser to the harbour board."


def _clean(paragraphs: list[str]) -> str:
    raw = RawDocument(source_path="test.txt", content="\n\n".join(paragraphs), kind="text")
    return clean_document(raw).text


def test_a_closing_author_bio_is_cut() -> None:
    text = _clean([*OPINION, BIO])
    assert "Veloria" not in text
    assert text.endswith(OPINION[-1])
    # one of the last two paragraphs: a line after the bio does not shield it
    blocks, cut = cut_author_bio([(p, "body") for p in [*OPINION, BIO, "Her new book is out in May."]])
    assert cut == [BIO] and len(blocks) == len(OPINION) + 1


def test_bios_with_an_aside_or_a_column_are_cut_too() -> None:
    for bio in (
        "Marren Delvane, a former envoy to Veloria, is a columnist for the Kastan Post.",
        "Ana Veloria writes on Tuesdays for the Norvik Post.",
    ):
        assert bio not in _clean([*OPINION, bio])


def test_a_last_paragraph_about_a_person_of_the_story_stays() -> None:
    # the story told of Veloria before: the closing line introduces her role, it is no bio
    told = [
        *OPINION[:2],
        "Ana Veloria, who runs the quay's fish market, said the floods cost her a month.",
        *OPINION[2:],
    ]
    assert BIO in _clean([*told, BIO])
    # no role a bio gives: a closing fact about someone new
    fact = "Marren Okafor is the only resident of the quay who has not left since the floods."
    assert fact in _clean([*OPINION, fact])
    # an organisation, a name after an honorific, a role only in a later sentence, a claim someone writes
    for close in (
        "The Kastan Post is a partner of the harbour board, and its director sits on the board.",
        "Mr. Orvik was among the residents who left. A former mayor said they would not come back.",
        "Marren Okafor was among the residents who left. A former mayor said they would not come back.",
        "Ana Veloria writes that the board has failed the quay for a decade.",
    ):
        assert close in _clean([*OPINION, close]), close
    # the bio's words deep in the article are not its close
    assert BIO in _clean([OPINION[0], BIO, *OPINION[1:]])
