"""The event lexicon file format and its matchers; and how control verbs compose codes."""

from __future__ import annotations

import pytest

from storyline.events.compose import compose
from storyline.events.lexicon import lexicon, parse_lexicon


def test_lexicon_longest_pattern_wins() -> None:
    lex = parse_lexicon("verb\thold\t040\nverb\thold talk\t046\nverb\thold talk with\t042\n")
    assert lex.match_verb("hold", {"talk"}) is not None
    assert lex.match_verb("hold", {"talk"}).code == "046"  # type: ignore[union-attr]
    assert lex.match_verb("hold", {"talk", "with"}).code == "042"  # type: ignore[union-attr]
    assert lex.match_verb("hold", set()).code == "040"  # type: ignore[union-attr]


def test_lexicon_noun_patterns_need_their_modifiers() -> None:
    lex = parse_lexicon("noun\tstrike\t143\nnoun\tair strike\t195\n")
    assert lex.match_noun("strike", {"air"}).code == "195"  # type: ignore[union-attr]
    assert lex.match_noun("strike", {"general"}).code == "143"  # type: ignore[union-attr]
    assert lex.match_noun("visit", set()) is None


def test_lexicon_none_code_marks_a_phrase_that_is_no_event() -> None:
    lex = parse_lexicon(
        "verb\tstrike\t190\nverb\tstrike tone\tnone\nnoun\tbattle\t190\nnoun\tbudget battle\tnone\n"
    )
    assert lex.match_verb("strike", {"tone"}) is None  # "struck a cautious tone"
    assert lex.match_verb("strike", {"position"}).code == "190"  # type: ignore[union-attr]
    assert lex.match_noun("battle", {"budget"}) is None
    assert lex.match_noun("battle", set()).code == "190"  # type: ignore[union-attr]


def test_lexicon_rejects_codes_cameo_does_not_have() -> None:
    with pytest.raises(ValueError, match="unknown CAMEO code"):
        parse_lexicon("verb\tzap\t999\n")
    with pytest.raises(ValueError, match="control kind"):
        parse_lexicon("control\tagree\tmaybe\n")


def test_lexicon_packaged_file_loads_with_light_and_speech_verbs() -> None:
    lex = lexicon()
    assert "hold" in lex.light and "say" in lex.speech
    assert lex.control["agree"] == "intent"
    assert lex.match_verb("visit", set()).code == "042"  # type: ignore[union-attr]


def test_compose_control_kinds_build_cameo_families() -> None:
    assert compose("intent", "050") == ("032", False)  # agree to restore ties
    assert compose("intent", "046") == ("036", False)  # offer to negotiate
    assert compose("appeal", "087") == ("0256", False)  # urge de-escalation
    assert compose("demand", "0841") == ("1053", False)  # demand release
    assert compose("reject", "046") == ("125", False)  # refuse talks
    assert compose("threaten", "190") == ("1384", False)  # threaten to attack
    assert compose("plan", "042") == ("042", True)  # is set to visit: the visit, planned
    assert compose("stop", "190") == ("087", False)  # stop fighting
    assert compose("intent", "190") == ("190", True)  # vow to fight: the fight, planned
    assert compose("threaten", None) == (None, False)
