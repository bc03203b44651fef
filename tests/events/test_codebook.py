"""The codebook: every CAMEO code with our label, Goldstein value, quad class and PLOVER mapping."""

from __future__ import annotations

import csv
from pathlib import Path

from storyline.events import codebook
from storyline.events.codebook import code_info


def test_codebook_has_all_twenty_roots_with_values() -> None:
    book = codebook()
    roots = {c for c in book if len(c) == 2}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert book["042"].goldstein == 1.9
    assert book["195"].quad_class == 4
    assert book["051"].quad_class == 1
    assert all(info.label for info in book.values())


def test_codebook_maps_appeals_to_plover_request_and_statements_to_none() -> None:
    assert code_info("0256") is not None and code_info("0256").plover_category == "REQUEST"
    assert codebook()["013"].plover_category is None
    assert codebook()["042"].plover_mode == "visit"
    assert code_info("999") is None


def test_codebook_codes_without_gdelt_value_take_the_parent_value_and_say_so() -> None:
    info = codebook()["1951"]
    assert info.goldstein_from == "parent"
    assert info.goldstein == codebook()["195"].goldstein


def test_codebook_labels_are_our_own_words(shared: Path) -> None:
    table = shared / "data" / "events" / "cameo_event_codes.tsv"
    rows = list(csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"))
    theirs = {r["code"]: r["label"].strip().lower() for r in rows}
    book = codebook()
    assert set(theirs) == set(book)
    same = [c for c, label in theirs.items() if book[c].label.lower() == label]
    assert len(same) <= 3, same  # a very short label may coincide by chance


def test_codebook_goldstein_values_match_the_shared_table(shared: Path) -> None:
    table = shared / "data" / "events" / "cameo_event_codes.tsv"
    for r in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"):
        if r["goldstein_gdelt"]:
            assert codebook()[r["code"]].goldstein == float(r["goldstein_gdelt"]), r["code"]
