"""The report in real headless Chromium: links land on their sentence, the events filter filters."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import treaty_corpus  # noqa: E402

from storyline.report import anchor, render_report  # noqa: E402

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    sync_api = pytest.importorskip("playwright.sync_api")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip("chromium is not installed")
    out = render_report(treaty_corpus(), tmp_path_factory.mktemp("report") / "report.html")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(out.as_uri())
        yield pg, errors, out
        browser.close()


def test_report_browser_timeline_link_lands_on_sentence(page) -> None:  # type: ignore[no-untyped-def]
    pg, errors, out = page
    link = pg.locator("ol.timeline a.src").first
    href = link.get_attribute("href")
    assert href and href.startswith("#d-")
    link.click()
    assert pg.evaluate("location.hash") == href
    target = pg.locator(href)
    assert target.is_visible()
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    pg.screenshot(path=str(out.with_suffix(".timeline-click.png")))
    assert errors == []


def test_report_browser_actor_link_marks_the_name(page) -> None:  # type: ignore[no-untyped-def]
    pg, errors, _ = page
    pg.locator("#a-e-marren a.src").first.click()
    mark = pg.locator(f"#{anchor('a1', 2)} mark")
    assert mark.inner_text() == "Ilsa Marren"
    assert errors == []


def test_report_browser_events_filter(page) -> None:  # type: ignore[no-untyped-def]
    pg, errors, _ = page
    rows = pg.locator("#ev-table tbody tr")
    assert rows.count() == 2
    pg.fill("#ev-q", "withdraws")
    assert pg.locator("#ev-table tbody tr:not(.hidden)").count() == 1
    pg.fill("#ev-q", "")
    pg.select_option("#ev-quad", "1")
    assert pg.locator("#ev-table tbody tr:not(.hidden)").count() == 1
    pg.select_option("#ev-quad", "")
    assert pg.locator("#ev-table tbody tr:not(.hidden)").count() == 2
    assert errors == []


def test_report_browser_timeline_zoom_and_phone_width(page) -> None:  # type: ignore[no-untyped-def]
    pg, errors, out = page
    total = pg.locator("ol.timeline > li").count()
    pg.fill("#tl-from", "2031-06")
    shown = pg.locator("ol.timeline > li:not(.hidden)").count()
    assert 0 < shown < total
    pg.click("#tl-reset")
    assert pg.locator("ol.timeline > li:not(.hidden)").count() == total
    pg.set_viewport_size({"width": 390, "height": 800})
    assert pg.evaluate("document.documentElement.scrollWidth") <= 392  # no sideways scrolling on a phone
    pg.screenshot(path=str(out.with_suffix(".phone.png")), full_page=True)
    pg.set_viewport_size({"width": 1280, "height": 900})
    assert errors == []
