"""The learned line model: features, tree inference, the packaged weights, and its effect on pages."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.clean import line_model
from storyline.clean.line_features import FEATURE_NAMES
from storyline.clean.lines import analyse, article_features, classify_lines, rule_pass


def _features(text: str) -> dict[int, dict[str, float]]:
    lines = analyse(text.splitlines())
    kinds, cluster_of, _ = rule_pass(lines)
    return {
        i: dict(zip(FEATURE_NAMES, v, strict=True)) for i, v in article_features(lines, kinds, cluster_of)
    }


ARTICLE = [
    "Local News",
    "Weather",
    "Harbour bridge to close for repairs next month",
    "The city council voted on Monday to close the harbour bridge for six weeks of repairs starting in May.",
    "Engineers found corrosion in two of the main cables during an inspection last autumn, the council said.",
    "Ferries will run every twenty minutes while the bridge is closed, and bus routes will be changed.",
    "Shop owners on the north side said they feared losing customers during the busiest weeks of spring.",
    "Most read",
    "Most read",
]


def test_line_features_one_vector_per_nonblank_line() -> None:
    feats = _features("\n".join(ARTICLE))
    assert sorted(feats) == list(range(len(ARTICLE)))
    assert all(len(f) == len(FEATURE_NAMES) for f in feats.values())
    # Prose lines read as prose and fall inside the article span; the menu line does not.
    assert feats[3]["prose"] == 1.0 and feats[3]["in_span"] == 1.0
    assert feats[0]["prose"] == 0.0 and feats[0]["before_span"] == 1.0
    assert feats[2]["headline_candidate"] == 1.0
    assert feats[7]["repeats_in_page"] > 0.0 and feats[7]["after_span"] == 1.0


def test_line_features_ignore_blank_lines() -> None:
    tight = _features("\n".join(ARTICLE))
    spaced = _features("\n\n".join(ARTICLE))
    assert list(tight.values()) == list(spaced.values())


def test_line_features_continuation_and_overlap() -> None:
    text = "\n".join(
        [
            *ARTICLE[2:6],
            "Repairs on the harbour bridge cables",
            "The work on the cables will be done at night, so that",
            "ferries and buses can keep their daytime timetables as far as possible.",
            "Celebrity chef opens pop-up bakery downtown",
        ]
    )
    feats = _features(text)
    assert feats[5]["joins_next"] == 1.0 and feats[6]["joins_prev"] == 1.0
    # A subhead shares the article's words; a teaser for another story does not.
    assert feats[4]["body_overlap"] > feats[7]["body_overlap"]


def _tiny_model(**overrides: object) -> dict[str, object]:
    prose = FEATURE_NAMES.index("prose")
    data: dict[str, object] = {
        "features": [*FEATURE_NAMES, line_model.TOKEN_FEATURE],
        "base": 0.0,
        "rate": 1.0,
        "keep_threshold": 0.5,
        "drop_threshold": 0.3,
        "token_bias": -0.5,
        "token_weights": {"comment": -4.0, "harbour": 1.0},
        "trees": [
            # prose lines +2, others -2
            {"feature": [prose, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
             "value": [0.0, -2.0, 2.0]},
            # the token score feeds the second tree
            {"feature": [len(FEATURE_NAMES), -1, -1], "threshold": [-1.0, 0, 0], "left": [1, -1, -1],
             "right": [2, -1, -1], "value": [0.0, -3.0, 0.0]},
        ],
    }  # fmt: skip
    data.update(overrides)
    return data


def test_line_model_tree_inference() -> None:
    model = line_model.from_dict(_tiny_model())
    x = [0.0] * len(FEATURE_NAMES)
    x[FEATURE_NAMES.index("prose")] = 1.0
    assert model.token_score("Harbour news") == pytest.approx(0.5)
    assert model.probability(x, "Harbour news") == pytest.approx(1 / (1 + pow(2.718281828, -2.0)), rel=1e-6)
    # "comment" pushes the word score below -1: the second tree subtracts 3.
    assert model.probability(x, "Leave a comment") < 0.5
    assert model.keeps(x, "Harbour news", rule_kept=False)
    assert not model.keeps(x, "Leave a comment", rule_kept=True)
    # Between the thresholds: kept when the rules kept it, not added when they did not.
    x[FEATURE_NAMES.index("prose")] = 0.0
    p = model.probability(x, "Harbour news")
    assert 0.1 < p < 0.5
    assert model.keeps(x, "Harbour news", rule_kept=True) == (p >= 0.3)
    assert not model.keeps(x, "Harbour news", rule_kept=False)


def test_line_model_rejects_weights_for_other_features() -> None:
    with pytest.raises(ValueError):
        line_model.from_dict(_tiny_model(features=["log_words"]))


def test_line_model_packaged_weights_load() -> None:
    model = line_model.load()
    assert model is not None
    assert model.trees and model.token_weights
    assert 0.0 < model.keep_threshold < 1.0 and 0.0 < model.drop_threshold < 1.0


def test_line_model_rules_only_when_not_refined() -> None:
    text = "\n".join(ARTICLE)
    plain = classify_lines(text, refine=False)
    assert [t for t, _ in plain.blocks] == ARTICLE[3:7]
    refined = classify_lines(text)
    assert {t for t, _ in refined.blocks} >= set(ARTICLE[3:7])
    assert "Most read" not in {t for t, _ in refined.blocks}


def test_line_model_forest_matches_tree_walk() -> None:
    model = line_model.load()
    assert model is not None and model.forest is not None
    lines = analyse("\n".join(ARTICLE).splitlines())
    kinds, cluster_of, _ = rule_pass(lines)
    rows = article_features(lines, kinds, cluster_of)
    x = np.array([[*v, model.token_score(lines[i].text)] for i, v in rows])
    walked = [sum(t.predict(list(row)) for t in model.trees) for row in x]
    assert model.forest.predict(x) == pytest.approx(walked)


BUDGET_PAGE = """Menu
Search
Sign in
City budget adds money for parks and libraries
The city council approved next year's budget on Tuesday after a long debate over spending on public services.
The plan raises spending on parks by eight percent and keeps every branch library open on Saturdays.
Council members listed the projects that will be paid for first:
new playground equipment in three districts
longer opening hours at the central library
repairs to the riverside footpath
tree planting along the main avenues
The mayor said the budget was balanced without raising local taxes, a promise she made during the campaign.
Opposition members said the plan relied on optimistic forecasts of property tax revenue for the coming years.
A final vote on the capital spending plan is expected next month, after a round of public hearings.
Related stories
Police investigate break-in at downtown jewellery shop
Schools prepare for record number of new pupils
Leave a Reply
Your email address will not be published. Required fields are marked *
Name *
Email *
Save my name, email, and website in this browser for the next time I comment.
"""


def test_line_model_keeps_list_inside_article_and_drops_page_furniture() -> None:
    lines = BUDGET_PAGE.splitlines()
    refined = dict(classify_lines(BUDGET_PAGE).blocks)
    rules = dict(classify_lines(BUDGET_PAGE, refine=False).blocks)
    items = lines[7:11]
    # The rules split the article at the list and drop it; the model keeps it, as text (not headings).
    assert not set(items) <= set(rules)
    assert all(refined.get(item) == "body" for item in items)
    for furniture in (lines[0], lines[3], *lines[14:]):
        assert furniture not in refined
    assert [t for t, k in refined.items() if k == "body"][0] == lines[4]


def test_line_model_leaves_huge_dumps_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.clean import lines as lines_mod

    monkeypatch.setattr(lines_mod, "MAX_REFINE_LINES", 5)
    assert classify_lines(BUDGET_PAGE).blocks == classify_lines(BUDGET_PAGE, refine=False).blocks


def test_line_model_decisions_respect_rule_limits() -> None:
    from storyline.clean.lines import decide_kinds

    page = [
        "Share this article",
        "Mayor opens new harbour ferry terminal",
        "The new terminal will serve four ferry routes across the bay from next week, officials said.",
        "Passengers queued for the first crossing before dawn on Saturday morning, the operator said.",
        "The new terminal building at night",
        "Tickets will cost the same as before, and season passes will remain valid on every route.",
        "Leave a comment",
    ]
    lines = analyse(page)
    kinds, _, _ = rule_pass(lines)
    assert kinds.get(4) == "caption" and kinds.get(2) == "body" and kinds.get(5) == "body"
    probs = dict.fromkeys(range(len(page)), 0.9)
    probs[4] = 0.01  # the model would drop the caption: it sits between kept body lines, so it stays
    out = decide_kinds(lines, kinds, probs, keep_t=0.5, drop_t=0.5)
    assert out[4] == "caption"
    assert 0 not in out and 6 not in out  # furniture vocabulary is never added back
    assert 1 not in out  # a short header line (the headline) stays header
    assert out[2] == out[3] == out[5] == "body"
    # Low probabilities drop body lines the rules kept; a lone caption then has no body around it.
    out = decide_kinds(lines, kinds, dict.fromkeys(range(len(page)), 0.1), keep_t=0.5, drop_t=0.5)
    assert out == {}


def test_model_keeps_doubted_prose_between_kept_lines() -> None:
    from storyline.clean.lines import decide_kinds

    page = [
        "Port Alder council approved the new sea wall on Monday after a long debate, officials said.",
        "Works will begin in spring and should last two years, the council's engineer told reporters.",
        "Funding questions",
        "A spokesman for Mayor Okafor brushed aside any concerns about the cost.",
        "The wall will be paid for by a regional grant and a small levy on harbour berths, he said.",
        "Residents of the low streets near the quay have asked for the wall since the floods of 2009.",
    ]
    lines = analyse([text for line in page for text in (line, "")])
    kinds, _, _ = rule_pass(lines)
    doubted, subhead = 6, 4
    assert kinds.get(doubted) == "body"
    probs = dict.fromkeys(kinds, 0.9)
    probs[doubted] = 0.3  # just under the drop threshold: plain narration the model doubts
    out = decide_kinds(lines, kinds, probs, keep_t=0.45, drop_t=0.4)
    assert out.get(doubted) == "body"
    # Well below the floor, or with a dropped line beside it (a note box), it goes.
    probs[doubted] = 0.1
    assert doubted not in decide_kinds(lines, kinds, probs, keep_t=0.45, drop_t=0.4)
    probs[doubted], probs[subhead] = 0.3, 0.1
    assert doubted not in decide_kinds(lines, kinds, probs, keep_t=0.45, drop_t=0.4)


def test_model_keeps_the_short_sentences_that_close_an_article() -> None:
    from storyline.clean.lines import decide_kinds

    page = [
        "Port Alder council approved the new sea wall on Monday after a long debate, officials said.",
        "Works will begin in spring and should last two years, the council's engineer told reporters.",
        "Residents of the low streets near the quay have asked for the wall since the floods of 2009.",
        "Advertisement",
        "So the waiting goes on.",
        "The tide, at least, will not wait for the council to make up its mind.",
        "Read the Norvik Post's full coverage of the harbour here",
    ]
    lines = analyse([text for line in page for text in (line, "")])
    kinds, _, _ = rule_pass(lines)
    short, last = 8, 10
    assert kinds.get(short) == kinds.get(last) == "body"
    probs = dict.fromkeys((ln.index for ln in lines if ln.text), 0.9)
    # the model doubts the closing lines (its training pages end in notes and teasers)
    probs[short], probs[last], probs[12] = 0.17, 0.38, 0.1
    out = decide_kinds(lines, kinds, probs, keep_t=0.45, drop_t=0.4)
    assert out.get(short) == out.get(last) == "body"
    assert 6 not in out  # the ad slot between stays dropped
    # Well below the floor the first closing line goes, and the article ends before it.
    probs[short] = 0.05
    out = decide_kinds(lines, kinds, probs, keep_t=0.45, drop_t=0.4)
    assert short not in out and last not in out
