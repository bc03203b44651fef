"""GDELT 2.0 / ICEWS / POLECAT-like tables from merged events."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.events.profiles import write_profile
from storyline.records import Article, Citation, Event, Sentence


def event(code: str, plover: str | None, date: str | None, eid: str = "0123456789abcdef") -> Event:
    return Event(
        event_id=eid,
        date=date,
        date_source="timex",
        source_entity_id=None,
        source_name="Lena Park",
        source_actor_code=None,
        target_entity_id=None,
        target_name="Peru",
        target_actor_code=None,
        cameo_code=code,
        cameo_root=code[:2],
        plover_category=plover,
        plover_mode=None,
        goldstein=1.9,
        quad_class=1,
        modality="asserted",
        summary="Lena Park visited\tPeru",
        coded_by="lexicon",
        sources=[Citation("d1", 0, 0, 5), Citation("d2", 3, 40, 45)],
        num_sources=2,
        num_documents=2,
    )


@pytest.fixture()
def corpus() -> Corpus:
    c = Corpus()
    c.articles["d1"] = Article(
        doc_id="d1", source_path="a", text="x", outlet="Daily A", url="http://a.example/1"
    )
    c.articles["d2"] = Article(doc_id="d2", source_path="b", text="x", outlet="Daily B")
    c.sentences["d1"] = [Sentence("d1", 0, 0, 1, "body")]
    c.sentences["d2"] = [Sentence("d2", i, i, i + 1, "body") for i in range(5)]
    return c


def rows(path: Path) -> list[list[str]]:
    return list(csv.reader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_profiles_gdelt2_has_61_columns_no_header_and_padded_codes(tmp_path: Path, corpus: Corpus) -> None:
    out = write_profile(
        [event("042", "CONSULT", "2003-05-02"), event("013", None, "2003-05")], corpus, "gdelt2", tmp_path
    )
    table = rows(out)
    assert out.name == "events.gdelt2.tsv" and len(table) == 2
    assert all(len(r) == 61 for r in table)
    first, second = table
    assert first[0].isdigit() and first[1] == "20030502" and first[2] == "200305" and first[3] == "2003"
    assert first[26:29] == ["042", "042", "04"] and first[29] == "1" and first[30] == "1.9"
    assert first[31:34] == ["2", "2", "2"]  # mentions, outlets, articles
    assert first[25] == "1"  # cited in a first body sentence
    assert first[34] == "" and first[60] == "http://a.example/1"
    assert second[1] == "" and second[2] == "200305" and second[26] == "013"  # no invented day


def test_profiles_icews_has_header_and_20_columns(tmp_path: Path, corpus: Corpus) -> None:
    out = write_profile([event("042", "CONSULT", "2003-05-02")], corpus, "icews", tmp_path / "x.tsv")
    table = rows(out)
    assert table[0][0] == "Event ID" and len(table[0]) == 20
    assert len(table[1]) == 20 and table[1][6] == "042" and table[1][13] == "Daily A" and table[1][12] == "1"


def test_profiles_polecat_skips_events_without_plover_category(tmp_path: Path, corpus: Corpus) -> None:
    evs = [event("042", "CONSULT", "2003-05-02", "a" * 16), event("013", None, "2003-05-02", "b" * 16)]
    table = rows(write_profile(evs, corpus, "polecat", tmp_path))
    assert len(table) == 2 and table[1][2] == "CONSULT" and table[1][5] == "VERBAL COOPERATION"
    assert "\t" not in table[1][18]  # tabs inside text are flattened


def test_profiles_unknown_profile_is_an_error(tmp_path: Path, corpus: Corpus) -> None:
    with pytest.raises(ValueError, match="unknown event profile"):
        write_profile([], corpus, "acled", tmp_path)


def test_profiles_gdelt2_gives_a_week_or_season_its_year_only(tmp_path: Path, corpus: Corpus) -> None:
    # "2031-W05" or "2031-SU" has no month: GDELT's MonthYear stays empty rather than reading "2031W0"
    events = [event("042", "CONSULT", "2031-W05", "0123456789abcde1"), event("042", "CONSULT", "2031-SU")]
    for row in rows(write_profile(events, corpus, "gdelt2", tmp_path)):
        assert row[1:4] == ["", "", "2031"], row[1:4]
