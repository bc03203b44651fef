"""Hostile article text stays inert: escaped everywhere, no script, no handlers, no javascript: links."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from storyline.web import create_app
from storyline.web.render import neutralize, safe_url

HOSTILE_ID = "c" * 16
PAGES = (
    "/",
    "/events",
    "/relations",
    "/quotes",
    "/entities",
    "/entities/ent-evil",
    "/articles",
    f"/articles/{HOSTILE_ID}",
    f"/articles/{HOSTILE_ID}?s=1&start=0&end=40",
    "/search?q=script",
    "/search?q=pwned",
    "/events?actor=%3Cscript%3E",
    "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
)


class TagAudit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.handlers: list[str] = []
        self.bad_links: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag in ("script", "iframe", "object", "embed", "base"):
            self.scripts += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")
            if (
                name in ("href", "src", "action")
                and value
                and not value.startswith(("/", "#", "http://", "https://"))
            ):
                self.bad_links.append(value)


@pytest.fixture
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store))


@pytest.mark.parametrize("path", PAGES)
def test_safety_no_active_content_from_articles(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    audit = TagAudit()
    audit.feed(r.text)
    assert audit.scripts == 0
    assert audit.handlers == []
    assert audit.bad_links == []
    assert "img" not in audit.tags  # the article's <img onerror> is text, not a tag
    assert 'href="javascript' not in r.text.lower()
    assert "<script" not in r.text


def test_safety_hostile_text_is_shown_escaped(client: TestClient) -> None:
    page = client.get(f"/articles/{HOSTILE_ID}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "&lt;/textarea&gt;&lt;/title&gt;&lt;/style&gt;" in page
    # the javascript: URL of the article is shown as text, never as a link
    assert 'href="javascript' not in page


def test_safety_csp_header_on_every_response(client: TestClient) -> None:
    for path in (*PAGES, "/api/summary", "/static/style.css", "/no-such-page", "/api/articles/none"):
        r = client.get(path)
        csp = r.headers.get("content-security-policy", "")
        assert "script-src 'none'" in csp, path
        assert "default-src 'none'" in csp
        assert "'unsafe-inline'" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_safety_no_inline_styles_or_scripts_in_templates(client: TestClient) -> None:
    # CSP forbids inline style/script; anything inline would be silently dropped by the browser.
    for path in PAGES:
        text = client.get(path).text
        assert "<style" not in text and " style=" not in text


def test_safety_bidi_overrides_neutralised(client: TestClient, webrows) -> None:  # type: ignore[no-untyped-def]
    page = client.get(f"/articles/{HOSTILE_ID}").text
    assert "\u202e" not in page and "\u2067" not in page
    assert "\ufffdredro deppilf\ufffd" in page
    home = client.get("/").text
    assert "\u202e" not in home
    # the JSON API returns the stored text unchanged: it is data, not markup
    api = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert api["article"]["text"] == webrows.HOSTILE_BODY
    assert api["article"]["title"] == webrows.HOSTILE_TITLE


def test_safety_giant_line_served_whole(client: TestClient) -> None:
    page = client.get(f"/articles/{HOSTILE_ID}").text
    assert "A" * 20000 in page


def test_safety_neutralize_and_safe_url() -> None:
    assert neutralize("a\u202eb\u2066c\x00d") == "a\ufffdb\ufffdc\ufffdd"
    assert neutralize("line\nnext\ttab") == "line\nnext\ttab"
    assert neutralize(3) == 3
    assert safe_url("https://example.org/x?a=1") == "https://example.org/x?a=1"
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<b>",
        "vbscript:x",
        "java\nscript:alert(1)",
        "//evil.example",
        "http://a b",
        None,
        "",
    ):
        assert safe_url(bad) is None, bad
