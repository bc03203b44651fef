"""Headlines on unseen news: an event summary heads an entry only when its words follow its sentence
(nothing jumped over, no word the sentence lacks, not someone else's act); a long line loses an aside or
a closing date before it is cut, and ends at a participle rather than mid-phrase; a "he" after opening
phrases is named so the phrases can go; an article's lead heads before a detail from its middle; a count
("At least seven ..."), a subject ("This bridge, ...") and a lead-in before a colon are no opening phrases."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import Chain, Mention
from storyline.story import build_timeline
from storyline.story.opinion import is_marked_opinion
from storyline.story.text import first_clause, quote_led_headline, summary_fits_sentence


def test_a_summary_that_jumps_over_a_stretch_of_its_sentence_does_not_fit() -> None:
    s = "Kastan seized the ferry on May 3 in the Orvik strait, the narrow mouth of the Alder Sea through which grain passes."
    assert not summary_fits_sentence("Kastan seized Alder Sea", "Kastan", s)
    assert summary_fits_sentence("Kastan seized the ferry", "Kastan", s)
    # times, numbers and determiners in between are no stretch
    assert summary_fits_sentence(
        "Kastan police killed Orvik smugglers",
        "Kastan police",
        "Kastan police killed three Orvik smugglers on Monday.",
    )


def test_a_summary_with_a_word_its_sentence_lacks_does_not_fit() -> None:
    s = "On Monday, Veloria and Kastan will ease pressure on the river tolls."
    assert not summary_fits_sentence("Veloria will ease with Kastan", "Veloria", s)


def test_an_object_before_an_active_verb_is_its_doer_not_its_object() -> None:
    s = "In May 2030, he declared that Kastan should blockade the port of Orvik."
    assert not summary_fits_sentence("Tomas Brek should blockade Kastan", "Tomas Brek", s)
    # a passive's object does stand before its verb
    passive = "The Orvik traders were expelled from the port by Brek in 2030."
    assert summary_fits_sentence("Tomas Brek expelled Orvik traders", "Tomas Brek", passive)


def test_an_act_in_a_reported_clause_belongs_to_that_clauses_subject() -> None:
    s = "In May 2030, he declared that Kastan should blockade the port of Orvik."
    assert not summary_fits_sentence("Tomas Brek should blockade Orvik", "Tomas Brek", s)
    own = "The minister said that Brek should blockade the port of Orvik."
    assert summary_fits_sentence("Tomas Brek should blockade Orvik", "Tomas Brek", own)


def test_a_summary_of_asking_someone_that_drops_the_act_asked_for_does_not_fit() -> None:
    s = "The Alder Council will require Kastan to publish its budget before the vote."
    assert not summary_fits_sentence("Alder Council will require Kastan", "Alder Council", s)
    status = "The ministry asked for the old border status to be included as an option."
    assert not summary_fits_sentence("Ministry asked for the old border status", "Ministry", status)
    # a purpose after a thing, or a place after the name, is no act asked for
    purpose = "The Alder Council authorized the patrols to protect the harbour."
    assert summary_fits_sentence("Alder Council authorized the patrols", "Alder Council", purpose)
    summit = "Brek said he would invite Ilsa Marren to next year's summit in Orvik."
    assert summary_fits_sentence("Tomas Brek would invite Ilsa Marren", "Tomas Brek", summit)


def test_an_actor_named_only_as_a_nouns_modifier_is_not_the_doer() -> None:
    s = "One of the associates of Tomas Brek is now cooperating with the inquiry."
    assert not summary_fits_sentence("Tomas Brek is now cooperating", "Tomas Brek", s)
    assert summary_fits_sentence(
        "Tomas Brek is now cooperating", "Tomas Brek", "Tomas Brek is now cooperating with the inquiry."
    )
    title = "Secretary of State Tomas Brek signed the accord on Monday."
    assert summary_fits_sentence("Tomas Brek signed the accord", "Tomas Brek", title)


def test_a_lower_case_particle_inside_a_name_is_part_of_the_name() -> None:
    s = "Marta was freed by Kastan police in 2029."
    assert summary_fits_sentence("Kastan police freed Marta van Orr", "Kastan police", s)


def test_a_long_line_drops_an_aside_after_its_subject_before_cutting_words() -> None:
    s = (
        "The March 3 letter from council adviser Tomas Brek, now the deputy head of the Alder water board, "
        "was published this week under the open records law."
    )
    assert (
        first_clause(s)
        == "The March 3 letter from council adviser Tomas Brek was published this week under the open records law."
    )
    # an aside that tells an act, or one after the clause's verb, is no aside to drop
    act = (
        "Four years ago, a planning paper set out ideas for closing roads such as the coast road, bridges and "
        "ferries as well as the rail line."
    )
    assert first_clause(act).startswith("Four years ago, a planning paper set out ideas")
    after_verb = (
        "Veloria's farmers have pushed back against the tolls, with their leaders sending a letter to the "
        "ministry on Tuesday, calling the tolls unlawful."
    )
    assert "with their leaders" in first_clause(after_verb) or first_clause(after_verb).endswith("tolls")


def test_a_long_line_drops_the_date_that_closes_it() -> None:
    s = "Hundreds of families left their farms or were moved following the founding of the Alder province on 14 May 2031."
    assert (
        first_clause(s)
        == "Hundreds of families left their farms or were moved following the founding of the Alder province."
    )


def test_a_long_line_ends_at_a_participle_phrase_when_no_clause_boundary_comes_first() -> None:
    s = (
        "Kastan rebels launched a fierce attack Wednesday to capture the town of Orvik, dealing a setback to "
        "a newly launched offensive by the Veloria army."
    )
    assert first_clause(s) == "Kastan rebels launched a fierce attack Wednesday to capture the town of Orvik"
    # after a subject, a participle is an aside: the clause boundary before it is the cut
    s = (
        "Kastan on Friday released a ferry it had seized in July, while the country's president, returning "
        "from a summit in Orvik, said talks would resume."
    )
    assert first_clause(s) == "Kastan on Friday released a ferry it had seized in July"
    # a short list item after a comma is no participle phrase
    s = (
        "The raids against the militia's weapons caches, training grounds, and camps in the hills, meant to "
        "avenge the killings, began at dawn."
    )
    assert "training grounds" in first_clause(s)


def test_opening_phrases_and_a_link_before_the_subject_all_go() -> None:
    s = (
        "Nonetheless, by March 18, 2031, two days after the vote, the council received a report from the "
        "Kastan ministry that the dam had held."
    )
    assert first_clause(s).startswith("The council received a report from the Kastan ministry")


def test_a_he_after_opening_phrases_is_named_and_the_phrases_go() -> None:
    b = CorpusBuilder().article(
        "bio",
        "2031-06-01",
        [
            "Veloria's parliament on Monday named a square in Port Alder after Tomas Brek.",
            "In March 2019, he declared that Kastan should reopen the northern gate to all traders from the coast.",
            "The square lies next to the old customs house on the river.",
        ],
    )
    b.timex("bio", 1, "March 2019", "2019-03")
    doc_id = "bio"
    text = b.corpus.articles[doc_id].text
    sents = b.corpus.sentences[doc_id]
    at = text.index("Tomas Brek")
    he = text.index(" he ", sents[1].start) + 1
    b.corpus.mentions += [
        Mention(doc_id, 0, at, at + 10, "Tomas Brek", 0, "name", "PERSON", 7),
        Mention(doc_id, 1, he, he + 2, "he", 1, "pronoun", "PERSON", 7),
    ]
    b.corpus.chains.append(Chain(doc_id, 7, "Tomas Brek", "PERSON", mention_ids=[0, 1]))
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2019-03")
    assert entry.headline.startswith("Tomas Brek declared that Kastan should reopen the northern gate")


def test_an_articles_lead_heads_its_entry_before_a_detail_from_its_middle() -> None:
    b = CorpusBuilder().article(
        "gate",
        "2031-06-07",
        [
            "Kastan reopened its northern gate to traders from Veloria on Friday after a month of closed borders.",
            "The customs office in Port Alder set the opening hours of the gate on Friday.",
            "Traders in Port Alder said on Friday that the customs office had not yet posted the opening hours.",
        ],
    )
    for i in range(3):
        b.timex("gate", i, "Friday", "2031-06-06")
    entry = next(e for e in build_timeline(b.corpus, sentences_per_date=3) if e.date == "2031-06-06")
    assert [c.sentence for c in entry.sources][0] != 0  # the lead is not the most central line
    assert entry.headline.startswith("Kastan reopened its northern gate")


def test_a_count_a_subject_with_this_and_a_lead_in_before_a_colon_are_no_opening_phrases() -> None:
    count = "At least seven people were killed in Orvik yesterday, when a cargo plane crashed at the Kastan airfield."
    assert first_clause(count).startswith("At least seven people were killed in Orvik")
    subject = "This bridge, the longest that Veloria has built, will carry the coast road across the bay."
    assert first_clause(subject).startswith("This bridge")
    assert first_clause("This week, Kastan closed its northern gate to all traders.") == (
        "Kastan closed its northern gate to all traders."
    )
    lead_in = "Here is the grim figure: A Kastan survey conducted in 2030 counted 4,000 empty farms along the river."
    assert first_clause(lead_in).startswith("A Kastan survey conducted in 2030 counted 4,000 empty farms")


def test_a_quotation_closed_by_a_speaker_with_a_title_between_commas_names_the_speaker() -> None:
    s = '"We will reopen the northern gate within a week," Tomas Brek, the Kastan trade minister, said on Friday.'
    assert quote_led_headline(s) == "Tomas Brek said: “We will reopen the northern gate within a week”"


def test_an_opening_phrase_naming_whom_the_clause_points_back_to_stays() -> None:
    s = "A few months after Brek's release from prison, Ilsa Marren stayed with him at his house in Orvik."
    assert first_clause(s).startswith("A few months after Brek's release")
    # a time is nobody: the phrase goes
    assert first_clause("In March, Ilsa Marren stayed with him at his house in Orvik.").startswith(
        "Ilsa Marren"
    )


def _draft_corpus(year: str) -> CorpusBuilder:
    b = CorpusBuilder().article(
        "draft",
        "2031-02-24",
        [
            "Veloria ended its draft in 2019, but the Kastan border guard was revived in 2024 as a reserve in "
            "case the river forts are manned again.",
            "The court in Port Alder heard the case on Friday.",
        ],
    )
    return b.timex("draft", 0, year, year)


def test_a_line_whose_main_clause_tells_another_time_heads_with_the_clause_naming_the_date() -> None:
    entry = next(e for e in build_timeline(_draft_corpus("2024").corpus) if e.date == "2024")
    assert entry.headline.startswith("The Kastan border guard was revived in 2024")
    # the date in the first clause: the main clause heads
    entry = next(e for e in build_timeline(_draft_corpus("2019").corpus) if e.date == "2019")
    assert entry.headline.startswith("Veloria ended its draft in 2019")


PLAIN_COLUMN = [
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


def test_a_column_its_outlet_marks_gives_no_line_for_its_publication_day_even_in_a_plain_voice() -> None:
    def days(title: str, url: str | None = None) -> set[str]:
        b = CorpusBuilder().article("col", "2031-05-02", PLAIN_COLUMN, title=title)
        b.corpus.articles["col"].url = url
        return {e.date for e in build_timeline(b.corpus)}

    assert is_marked_opinion("OPINION: The river tolls deal is a trap", None)
    assert is_marked_opinion("The river tolls deal", "https://example.org/2031/05/02/opinion/tolls/")
    assert not is_marked_opinion(
        "Veloria and Kastan sign a trade deal", "https://example.org/2031/05/02/world/"
    )
    assert "2031-05-02" not in days("Opinion: Veloria gave away the river tolls")
    assert "2031-05-02" not in days(
        "Veloria gave away the river tolls", "https://example.org/columnists/brek/"
    )
    assert "2031-05-02" in days(
        "Veloria and Kastan sign a trade deal", "https://example.org/2031/05/02/world/"
    )
