"""Spelling variants of name parts: which spellings may be one name."""

from __future__ import annotations

from storyline.entities.spelling import skeleton, spelling_maps, variant_spellings
from storyline.records import Chain


def _chain(first: str, sur: str) -> Chain:
    return Chain(
        doc_id="d", chain_id=0, name=f"{first} {sur}", ent_type="PERSON", first_name=first, surname=sur
    )


def test_skeleton_folds_transliteration_pairs() -> None:
    assert skeleton("gaddafi") == skeleton("gadhafi") == skeleton("ghadafi")
    assert skeleton("qassem") == skeleton("kasem")
    assert skeleton("hassan") != skeleton("hussein") or not variant_spellings("hassan", "hussein")


def test_variant_spellings_accepts_spellings_and_rejects_other_names() -> None:
    assert variant_spellings("gaddafi", "gadhafi")
    assert variant_spellings("sergei", "sergey")
    assert variant_spellings("mansouri", "mansuri")
    assert not variant_spellings("saleh", "salehi")  # a suffix makes another name
    assert not variant_spellings("mohammed", "mahmoud")
    assert not variant_spellings("bowen", "binnie")
    assert not variant_spellings("ali", "aly")  # too short to judge


def test_spelling_maps_need_a_variation_that_recurs() -> None:
    chains = [_chain("Sergei", "Volkov"), _chain("Sergey", "Volkov"), _chain("Sergei", "Orlov")]
    chains += [_chain("Sergey", "Orlov"), _chain("Sergei", "Lenko"), _chain("James", "Rosen")]
    chains += [_chain("James", "Risen")]
    firsts, surnames = spelling_maps(chains)
    assert firsts == {"sergey": "sergei"}  # the more frequent spelling is the canonical one
    assert surnames == {}  # Rosen/Risen seen with one first name only


def test_an_initial_q_or_g_is_one_letter() -> None:
    # the Arabic qaf is written q, k or g at the start of a name
    assert variant_spellings("qaddafi", "gaddafi")
    assert variant_spellings("qassem", "kassem")
    assert not variant_spellings("gordon", "jordan")


def test_a_distinctive_part_is_enough_evidence() -> None:
    # "Farid" stands only beside spellings of one surname, three times: one variation with it is enough
    chains = [_chain("Farid", "Qasimov"), _chain("Farid", "Qasimov"), _chain("Farid", "Gasimov")]
    # "James" stands beside many surnames: one variation with it is not
    chains += [_chain("James", "Rosen"), _chain("James", "Risen"), _chain("James", "Baker")]
    chains += [_chain("James", "Mattis"), _chain("James", "Comey")]
    _, surnames = spelling_maps(chains)
    assert surnames == {"gasimov": "qasimov"}
