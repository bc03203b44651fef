from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import body, parse

from storyline.quotes import find_quotes
from storyline.records import QuoteMention


def run(nlp: Any, parts: list[tuple[str, str]], **kw: Any) -> list[QuoteMention]:
    state = parse(nlp, parts, **kw)
    find_quotes(state)
    assert state.errors == []
    return state.quotes


def of_kind(quotes: list[QuoteMention], kind: str) -> list[QuoteMention]:
    return [q for q in quotes if q.kind == kind]


def test_find_direct_quote_speaker_is_cue_subject(nlp: Any) -> None:
    qs = run(nlp, body('"The harbour will reopen next week," Transport Minister Mara Velt said on Friday.'))
    [q] = of_kind(qs, "direct")
    assert q.text == "The harbour will reopen next week"
    assert q.speaker_name is not None and "Mara Velt" in q.speaker_name
    assert q.cue == "said"
    assert (q.start, q.end) == (1, 1 + len(q.text))


def test_find_curly_quote_with_inverted_cue(nlp: Any) -> None:
    qs = run(nlp, body("“Nobody expected the vote to pass,” said Tomas Kiral, the council leader."))
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "Tomas Kiral"


def test_find_split_quote_second_part_keeps_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Tomas Kiral chaired the meeting in the old town hall.",
            '"We are ready to talk," he said. "We will not wait forever."',
        ),
    )
    direct = of_kind(qs, "direct")
    assert [q.text for q in direct] == ["We are ready to talk", "We will not wait forever."]
    assert all(q.speaker_name == "Tomas Kiral" for q in direct)


def test_find_multi_paragraph_quote_is_one_mention(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            'Anika Brandt said: "The fund has run dry and the schools will close in March.',
            '"Parents should plan for the worst." The ministry did not respond.',
        ),
    )
    direct = of_kind(qs, "direct")
    assert len(direct) == 1
    assert direct[0].text.endswith("Parents should plan for the worst.")
    assert direct[0].speaker_name == "Anika Brandt"


def test_find_partial_quote_inside_reported_speech(nlp: Any) -> None:
    qs = run(
        nlp, body('Anika Brandt said the deal gave farmers "a fair share of the water" for the first time.')
    )
    [p] = of_kind(qs, "partial")
    assert p.text == "a fair share of the water"
    assert p.speaker_name == "Anika Brandt"
    [ind] = of_kind(qs, "indirect")
    assert ind.text.startswith("the deal gave farmers")


def test_find_unclosed_quote_is_recovered_and_paragraph_kept(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            '"We will rebuild the bridge before winter, Mayor Ilse Amundsen said.',
            "Traffic resumed on the ring road.",
        ),
    )
    direct = of_kind(qs, "direct")
    assert len(direct) == 1
    assert direct[0].text.startswith("We will rebuild the bridge")
    assert "Traffic" not in direct[0].text


def test_find_indirect_speech_with_cue_verb(nlp: Any) -> None:
    qs = run(nlp, body("Mr Kiral said that the city was seeking equal funding for its schools."))
    [q] = of_kind(qs, "indirect")
    assert q.text == "the city was seeking equal funding for its schools"
    assert q.speaker_name == "Kiral" or (q.speaker_name or "").endswith("Kiral")
    assert q.cue == "said"


def test_find_unnamed_speaker_quoted_as_saying(nlp: Any) -> None:
    qs = run(
        nlp,
        body('"This is a welcome step," the state news agency quoted a defence ministry official as saying.'),
    )
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "a defence ministry official"
    assert q.speaker_chain_id is None


def test_find_pronoun_follows_gender(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Ms Anna Lindqvist met Mr Peter Kiral at the port.",
            '"We signed nothing today," she said.',
            '"The talks go on," he said.',
        ),
    )
    direct = of_kind(qs, "direct")
    assert [(q.speaker_name or "").split()[-1] for q in direct] == ["Lindqvist", "Kiral"]


