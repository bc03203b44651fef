"""A timeline line says what happened on its date, alone: a line whose subject is a pronoun nobody names
makes no entry, a plan or a deadline named ahead of its day is no line for it, a day recalled a year
later in a side phrase ("after the March 3, 2031, blast") is no line for it, and a noun made from a verb
("meetings") is no act in a headline."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import Mention
from storyline.story import build_timeline
from storyline.story.text import (
    first_clause,
    is_headline_sentence,
    points_back,
    summary_fits_sentence,
    tells_an_act,
)

FILLER = [
    "Fishing boats stayed in the harbour of Port Alder for most of the week.",
    "Traders in Port Alder said prices for grain had risen again.",
    "The weather office expected calm seas along the Veloria coast.",
]


def _lines(b: CorpusBuilder) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entry in build_timeline(b.corpus, sentences_per_date=3):
        out[entry.date] = [b.corpus.sentence_text(c.doc_id, c.sentence) for c in entry.sources]
    return out


def _headlines(b: CorpusBuilder) -> dict[str, str]:
    return {entry.date: entry.headline for entry in build_timeline(b.corpus, sentences_per_date=3)}


def test_a_line_whose_subject_is_an_unnamed_pronoun_points_back() -> None:
    assert points_back("They took the harbour of Port Alder in 2029 during the uprising")
    assert points_back("He’s leading the Orvik inquiry into the harbour fire")
    assert points_back("This was made worse by the Kastan blockade of the coast")
    assert points_back("That’s not what the Orvik council said in April")
    assert points_back("Two winters later, he moved the fleet to the southern bay")
    assert points_back("Late in the spring, they sold the grain stores to the traders")
    assert points_back("It was unlike the Orvik council's pledge of open harbours that was given in May")


def test_a_named_subject_a_cleft_or_a_determiner_does_not_point_back() -> None:
    assert not points_back("Kastan took the harbour of Port Alder in 2029")
    assert not points_back("It was in May that Kastan closed the harbour of Port Alder")
    assert not points_back("It is hard to see how the Orvik talks can go on")
    assert not points_back("US officials closed the northern gate of Port Alder")
    assert not points_back("This week Veloria reopened the harbour of Port Alder")
    assert not points_back(
        "After meeting Okafor in Orvik, he signed the harbour pact"
    )  # the phrase names someone


TOOK = "They took the harbour of Port Alder in 2029, during the uprising against the old council."
SIGNED = "Veloria and Kastan signed the Orvik fishing pact in 2030 after two years of talks."


def _history() -> CorpusBuilder:
    b = CorpusBuilder()
    b.article("history", "2031-06-10", [*FILLER, TOOK, SIGNED])
    b.timex("history", 3, "2029", "2029").timex("history", 4, "2030", "2030")
    return b


def test_a_date_told_only_by_a_line_about_nobody_makes_no_entry() -> None:
    b = _history()
    at = b.corpus.articles["history"].text.index("Veloria and Kastan")
    # coreference ran (it found Veloria) and named nobody for "They"
    b.corpus.mentions.append(Mention("history", 0, at, at + 7, "Veloria", 4, "name", "GPE", 1))
    lines = _lines(b)
    assert "2029" not in lines
    assert SIGNED in lines["2030"]


def test_without_coreference_a_line_about_nobody_stands() -> None:
    assert TOOK in _lines(_history())["2029"]  # nothing could have named "They"


HOLD = "Kastan and Veloria agreed to hold harbour talks on Thursday in Port Alder, officials said."
DEADLINE = "The deadline for the Orvik harbour review is Thursday, the council said in a statement."
RESULTS = "The Orvik council is not expected to publish its harbour tally before Thursday."
SUMMIT = "Critics mocked the coins minted for the planned Thursday summit between Okafor and Marren."


def test_a_plan_or_a_deadline_named_ahead_of_its_day_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("plans", "2031-05-02", [*FILLER, HOLD, DEADLINE, RESULTS, SUMMIT])
    for i in range(3, 7):
        b.timex("plans", i, "Thursday", "2031-05-08")
    assert "2031-05-08" not in _lines(b)


BLAST = "Investigators disagreed over the harbour inquiry after the March 3, 2031, blast in Port Alder."
FOLLOWING = "Grain traders stayed away in the weeks following the Orvik blast on March 3 in the port."


def test_a_day_recalled_a_year_later_in_a_side_phrase_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("inquiry", "2033-01-20", [*FILLER, BLAST])
    b.timex("inquiry", 3, "March 3, 2031", "2031-03-03")
    assert "2031-03-03" not in _lines(b)


def test_a_recent_day_named_as_a_thing_stays_a_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("inquiry", "2031-03-10", [*FILLER, BLAST])
    b.timex("inquiry", 3, "March 3, 2031", "2031-03-03")
    assert BLAST in _lines(b)["2031-03-03"]


def test_a_day_in_a_following_phrase_is_no_line_for_it() -> None:
    b = CorpusBuilder()
    b.article("trade", "2031-03-20", [*FILLER, FOLLOWING])
    b.timex("trade", 3, "March 3", "2031-03-03")
    assert FOLLOWING not in _lines(b).get("2031-03-03", [])


TWEETED = "A Kastan aide who attended the harbour talks tweeted on Sunday that the envoy had left."
RULED = "Tomas Okafor, who ruled Port Alder until his death on Sunday, was buried in Orvik by his family."


def test_any_report_verb_ends_a_who_clause_but_ruling_is_no_speech() -> None:
    b = CorpusBuilder()
    b.article("aide", "2031-06-10", [*FILLER, TWEETED, RULED])
    b.timex("aide", 3, "Sunday", "2031-06-08").timex("aide", 4, "Sunday", "2031-06-08")
    lines = _lines(b)["2031-06-08"]
    assert TWEETED in lines
    assert RULED not in lines


def test_a_plural_noun_made_from_a_verb_is_no_act() -> None:
    assert not tells_an_act("Kastan meetings with Tomas Brek", "Kastan")
    assert not is_headline_sentence("Kastan bombings", "Kastan")
    assert tells_an_act("Kastan brings aid to Orvik", "Kastan")


def test_a_name_after_that_is_no_object_of_the_summary() -> None:
    summary = "Kastan denied Tomas Brek"
    assert not summary_fits_sentence(
        summary, "Kastan", "Kastan denied on Tuesday that Brek met the envoy in Orvik."
    )
    assert summary_fits_sentence(
        summary, "Kastan", "Kastan denied Brek on Tuesday a seat at the Orvik talks."
    )


def test_a_line_that_reads_alone_heads_before_one_about_nobody() -> None:
    b = CorpusBuilder()
    married = "He married the painter Ilsa Marren in 2010 in Norrow, a fishing town."
    joined = "Tomas Brek joined the Veloria navy in 2010 as a cadet."
    b.article("bio", "2031-03-04", [married, married.replace("painter", "poet"), joined])
    for i in range(3):
        b.timex("bio", i, "2010", "2010")
    assert _headlines(b)["2010"].startswith("Tomas Brek joined")


def test_an_opening_weekday_with_its_date_is_dropped_whole() -> None:
    line = "On Friday, May 14, the Kastan navy closed the northern gate of Port Alder for the night."
    assert first_clause(line) == "The Kastan navy closed the northern gate of Port Alder for the night."


def test_the_place_of_a_passive_is_not_its_doer() -> None:
    sentence = "Three Kastan sailors were arrested in Port Alder on Monday for smuggling grain."
    assert not summary_fits_sentence("Port Alder arrested three Kastan sailors", "Port Alder", sentence)
    by = "Three Kastan sailors were arrested in Orvik on Monday by Port Alder police."
    assert summary_fits_sentence("Port Alder police arrested three Kastan sailors", "Port Alder police", by)


def test_a_word_inside_a_description_of_the_actor_is_no_act() -> None:
    sentence = "Ada Okafor, a union backed Orvik lawyer serving her first term, questioned the Kastan envoy."
    assert not summary_fits_sentence("Ada Okafor backed Orvik", "Ada Okafor", sentence)
    who = "Ada Okafor, a lawyer who resigned from the Orvik council in May, spoke in Port Alder."
    assert summary_fits_sentence("Ada Okafor resigned from Orvik council", "Ada Okafor", who)
