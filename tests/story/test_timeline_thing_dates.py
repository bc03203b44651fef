"""Timeline lines: a date that names a thing ("survivors of the Aug. 6, 1990, flood") files no line
under its day when the sentence names the time of its own act ("visited the city Friday")."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.story import build_timeline, candidate_dates

VISIT_DAY, FLOOD_DAY, PROTEST_DAY = "2031-05-30", "1990-08-06", "2031-03-15"
VISIT = "Premier Aldo Venn visited the rebuilt port of Kastan Friday, embracing survivors of the Aug. 6, 1990, flood."
SETTLEMENT = (
    "The payment settled a failed 2009 arms deal between Kastan and Veloria, officials in Kastan said."
)
PROTESTS = "Thousands in Veloria marched again to remember the March 15 protests against the harbour tax."


def _corpus() -> CorpusBuilder:
    b = CorpusBuilder()
    b.article("visit", VISIT_DAY, [VISIT, "The premier laid a wreath at the harbour wall."])
    b.timex("visit", 0, "Friday", VISIT_DAY)
    b.timex("visit", 0, "Aug. 6, 1990", FLOOD_DAY)
    b.article("deal", "2031-06-02", [SETTLEMENT, "The payment was made in three parts."])
    b.timex("deal", 0, "2009", "2009")
    b.article("march", "2031-06-03", [PROTESTS, "The organisers counted more people than last year."])
    b.timex("march", 0, "March 15", PROTEST_DAY)
    return b


def _lines_by_date() -> dict[str, list[str]]:
    corpus = _corpus().corpus
    out: dict[str, list[str]] = {}
    for entry in build_timeline(corpus, max_dates=20):
        text = {c.doc_id: corpus.articles[c.doc_id].text for c in entry.sources}
        out[entry.date] = [text[c.doc_id][c.start : c.end] for c in entry.sources]
    return out


def test_a_day_naming_a_thing_beside_the_acts_day_files_no_line_under_it() -> None:
    lines = _lines_by_date()
    assert VISIT not in lines.get(FLOOD_DAY, [])
    assert VISIT in lines[VISIT_DAY]


def test_the_day_naming_a_thing_still_counts_as_referred_to() -> None:
    feats = {f.key: f for f in candidate_dates(_corpus().corpus)}
    assert feats[FLOOD_DAY].refs == 1  # a later article named the day: it mattered


def test_a_year_after_a_participle_names_a_thing() -> None:
    assert SETTLEMENT not in _lines_by_date().get("2009", [])


def test_a_day_naming_a_thing_alone_in_its_sentence_stays_a_line() -> None:
    assert PROTESTS in _lines_by_date()[PROTEST_DAY]