def test_find_pull_quote_takes_name_line_and_links_to_body(nlp: Any) -> None:
    parts = [
        ("body", "Anika Brandt visited the flooded villages on Monday."),
        ("pull", "We cannot leave these families alone this winter"),
        ("attribution", "Anika Brandt"),
        ("body", '"We cannot leave these families alone this winter," Ms Brandt told reporters.'),
    ]
    qs = run(nlp, parts)
    [pull] = of_kind(qs, "pull")
    [direct] = of_kind(qs, "direct")
    assert pull.speaker_name is not None and pull.speaker_name.endswith("Brandt")
    assert pull.same_as == direct.index


def test_find_he_said_after_pull_quote_is_not_the_pull_speaker(nlp: Any) -> None:
    parts = [
        ("body", "Mr Tomas Kiral opened the new rail line on Tuesday."),
        ("pull", "The trains will run on time from now on"),
        ("attribution", "Mr Jonas Weller"),
        ("body", '"The line cost less than we feared," he said.'),
    ]
    qs = run(nlp, parts)
    [direct] = of_kind(qs, "direct")
    assert direct.speaker_name is not None and direct.speaker_name.endswith("Kiral")
    [pull] = of_kind(qs, "pull")
    assert pull.speaker_name is not None and pull.speaker_name.endswith("Weller")


def test_find_caption_quote_with_name_and_colon(nlp: Any) -> None:
    parts = [
        ("body", "The summit ended late on Sunday."),
        ("caption", 'Ilse Amundsen (left): "We made history here"'),
    ]
    [q] = run(nlp, parts)
    assert q.kind == "pull"
    assert q.text == "We made history here"
    assert q.speaker_name is not None and q.speaker_name.endswith("Amundsen")


def test_find_dash_attribution_after_quote(nlp: Any) -> None:
    qs = run(nlp, body("“The debate told me nothing new about either candidate.” ― Carla Osei"))
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "Carla Osei"


def test_find_scare_quote_without_cue_is_not_a_quote(nlp: Any) -> None:
    qs = run(nlp, body('The so-called "reform" package was shelved after the storm.'))
    assert of_kind(qs, "partial") == [] and of_kind(qs, "direct") == []


def test_find_garbage_text_never_raises(nlp: Any) -> None:
    for text in ['"', '“ ” " ‘', "\u200b" * 10, '"' + "word " * 400, "said said said “"]:
        run(nlp, body(text))


def test_find_quote_date_from_its_clause(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    from storyline.time import tag_timexes

    state = parse(
        nlp,
        body('On Thursday Ms Brandt said: "The budget is final."'),
        published="2021-03-15",
    )
    tag_timexes(state)
    find_quotes(state)
    [q] = of_kind(state.quotes, "direct")
    assert q.date is not None and q.date.startswith("2021-03-1")


_SHARED_SURNAME = (
    "Interior Minister Ingeborg Marek opened the summit on Tuesday.",
    '"The border stays open," Marek said.',
    "Trade Minister Pavel Marek, who is no relation, was more guarded. "
    '"An opening is not a promise," he said, adding that the tariffs would stay.',
)


def test_find_pronoun_tells_apart_people_sharing_a_surname(nlp: Any) -> None:
    qs = run(nlp, body(*_SHARED_SURNAME))
    [first, second] = of_kind(qs, "direct")
    assert first.speaker_name == "Ingeborg Marek"
    assert second.speaker_name == "Pavel Marek"
    [added] = [q for q in of_kind(qs, "indirect") if "tariffs" in q.text]
    assert added.speaker_name == "Pavel Marek"


def test_find_pronoun_with_chains_keeps_same_surname_people_apart(nlp: Any) -> None:
    entities = pytest.importorskip("storyline.entities")
    state = parse(nlp, body(*_SHARED_SURNAME))
    entities.find_mentions(state)
    find_quotes(state)
    second = [q for q in of_kind(state.quotes, "direct") if q.text.startswith("An opening")]
    assert len(second) == 1
    chain = state.chain(second[0].speaker_chain_id)
    assert chain is not None and chain.name == "Pavel Marek"


def test_find_comma_participle_after_relative_clause_belongs_to_main_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Lena Brooks defended firing an adviser who said he was misled after he drafted a plan for one "
            "of her agencies, saying, “Maybe he didn’t do good work.”"
        ),
    )
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "Lena Brooks"


