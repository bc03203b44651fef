"""Judged on as18 (session 17, third pass): what the clause says became of an act named by a noun (only
wanted, weighed or called off) outranks the report that tells of it, and rallies organised were held."""

from __future__ import annotations

from typing import Any

from coder_helpers import summary_of


def _mood(found: list[Any], root: str) -> str:
    hits = [f for f in found if f.code.startswith(root)]
    assert len(hits) == 1, summary_of(found)
    return str(hits[0].modality)


def test_an_act_only_wanted_in_a_report_is_hypothetical(code: Any) -> None:
    assert _mood(code('"Veloria wants a trade deal with Kastan," Okafor said.'), "05") == "hypothetical"
    assert _mood(code("Okafor said Kastan needs military aid from Veloria."), "07") == "hypothetical"
    assert _mood(code("Okafor said the Kastan cabinet mulled sanctions on Veloria."), "16") == "hypothetical"


def test_an_act_called_off_in_a_report_is_negated(code: Any) -> None:
    assert _mood(code("Okafor said Kastan scrapped the meeting with Veloria."), "04") == "negated"


def test_an_act_done_in_a_report_stays_reported(code: Any) -> None:
    assert _mood(code("Okafor said Kastan signed the trade deal with Veloria."), "05") == "reported"


def test_rallies_organised_were_held_and_only_ones_being_organised_are_to_come(code: Any) -> None:
    found = code("The Delvane group organized rallies against Veloria in the spring.")
    assert _mood(found, "14") == "asserted"
    assert _mood(code("Okafor said the Delvane group organized rallies against Veloria."), "14") == "reported"
    assert _mood(code("The Delvane group is organizing a protest against Kastan."), "14") == "planned"
