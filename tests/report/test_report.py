from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import CorpusBuilder, make_event, treaty_corpus  # noqa: E402

from storyline.corpus import Corpus  # noqa: E402
from storyline.records import Entity, Quote  # noqa: E402
from storyline.report import anchor, render_html, render_report  # noqa: E402
from storyline.report.build import view_model  # noqa: E402

HOSTILE = [
    'Kastan said <script>alert("x")</script> the talks failed on Friday in Port Alder.',
    'Click <a href="javascript:alert(1)">here</a> or <img src=x onerror="alert(2)"> for more on Kastan.',
    "Veloria \u202egnirots\u202c replied with a statement " + "W" * 5000 + " about Kastan.",
    '"><svg onload=alert(3)> Kastan closed the northern gate to all traffic on Friday.',
]


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.scripts = 0
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self.scripts += 1
            self._in_script = True
        for k, v in attrs:
            if k == "id" and v:
                self.ids.add(v)
            if k == "href" and v is not None:
                self.hrefs.append(v)
            if k == "src" and v is not None:
                self.srcs.append(v)
            if k.startswith("on"):
                self.handlers.append((tag, k))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text.append(data)


def _scan(html: str) -> _Scan:
    s = _Scan()
    s.feed(html)
    return s


def _hostile_corpus() -> Corpus:
    b = CorpusBuilder()
    b.article(
        "h1",
        "2031-08-01",
        HOSTILE,
        outlet='<b onmouseover="alert(4)">Evil</b>',
        title="<script>alert(5)</script>",
    )
    for i in (0, 3):
        b.timex("h1", i, "Friday", "2031-07-25")
    c = b.corpus
    c.events = [
        make_event(
            "ev",
            "2031-07-25",
            "Kastan",
            "Veloria",
            -4.0,
            3,
            [b.cite("h1", 3)],
            summary="<img src=x onerror=alert(6)>",
        )
    ]
    c.quotes = [
        Quote(
            "q", "<script>alert(7)</script>", "direct", None, "<i>anon</i>", "said", None, [b.cite("h1", 0)]
        )
    ]
    return c


def test_report_is_self_contained(tmp_path: Path) -> None:
    out = render_report(treaty_corpus(), tmp_path)
    assert out == tmp_path / "report.html"
    html = out.read_text(encoding="utf-8")
    scan = _scan(html)
    external = [u for u in scan.hrefs + scan.srcs if re.match(r"\s*(https?:)?//", u, re.IGNORECASE)]
    assert external == []
    assert "link" not in scan.tags  # no external stylesheets
    assert "@import" not in html and "url(http" not in html
    assert "<style>" in html and "<svg" in html and scan.scripts == 1


def test_report_timeline_links_reach_their_sentences() -> None:
    corpus = treaty_corpus()
    html = render_html(corpus)
    scan = _scan(html)
    internal = [h[1:] for h in scan.hrefs if h.startswith("#")]
    assert internal
    missing = [h for h in internal if h not in scan.ids]
    assert missing == []
    # the treaty day's first source sentence is printed inside its span
    cite = ("a1", 1)
    m = re.search(rf'<span class="s" id="{anchor(*cite)}"[^>]*>([^<]*)</span>', html)
    assert m is not None
    assert m.group(1) == corpus.sentence_text(*cite)


def test_report_shows_sections_and_chart_parts() -> None:
    html = render_html(treaty_corpus())
    for section in ("timeline", "relations", "actors", "quotes", "events", "coverage", "articles"):
        assert f'id="{section}"' in html
    assert "Goldstein sum" in html and "events" in html  # axis labels / legend
    assert html.count('class="tick"') >= 4
    assert "Ilsa Marren" in html and "a new beginning for the region" in html
    assert 'id="ev-q"' in html  # the events filter
    # the actor card links to the first mention, with the name's span to highlight
    card = html[html.index('id="a-e-marren"') :]
    link = re.search(r'First mention: <a class="src" href="#([^"]+)" data-s="(\d+)" data-e="(\d+)"', card)
    assert link is not None
    assert link.group(1) == anchor("a1", 2)
    text = treaty_corpus().articles["a1"].text
    assert text[int(link.group(2)) : int(link.group(3))] == "Ilsa Marren"