def test_find_participle_after_preposition_takes_the_verbs_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Councillor Dana Kell met the press.",
            "She was fined in May for saying that the budget was “a total fraud from start to finish.”",
        ),
    )
    [q] = [q for q in qs if q.kind in ("direct", "partial")]
    assert q.speaker_name == "Dana Kell"


def test_find_pronoun_prefers_same_sentence_subject_of_unknown_gender(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Mayor Roy Denton asked for calm on Friday.",
            "Alder Quon, the police chief, said the footage was unclear, "
            "but he said that the witnesses “saw a man running away from the car.”",
        ),
    )
    [q] = [q for q in qs if q.kind in ("direct", "partial")]
    assert q.speaker_name == "Alder Quon"


def test_find_long_bare_cue_sentence_after_quote_names_the_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            '"This is the year we take the seat back!" The candidate\'s sister, county delegate Mara Quinn '
            "of the northern district board, shouted to the crowd."
        ),
    )
    [q] = of_kind(qs, "direct")
    assert q.speaker_name is not None and "Mara Quinn" in q.speaker_name


def test_find_belief_reported_inside_parenthetical_speech_is_the_speakers(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Over the past decade, Ms. Ilka Varga said, most voters have come to believe "
            '"that the river must be cleaned before anything else."'
        ),
    )
    [q] = [q for q in qs if q.kind in ("direct", "partial")]
    assert q.speaker_name is not None and q.speaker_name.endswith("Ilka Varga")


def test_find_pronoun_resolves_to_unnamed_relative(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "I grew up on the island.",
            "My grandfather ran the ferry for forty years.",
            '"Never trust a calm morning," he told me every winter.',
        ),
    )
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "My grandfather"


def test_find_it_resolves_to_organisation_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "The Arctic Fisheries Council on Friday condemned the new drilling permits and promised to "
            'challenge what it called "a reckless gamble with the northern sea."'
        ),
    )
    [q] = [q for q in qs if q.kind in ("direct", "partial")]
    assert q.speaker_name is not None and "Arctic Fisheries Council" in q.speaker_name


def test_find_it_without_organisation_stays_unresolved(nlp: Any) -> None:
    qs = run(nlp, body('Nobody knew where the report came from. "We will publish everything," it said.'))
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "it"


def test_find_relative_pronoun_speaker_is_the_noun_before_it(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "To settle the question, the auditors turned to the Harbor Statistics Office which reported "
            "“4,120 landings of cod” in the port between March and June."
        ),
    )
    [q] = [q for q in qs if q.kind in ("direct", "partial")]
    assert q.speaker_name is not None and q.speaker_name.endswith("Harbor Statistics Office")


def test_find_a_single_quoted_term_or_name_is_no_quote(nlp: Any) -> None:
    qs = run(nlp, body('Young farmers in Kastan get "tips" from Mara Velt every week.'))
    assert of_kind(qs, "partial") == []
    qs = run(nlp, body('Health Minister Mara Velt announced the name "KV-19" for the new virus on Monday.'))
    assert of_kind(qs, "partial") == []


def test_find_a_single_quoted_judgement_stays_a_quote(nlp: Any) -> None:
    qs = run(nlp, body('Mara Velt called the harbour plan "reckless" on Monday.'))
    assert [q.text for q in of_kind(qs, "partial")] == ["reckless"]
    qs = run(nlp, body('Mara Velt has wondered whether the judges will be "fair" to her party.'))
    assert [q.text for q in of_kind(qs, "partial")] == ["fair"]


def test_find_a_naming_participle_reports_no_speech(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            # the small parser reads "called" as the sentence's verb and the rest as what was "called"
            "At the time a Linux distribution that I founded called ORL Linux was just beginning to get "
            "underway, and we too were relying on RHL as a bootstrap."
        ),
    )
    assert of_kind(qs, "indirect") == [], [q.text for q in qs]
    qs = run(nlp, body("Mara Velt said the harbour would reopen next week."))
    assert [q.text for q in of_kind(qs, "indirect")] == ["the harbour would reopen next week"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the port declined to say whether the cranes had been repaired.",
        "The harbour master would not say that the cranes had been repaired.",
        "Critics could say the cranes were never repaired at all.",
        "If you want a date, you'll have to say which crane you mean.",
    ],
)
def test_find_unsaid_speech_verb_reports_nothing(nlp: Any, sentence: str) -> None:
    qs = run(nlp, body("Work at the port of Velmar resumed on Monday.", sentence))
    assert of_kind(qs, "indirect") == []


