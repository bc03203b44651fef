"""Headlines that read alone: a quotation says who said it, an opening "He" names its person, a line
that leans on an earlier sentence or speaks in the writer's voice gives way, and an opinion piece's
opening is no line for the day it was published."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.records import Chain, Mention
from storyline.story import build_timeline
from storyline.story.opinion import is_opinion_line, is_opinion_piece
from storyline.story.text import first_clause, quote_led_headline, reads_as_a_line, summary_fits_sentence


def test_a_quote_led_sentence_heads_with_its_speaker() -> None:
    s = '"We will reopen the northern gate within a week," Kastan trade minister Tomas Brek said on Friday.'
    assert (
        quote_led_headline(s)
        == "Kastan trade minister Tomas Brek said: “We will reopen the northern gate within a week”"
    )
    inverted = '"The talks are over," said Foreign Minister Ilsa Marren on Monday.'
    assert quote_led_headline(inverted) == "Foreign Minister Ilsa Marren said: “The talks are over”"


def test_a_quote_with_an_unnamed_speaker_or_no_quote_gets_no_speaker_form() -> None:
    assert quote_led_headline('"We will reopen the northern gate within a week," he said on Friday.') is None
    assert quote_led_headline("Kastan reopened the northern gate on Friday.") is None


def test_a_long_quote_is_cut_inside_balanced_quotation_marks() -> None:
    quote = "We hope every party in the region can work together to calm the tense situation along the border"
    line = quote_led_headline(f'"{quote} of Veloria and Kastan," spokesman Tomas Brek said.')
    assert line is not None and len(line) <= 110
    assert line.startswith("Spokesman Tomas Brek said: “We hope") and line.endswith("…”")


def test_lines_that_lean_on_another_sentence_or_the_writer_do_not_read_alone() -> None:
    assert not reads_as_a_line("He made his mark as foreign secretary of Veloria")
    assert not reads_as_a_line("This announcement comes after the vote in Port Alder")
    assert not reads_as_a_line("Why was Brek still denying the talks on February 8?")
    assert not reads_as_a_line("I spoke to Marren about the Kastan plan to arm the rebels")
    assert not reads_as_a_line('"We will reopen the gate," Brek said')
    assert reads_as_a_line("US envoy Ilsa Marren arrived in Port Alder for talks")
    assert reads_as_a_line('Brek said "we are ready" before the vote in Port Alder')


def test_an_opening_phrase_with_a_year_is_dropped_whole() -> None:
    s = "In the worst year for Kastan, 2029, more than 50 floods swept the river towns of the north."
    assert first_clause(s) == "More than 50 floods swept the river towns of the north."


def test_an_opening_phrase_stays_when_the_clause_opens_on_a_possessive() -> None:
    s = "After the founder's death in 2012, his son, Tomas Brek, ran the Kastan mills for a decade."
    assert first_clause(s).startswith("After the founder's death in 2012, his son")


def test_a_summary_that_stops_before_its_verbs_object_does_not_fit() -> None:
    sentence = "Veloria's foreign minister on Sunday urged Kastan to halt its border drills."
    assert not summary_fits_sentence("Veloria urged Kastan to halt", "Veloria", sentence)
    assert summary_fits_sentence("Veloria urged Kastan to halt its border drills", "Veloria", sentence)
    passive = "Marren said Brek was granted a travel permit in 2029."
    assert not summary_fits_sentence("Tomas Brek was granted", "Tomas Brek", passive)
    # a name followed by an apposition is no cut object
    trip = "Brek said his trip to Kastan, the state that holds the first vote, went well."
    assert summary_fits_sentence("Tomas Brek trip to Kastan", "Tomas Brek", trip)


COLUMN = [
    "A trade deal between Veloria and Kastan could finally be here!",
    "I have watched these talks for years, and I am not convinced.",
    "We should ask what Veloria actually gave up in Port Alder.",
    "Why would Kastan sign a deal it called a trap a month ago?",
    "My guess is that the markets will decide before the ministers do.",
    "You can read the draft yourself on the ministry website.",
    "The deal covers grain, steel and the river tolls.",
    "Our readers will remember the last deal, which collapsed in a week.",
    "I would not bet on this one lasting longer.",
]
REPORT = [
    "Veloria and Kastan signed a trade deal in Port Alder covering grain, steel and the river tolls.",
    "The deal ends two years of disputes over the river tolls between the two countries.",
    "Kastan trade minister Tomas Brek said the deal would take effect within a month.",
    "Veloria's negotiators had walked out of the talks twice in the past year.",
    "Traders in Port Alder welcomed the deal, saying prices of grain should fall.",
    "The agreement must still be approved by the parliaments of both countries.",
    "Officials said the river tolls would be cut by half in the first year.",
    "Steel exports from Kastan are expected to double under the deal.",
    "The previous trade deal between the two countries collapsed in 2024.",
]


def test_a_column_is_told_from_a_report_by_its_voice() -> None:
    assert is_opinion_piece(" ".join(COLUMN))
    assert not is_opinion_piece(" ".join(REPORT))
    assert is_opinion_line("Why would Kastan sign a deal it called a trap a month ago?")
    assert not is_opinion_line('Brek added, "If you look at the deal, it is so good.')


def _entry_days(b: CorpusBuilder) -> set[str]:
    return {e.date for e in build_timeline(b.corpus)}


def test_a_columns_opening_is_no_line_for_its_publication_day() -> None:
    column = CorpusBuilder().article("col", "2031-05-02", COLUMN).article("rep", "2031-04-20", REPORT)
    report = CorpusBuilder().article("col", "2031-05-02", REPORT).article("rep", "2031-04-20", REPORT)
    assert "2031-05-02" not in _entry_days(column)
    assert "2031-05-02" in _entry_days(report)


def _with_pronoun_chain(
    b: CorpusBuilder, doc_id: str, name: str, name_sentence: int, pronoun_sentence: int
) -> None:
    text = b.corpus.articles[doc_id].text
    sents = b.corpus.sentences[doc_id]
    at = text.index(name, sents[name_sentence].start)
    he = sents[pronoun_sentence].start
    b.corpus.mentions += [
        Mention(doc_id, 0, at, at + len(name), name, name_sentence, "name", "PERSON", 7),
        Mention(doc_id, 1, he, he + 2, text[he : he + 2], pronoun_sentence, "pronoun", "PERSON", 7),
    ]
    b.corpus.chains.append(Chain(doc_id, 7, name, "PERSON", mention_ids=[0, 1]))


def test_an_opening_he_is_named_from_its_chain() -> None:
    b = CorpusBuilder().article(
        "bio",
        "2031-06-01",
        [
            "Veloria's parliament on Monday named a square in Port Alder after Tomas Brek.",
            "He signed the river treaty with Kastan in 2019, ending a decade of border clashes.",
            "The square lies next to the old customs house on the river.",
        ],
    )
    b.timex("bio", 1, "2019", "2019")
    _with_pronoun_chain(b, "bio", "Tomas Brek", 0, 1)
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2019")
    assert entry.headline.startswith("Tomas Brek signed the river treaty with Kastan")


def test_a_quote_led_line_heads_its_day_with_the_speaker() -> None:
    b = CorpusBuilder().article(
        "gate",
        "2031-06-07",
        [
            '"We will reopen the northern gate to traders within a week," Kastan minister Tomas Brek said Friday.',
            "The gate on the Veloria border has been shut since the floods in March.",
        ],
    )
    b.timex("gate", 0, "Friday", "2031-06-06")
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-06-06")
    assert entry.headline.startswith("Kastan minister Tomas Brek said: “We will reopen the northern gate")


def test_a_quotation_opened_after_its_speaker_is_closed_not_stripped() -> None:
    s = 'Ilsa Marren, the mayor of Port Alder, said on Friday "We are committed to keeping the harbour open.'
    assert first_clause(s).endswith('said on Friday "We are committed to keeping the harbour open."')


def test_a_colon_that_opens_a_quotation_does_not_cut_the_line() -> None:
    s = 'An official from the Kastan rail board stated: "We are working with the police after the accident."'
    assert first_clause(s) == s


def test_a_quote_led_line_said_by_he_is_named_from_its_chain() -> None:
    b = CorpusBuilder().article(
        "stars",
        "2031-06-09",
        [
            "Former envoy Tomas Brek, who led last year's talks, said he expects more progress at the summit.",
            "“The stars have finally lined up for Veloria and Kastan,” he said in a speech Friday.",
        ],
    )
    b.timex("stars", 1, "Friday", "2031-06-06")
    text = b.corpus.articles["stars"].text
    he = text.index("he said")
    _with_pronoun_chain(b, "stars", "Tomas Brek", 0, 1)
    b.corpus.mentions[1] = Mention("stars", 1, he, he + 2, "he", 1, "pronoun", "PERSON", 7)
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-06-06")
    assert entry.headline.startswith("Tomas Brek said: “The stars have finally lined up")


def test_a_readable_line_heads_before_a_verbless_event_summary() -> None:
    b = CorpusBuilder().article(
        "talks",
        "2031-02-01",
        [
            "The Veloria council learned on January 23 about Tomas Brek's meeting with Ilsa Marren.",
            "The council had asked the envoy for a full account of the meeting.",
        ],
    )
    b.timex("talks", 0, "January 23", "2031-01-23")
    summary = "Tomas Brek meeting with Ilsa Marren"
    b.corpus.events.append(
        make_event("ev1", "2031-01-23", "Tomas Brek", "Ilsa Marren", 1.0, 1, [b.cite("talks", 0)], summary)
    )
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-01-23")
    assert entry.headline.startswith("The Veloria council learned on January 23")
