"""A name inside a stance adjective ("pro-Gaddafi forces") names followers or opponents, not the name itself."""

from __future__ import annotations


def _texts(state) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for m in state.mentions]


def test_stance_adjectives_are_no_mentions(analyse) -> None:  # type: ignore[no-untyped-def]
    state = analyse(
        [
            "Rebels clashed with pro-Gaddafi forces near the border on Tuesday. "
            "Pro-Russian rebels and anti-NATO protesters marched in the capital. "
            "Later, Anton Varga spoke. NATO said it was concerned."
        ]
    )
    texts = _texts(state)
    assert not any(t.lower().startswith(("pro", "anti")) for t in texts), texts
    # the names stay mentions where they stand on their own
    assert "Anton Varga" in texts and "NATO" in texts
    # "pro-Russian rebels" is no group of Russians
    assert not any(m.text == "Russian" or m.text.endswith("Russian rebels") for m in state.mentions)
    assert sum(t == "NATO" for t in texts) == 1


def test_spaced_words_are_not_stance_prefixes(analyse) -> None:  # type: ignore[no-untyped-def]
    state = analyse(["The council's pro tem chair, Anton Varga, said NATO would meet."])
    assert "Anton Varga" in _texts(state)
