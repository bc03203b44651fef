"""Date selection: look-back counts are read against how many articles came after the day."""

from __future__ import annotations

from dataclasses import replace

from handmade import CorpusBuilder

from storyline.story import DateWeights, build_timeline, candidate_dates

EARLY, LATE, PREVIEWED = "2031-03-01", "2031-06-01", "2031-07-01"


def _corpus() -> CorpusBuilder:
    """Two days each looked back on by two articles: an early one, after which eight articles
    appeared, and one late in the corpus, after which only its two reports and a preview did."""
    b = CorpusBuilder()
    for i in range(2):
        b.article(f"early{i}", "2031-03-10", [f"Kastan closed the harbour on March 1, report {i}."])
        b.timex(f"early{i}", 0, "March 1", EARLY)
    for i in range(4):  # coverage between the two, naming no day (over 30 days from both: no density)
        b.article(f"mid{i}", "2031-04-20", [f"Kastan harbour fees were debated again, note {i}."])
    for i in range(2):
        b.article(f"late{i}", "2031-06-05", [f"Veloria recalled its envoy on June 1, report {i}."])
        b.timex(f"late{i}", 0, "June 1", LATE)
    # a preview of a day after the last article: nobody could look back on it yet
    b.article("preview", "2031-06-05", ["Veloria will hold a vote on July 1, officials said."])
    b.timex("preview", 0, "July 1", PREVIEWED)
    return b


def test_scarce_later_is_all_articles_over_those_published_after_a_looked_back_on_day() -> None:
    feats = {f.key: f for f in candidate_dates(_corpus().corpus)}
    total = 9
    assert feats[EARLY].scarce_later == 0.0  # every article came after it
    assert feats[LATE].scarce_later == (total + 1) / (3 + 1) - 1  # only the three June 5 articles
    assert feats[PREVIEWED].scarce_later == 0.0  # after the last publication day: only previewed
    # a day no later article names has no look-back count to correct, however late it is
    assert feats["2031-04-20"].refs_later == 0 and feats["2031-04-20"].scarce_later == 0.0
    assert feats["2031-06-05"].scarce_later == 0.0


def test_timeline_prefers_a_late_day_looked_back_on_as_often_with_fewer_chances() -> None:
    corpus = _corpus().corpus
    feats = {f.key: f for f in candidate_dates(corpus)}
    assert feats[EARLY].refs_later == feats[LATE].refs_later == 2
    [entry] = build_timeline(corpus, max_dates=1, day_only=True)
    assert entry.date == LATE
    # without the normalisation the early day wins: its references came longer after it
    [entry] = build_timeline(
        corpus, max_dates=1, day_only=True, weights=replace(DateWeights(), scarce_later=0.0)
    )
    assert entry.date == EARLY