def test_find_speech_verb_with_will_still_reports(nlp: Any) -> None:
    qs = run(nlp, body("Mara Velt will tell the council on Monday that the harbour must close."))
    [q] = of_kind(qs, "indirect")
    assert q.text == "the harbour must close"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # the object in front of a subjectless clause is that clause's subject
        (
            "The union remarked lack of cranes at the harbour was the main cause of the delays.",
            "lack of cranes at the harbour was the main cause of the delays",
        ),
        # a clause in parentheses is an aside, not the report
        (
            "The council noted ferries which carry more than 300 passengers (the harbour limit is 250) "
            "must dock outside the bay.",
            "ferries which carry more than 300 passengers (the harbour limit is 250) must dock outside the bay",
        ),
        # a fragment the parser split off joins the clauses after it
        (
            "The ministry argues volunteers working closely with the port police to fight smuggling should "
            "be treated in Velmar should they get hurt.",
            "volunteers working closely with the port police to fight smuggling should be treated in Velmar "
            "should they get hurt",
        ),
        # a clause after the verb beats one before it
        (
            "And I was like, so you are saying that the cranes work better at night.",
            "the cranes work better at night",
        ),
    ],
)
def test_find_indirect_reported_clause_is_the_whole_report(nlp: Any, sentence: str, reported: str) -> None:
    qs = run(nlp, body(sentence))
    assert [q.text for q in of_kind(qs, "indirect")] == [reported]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Velmar and Ostrava signed a harbour treaty in May.",
            '"The harbour will reopen," a Velmar port official said.',
        ),
        (
            "The treaty was signed in Velmar.",
            'Velmar\'s harbour master said the "difficult decision" would help.',
        ),
    ],
)
def test_find_place_named_inside_a_role_phrase_is_not_the_speaker(
    nlp: Any, paragraphs: tuple[str, str]
) -> None:
    entities = pytest.importorskip("storyline.entities")
    state = parse(nlp, body(*paragraphs))
    entities.find_mentions(state)
    find_quotes(state)
    quotes = [q for q in state.quotes if q.kind in ("direct", "partial")]
    assert quotes
    for q in quotes:
        assert q.speaker_chain_id is None
        assert q.speaker_name is not None and q.speaker_name.endswith(("official", "master"))


@pytest.mark.parametrize(
    "sentence",
    [
        'Mara Velt founded a group called "Friends of the Harbour" in 2010.',
        'Harbour Act No. 212, also known as the "Crane Control Law", states "every crane in the port must be '
        'driven by a pilot holding a council licence, and by nobody else."',
        'At the gala Mara Velt gave her "Best Harbour Master" award to a young pilot from Ostrava.',
    ],
)
def test_find_a_quoted_name_or_title_is_no_quote(nlp: Any, sentence: str) -> None:
    qs = run(nlp, body("The port of Velmar reopened on Monday.", sentence))
    names = ("Friends of the Harbour", "Best Harbour Master", "Crane Control Law")
    assert [q.text for q in qs if q.text in names] == []


def test_find_a_finite_naming_verb_still_reports(nlp: Any) -> None:
    qs = run(nlp, body('Mara Velt called the harbour plan "a reckless gamble with public money".'))
    [q] = of_kind(qs, "partial")
    assert q.speaker_name == "Mara Velt"


def test_find_a_question_put_to_the_speaker_is_not_their_report(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Asked on Tuesday whether he had sold his shares in the ferry line, Velt said: "
            '"My family runs the ferries, not me."'
        ),
    )
    assert of_kind(qs, "indirect") == []
    [q] = of_kind(qs, "direct")
    assert q.speaker_name == "Velt"


def test_find_quote_in_a_coordinated_clause_belongs_to_that_clauses_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "Last week, the head of the dock union called for an inquiry into the crane deal and port "
            'spokeswoman Lena Hart pointed to "reckless promises" by city officials.'
        ),
    )
    [q] = of_kind(qs, "partial")
    assert q.speaker_name == "Lena Hart"


