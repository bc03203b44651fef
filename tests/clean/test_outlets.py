from __future__ import annotations

import re

from storyline.clean.metadata import agency_in_byline, agency_in_dateline, detect_language, outlet_of
from storyline.clean.outlets import (
    COLUMNIST_CREDIT,
    outlet_from_copyright,
    outlet_from_lines,
    outlet_from_url,
)


def test_outlets_from_url() -> None:
    assert outlet_from_url("https://www.bbc.co.uk/news/world-123") == "BBC News"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"
    assert outlet_from_url("not a url") is None and outlet_from_url(None) is None


def test_outlets_from_copyright_lines() -> None:
    assert outlet_from_copyright("Copyright © 2019 The Example Herald, LLC. Click here for reprints.") == (
        "The Example Herald"
    )
    assert outlet_from_copyright("© 2020 Example Media Group Limited") == "Example Media Group"
    assert outlet_from_copyright("The talks went well.") is None


def test_a_syndicated_pieces_copyright_names_no_outlet() -> None:
    url = "https://www.kastanreview.example/opinion/2031/05/quay"
    for line in (
        "© 2031 Veloria Viewpoint, distributed by Orvik Content Agency, LLC. Hosted online by The Kastan Review.",
        "© Copyright 2031 by Delvane Features Syndicate Inc.",
        "© 2031 The Independent Writers Group",  # a known outlet's name in it is no evidence either
    ):
        assert outlet_from_copyright(line) is None
        assert outlet_of(None, [line], None, url) == ("kastanreview.example", "url")


def test_outlets_order_of_evidence() -> None:
    assert outlet_of("Given Outlet", ["© 2020 Other Paper"])[0] == "Given Outlet"
    assert outlet_of(None, ["Stay up to date with notifications from The Independent"]) == (
        "The Independent",
        "page",
    )
    assert outlet_of(None, ["Publication: Example Monitor Volume: 3 Issue: 12"]) == (
        "Example Monitor",
        "page",
    )
    assert outlet_of(None, [], None, "https://www.example.org/x") == ("example.org", "url")
    assert outlet_of(None, []) == (None, None)


def test_outlets_agency_credits() -> None:
    assert (
        agency_in_dateline("KABUL (Reuters) - Officials said on Monday the road had reopened.") == "Reuters"
    )
    assert agency_in_dateline("PARIS (AFP) — The strike continued.") == "AFP"
    assert agency_in_dateline("The (new) plan was announced.") is None
    assert agency_in_byline("Jane Doe, Associated Press") == "AP"
    assert agency_in_byline("Jane Doe") is None and agency_in_byline(None) is None


def test_outlets_language_detection() -> None:
    assert detect_language("The council met on Tuesday and the mayor said the budget would pass.")[0] == "en"
    assert (
        detect_language("Le conseil municipal s'est réuni mardi et le maire a présenté le budget.")[0] == "fr"
    )


def test_a_picture_credit_names_no_outlet() -> None:
    assert outlet_from_copyright("Image copyright Orvik Press Image caption Crowds in Port Alder") is None
    assert outlet_from_copyright("Photo © Veloria Pictures") is None
    assert outlet_from_copyright("Copyright 2031 Port Alder Ledger") == "Port Alder Ledger"
    # a known agency named in a picture's credit did not publish the article either
    assert outlet_from_lines(["Image copyright Reuters Image caption Crowds in Port Alder"]) is None
    assert outlet_from_lines(["Photo credit: Reuters", "Reuters"]) == "Reuters"


def test_a_known_outlets_own_domain_outweighs_names_in_its_furniture() -> None:
    # a photo credit, an embedded post and a pointer to another newsroom name no publisher
    furniture = [
        "Show the full picture: Reuters/Port Alder Pictures",
        "More on the harbour strike from The Wall Street Journal.",
    ]
    assert outlet_of(None, furniture, None, "https://www.npr.org/2031/01/02/1/orvik-talks") == ("NPR", "url")
    assert outlet_of(None, furniture, None, "https://money.cnn.com/2031/x") == ("CNN", "url")
    # an unknown domain still takes the name printed in its furniture
    assert outlet_of(None, ["© 2031 Veloria Ledger"], None, "https://veloria-ledger.example/x") == (
        "Veloria Ledger",
        "copyright",
    )


def test_an_outlet_named_in_brackets_is_a_credit_not_the_publisher() -> None:
    # a caption's credit and a picture credit set in brackets name who took the picture
    assert outlet_from_lines(["Ferry crews wait on the quay at Port Alder in 2031. (Reuters)"]) is None
    assert outlet_from_lines(["(Reuters photo: Ana Lind)"]) is None
    url = "https://www.veloria-review.example/2031/05/orvik-talks/"
    assert outlet_of(None, ["Okafor speaks in Port Alder. (Reuters)"], None, url) == (
        "veloria-review.example",
        "url",
    )
    # named outside brackets, the name still counts
    assert outlet_from_lines(["(Updated) More from Bloomberg on the strike"]) == "Bloomberg"


def test_a_columnists_credit_may_name_a_surname_with_particles_in_lower_case() -> None:
    credit = re.compile(COLUMNIST_CREDIT)
    for line in ("Ines van der Delvane, Kastan Evening Post", "Ivo vanden Marren, Orvik Weekly"):
        match = credit.fullmatch(line)
        assert match is not None and match.group("name") == line.split(",")[0]
    assert credit.fullmatch("Ines de, Kastan Evening Post") is None  # a particle ends no name
