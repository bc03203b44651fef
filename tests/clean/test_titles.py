from __future__ import annotations

from storyline.clean.titles import choose_title, strip_site_name


def test_titles_strip_site_name() -> None:
    assert (
        strip_site_name("Bridge reopens after repairs | Example Times", "Example Times")
        == "Bridge reopens after repairs"
    )
    assert strip_site_name("World - Bridge reopens after repairs - Example Times", "Example Times") == (
        "Bridge reopens after repairs"
    )
    assert strip_site_name("Bridge reopens after repairs › example.org", None, "example.org") == (
        "Bridge reopens after repairs"
    )
    assert strip_site_name("Q&A - why the bridge closed") == "why the bridge closed"
    assert strip_site_name("No separator here") == "No separator here"


def test_titles_prefer_the_single_h1() -> None:
    assert choose_title("Bridge reopens | Example Times", ["Bridge reopens after three months"]) == (
        "Bridge reopens after three months"
    )
    assert choose_title("Example Times", ["Bridge reopens after three months"], "Example Times") == (
        "Bridge reopens after three months"
    )


def test_titles_h1_that_is_the_site_name_is_ignored() -> None:
    assert (
        choose_title("Bridge reopens | Example Times", ["Example Times"], "Example Times") == "Bridge reopens"
    )


def test_titles_several_h1s_pick_the_one_like_the_title() -> None:
    h1s = ["Latest news", "Bridge reopens after three months of repairs"]
    assert choose_title("Bridge reopens after repairs - Example Times", h1s, "Example Times") == h1s[1]
    assert choose_title(None, h1s) is None
    assert choose_title(None, []) is None
