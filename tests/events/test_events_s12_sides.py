"""Sides and senses of coded events on unseen news (session 12): the doer of an infinitive that
completes a noun ("an attempt by X to ..."), of a passive coordinated with one that names its doer,
of a gerund after "a role in" or a time word; places a meeting or a removal happens at or from; a
threat that is a danger; words whose act depends on what they are done to."""

from __future__ import annotations

from typing import Any

from coder_helpers import names

from storyline.events import find_events


def _doers(found: list[Any], root: str) -> list[str]:
    return [name for f in found if f.code.startswith(root) for name in names(f.sources)]


def _targets(found: list[Any]) -> list[str]:
    return [name for f in found for name in names(f.targets)]


def test_the_owner_of_an_aim_does_its_infinitive(code: Any) -> None:
    cases = (
        (
            "The strikes appeared to be an attempt by Veloria to pressure Kastan to restart talks.",
            "10",
            "Veloria",
        ),
        ("The missiles would limit Kastan's ability to help Veloria in a ground war.", "07", "Kastan"),
        (
            "The solution requires a commitment from the Ostrian parliament to support the ministry.",
            "05",
            "parliament",
        ),
        (
            "The leaders of Kastan expressed their willingness to adopt new sanctions against Ostria.",
            "16",
            "leaders",
        ),
    )
    for sentence, root, doer in cases:
        doers = _doers(code(sentence), root)
        assert any(doer in d for d in doers), (sentence, doers)
    # whoever demands it would not do it
    found = code("Kastan rejected Veloria's demand to sever its military alliance with Ostria.")
    assert "Veloria" not in _doers(found, "16"), [(f.code, names(f.sources)) for f in found]
    # no owner, no doer: a law's aim is nobody's act
    assert _doers(code("Officials passed a law to sanction Ostria."), "16") == []


def test_a_passive_shares_the_doer_its_coordinated_passive_names(code: Any) -> None:
    found = code("At least 52 protesters have been killed and 2,400 wounded by Kastan troops, officials say.")
    killed = [name for f in found if f.trigger == "kill" for name in names(f.sources)]
    assert any("Kastan troops" in d for d in killed), [(f.trigger, names(f.sources)) for f in found]


def test_a_part_in_an_act_or_a_time_clause_keeps_the_doer(code: Any) -> None:
    found = code("Officials believe that Veloria played a role in hacking the party's computer systems.")
    assert "Veloria" in _doers(found, "17"), [(f.code, names(f.sources)) for f in found]
    found = code("Kastan issued a statement after launching an offensive into Alder.")
    assert "Kastan" in _doers(found, "19"), [(f.code, names(f.sources)) for f in found]
    # "by backing ...", "before allowing ..." (maybe a condition still unmet) report no act of their own
    found = code("Kastan angered Veloria by backing the rebels.")
    assert "Kastan" not in _doers(found, "05")
    found = code("Kastan demanded a truce before allowing aid convoys to reach Alder.")
    assert "Kastan" not in _doers(found, "08")


def test_a_relative_pronoun_is_replaced_by_its_noun(code: Any) -> None:
    found = code("Tomas Reyes, who is believed to have played a key role in brokering the deal, resigned.")
    doers = _doers(found, "04")
    assert doers and all(d.lower() != "who" for d in doers), doers


def test_the_place_of_a_meeting_is_no_party_to_it(code: Any) -> None:
    for sentence in (
        "It was Mr. Alder's first meeting with Kastan business leaders at the Velorian Palace.",
        "The move could open the way to a meeting at the United Nations with Velorian officials.",
    ):
        targets = _targets(code(sentence))
        assert targets and not any("Palace" in t or "United Nations" in t for t in targets), (
            sentence,
            targets,
        )


def test_where_people_are_removed_from_is_no_party(code: Any) -> None:
    found = code(
        "The Tatvars were deported from their homeland of Ostria by the Velorian government in 1944."
    )
    assert "Ostria" not in _targets(found)
    found = code("Kastan released 30 detainees from the prison at Alder Bay.")
    assert _targets(found) and not any("Alder" in t for t in _targets(found))


def test_a_threat_that_something_is_was_made_by_nobody(code: Any) -> None:
    for sentence in (
        "International terrorism is the leading threat to Kastan, according to a poll.",
        "Undermining governments that posed no threat to Velorian interests was a mistake.",
        "The minister said Kastan recognizes the threat posed by Veloria.",
    ):
        assert not [f for f in code(sentence) if f.code.startswith("13")], sentence
    assert any(f.code.startswith("13") for f in code("Veloria issued a threat against Kastan on Monday."))


def test_what_an_act_is_done_to_picks_its_sense(code: Any) -> None:
    def codes(sentence: str) -> list[str]:
        return [f.code for f in code(sentence)]

    assert any(
        c.startswith("19") for c in codes("The Kastan army has carried out hundreds of strikes since August.")
    )
    assert "192" in codes("Rebels captured the villages of Brevik and Alder.")
    assert "192" in codes("Rebels seized several cities and towns along the corridor.")
    assert "173" in codes("Kastan police captured three suspects on Monday.")
    assert not [
        c for c in codes("The Ostrian government was willing to try out risky policies.") if c == "173"
    ]
    assert "084" not in codes("The email from Kastan adviser Tomas Reyes was released by the ministry.")
    assert "160" in codes("Kastan pulled out of the nuclear deal with Veloria.")