def test_report_escapes_hostile_article_text() -> None:
    html = render_html(_hostile_corpus())
    scan = _scan(html)
    assert scan.scripts == 1
    assert "alert" not in "".join(scan.script_text)
    assert scan.handlers == []
    assert not [h for h in scan.hrefs if h.strip().lower().startswith("javascript:")]
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    # every internal link still resolves
    assert all(h[1:] in scan.ids for h in scan.hrefs if h.startswith("#"))


def test_report_anchor_is_id_safe() -> None:
    assert anchor("0123abcdef", 4) == "d-0123abcdef-s-4"
    hostile = anchor('x" onclick="y', 0)
    assert re.fullmatch(r"d-[A-Za-z0-9_-]+-s-0", hostile)


@pytest.mark.parametrize("corpus", [Corpus(), CorpusBuilder().article("e", None, ["", "  "]).corpus])
def test_report_renders_empty_or_garbage_corpus(corpus: Corpus) -> None:
    html = render_html(corpus)
    assert "No dated entries." in html


def test_report_neutralizes_bidi_and_control_characters() -> None:
    b = CorpusBuilder()
    b.article(
        "bd",
        "2031-08-02",
        [
            "Kastan \u202eetats\u202c signed the \u2066pact\u2069 on Friday in Port Alder.",
            "Veloria\x07 answered \u202a with \u202b a \u202d note\x1b on Saturday.",
        ],
        outlet="Gazette\u202e",
        title="Pact \u2067signed\u2068",
    )
    b.timex("bd", 0, "Friday", "2031-07-25")
    b.timex("bd", 1, "Saturday", "2031-07-26")
    html = render_html(b.corpus)
    bad = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    bad += [chr(c) for c in range(32) if c not in (9, 10, 13)]
    assert [c for c in bad if c in html] == []
    # one replacement character per control, so the visible text keeps its length and offsets
    assert "Kastan \ufffdetats\ufffd signed the \ufffdpact\ufffd" in html
    assert "Veloria\ufffd answered" in html


def test_report_title_names_what_the_corpus_is_about(tmp_path: Path) -> None:
    corpus = treaty_corpus()
    html = render_html(corpus)
    title = re.search(r"<title>(.*?)</title>", html)
    assert title is not None
    assert "Kastan" in title.group(1) and "Veloria" in title.group(1) and "2031" in title.group(1)
    assert "Ilsa Marren" not in title.group(1)  # named in one article only
    out = render_report(corpus, tmp_path, title="Harbour dispute")
    assert "<title>Harbour dispute</title>" in out.read_text(encoding="utf-8")


def test_report_counts_one_in_the_singular() -> None:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", render_html(treaty_corpus())))
    assert "1 quote" in text  # the corpus has one quote
    assert not re.search(r"\b1 (?:article|actor|event|quote|mention|duplicate|publication day)s\b", text)


def test_report_relations_name_unnamed_sides_by_their_words() -> None:
    corpus = treaty_corpus()
    cite = corpus.events[0].sources
    for i, (police, crowd) in enumerate(
        [("police", "protesters"), ("the police", "protesters"), ("police", "crowds")]
    ):
        ev = make_event(f"u{i}", f"2031-05-0{i + 4}", "x", "y", -7.0, 4, cite, code="180")
        ev.source_entity_id, ev.source_name, ev.source_actor_code = None, police, "COP"
        ev.target_entity_id, ev.target_name, ev.target_actor_code = None, crowd, "CVL"
        corpus.events.append(ev)
    html = render_html(corpus)
    assert "<h3><bdi>police (COP)</bdi> – <bdi>protesters (CVL)</bdi>" in html


