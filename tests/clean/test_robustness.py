"""No cleaner function crashes on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import CleanError, clean_document, parse_published
from storyline.clean.lines import classify_lines
from storyline.records import RawDocument

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
_lines = st.lists(
    st.sampled_from(["", "Home | News", "Friday, 3 May 2019", "“Unbalanced", "The mayor said so.", "©"])
    | _text,
    max_size=30,
).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(_text)
def test_robustness_parse_published_never_raises(text: str) -> None:
    got = parse_published(text)
    assert got is None or (len(got[0]) >= 10 and got[1] in text)


@settings(max_examples=60, deadline=None)
@given(_lines)
def test_robustness_classify_lines_keeps_only_input_lines(text: str) -> None:
    from storyline.clean.lines import normalize_line

    res = classify_lines(text)
    lines = [normalize_line(ln) for ln in text.splitlines()]
    assert res.dropped + len(res.blocks) == sum(1 for ln in lines if ln)
    assert all(t in lines for t, _ in res.blocks)


@settings(max_examples=30, deadline=None)
@given(_lines, st.sampled_from(["text", "html"]))
def test_robustness_clean_document_returns_or_explains(text: str, kind: str) -> None:
    try:
        art = clean_document(RawDocument(source_path="x", content=text, kind=kind))  # type: ignore[arg-type]
    except CleanError as exc:
        assert str(exc)
    else:
        assert art.text.strip() and all(0 <= b.start <= b.end <= len(art.text) for b in art.blocks)