def test_advice_to_nobody_in_particular_demands_nothing(code: Any) -> None:
    found = code('Mr. Reyes added that nobody should "draw any conclusions" beyond the charges filed.')
    assert not [f for f in found if f.code.startswith("10")], [(f.code, f.trigger) for f in found]


def test_a_vote_or_a_trend_does_nothing(make_state: Any) -> None:
    for sentence in (
        "Automation played a bigger role than trade in destroying Kastan jobs.",
        "The plebiscite forced the Kastan government to resign.",
    ):
        st = make_state(sentence, published="2019-05-02")
        find_events(st)
        doers = [(e.source_name or "").lower() for e in st.events]
        assert not any("automation" in d or "plebiscite" in d for d in doers), (sentence, doers)


def test_a_topic_is_no_party_to_its_discussion(code: Any) -> None:
    for sentence in (
        "Mr. Reyes said his communications did not include discussion of Kastan sanctions.",
        "Soldiers resent any talk of Tomas Reyes as a hero.",
    ):
        found = [f for f in code(sentence) if f.code.startswith("04")]
        assert not found, (sentence, [(f.trigger, names(f.sources), names(f.targets)) for f in found])
    # a partner still makes it a consultation
    assert any(
        f.code.startswith("04") for f in code("Mr. Reyes mentioned his discussions with Kastan leaders.")
    )


def test_a_threat_of_a_happening_is_a_danger(code: Any) -> None:
    found = code("It came amid renewed discussion about the threat of radicalization of young Kastanis.")
    assert not [f for f in found if f.code.startswith("13")]
    for sentence in (
        "Kastan's threat of military action against Veloria alarmed the region.",
        "Mr. Reyes said the minorities are under the threat of genocide from militants of the Kastan Front.",
    ):
        assert [f for f in code(sentence) if f.code.startswith("13")], sentence


def test_an_attack_on_an_idea_is_words(code: Any) -> None:
    found = code("Mr. Reyes's systematic attack on the post-war international order worried Kastan.")
    assert [f.code for f in found if f.code.startswith(("18", "11"))] == ["111"]
    found = code("Kastan troops launched an attack on Alder.")
    assert [f.code for f in found if f.code.startswith(("18", "19"))]


def test_what_a_building_or_a_patient_undergoes_is_no_act(code: Any) -> None:
    assert not code("The Kastan consulate was also evacuated on Monday.")
    found = code(
        "Beyond saying he requires attention to nutrition needs, the Kastan hospital did not elaborate."
    )
    assert not [f for f in found if f.code.startswith("10")]
    found = code("Mr. Reyes sought to protect and defend his record.")
    assert not [f for f in found if f.code.startswith("07")]


def test_weapons_go_nowhere_by_themselves(make_state: Any) -> None:
    st = make_state(
        "Most arms sent to the rebels are going to hard-line groups, not to the Kastan opposition."
    )
    find_events(st)
    assert not [e for e in st.events if e.cameo_code.startswith("042")], [
        (e.trigger, e.source_name) for e in st.events
    ]


def test_an_associate_of_someone_is_not_that_someone(make_state: Any) -> None:
    st = make_state(
        "One of the associates of Tomas Reyes who is believed to have helped dig up dirt on Ilsa Marren"
        " is now cooperating with the Kastan inquiry."
    )
    find_events(st)
    cooperating = [e for e in st.events if e.trigger == "cooperate"]
    assert cooperating, [(e.trigger, e.source_name) for e in st.events]
    # neither the one it is an associate of, nor a name inside its relative clause; the clause is no name
    assert cooperating[0].source_name not in ("Tomas Reyes", "Ilsa Marren")
    assert " who " not in (cooperating[0].source_name or "")
    # a name in apposition is still who the phrase is
    st = make_state("Kastan's lawyer Tomas Reyes criticized the Veloria government.")
    find_events(st)
    assert [e.source_name for e in st.events] == ["Tomas Reyes"]


def test_second_check_slips(code: Any, make_state: Any) -> None:
    # a participle complement is done to its subject: the victim is no shooter
    found = code("Police said Tomas Reyes, who was found shot to death in his car, was 26.")
    assert not [f for f in found if "Tomas Reyes" in names(f.sources)]
    # a participle with an object is an active verb the tagger misread: its relative noun did it
    found = code("He called Tomas Reyes, who police say perpetrated the attack, a brother.")
    assert [f for f in found if f.code == "180" and names(f.sources) == ["Tomas Reyes"]]
    # a threat someone owns or uses is made, whatever it threatens; one reduced is a danger
    assert [
        f
        for f in code("Ilsa Marren's threat of vigorous oversight of Kastan is laughable.")
        if f.code == "130"
    ]
    assert [
        f
        for f in code("Kastan has used the threat of further tariffs to extract concessions.")
        if f.code == "130"
    ]
    assert not [
        f for f in code("Inspections are key to reducing the threat of Veloria's weapons.") if f.code == "130"
    ]
    # a "none" verb phrase keeps its noun from being read as the act
    assert not code(
        "The crisis will call into question the Kastan Air Force's ability to accomplish its mission."
    )
    # whose right it is, not who supports it
    st = make_state("These Kastan officials support the Ostrian protesters' right to protest.")
    find_events(st)
    assert not [
        e for e in st.events if e.cameo_code.startswith("14") and "officials" in (e.source_name or "")
    ]
