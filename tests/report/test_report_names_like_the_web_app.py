"""The report names actors as the web app does (judged on unseen news, session 19): an actor's other
names once per spelling read without case or a leading "the" (it printed "the Orvik Union; The Orvik
Union; Orvik union" as three names), and a pair's coded side by the words of that pair's own acts."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import treaty_corpus  # noqa: E402

from storyline.report import render_html  # noqa: E402


def _also_line(html: str, name: str) -> str:
    block = html.split(f"<bdi>{name}</bdi>", 1)[1]
    m = re.search(r"Also: (.*?)</div>", block, re.DOTALL)
    assert m is not None, f"{name} has no 'Also:' line"
    return m.group(1)


def test_aliases_that_differ_by_case_or_the_are_listed_once() -> None:
    corpus = treaty_corpus()
    kastan = next(e for e in corpus.entities if e.entity_id == "e-kastan")
    kastan.aliases = [
        "the Kastan Republic",
        "The Kastan Republic",
        "Kastan republic",
        "kastan",
        "the Kastani state",
    ]
    also = _also_line(render_html(corpus), "Kastan")
    names = re.findall(r"<bdi>(.*?)</bdi>", also)
    assert names == ["the Kastan Republic", "the Kastani state"]


def test_a_coded_side_of_a_pair_is_named_by_that_pairs_own_acts() -> None:
    """A relationship table's side known only by its actor code took the words the whole corpus used
    most for the code: Kastan's acts with "the guards" were headed "the army (MIL)", the words of
    Veloria's acts. The web app's relations name it by the pair's own acts."""
    from dataclasses import replace

    from handmade import make_event

    corpus = treaty_corpus()
    cite = corpus.events[0].sources[:1]

    def act(event_id: str, source: str, words: str) -> Any:
        ev = make_event(event_id, "2031-05-04", source, "x", 1.0, 1, cite, summary=f"{source} met {words}")
        return replace(ev, target_entity_id=None, target_name=words, target_actor_code="MIL")

    corpus.events += [act("g1", "Kastan", "the guards"), act("g2", "Kastan", "the guards")]
    corpus.events += [act(f"r{i}", "Veloria", "the army") for i in range(3)]
    headings = [
        re.sub(r"<[^>]+>", "", h)
        for h in re.findall(r"<h3>(.*?)</h3>", render_html(corpus), re.DOTALL)
        if "–" in h
    ]
    assert any(h.startswith("the guards (MIL) – Kastan") for h in headings), headings
    assert any(h.startswith("the army (MIL) – Veloria") for h in headings), headings