def test_find_cue_joined_to_a_relative_clause_takes_the_main_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "The union leader Guy Marten restated the order the reforms must follow and said workers were "
            "ready to strike for any plan that was too harsh."
        ),
    )
    [q] = of_kind(qs, "indirect")
    assert q.speaker_name == "Guy Marten"


@pytest.mark.parametrize(
    ("caption", "speaker"),
    [
        (
            '"Will we close the harbour in the middle of the season?" Mayor Mara Velt asks. | Photo agency',
            "Mara Velt",
        ),
        (
            'Photos: the harbour. "It looks like sabotage to me," inspector Tomas Kiral told reporters.',
            "Tomas Kiral",
        ),
        ('"We will reopen soon," he said. Photo 3 of 5', None),
    ],
)
def test_find_caption_quote_takes_the_cue_right_after_it(nlp: Any, caption: str, speaker: str | None) -> None:
    qs = run(nlp, [("caption", caption), ("body", "The harbour of Velmar stayed open on Monday.")])
    [q] = of_kind(qs, "pull")
    assert q.speaker_name == speaker


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # the subject of a "when" clause is less the topic than the main clause's subject
        (
            "When David Brown joked that the old pier was sinking, Michael Green pointed out that it had "
            "stood for three centuries.",
            "Michael Green",
        ),
        # the subject of a reported clause is less the topic than the one who reported it
        ("David Brown said Michael Green is the best pilot in the port.", "David Brown"),
    ],
)
def test_find_pronoun_prefers_the_main_clause_subject(nlp: Any, middle: str, speaker: str) -> None:
    entities = pytest.importorskip("storyline.entities")
    state = parse(
        nlp, body("The harbour festival opened on Sunday.", middle, '"We have seen worse storms," he said.')
    )
    entities.find_mentions(state)
    find_quotes(state)
    [q] = of_kind(state.quotes, "direct")
    assert q.speaker_name == speaker


def test_find_indirect_report_stops_before_a_quotation(nlp: Any) -> None:
    qs = run(
        nlp,
        body(
            "After the ballot, a port spokesperson, Lena Hart, indicated the port was unhappy with the council "
            'decision: "Until the maps are published," she said, "we ask every skipper to keep clear of the '
            'north quay".'
        ),
    )
    assert [q.text for q in of_kind(qs, "indirect")] == ["the port was unhappy with the council decision"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tomas Kiral ran the harbour for a decade.",
                "His wife told reporters the cranes were unsafe.",
                '"Nobody listened to the dock workers," she said.',
            ),
            "His wife",
        ),
        (
            (
                "Prime Minister Mara Velt met Tomas Kiral in Velmar on Monday.",
                "Mrs Velt's spokesman said the government wanted a deal on harbour fees.",
                'He said: "We want the fees settled before the summer."',
            ),
            "Mrs Velt's spokesman",
        ),
    ],
)
def test_find_unnamed_relative_or_spokesman_is_not_the_person_named_in_it(
    nlp: Any, paragraphs: tuple[str, ...], speaker: str
) -> None:
    entities = pytest.importorskip("storyline.entities")
    state = parse(nlp, body(*paragraphs))
    entities.find_mentions(state)
    find_quotes(state)
    [q] = of_kind(state.quotes, "direct")
    assert q.speaker_name == speaker
    assert q.speaker_chain_id is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Velmar University harbour expert and former port official, Lena Hart, said the cranes were new.",),
        (
            "Tomas Kiral ran the harbour for a decade.",
            'His daughter, and a member of the port board, Lena Hart wrote: "He taught me to read the tides."',
        ),
        (
            "Harbour talks ended on Friday.",
            "Meanwhile a sombre Lena Hart held up the ruling at a brief meeting with the crews and said: "
            "'Nobody in this port will forget this week.'",
        ),
    ],
)
def test_find_role_noun_speaker_takes_the_name_given_with_it(nlp: Any, paragraphs: tuple[str, ...]) -> None:
    entities = pytest.importorskip("storyline.entities")
    state = parse(nlp, body(*paragraphs))
    entities.find_mentions(state)
    find_quotes(state)
    assert [q.speaker_name for q in state.quotes] == ["Lena Hart"]
