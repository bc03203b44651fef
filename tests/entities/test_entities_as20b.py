"""Judged on as20, second pass (session 19): a quoted "he" is not the quotation's own speaker, a speaker's
name the tagger missed, a territory's Chief Executive, an envoy "for" a country."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def _chain_name(st: DocState, text: str, nth: int = 0) -> str | None:
    names = {c.chain_id: c.name for c in st.chains}
    found = [names.get(m.chain_id) for m in st.mentions if m.text == text]
    return found[nth] if len(found) > nth else None


def _chain(st: DocState, name: str) -> tuple[str | None, str | None]:
    ch = next(c for c in st.chains if c.name == name)
    return ch.actor_code, ch.country


def test_quoted_pronoun_is_not_the_described_speaker_after_it(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Governor Pell Delvane toured the ferry yard on Monday with Senator Ivo Marren.",
            '"He did give us his word," the governor said of the senator.',
        ]
    )
    assert _chain_name(st, "He") == "Ivo Marren"


def test_quotation_after_the_speakers_sentence_is_still_his_words(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Senator Ivo Marren campaigned for Governor Pell Delvane at the ferry yard.",
            '"The early years went well," Delvane said in an interview. "But later I think he lost his nerve."',
        ]
    )
    assert _chain_name(st, "he") == "Ivo Marren"


def test_quotation_after_a_colon_cue_is_the_speakers(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Governor Pell Delvane met Senator Ivo Marren at the harbour.",
            'Asked about the talks, Delvane answered: "Yes. He read a statement as he left the car."',
        ]
    )
    assert _chain_name(st, "He") == "Ivo Marren"


def test_reported_speech_about_oneself_keeps_the_speaker(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Governor Pell Delvane met Senator Ivo Marren at the harbour.",
            'Delvane said he was "ready to sign" the ferry accord.',
        ]
    )
    assert _chain_name(st, "he") == "Pell Delvane"


def test_untagged_speaker_name_takes_the_pronoun_after_it(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Senator Ivo Marren spoke for Governor Pell Delvane at the dock.",
            '"The first years were good," Yevhen Hlushchak said. "Why did the port fail?" he asked.',
        ]
    )
    assert any(m.text == "Yevhen Hlushchak" and m.kind == "name" for m in st.mentions)
    assert _chain_name(st, "he") == "Yevhen Hlushchak"


def test_untagged_speaker_name_after_an_inverted_cue(analyse: Callable[..., DocState]) -> None:
    st = analyse(['"We will not leave the quay," said Taras Velykodnyi.'])
    assert any(m.text == "Taras Velykodnyi" and m.kind == "name" for m in st.mentions)


def test_a_body_speaking_after_a_quotation_is_no_person(analyse: Callable[..., DocState]) -> None:
    st = analyse(['"We will appeal the ruling," Orvik Harbour Authority said.'])
    assert not any(m.text.startswith("Orvik Harbour") and m.ent_type == "PERSON" for m in st.mentions)


def test_chief_executive_of_a_territory_is_government(analyse: Callable[..., DocState]) -> None:
    st = analyse(["On Monday the new ferry pier was opened by Hong Kong Chief Executive Ada Velmar."])
    assert _chain(st, "Ada Velmar") == ("HKGGOV", "HKG")


def test_chief_executive_officer_stays_business(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Orvik Shipping Chief Executive Officer Ada Velmar opened the new ferry pier on Monday."])
    code, _ = _chain(st, "Ada Velmar")
    assert code is None or not code.endswith("GOV")


def test_special_envoy_for_a_country_serves_the_sender(analyse: Callable[..., DocState]) -> None:
    st = analyse(["French special representative for Syria Brisk Tomas said he would visit the port."])
    assert _chain(st, "Brisk Tomas") == ("FRAGOV", "FRA")