def test_report_relations_keep_the_capitals_of_a_coded_sides_words() -> None:
    corpus = treaty_corpus()
    cite = corpus.events[0].sources
    for i, (guards, crowd) in enumerate(
        [("Okafor guards", "Protesters"), ("Okafor guards", "protesters")] * 2
    ):
        ev = make_event(f"g{i}", f"2031-05-0{i + 4}", "x", "y", -7.0, 4, cite, code="180")
        ev.source_entity_id, ev.source_name, ev.source_actor_code = None, guards, "COP"
        ev.target_entity_id, ev.target_name, ev.target_actor_code = None, crowd, "CVL"
        corpus.events.append(ev)
    html = render_html(corpus)
    assert "<h3><bdi>Okafor guards (COP)</bdi> – <bdi>Protesters (CVL)</bdi>" in html


def test_report_lists_events_of_one_date_by_first_report_as_the_web_does() -> None:
    b = CorpusBuilder()
    b.article("a", "2031-05-04", ["Kastan shelled the Veloria border post in 2030."])
    cite = b.cite("a", 0)
    told_late = make_event("e-a", "2030", "Kastan", "Veloria", -5.0, 4, [cite], summary="shelling told late")
    told_late.first_reported = "2031-05-04"
    told_early = make_event(
        "e-b", "2030", "Kastan", "Veloria", -5.0, 4, [cite], summary="shelling told early"
    )
    told_early.first_reported = "2030-11-02"
    b.corpus.events = [told_late, told_early]
    rows = view_model(b.corpus)["events"]
    # by id alone "e-a" came first; the web app's list orders a date's events by first report
    assert [r["summary"] for r in rows] == ["shelling told early", "shelling told late"]


def test_report_ranks_actors_by_articles_before_mentions() -> None:
    """A name one article repeats many times comes after an actor several articles name."""
    corpus = treaty_corpus()
    corpus.entities = [
        Entity("e-orvik", "Dara Orvik", "PERSON", doc_ids=["a3"], mention_count=30),
        Entity("e-delvane", "Delvane Council", "ORG", doc_ids=["a1", "a3", "a4"], mention_count=4),
    ]
    html = render_html(corpus)
    actors = html[html.index('<section id="actors">') : html.index('<section id="quotes">')]
    assert actors.index("Delvane Council") < actors.index("Dara Orvik")
    assert "named in most articles" in actors  # the list says how it is ranked


def test_report_relations_count_a_named_pair_not_every_actor_of_their_codes() -> None:
    """A president and a ministry share their government's code; the president's pair with another
    state counts the president's acts, not the ministry's too."""
    b = CorpusBuilder()
    b.article("k1", "2031-02-03", ["President Dara Orvik of Kastan met Veloria's envoy in Port Alder."])
    corpus = b.corpus
    corpus.entities = [
        Entity("e-orvik", "Dara Orvik", "PERSON", actor_code="KASGOV", doc_ids=["k1"], mention_count=1),
        Entity("e-ministry", "Kastan ministry", "ORG", actor_code="KASGOV", doc_ids=["k1"], mention_count=1),
        Entity("e-veloria", "Veloria", "GPE", actor_code="VEL", doc_ids=["k1"], mention_count=1),
    ]
    cite = [b.cite("k1", 0)]
    for i, source in enumerate(["Orvik", "Orvik", "Ministry", "Ministry", "Ministry"]):
        ev = make_event(f"k{i}", f"2031-0{i + 1}-02", source, "Veloria", 1.0, 1, cite)
        ev.source_actor_code = "KASGOV"
        corpus.events.append(ev)
    html = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", render_html(corpus)))
    assert "Dara Orvik – Veloria (2 events" in html or "Veloria – Dara Orvik (2 events" in html
    assert "Kastan ministry – Veloria (3 events" in html or "Veloria – Kastan ministry (3 events" in html
