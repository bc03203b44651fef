"""Words read in the sense the sentence has: orders of goods, space missions, shrinking parties,
trips back home, one's own practice, figurative stances, releases from an employer, lifted sanctions.

Real-news errors of session 8 (judged samples, round 2), on invented sentences.
"""

from __future__ import annotations

from typing import Any

from coder_helpers import names, only, summary_of


def test_ordering_goods_is_no_demand(code: Any) -> None:
    assert code("Kastan Foods ordered extra stock from its suppliers.") == []


def test_ordering_an_act_is_still_one(code: Any) -> None:
    found = code("Kastan ordered troops to withdraw from Veloria.")
    assert [f.code[:2] for f in found] == ["10"]


def test_a_crewed_mission_is_no_consultation(code: Any) -> None:
    assert code("The Kastan space agency launched its first crewed mission yesterday.") == []
    assert code("Kastan's first crewed mission is expected to launch next year.") == []


def test_a_trade_mission_is_still_a_consultation(code: Any) -> None:
    assert only(code("Kastan sent a trade mission to Veloria.")).code == "040"


def test_a_party_that_declined_shrank(code: Any) -> None:
    assert code("Since 1933, the Kastan party has declined.") == []
    found = code("Membership of the Kastan party declined sharply.")
    assert not [f for f in found if f.code.startswith("12")], summary_of(found)


def test_declining_an_offer_is_still_a_rejection(code: Any) -> None:
    found = only(code("Kastan declined the Velorian offer."))
    assert found.code.startswith("12")


def test_returning_from_a_town_gives_nothing_back(code: Any) -> None:
    found = code("Kastan had been returning from the border town of Taftan.")
    assert not [f for f in found if f.code.startswith("084")], summary_of(found)


def test_returning_ships_is_still_a_return(code: Any) -> None:
    found = only(code("Kastan returned the seized ships to Veloria."))
    assert found.code == "0842"
    assert names(found.targets) == ["Veloria"]


def test_insisting_on_ones_own_practice_is_no_demand(code: Any) -> None:
    assert code("Kastan had insisted on only selling arms to the Velorian government.") == []


def test_insisting_on_a_ceasefire_is_still_a_demand(code: Any) -> None:
    assert only(code("Kastan insisted on a ceasefire with Veloria.")).code == "100"


def test_striking_a_position_is_no_attack(code: Any) -> None:
    assert code("Kastan has struck a tough position from the outset.") == []


def test_a_release_from_an_employer_targets_no_employer(code: Any) -> None:
    found = code("After asking for his release from Veloria Wrestling, Kastan signed with Veloria Sport.")
    releases = [f for f in found if f.code.startswith("084")]
    assert all("Veloria Wrestling" not in names(f.targets) for f in releases), summary_of(found)


def test_lifted_sanctions_read_as_a_modifier_are_lifted(code: Any) -> None:
    # the parser hangs "lifted" on "sanctions" when a dash-set aside precedes it
    text = (
        "The 2015 deal - between Kastan, Veloria and the UK - lifted sanctions on Kastan in return for curbs."
    )
    found = code(text)
    assert not [f for f in found if f.code.startswith("16")], summary_of(found)


def test_going_to_twitter_is_no_visit(code: Any) -> None:
    found = code("The Kastan president went to Twitter to complain.")
    assert not [f for f in found if f.code.startswith("042")], summary_of(found)


# -- who is who ------------------------------------------------------------------------------------------


def test_the_invited_are_whom_the_invitation_is_for(code: Any) -> None:
    found = only(code("Tom Reed and Ann Bell were each invited but did not attend."))
    assert found.sources == []
    assert names(found.targets) == ["Tom Reed", "Ann Bell"]


def test_invited_to_act_the_invitee_still_does_the_complement(code: Any) -> None:
    found = code("Kastan is set to hold talks with Veloria.")
    assert [names(f.sources) for f in found] == [["Kastan"]]


def test_a_road_is_where_not_whom(code: Any) -> None:
    found = only(code("Reportedly he injured a man and two women on Alder High Road, Kastan City."))
    assert not any("Road" in n for n in names(found.targets))


def test_considering_someone_something_is_an_opinion(code: Any) -> None:
    assert code("Court Commissioner Tom Reed said he considered Kastan a flight risk.") == []
    assert code("Martin does not consider such birthright citizenship to have any effect on Kastan.") == []


def test_considering_an_option_is_still_014(code: Any) -> None:
    found = code("Kastan is considering sanctions against Veloria.")
    assert [f.code for f in found] == ["014"]
